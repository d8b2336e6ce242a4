import type { MetricObject, MetricValue, RunManifest } from './manifest.gen.js';

/** A metric in its full form, whichever way the manifest wrote it. */
export function metricObject(v: MetricValue): MetricObject {
  return typeof v === 'number' ? { value: v } : v;
}

/** All metrics of a manifest in their full form. */
export function metricsOf(m: RunManifest): Map<string, MetricObject> {
  return new Map(Object.entries(m.metrics).map(([k, v]) => [k, metricObject(v)]));
}
