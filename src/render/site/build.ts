// The static report site: ledger entries in, HTML files out. One pass over the entries keeps each
// run name's history and hands the entries' pages out (each entry compared with the one before it on
// its branch, its runs in full); then each run name's pages (metric charts, change points, tables),
// the data downloads, the commit lists and the overview. The pages are rendered by worker threads
// when there are cores for them (pool.ts), in order-independent tasks, so the site is the same
// byte for byte either way. A rebuild resumes from the previous build's saved state and renders only
// what the new entries change; every other file is written only when its content changed.
import { createHash } from 'node:crypto';
import type { LedgerEntry } from '../../publish/ledger/types.js';
import { openChunk, planDownloads, type DownloadChunk } from './downloads.js';
import type { EntriesResult, EntriesTask, LayoutBase } from './entry-page.js';
import { subjectOf } from './entry-page.js';
import { num, shortSha, when } from './format.js';
import { entryRows, historyBuffers, RecentValues, trimmedHistory, type EntryRow, type RunMeta } from './history.js';
import { page, siteAssets, trusted } from './html.js';
import { COMMITS_PER_PAGE, HISTORY_FOR_COMPARE, paths } from './paths.js';
import { createPool, localPool } from './pool.js';
import {
  dropResume,
  loadResume,
  resumeHead,
  prepareResume,
  type Badge,
  type CommitRow,
  type Header,
  type ResumeState,
  type SavedRunPages,
} from './resume.js';
import { CACHE_DAMAGED, type PartRef } from './run-parts.js';
import { changeText, chartPack, type OverviewRow, type RunNameResult, type RunNameTask } from './run-pages.js';
import { metaOf, RunStore, taskHistory, type KeptRun } from './run-store.js';
import { specsHash } from './charts.js';
import { specs } from './templates.gen.js';
import { ChartCache, SiteWriter, takeState, type BuildState, type EntryRecord } from './writer.js';

/** bump when the page layout changes in ways the templates' hash does not capture */
const BUILDER_VERSION = '3';
const RECENT_COMMITS = 15;
const RECENT_CHANGES = 25;
/** entries per task handed to a worker: enough to make a task's setup and messages cheap */
const ENTRIES_PER_TASK = 32;
/** entries to render, or metric series to draw, from which the work goes to worker threads */
const WORKER_ENTRIES = 128;
const WORKER_SERIES = 64;

export interface BuildOptions {
  out: string;
  /** what the site was built from, for the footer (e.g. "ledger git:runledger") */
  source: string;
  version?: string;
  /** shown in the footer; omitted by default so rebuilds of the same ledger are byte-identical */
  builtAt?: string;
  /** total entries when known, for progress */
  total?: number;
  onProgress?: (phase: string, done: number, total: number | undefined) => void;
  /** worker threads rendering pages (default: one per core; 0: all in the calling thread) */
  jobs?: number;
}

export interface BuildSummary {
  entries: number;
  /** entries read from the source by this build (a resumed rebuild reads only the new ones and its last) */
  entriesRead: number;
  entriesRendered: number;
  runs: number;
  metrics: number;
  written: number;
  unchanged: number;
  removed: number;
  chartsRendered: number;
  chartsReused: number;
  /** milliseconds spent drawing charts */
  chartMs: number;
  /** run names whose pages were made (the others were left alone by the new entries) */
  runNamesRendered: number;
  bytesWritten: number;
  /** worker threads that rendered pages (0: all in the calling thread) */
  workers: number;
  /** milliseconds spent reading the saved state, on the entries, on the run names' pages, on the rest */
  timings: { resume: number; entries: number; runs: number; finish: number };
}

function siteVersion(version: string): string {
  const h = createHash('sha256');
  h.update(BUILDER_VERSION + version + specsHash);
  h.update(JSON.stringify(Object.keys(specs)));
  for (const s of Object.values(specs))
    h.update(String(JSON.stringify(s, (_k, v: unknown) => (typeof v === 'function' ? v.toString() : v))));
  for (const a of Object.values(siteAssets)) h.update(a);
  return h.digest('hex').slice(0, 16);
}

