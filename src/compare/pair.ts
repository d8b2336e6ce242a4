import type { RunManifest } from '../manifest/manifest.gen.js';

export interface RunPair {
  name: string;
  baseline: RunManifest[];
  current: RunManifest[];
}

/** Groups both sides by run.name: several manifests with one name are replicas of one experiment. */
export function pairRuns(baseline: readonly RunManifest[], current: readonly RunManifest[]): RunPair[] {
  const pairs = new Map<string, RunPair>();
  const get = (name: string) => {
    let p = pairs.get(name);
    if (!p) pairs.set(name, (p = { name, baseline: [], current: [] }));
    return p;
  };
  for (const m of baseline) get(m.run.name).baseline.push(m);
  for (const m of current) get(m.run.name).current.push(m);
  return [...pairs.values()];
}

/** The one value every item agrees on, else undefined. */
export function consensus<T>(values: readonly (T | undefined)[]): T | undefined {
  const first = values[0];
  if (first === undefined) return undefined;
  return values.every((v) => v === first) ? first : undefined;
}
