// A ledger entry's page: the entry compared with the one before it on its branch, and every run it
// recorded in full. `renderEntries` renders a run of consecutive entries; it is what a worker thread
// is handed (see pool.ts), with the state it needs at the first of them, and it carries that state
// forward itself.
import { compare, type VerdictReport } from '../../compare/index.js';
import type { LedgerEntry } from '../../publish/ledger/types.js';
import { shortSha, when } from './format.js';
import { entryRows, RecentValues, type Recent } from './history.js';
import { page, type Layout } from './html.js';
import { HISTORY_FOR_COMPARE, paths, runAnchor } from './paths.js';
import { reportView, verdictBadge, verdictTone } from './report-view.js';
import type { Badge } from './resume.js';
import { runView, sharedProvenance } from './run-view.js';
import { FileSink, type SinkStats } from './writer.js';

export type LayoutBase = Omit<Layout, 'title' | 'root'>;

export interface EntriesTask {
  out: string;
  layoutBase: LayoutBase;
  /** the last entry of each branch these entries are on, before the first of them */
  last: Map<string, LedgerEntry>;
  /** the recent values of the run names these entries record, before the first of them */
  recent: Recent;
  entries: { entry: LedgerEntry; /** its page is kept from the previous build */ kept: boolean }[];
}

export interface EntryResult {
  badge: Badge | null;
  runBadges: Record<string, Badge>;
  files: string[];
}

export interface EntriesResult {
  /** per entry of the task, in order; null for a kept one */
  results: (EntryResult | null)[];
  stats: SinkStats;
}

export async function renderEntries(t: EntriesTask): Promise<EntriesResult> {
  const sink = new FileSink(t.out);
  const recent = new RecentValues(HISTORY_FOR_COMPARE, t.recent);
  const results: (EntryResult | null)[] = [];
  for (const { entry: e, kept } of t.entries) {
    const branch = e.branch ?? '';
    const prev = t.last.get(branch);
    if (kept) results.push(null);
    else {
      const report = prev ? compareEntries(prev, e, recent) : null;
      results.push({
        badge: report ? verdictBadge(report) : null,
        runBadges: report ? runBadgesOf(report) : {},
        files: renderEntry(e, prev, report, sink, t.layoutBase),
      });
    }
    recent.add(entryRows(e));
    t.last.set(branch, e);
  }
  await sink.settle();
  return { results, stats: sink.stats };
}

function compareEntries(prev: LedgerEntry, e: LedgerEntry, recent: RecentValues): VerdictReport {
  const history: Record<string, Record<string, number[]>> = {};
  for (const name of new Set(e.runs.map((r) => r.run.name))) {
    const per = recent.get(name);
    if (per) history[name] = per;
  }
  return compare({
    baseline: prev.runs,
    current: e.runs,
    history,
    baselineInfo: { commit: prev.commit, source: `ledger entry #${prev.seq}` },
    currentSource: `ledger entry #${e.seq}`,
    // the page lists only what moved: the reasons of unchanged metrics would go unread
    explainUnchanged: false,
    ...(e.commit ? { commitUnderTest: e.commit } : {}),
  });
}

function runBadgesOf(r: VerdictReport): Record<string, Badge> {
  const out: Record<string, Badge> = {};
  for (const run of r.runs) {
    const reg = run.metrics.filter((m) => m.verdict === 'regressed').length;
    const imp = run.metrics.filter((m) => m.verdict === 'improved').length;
    out[run.name] =
      run.status !== 'compared'
        ? { label: run.status, tone: verdictTone(run.status) }
        : reg
          ? { label: `${reg} regressed`, tone: 'bad' }
          : imp
            ? { label: `${imp} improved`, tone: 'good' }
            : { label: 'unchanged', tone: '' };
  }
  return out;
}

function renderEntry(
  e: LedgerEntry,
  prev: LedgerEntry | undefined,
  report: VerdictReport | null,
  sink: FileSink,
  layoutBase: LayoutBase,
): string[] {
  const root = '../';
  const title = `Commit ${shortSha(e.commit)} · #${e.seq}`;
  const shared = sharedProvenance(e.runs);
  const used = new Set<string>();
  const runs = e.runs.map((m) => {
    let anchor = runAnchor(m.run.id);
    for (let i = 2; used.has(anchor); i++) anchor = `${runAnchor(m.run.id)}-${i}`;
    used.add(anchor);
    return runView(m, anchor, { runName: root + paths.runName(m.run.name) }, shared);
  });
  const names = new Set(e.runs.map((r) => r.run.name));
  // the report may name metrics the site has no page for (derived ones): link only recorded series
  const series = new Set(e.runs.flatMap((r) => Object.keys(r.metrics).map((k) => `${r.run.name}\u0000${k}`)));
  const body = {
    subject: subjectOf(e),
    recordedAt: when(e.recordedAt),
    branch: e.branch,
    previous: prev ? { href: `${prev.seq}.html`, short: shortSha(prev.commit) } : null,
    runs,
    shared: { ...shared, view: shared.any ? runs[0] : null },
    report: report
      ? reportView(
          report,
          {
            run: (n) => (names.has(n) ? root + paths.runName(n) : undefined),
            metric: (n, metric) => (series.has(`${n}\u0000${metric}`) ? root + paths.metric(n, metric) : undefined),
          },
          true,
        )
      : null,
  };
  const f = paths.entry(e.seq);
  sink.put(
    f,
    page('commit', { ...layoutBase, title, root, crumbs: [{ href: 'commits/index.html', label: 'Commits' }] }, body),
  );
  return [f];
}

/** A one-line subject for a commit: the recorder's, else the first line of notes its runs share. */
export function subjectOf(e: LedgerEntry): string {
  if (e.source?.subject) return e.source.subject;
  const firsts = new Set(e.runs.map((r) => (r.run.notes ?? '').split('\n', 1)[0]!.trim()));
  const [only] = firsts;
  return firsts.size === 1 && only ? only : '';
}
