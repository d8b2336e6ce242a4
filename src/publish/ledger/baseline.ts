// Baselines from a ledger: the entry of a commit or of its nearest recorded first-parent ancestor, and
// the recent history of every metric along that first-parent line (for the noise estimate).
import { git } from './git.js';
import { commitDir, type IndexItem } from './layout.js';
import { openSnapshot } from './open.js';
import { entriesAt, entriesAtMany, readIndex, readMarker } from './read.js';
import type { Snapshot } from './snapshot.js';
import type { BaselineResolution, LedgerEntry, ResolveBaselineOptions } from './types.js';
import { metricObject, type RunManifest } from '../../manifest/index.js';
import { ledgerMessages as msg } from '../../messages/ledger.js';

const FIRST_WALK = 256;
const MAX_WALK = 65536;

/** First-parent ancestors of `commit` (itself first) in the cwd's repository, or undefined without one. */
async function firstParentLine(commit: string, cwd: string, limit: number): Promise<string[] | undefined> {
  try {
    const r = await git(['rev-list', '--first-parent', `--max-count=${limit}`, `${commit}^{commit}`, '--'], { cwd });
    if (r.code !== 0) return undefined;
    const list = r.stdout.toString().split('\n').filter(Boolean);
    return list.length ? list : undefined;
  } catch {
    return undefined;
  }
}

/** The recorded commits among `line` (in its order), at most `want` of them. */
async function recordedAmong(snap: Snapshot, recent: IndexItem[], complete: boolean, line: string[], want: number) {
  const inRecent = new Set(recent.map((i) => i.commit));
  const out: string[] = [];
  for (let i = 0; i < line.length && out.length < want; i += 200) {
    const chunk = line.slice(i, i + 200);
    // only the part of the chunk up to the want-th commit the index knows can matter
    const relevant: string[] = [];
    let hits = out.length;
    for (const c of chunk) {
      relevant.push(c);
      if (inRecent.has(c) && ++hits >= want) break;
    }
    const unknown = complete ? [] : relevant.filter((c) => !inRecent.has(c));
    let found = new Set<string>();
    if (unknown.length) {
      // one round trip for the trees of every commit that may be read or must be looked up
      await snap.prefetch(relevant.map(commitDir));
      found = await snap.existingDirs(unknown.map(commitDir));
    }
    for (const c of relevant) if (inRecent.has(c) || found.has(commitDir(c))) out.push(c);
  }
  return out.slice(0, want);
}

function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function runsOf(entries: LedgerEntry[]): RunManifest[] {
  const seen = new Set<string>();
  const out: RunManifest[] = [];
  for (const e of entries)
    for (const r of e.runs)
      if (!seen.has(r.run.id)) {
        seen.add(r.run.id);
        out.push(r);
      }
  return out;
}

/** run name -> metric -> values, one value per recorded commit (the mean of its replicas), oldest first. */
export function historyOf(perCommit: RunManifest[][]): Record<string, Record<string, number[]>> {
  const out: Record<string, Record<string, number[]>> = {};
  for (const runs of perCommit) {
    const byName = new Map<string, Map<string, number[]>>();
    for (const r of runs) {
      const metrics = byName.get(r.run.name) ?? new Map<string, number[]>();
      byName.set(r.run.name, metrics);
      for (const [k, v] of Object.entries(r.metrics)) {
        const value = metricObject(v).value;
        if (typeof value === 'number' && Number.isFinite(value)) metrics.set(k, [...(metrics.get(k) ?? []), value]);
      }
    }
    for (const [name, metrics] of byName) {
      const target = (out[name] ??= {});
      for (const [k, values] of metrics) (target[k] ??= []).push(mean(values));
    }
  }
  return out;
}

export async function resolveBaseline(opts: ResolveBaselineOptions): Promise<BaselineResolution> {
  const want = Math.max(1, opts.historyLength ?? 20);
  const { snap, close } = await openSnapshot(opts.location, opts.cwd);
  try {
    const empty = (source: string): BaselineResolution => ({ commit: null, source, runs: [], history: {} });
    if ((await readMarker(snap)) === undefined) return empty(msg.emptyLedger(snap.label));
    const index = await readIndex(snap);
    if (!index.head) return empty(msg.emptyLedger(snap.label));
    const complete = index.recent[0]?.seq === 0;
    const hints = new Map<string | null, string[] | undefined>(index.recent.map((i) => [i.commit, i.parents]));

    let recorded: (string | null)[];
    if (opts.commit !== undefined) {
      // walk a little of the first-parent line, more only when it holds too few recorded commits
      let line: string[] | undefined;
      recorded = [];
      for (let limit = FIRST_WALK; ; limit *= 4) {
        line = await firstParentLine(opts.commit, opts.cwd, limit);
        if (!line) break;
        recorded = await recordedAmong(snap, index.recent, complete, line, want);
        if (recorded.length >= want || line.length < limit || limit >= MAX_WALK) break;
      }
      if (!line) {
        // no git history for the commit here (e.g. a shallow checkout): follow the parents the entries recorded
        recorded = [];
        let cur: string | undefined = opts.commit;
        while (cur && recorded.length < want) {
          const at = await entriesAt(snap, cur);
          if (at.length === 0) break;
          const full: string | null = at[0]!.commit;
          recorded.push(full);
          cur = at.find((e) => e.parents?.length)?.parents?.[0] ?? hints.get(full)?.[0];
        }
      }
      if (recorded.length === 0) return empty(msg.noBaseline(snap.label, opts.commit));
    } else {
      // no commit: the newest entry, and the history of its branch in recording order
      const branch = index.head.branch;
      recorded = [];
      for (const item of [...index.recent].reverse()) {
        if (recorded.length >= want) break;
        if (branch !== undefined && item.branch !== undefined && item.branch !== branch) continue;
        if (!recorded.includes(item.commit)) recorded.push(item.commit);
      }
    }
    const byCommit = await entriesAtMany(snap, recorded);
    const perCommit = recorded.map((c) => runsOf(byCommit.get(c) ?? []));
    const found = recorded[0] ?? null;
    return {
      commit: found,
      source: msg.baselineSource(snap.label, found, opts.commit),
      runs: perCommit[0] ?? [],
      history: historyOf([...perCommit].reverse()),
    };
  } finally {
    await close();
  }
}