type Entries = Iterable<LedgerEntry> | AsyncIterable<LedgerEntry>;

/**
 * A ledger the builder can read from any entry on (e.g. the ledger reader's `stream`): a rebuild then
 * reads only the entries after the last one it built, once it has checked that the ledger still holds
 * that one with the same hash.
 */
export interface ResumableEntries {
  /** the entries with seq ≥ `seq`, in chain order */
  from(seq: number): Entries | Promise<Entries>;
}

const isAsync = (x: unknown): x is AsyncIterable<LedgerEntry> =>
  typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
const isResumable = (x: unknown): x is ResumableEntries => typeof (x as ResumableEntries).from === 'function';

function iterate(entries: Entries): AsyncIterator<LedgerEntry> | Iterator<LedgerEntry> {
  return isAsync(entries) ? entries[Symbol.asyncIterator]() : entries[Symbol.iterator]();
}

/**
 * Where the build starts: with the previous build's state after its last entry, when the source can
 * be read from there, the saved state is intact and the ledger still continues from that entry;
 * else from nothing, at entry 0.
 */
async function start(
  source: Entries | ResumableEntries,
  out: string,
  header: Header | undefined,
  writer: SiteWriter,
): Promise<{ state?: ResumeState; rest: AsyncIterator<LedgerEntry> | Iterator<LedgerEntry> }> {
  const state = header && loadResume(out, header);
  dropResume(out);
  if (!isResumable(source)) return { rest: iterate(source) };
  if (state && writer.keepUpTo(state.head.seq, state.entryHash)) {
    const rest = iterate(await source.from(state.head.seq));
    const first = await rest.next();
    if (!first.done && first.value.seq === state.head.seq && first.value.hash === state.head.hash)
      return { state, rest };
    await rest.return?.();
    writer.keepNone();
  }
  return { rest: iterate(await source.from(0)) };
}

export async function buildSite(entries: Entries | ResumableEntries, opts: BuildOptions): Promise<BuildSummary> {
  const siteVer = siteVersion(opts.version ?? 'dev');
  // what the previous build wrote (taken from disk now: until this build ends, there is none there)
  const previous = takeState(opts.out, siteVer);
  try {
    return await buildOnce(entries, opts, siteVer, previous, true);
  } catch (e) {
    // a run name's saved history was not what the saved state says (its task reads it): build from
    // every entry, as for any other damage to the build cache (keeping the pages that are as they were)
    if ((e as NodeJS.ErrnoException).code !== CACHE_DAMAGED) throw e;
    return buildOnce(entries, opts, siteVer, previous, false);
  }
}

