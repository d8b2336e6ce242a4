// Attribution: what differs between the baseline and current runs of one name.
import type { DatasetRef, Environment, RunManifest } from '../manifest/manifest.gen.js';
import { consensus } from './pair.js';
import type { Changes, DatasetChange, JsonValue, ValueChange } from './verdict.gen.js';

type Flat = Map<string, JsonValue>;

/** Objects flattened to dotted keys; arrays and scalars are leaves. */
export function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, {});
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value as JsonValue);
  }
  return out;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Keys whose values differ, in a stable order (baseline keys first, then keys only on the current side). */
export function diffFlat(b: Flat, c: Flat): ValueChange[] {
  const out: ValueChange[] = [];
  for (const [key, bv] of b) {
    if (!c.has(key)) out.push({ key, baseline: bv });
    else if (!same(bv, c.get(key))) out.push({ key, baseline: bv, current: c.get(key)! });
  }
  for (const [key, cv] of c) if (!b.has(key)) out.push({ key, current: cv });
  return out;
}

/** The environment as compared: the facts that can explain a moved metric (not CI ids or variables). */
export function environmentFacts(e: Environment | undefined): Flat {
  const out: Flat = new Map();
  if (!e) return out;
  const put = (k: string, v: JsonValue | undefined) => {
    if (v !== undefined) out.set(k, v);
  };
  put('os', e.os);
  put('arch', e.arch);
  put('python', e.python);
  put('node', e.node);
  for (const [k, v] of Object.entries(e.packages ?? {})) put(`packages.${k}`, v);
  put('lockfileDigest', e.lockfileDigest);
  put('hardware.cpu', e.hardware?.cpu);
  put('hardware.cpus', e.hardware?.cpus);
  put('hardware.memoryGiB', e.hardware?.memoryGiB);
  if (e.hardware?.gpus) put('hardware.gpus', e.hardware.gpus.map((g) => g.name).join(', '));
  put('hardware.cuda', e.hardware?.cuda);
  put('container.image', e.container?.image);
  put('container.digest', e.container?.digest);
  return out;
}

const datasetFields = ['digest', 'version', 'records', 'bytes', 'uri', 'split'] as const;

export function diffDatasets(b: readonly DatasetRef[], c: readonly DatasetRef[]): DatasetChange[] {
  const out: DatasetChange[] = [];
  const cur = new Map(c.map((d) => [d.name, d]));
  const base = new Map(b.map((d) => [d.name, d]));
  for (const [name, bd] of base) {
    const cd = cur.get(name);
    if (!cd) {
      out.push({ name, change: 'removed' });
      continue;
    }
    for (const f of datasetFields) {
      if (bd[f] === cd[f]) continue;
      out.push({
        name,
        change: 'modified',
        field: f,
        ...(bd[f] !== undefined ? { baseline: bd[f] } : {}),
        ...(cd[f] !== undefined ? { current: cd[f] } : {}),
      });
    }
  }
  for (const name of cur.keys()) if (!base.has(name)) out.push({ name, change: 'added' });
  return out;
}

/** The representative manifest of a side: the first replica (replicas share params, data and environment). */
export function diffRuns(baseline: readonly RunManifest[], current: readonly RunManifest[]): Changes {
  const b = baseline[0];
  const c = current[0];
  if (!b || !c) return { params: [], datasets: [], environment: [], code: null };
  const from = consensus(baseline.map((m) => m.code?.commit));
  const to = consensus(current.map((m) => m.code?.commit));
  const repository = c.code?.repository ?? b.code?.repository;
  return {
    params: diffFlat(flatten(b.params ?? {}), flatten(c.params ?? {})),
    datasets: diffDatasets(b.datasets ?? [], c.datasets ?? []),
    environment: diffFlat(environmentFacts(b.environment), environmentFacts(c.environment)),
    code: from && to ? { from, to, ...(repository ? { repository } : {}) } : null,
  };
}
