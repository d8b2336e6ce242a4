// Per-case outcomes of eval suites: paired by case id, flips tested with the exact McNemar test.
import type { RunManifest } from '../manifest/manifest.gen.js';
import { mcnemarExact } from './stats.js';
import type { CaseReport } from './verdict.gen.js';

interface Tally {
  pass: number;
  counted: number;
}

/** case id -> passes and counted (non-skipped) outcomes across replicas. */
function tally(runs: readonly RunManifest[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const m of runs) {
    for (const c of m.cases ?? []) {
      let t = out.get(c.id);
      if (!t) out.set(c.id, (t = { pass: 0, counted: 0 }));
      if (c.outcome === 'skip') continue;
      t.counted++;
      if (c.outcome === 'pass') t.pass++;
    }
  }
  return out;
}

function passRate(t: Map<string, Tally>): number | null {
  let pass = 0;
  let counted = 0;
  for (const v of t.values()) {
    pass += v.pass;
    counted += v.counted;
  }
  return counted === 0 ? null : pass / counted;
}

/** A case passes on a side when most of its (non-skipped) outcomes there pass. */
const passes = (t: Tally) => t.pass * 2 > t.counted;

/** undefined when neither side has cases. */
export function compareCases(
  baseline: readonly RunManifest[],
  current: readonly RunManifest[],
): CaseReport | undefined {
  const b = tally(baseline);
  const c = tally(current);
  if (b.size === 0 && c.size === 0) return undefined;
  const newlyFailing: string[] = [];
  const newlyPassing: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  let paired = 0;
  for (const [id, ct] of c) {
    const bt = b.get(id);
    if (!bt) {
      added.push(id);
      continue;
    }
    if (bt.counted === 0 || ct.counted === 0) continue;
    paired++;
    if (passes(bt) && !passes(ct)) newlyFailing.push(id);
    else if (!passes(bt) && passes(ct)) newlyPassing.push(id);
  }
  for (const id of b.keys()) if (!c.has(id)) removed.push(id);
  const rb = passRate(b);
  const rc = passRate(c);
  return {
    total: { baseline: b.size, current: c.size },
    passRate: { baseline: rb, current: rc, delta: rb === null || rc === null ? null : rc - rb },
    newlyFailing,
    newlyPassing,
    added,
    removed,
    pValue: paired === 0 ? null : mcnemarExact(newlyFailing.length, newlyPassing.length),
  };
}