async function buildOnce(
  entries: Entries | ResumableEntries,
  opts: BuildOptions,
  siteVer: string,
  previous: BuildState,
  fromCache: boolean,
): Promise<BuildSummary> {
  const timings = { resume: 0, entries: 0, runs: 0, finish: 0 };
  let lap = performance.now();
  const tick = (phase: keyof typeof timings) => {
    const now = performance.now();
    timings[phase] = Math.round(now - lap);
    lap = now;
  };
  const version = opts.version ?? 'dev';
  const writer = new SiteWriter(opts.out, siteVer, previous);
  const charts = new ChartCache(opts.out);
  const layoutBase: LayoutBase = { source: opts.source, version, builtAt: opts.builtAt };
  // workers pay for themselves on a big build: start them now, so that they load while the saved
  // state is read; a small build (or the few entries of a small site's rebuild) stays in this thread
  const pool = createPool(opts.jobs);
  const local = localPool();
  try {
    const header = fromCache && isResumable(entries) ? resumeHead(opts.out, siteVer) : undefined;
    // with --jobs given, every task goes to the workers; else only the work of a big build
    const explicit = opts.jobs !== undefined;
    if (explicit || (header?.series ?? 0) >= WORKER_SERIES || (opts.total ?? 0) >= WORKER_ENTRIES) pool.warm();
    let usedWorkers = false;
    const use = (big: boolean) => {
      const p = explicit || big ? pool : local;
      usedWorkers ||= p.size > 0;
      return p;
    };
    const { state: resumed, rest } = await start(entries, opts.out, header, writer);
    const store = new RunStore(resumed?.runs);
    const recent = new RecentValues(HISTORY_FOR_COMPARE, resumed?.recent);
    const commits: CommitRow[] = resumed?.commits ?? [];
    const entryHash = resumed?.entryHash ?? new Map<number, string>();
    const rendered = new Set<number>();
    const lastByBranch = resumed?.lastByBranch ?? new Map<string, LedgerEntry>();
    const lastRunBadge = resumed?.lastRunBadge ?? new Map<string, { badge: Badge; seq: number }>();
    let count = resumed?.count ?? 0;
    tick('resume');
    // 1. the entries: the history is kept here; their pages are rendered in tasks of consecutive
    //    entries, each handed the state at its first entry (the last entry of each branch and the
    //    recent values its comparisons test against); results are taken in order
    interface Pending {
      entry: LedgerEntry;
      rows: Map<string, EntryRow>;
      kept: EntryRecord | undefined;
      commit: CommitRow;
    }
    let batch: Pending[] = [];
    const inflight: { batch: Pending[]; result: Promise<EntriesResult> | null }[] = [];
    const window = Math.max(2, pool.size * 2);
    let done = count;
    let read = resumed ? 1 : 0;
    const flush = () => {
      if (!batch.length) return;
      const b = batch;
      batch = [];
      let task: EntriesTask | null = null;
      if (b.some((p) => !p.kept)) {
        const names = new Set(b.flatMap((p) => [...p.rows.keys()]));
        const last = new Map<string, LedgerEntry>();
        for (const p of b) {
          const prev = lastByBranch.get(p.entry.branch ?? '');
          if (prev) last.set(p.entry.branch ?? '', prev);
        }
        task = {
          out: opts.out,
          layoutBase,
          last,
          recent: recent.of(names),
          entries: b.map((p) => ({ entry: p.entry, kept: Boolean(p.kept) })),
        };
      }
      for (const p of b) {
        recent.add(p.rows);
        lastByBranch.set(p.entry.branch ?? '', p.entry);
      }
      const many = (opts.total ?? 0) - (resumed?.count ?? 0) >= WORKER_ENTRIES || read >= WORKER_ENTRIES;
      const result = task && use(many).run('entries', task);
      result?.catch(() => undefined); // awaited in order below, where a failure surfaces
      inflight.push({ batch: b, result });
    };
    const settle = async () => {
      const { batch: b, result } = inflight.shift()!;
      const res = result && (await result);
      if (res) writer.count(res.stats);
      b.forEach((p, i) => {
        const seq = p.entry.seq;
        const r = res?.results[i];
        const record: EntryRecord = p.kept ?? {
          hash: p.entry.hash,
          badge: r!.badge,
          files: r!.files,
          runBadges: r!.runBadges,
        };
        if (!p.kept) rendered.add(seq);
        writer.keepEntry(seq, record);
        p.commit.badge = record.badge as Badge | null;
        for (const [name, badge] of Object.entries(record.runBadges ?? {}))
          lastRunBadge.set(name, { badge: badge as Badge, seq });
        if (++done % 250 === 0) opts.onProgress?.('entries', done, opts.total);
      });
    };
    for (let r = await rest.next(); !r.done; r = await rest.next(), read++) {
      const e = r.value;
      count++;
      const rows = entryRows(e);
      store.add(e, rows);
      entryHash.set(e.seq, e.hash);
      const commit: CommitRow = {
        seq: e.seq,
        commit: e.commit,
        branch: e.branch ?? '',
        recordedAt: e.recordedAt,
        runs: e.runs.length,
        subject: subjectOf(e),
        badge: null,
      };
      commits.push(commit);
      batch.push({ entry: e, rows, kept: writer.keptEntry(e.seq, e.hash), commit });
      if (batch.length >= ENTRIES_PER_TASK) flush();
      while (inflight.length >= window) await settle();
    }
    flush();
    store.finish();
    tick('entries');

    // 2. each run name's pages (a task each), and its data downloads (here: they need every entry's hash)
    const bySeq = new Map(commits.map((c) => [c.seq, c]));
    let series = 0;
    for (const r of store.runs.values()) series += metaOf(r).metrics.size;
    const runPool = use(series >= WORKER_SERIES);
    // handed out biggest first (so that no big one is left to finish alone), taken in ledger order
    const size = (r: KeptRun) => metaOf(r).length * metaOf(r).metrics.size;
    const biggestFirst = [...store.runs.values()].sort((a, b) => size(b) - size(a));
    const ledgerSize = (commits[commits.length - 1]?.seq ?? -1) + 1;
    const savedPages = resumed?.pages ?? new Map<string, SavedRunPages>();
    const pagesKeys = new Map<string, string>();
    let runNamesRendered = 0;
    const byName = new Map(
      biggestFirst.map((r) => {
        const h = metaOf(r);
        const downloads = plannedDownloads(h, writer, entryHash, ledgerSize);
        const key = pagesKey(h, siteVer, layoutBase, entryHash, ledgerSize);
        pagesKeys.set(h.name, key);
        const saved = savedPages.get(h.name);
        // a run name the new entries left alone: its pages are what they were (the key holds the
        // chained hash of its last entry, which covers every row), when they are all still there
        if (
          'saved' in r &&
          saved?.key === key &&
          downloads.every((d) => d.kept) &&
          Object.keys(saved.files).every((f) => writer.exists(f))
        ) {
          const unchanged = Object.keys(saved.files).length;
          const skipped: RunNameResult = {
            ...saved,
            part: r.saved,
            stats: { written: 0, unchanged, bytes: 0 },
            charts: { used: [chartPack(h.name)], rendered: 0, reused: 0, renderMs: 0 },
          };
          return [h.name, Promise.resolve(skipped)] as const;
        }
        runNamesRendered++;
        const task = runNameTask(r, downloads, { out: opts.out, layoutBase, writer, bySeq });
        // a worker is sent a history's filled part only (a structured clone copies whole buffers)
        let result: Promise<RunNameResult>;
        if (runPool.size && 'history' in r) {
          // the copies' buffers move to the worker (a transfer, not another copy)
          const history = trimmedHistory(r.history);
          result = runPool.run('runName', { ...task, history }, historyBuffers(history));
        } else result = runPool.run('runName', task);
        result.catch(() => undefined);
        return [h.name, result] as const;
      }),
    );
    const runTasks = [...store.runs.keys()].map((name) => byName.get(name)!);
    // the entries' last pages and verdicts, while the run names' pages are drawn
    while (inflight.length) await settle();
    opts.onProgress?.('entries', count, opts.total);
    // the state keeps run badges only where a later build may still need them: each run's latest entry
    const latestSeqs = new Set([...lastRunBadge.values()].map((b) => b.seq));
    for (const [seq, rec] of Object.entries(writer.state.entries))
      if (rec.runBadges && !latestSeqs.has(Number(seq))) {
        const { runBadges: _drop, ...kept } = rec;
        writer.state.entries[seq] = kept;
      }
    // what does not wait for the run names' pages, done while the workers draw them: the commit lists
    // and the saved state's body (the state is complete: entries, verdicts, what each history is)
    // (pausing now and then: a worker's reply, and its next task, wait for this thread's event loop)
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    await writeCommitPages(commits, entryHash, writer, layoutBase, siteVer, pause);
    const head = commits[commits.length - 1];
    const resume =
      head &&
      prepareResume(opts.out, siteVer, {
        head: { seq: head.seq, hash: entryHash.get(head.seq)! },
        count,
        runs: store.metas(),
        recent: recent.data,
        commits,
        entryHash,
        lastByBranch,
        lastRunBadge,
      });

    const allChanges: Change[] = [];
    const overviewRuns: OverviewRun[] = [];
    let metricCount = 0;
    const pages = new Map<string, SavedRunPages>();
    const parts = new Map<string, PartRef>();
    for (const [i, task] of runTasks.entries()) {
      const r = await task;
      const { stats: _stats, charts: _charts, part, ...kept } = r;
      pages.set(r.overview.name, { ...kept, key: pagesKeys.get(r.overview.name)! });
      parts.set(r.overview.name, part);
      for (const [rel, hash] of Object.entries(r.files)) writer.record(rel, hash);
      writer.count(r.stats);
      charts.merge(r.charts);
      metricCount += r.metrics;
      for (const c of r.changes) allChanges.push({ ...c, run: r.overview.name });
      const verdict = lastRunBadge.get(r.overview.name);
      overviewRuns.push({
        ...r.overview,
        spark: r.overview.spark ? trusted(r.overview.spark) : '',
        verdict: verdict ? { ...verdict.badge, href: paths.entry(verdict.seq) } : null,
      });
      opts.onProgress?.('metrics', i + 1, runTasks.length);
    }

    tick('runs');
    // 3. the overview, the assets, and the saved state made current
    writer.write(
      paths.overview,
      page('overview', { ...layoutBase, title: 'Overview', root: '' }, overviewView(commits, allChanges, overviewRuns)),
    );
    writeAssets(writer);
    charts.prune();
    const removed = await writer.finish();
    resume?.commit(pages, parts);
    tick('finish');
    return {
      entries: count,
      entriesRead: read,
      entriesRendered: rendered.size,
      runs: store.runs.size,
      metrics: metricCount,
      written: writer.written,
      unchanged: writer.unchanged,
      removed,
      chartsRendered: charts.rendered,
      chartsReused: charts.reused,
      chartMs: Math.round(charts.renderMs),
      runNamesRendered,
      bytesWritten: writer.bytes,
      workers: usedWorkers ? pool.size : 0,
      timings,
    };
  } finally {
    await pool.close();
  }
}

