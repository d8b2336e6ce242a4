// Reproducibility findings (provenance, determinism) and the attribution findings that go with `changes`.
import type { RunManifest } from '../manifest/manifest.gen.js';
import { compareMessages as msg } from '../messages/compare.js';
import type { Policy } from './policy-types.js';
import type { Changes, Finding } from './verdict.gen.js';

/** Does `commit` (possibly abbreviated) name the same commit as `expected`? */
export function sameCommit(commit: string, expected: string): boolean {
  const a = commit.toLowerCase();
  const b = expected.toLowerCase();
  return a.length >= 7 && b.length >= 7 && (a.startsWith(b) || b.startsWith(a));
}

function hasEnvironment(m: RunManifest): boolean {
  const e = m.environment;
  if (!e) return false;
  return Boolean(
    e.python ||
    e.node ||
    e.container?.digest ||
    e.container?.image ||
    e.lockfileDigest ||
    Object.keys(e.packages ?? {}).length > 0,
  );
}

/** Each reproducibility.require item a current run lacks. */
export function provenanceFindings(
  runs: readonly RunManifest[],
  policy: Policy,
  commitUnderTest: string | null,
): Finding[] {
  const severity = policy.failOn.includes('provenance') ? 'error' : 'warning';
  const out: Finding[] = [];
  const add = (item: Finding['item'], bad: RunManifest[], message: string) => {
    if (bad.length > 0) out.push({ kind: 'provenance', severity, item, message, runIds: bad.map((m) => m.run.id) });
  };
  for (const item of policy.require) {
    if (item === 'commit-match') {
      const none = runs.filter((m) => !m.code?.commit);
      add(item, none, msg.provNoCommit(none.length, runs.length));
      if (commitUnderTest) {
        const other = runs.filter((m) => m.code?.commit && !sameCommit(m.code.commit, commitUnderTest));
        add(
          item,
          other,
          msg.provCommitMismatch(other[0]?.code?.commit ?? '', commitUnderTest, other.length, runs.length),
        );
      } else {
        const commits = new Set(runs.map((m) => m.code?.commit).filter(Boolean));
        if (commits.size > 1) add(item, [...runs], msg.provCommitsDisagree(commits.size));
      }
    } else if (item === 'clean-tree') {
      const dirty = runs.filter((m) => m.code?.dirty === true);
      add(item, dirty, msg.provDirty(dirty.length, runs.length));
      const unknown = runs.filter((m) => m.code?.dirty === undefined);
      add(item, unknown, msg.provDirtyUnknown(unknown.length, runs.length));
    } else if (item === 'dataset-digests') {
      const none = runs.filter((m) => !m.datasets || m.datasets.length === 0);
      add(item, none, msg.provNoDatasets(none.length, runs.length));
      const undigested = runs.filter((m) => (m.datasets ?? []).some((d) => !d.digest));
      const names = [
        ...new Set(undigested.flatMap((m) => (m.datasets ?? []).filter((d) => !d.digest).map((d) => d.name))),
      ];
      add(item, undigested, msg.provNoDigest(names));
    } else {
      const none = runs.filter((m) => !hasEnvironment(m));
      add(item, none, msg.provNoEnvironment(none.length, runs.length));
    }
  }
  return out;
}

function relDiff(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/** Replicas with the same seed whose metrics disagree beyond the tolerance (relative). */
export function determinismFindings(runs: readonly RunManifest[], policy: Policy): Finding[] {
  const severity = policy.failOn.includes('irreproducible') ? 'error' : 'warning';
  const bySeed = new Map<number, RunManifest[]>();
  for (const m of runs) {
    if (m.run.seed === undefined) continue;
    const list = bySeed.get(m.run.seed) ?? [];
    list.push(m);
    bySeed.set(m.run.seed, list);
  }
  const out: Finding[] = [];
  for (const [seed, group] of bySeed) {
    if (group.length < 2) continue;
    const first = group[0]!;
    for (const [name, v0] of Object.entries(first.metrics)) {
      const a = typeof v0 === 'number' ? v0 : v0.value;
      let worst = 0;
      let other: number | undefined;
      for (const m of group.slice(1)) {
        const v = m.metrics[name];
        if (v === undefined) continue;
        const b = typeof v === 'number' ? v : v.value;
        const r = relDiff(a, b);
        if (r > worst) {
          worst = r;
          other = b;
        }
      }
      if (worst > policy.tolerance && other !== undefined) {
        out.push({
          kind: 'determinism',
          severity,
          metric: name,
          message: msg.determinism(name, seed, group.length, a, other, worst, policy.tolerance),
          runIds: group.map((m) => m.run.id),
        });
      }
    }
  }
  return out;
}

/** One finding per kind of change, so the reader sees what might explain a move. */
export function changeFindings(changes: Changes): Finding[] {
  const out: Finding[] = [];
  const byDataset = new Map<string, Changes['datasets']>();
  for (const d of changes.datasets) byDataset.set(d.name, [...(byDataset.get(d.name) ?? []), d]);
  for (const [name, list] of byDataset) {
    const digest = list.some((d) => d.field === 'digest' || d.change !== 'modified');
    out.push({
      kind: 'dataset-changed',
      severity: digest ? 'warning' : 'info',
      message: msg.datasetChanged(name, list),
    });
  }
  if (changes.environment.length > 0)
    out.push({ kind: 'environment-changed', severity: 'info', message: msg.environmentChanged(changes.environment) });
  if (changes.params.length > 0)
    out.push({ kind: 'params-changed', severity: 'info', message: msg.paramsChanged(changes.params) });
  return out;
}

export function statusFindings(runs: readonly RunManifest[]): Finding[] {
  const bad = runs.filter((m) => m.run.status === 'failed' || m.run.status === 'killed');
  if (bad.length === 0) return [];
  return [
    {
      kind: 'run-failed',
      severity: 'warning',
      message: msg.runFailed(bad.map((m) => `${m.run.id} (${m.run.status})`)),
      runIds: bad.map((m) => m.run.id),
    },
  ];
}

export function nonFiniteFindings(
  runs: readonly RunManifest[],
  nonFinite: Record<string, string[]> | undefined,
): Finding[] {
  if (!nonFinite) return [];
  const out: Finding[] = [];
  for (const m of runs) {
    const pointers = nonFinite[m.run.id];
    if (pointers && pointers.length > 0)
      out.push({
        kind: 'non-finite',
        severity: 'warning',
        message: msg.nonFinite(m.run.id, pointers),
        runIds: [m.run.id],
      });
  }
  return out;
}
