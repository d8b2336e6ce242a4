// The values of each metric on one side: replicas and samples arrays pooled into one sample.
import type { RunManifest } from '../manifest/manifest.gen.js';
import type { Goal } from './policy-types.js';

export interface SideMetric {
  values: number[];
  goal?: Goal;
  unit?: string;
}

/** Metric name -> pooled values, in first-seen order. A metric with samples contributes its samples. */
export function runMetrics(runs: readonly RunManifest[]): Map<string, SideMetric> {
  const out = new Map<string, SideMetric>();
  for (const m of runs) {
    for (const [name, v] of Object.entries(m.metrics)) {
      let s = out.get(name);
      if (!s) out.set(name, (s = { values: [] }));
      if (typeof v === 'number') {
        s.values.push(v);
        continue;
      }
      if (v.samples && v.samples.length > 0) s.values.push(...v.samples);
      else s.values.push(v.value);
      if (v.goal && !s.goal) s.goal = v.goal;
      if (v.unit && !s.unit) s.unit = v.unit;
    }
  }
  return out;
}

export const CASE_METRIC_PREFIX = 'cases/';

/** Per-case metrics (tokens, costUsd, latencyMs) as cases/<metric>: every case's value is one sample. */
export function caseMetrics(runs: readonly RunManifest[]): Map<string, SideMetric> {
  const out = new Map<string, SideMetric>();
  for (const m of runs) {
    for (const c of m.cases ?? []) {
      for (const [name, v] of Object.entries(c.metrics ?? {})) {
        const key = CASE_METRIC_PREFIX + name;
        let s = out.get(key);
        if (!s) out.set(key, (s = { values: [] }));
        s.values.push(v);
      }
    }
  }
  return out;
}