/**
 * What a run name's pages are made from: the builder (siteVer: templates, styles, chart specs), the
 * layout, the run's rows and metrics, and the chained hash of its last row's entry, which covers every
 * entry before it; and the open download chunk, which moves on as the ledger grows.
 */
function pagesKey(
  h: RunMeta,
  siteVer: string,
  layoutBase: LayoutBase,
  entryHash: Map<number, string>,
  ledgerSize: number,
): string {
  const last = h.seq[h.length - 1]!;
  return createHash('sha1')
    .update(
      JSON.stringify([
        siteVer,
        layoutBase,
        h.name,
        h.group ?? null,
        h.length,
        last,
        entryHash.get(last) ?? null,
        openChunk(ledgerSize),
        [...h.metrics.values()].map((c) => [c.name, c.goal ?? null, c.unit ?? null]),
      ]),
    )
    .digest('base64url');
}

/** A run name's downloads, planned and recorded in the build state (kept ones counted unchanged). */
function plannedDownloads(h: RunMeta, writer: SiteWriter, entryHash: Map<number, string>, entries: number) {
  const downloads = planDownloads(
    h,
    entryHash,
    entries,
    (rel, key) => writer.previousOf(rel) === key && writer.exists(rel),
  );
  for (const d of downloads) {
    writer.record(d.csv, d.key);
    writer.record(d.json, d.key);
    if (d.kept) writer.count({ written: 0, unchanged: 2, bytes: 0 });
  }
  return downloads;
}

/** A run name's task: its history, its downloads, what the previous build wrote. */
function runNameTask(
  r: KeptRun,
  downloads: DownloadChunk[],
  c: { out: string; layoutBase: LayoutBase; writer: SiteWriter; bySeq: Map<number, CommitRow> },
): RunNameTask {
  const h = metaOf(r);
  // when the rows of the files to write were recorded
  const from = downloads.find((d) => !d.kept)?.from ?? h.length;
  const previous: Record<string, string> = {};
  for (const rel of [paths.runName(h.name), ...[...h.metrics.keys()].map((m) => paths.metric(h.name, m))]) {
    const p = c.writer.previousOf(rel);
    if (p) previous[rel] = p;
  }
  return {
    out: c.out,
    layoutBase: c.layoutBase,
    ...taskHistory(r),
    recordedAt: Array.from(h.seq.subarray(from, h.length), (seq) => c.bySeq.get(seq)?.recordedAt ?? ''),
    recordedFrom: from,
    downloads,
    previous,
  };
}

type Change = RunNameResult['changes'][number] & { run: string };
type OverviewRun = Omit<OverviewRow, 'spark'> & {
  spark: ReturnType<typeof trusted> | '';
  verdict: { label: string; tone: string; href: string } | null;
};

/** The overview's context: counts, the latest change points, every run name, the recent commits. */
function overviewView(commits: CommitRow[], changes: Change[], runs: OverviewRun[]) {
  const latest = commits[commits.length - 1];
  return {
    entryCount: commits.length,
    runCount: commits.reduce((s, c) => s + c.runs, 0),
    commitCount: new Set(commits.map((c) => c.commit ?? `#${c.seq}`)).size,
    latest: latest
      ? { href: paths.entry(latest.seq), short: shortSha(latest.commit), when: when(latest.recordedAt) }
      : null,
    changes: [...changes]
      .sort((a, b) => b.seq - a.seq)
      .slice(0, RECENT_CHANGES)
      .map(({ run, metric, goal, seq, commit, cp }) => ({
        run,
        metric,
        href: paths.metric(run, metric),
        commit: shortSha(commit),
        commitHref: paths.entry(seq),
        before: num(cp.before),
        after: num(cp.after),
        ...changeText(cp, goal),
      })),
    runs,
    recent: commitRows(commits.slice(-RECENT_COMMITS).reverse()),
  };
}

export function writeAssets(writer: SiteWriter): void {
  for (const [name, text] of Object.entries(siteAssets)) writer.write(`assets/${name}`, text);
}

function commitRows(rows: CommitRow[]) {
  return rows.map((c) => ({
    href: paths.entry(c.seq),
    short: shortSha(c.commit),
    subject: c.subject,
    branch: c.branch,
    when: when(c.recordedAt),
    runs: c.runs,
    verdict: c.badge,
  }));
}

/**
 * The pager of commit-list page k of n: the newest, newer, this, older and oldest pages. Only the
 * neighbours, not a link to every page, so that a full page stays as it is when the list grows
 * (only page n − 1 changes, when its newer neighbour stops being the newest).
 */
function pager(k: number, n: number) {
  if (n < 2) return [];
  const link = (p: number, label: string) => ({
    label,
    href: paths.commitsPage(p, n).slice('commits/'.length),
    current: p === k,
  });
  const out = [link(n, 'newest')];
  if (k + 1 < n) out.push(link(k + 1, 'newer'));
  if (k < n && k > 1) out.push(link(k, `page ${k}`));
  if (k - 1 > 1) out.push(link(k - 1, 'older'));
  out.push(link(1, 'oldest'));
  return out;
}

async function writeCommitPages(
  commits: CommitRow[],
  entryHash: Map<number, string>,
  writer: SiteWriter,
  layoutBase: LayoutBase,
  version: string,
  pause: () => Promise<void>,
) {
  const pageCount = Math.max(1, Math.ceil(commits.length / COMMITS_PER_PAGE));
  for (let k = 1; k <= pageCount; k++) {
    if (k % 8 === 0) await pause();
    const slice = commits.slice((k - 1) * COMMITS_PER_PAGE, k * COMMITS_PER_PAGE);
    const produce = () =>
      page(
        'commits',
        { ...layoutBase, title: 'Recorded commits', root: '../', crumbs: [{ href: 'index.html', label: 'Overview' }] },
        {
          first: slice.length ? (k - 1) * COMMITS_PER_PAGE + 1 : 0,
          last: (k - 1) * COMMITS_PER_PAGE + slice.length,
          // only the newest page counts them all: a full page stays as it is until the pages grow
          total: k === pageCount ? commits.length : null,
          pages: pager(k, pageCount),
          rows: commitRows([...slice].reverse()),
        },
      );
    if (k === pageCount) writer.write(paths.commitsPage(k, pageCount), produce());
    else {
      // a full page is what its entries make it (their verdicts too, which follow from the entries
      // before them): the chained hash of its last entry covers them all; and its pager
      const last = slice[slice.length - 1]!.seq;
      const key = createHash('sha1')
        .update(JSON.stringify([version, layoutBase, k, k + 1 === pageCount, slice[0]!.seq, last, entryHash.get(last)]))
        .digest('base64url');
      writer.writeKeyed(paths.commitsPage(k, pageCount), key, produce);
    }
  }
}
