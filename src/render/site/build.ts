// The static report site: ledger entries in, HTML files out. One pass over the entries renders the
// pages of each entry (its commit page and one page per recorded run) and collects each run name's
// history; then the metric pages (chart, change points, table), run-name pages, data downloads,
// commit lists and the overview. Entries already rendered by the previous build into the same
// directory are skipped; every other file is written only when its content changed.
import { createHash } from 'node:crypto';
import { compare, type VerdictReport } from '../../compare/index.js';
import { detect, type ChangePoint } from '../../compare/changepoint.js';
import type { LedgerEntry } from '../../publish/ledger/types.js';
import { chartKey, historyChart, sparkline, type HistoryPoint } from './charts.js';
import { csvCell } from './escape.js';
import { num, percent, shortSha, signed, when } from './format.js';
import { HistoryStore, presentValues, type MetricColumn, type RunHistory } from './history.js';
import { page, siteAssets, trusted, type Layout } from './html.js';
import { reportView, verdictBadge, verdictTone, type Tone } from './report-view.js';
import { runView, sharedProvenance } from './run-view.js';
import { slug } from './slug.js';
import { specs } from './templates.gen.js';
import {
  dropResume,
  loadResume,
  resumeHead,
  saveResume,
  type Badge,
  type CommitRow,
  type ResumeState,
} from './resume.js';
import { ChartCache, SiteWriter } from './writer.js';

/** bump when the page layout changes in ways the templates' hash does not capture */
const BUILDER_VERSION = '2';
/** points drawn in a metric chart (the CSV/JSON downloads hold them all) */
export const CHART_POINTS = 200;
/** rows in a metric page's table */
export const TABLE_ROWS = 50;
/** entries per commit-list page and per data download chunk */
export const COMMITS_PER_PAGE = 200;
export const CHUNK = 1000;
const SPARK_POINTS = 30;
const RECENT_COMMITS = 15;
const RECENT_CHANGES = 25;
const HISTORY_FOR_COMPARE = 20;

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
  bytesWritten: number;
}

export const runAnchor = (id: string) => `run-${slug(id)}`;

export const paths = {
  overview: 'index.html',
  commitsPage: (k: number, last: number) => (k === last ? 'commits/index.html' : `commits/page-${k}.html`),
  /** one file per entry in one folder: a folder per entry would cost a mkdir each */
  entry: (seq: number) => `c/${seq}.html`,
  /** a recorded run: its section on its commit's page */
  run: (seq: number, id: string) => `c/${seq}.html#${runAnchor(id)}`,
  runName: (name: string) => `r/${slug(name)}/index.html`,
  metric: (name: string, metric: string) => `r/${slug(name)}/${slug(metric)}.html`,
  data: (name: string, k: number, ext: 'csv' | 'json') => `data/${slug(name)}/history-${k + 1}.${ext}`,
};

function siteVersion(version: string): string {
  const h = createHash('sha256');
  h.update(BUILDER_VERSION + version);
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
  version: string,
  writer: SiteWriter,
): Promise<{ state?: ResumeState; rest: AsyncIterator<LedgerEntry> | Iterator<LedgerEntry> }> {
  const header = isResumable(source) ? resumeHead(out, version) : undefined;
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
  const version = opts.version ?? 'dev';
  const siteVer = siteVersion(version);
  const writer = new SiteWriter(opts.out, siteVer);
  const charts = new ChartCache(opts.out);
  const layoutBase = { source: opts.source, version, builtAt: opts.builtAt };
  const { state: resumed, rest } = await start(entries, opts.out, siteVer, writer);
  const store = new HistoryStore(resumed?.runs);
  const commits: CommitRow[] = resumed?.commits ?? [];
  const entryHash = resumed?.entryHash ?? new Map<number, string>();
  const rendered = new Set<number>();
  const lastByBranch = resumed?.lastByBranch ?? new Map<string, LedgerEntry>();
  const lastRunBadge = resumed?.lastRunBadge ?? new Map<string, { badge: Badge; seq: number }>();
  let count = resumed?.count ?? 0;

  const each = async (e: LedgerEntry) => {
    count++;
    const branch = e.branch ?? '';
    const prev = lastByBranch.get(branch);
    const kept = writer.keptEntry(e.seq, e.hash);
    let badge: Badge | null;
    let runBadges: Record<string, Badge>;
    if (kept) {
      badge = kept.badge as Badge | null;
      runBadges = (kept.runBadges ?? {}) as Record<string, Badge>;
      writer.keepEntry(e.seq, kept);
    } else {
      const report = prev ? compareEntries(prev, e, store) : null;
      badge = report ? verdictBadge(report) : null;
      runBadges = report ? runBadgesOf(report) : {};
      const files = renderEntry(e, prev, report, writer, layoutBase);
      writer.keepEntry(e.seq, { hash: e.hash, badge, files, runBadges });
      rendered.add(e.seq);
    }
    for (const [name, b] of Object.entries(runBadges)) lastRunBadge.set(name, { badge: b, seq: e.seq });
    store.add(e);
    entryHash.set(e.seq, e.hash);
    commits.push({
      seq: e.seq,
      commit: e.commit,
      branch,
      recordedAt: e.recordedAt,
      runs: e.runs.length,
      subject: subjectOf(e),
      badge,
    });
    lastByBranch.set(branch, e);
    if (count % 250 === 0) opts.onProgress?.('entries', count, opts.total);
  };
  let read = resumed ? 1 : 0;
  for (let r = await rest.next(); !r.done; r = await rest.next(), read++) await each(r.value);
  store.finish();
  opts.onProgress?.('entries', count, opts.total);
  // the state keeps run badges only where a later build may still need them: each run's latest entry
  const latestSeqs = new Set([...lastRunBadge.values()].map((b) => b.seq));
  for (const [seq, rec] of Object.entries(writer.state.entries))
    if (rec.runBadges && !latestSeqs.has(Number(seq))) {
      const { runBadges: _drop, ...rest } = rec;
      writer.state.entries[seq] = rest;
    }

  const seqToCommit = new Map(commits.map((c) => [c.seq, c]));
  // metric pages, run-name pages, downloads
  const allChanges: { run: string; metric: string; seq: number; cp: ChangePoint }[] = [];
  const overviewRuns = [];
  let metricCount = 0;
  let doneRuns = 0;
  for (const h of store.runs.values()) {
    const downloads = writeDownloads(h, writer, entryHash);
    const metricRows = [];
    for (const col of h.metrics.values()) {
      metricCount++;
      const { cps, latest, previous } = await writeMetricPage(
        h,
        col,
        downloads,
        writer,
        charts,
        seqToCommit,
        layoutBase,
      );
      for (const cp of cps) allChanges.push({ run: h.name, metric: col.name, seq: h.rows[cp.index]!.seq, cp });
      const last = cps[cps.length - 1];
      metricRows.push({
        name: col.name,
        href: slug(col.name) + '.html',
        goal: col.goal ?? '—',
        latest: num(latest),
        previous: num(previous),
        change: last ? { ...changeText(last, col.goal), commit: shortSha(h.rows[last.index]!.commit) } : null,
      });
    }
    const lastRow = h.rows[h.rows.length - 1]!;
    const latestId = lastRow.runIds[0] ?? '';
    writer.write(
      paths.runName(h.name),
      page(
        'runname',
        { ...layoutBase, title: h.name, root: '../../', crumbs: [{ href: 'index.html', label: 'Overview' }] },
        {
          group: h.group,
          points: h.rows.length,
          latestId,
          latestHref: `../../${paths.run(lastRow.seq, latestId)}`,
          metrics: metricRows,
          downloads: downloads.map((d) => ({
            ...d,
            csv: d.csv.replace(/^/, '../../'),
            json: d.json.replace(/^/, '../../'),
          })),
        },
      ),
    );
    overviewRuns.push(await overviewRow(h, lastRunBadge.get(h.name), charts));
    doneRuns++;
    opts.onProgress?.('metrics', doneRuns, store.runs.size);
  }

  writeCommitPages(commits, writer, layoutBase);

  allChanges.sort((a, b) => b.seq - a.seq);
  const latest = commits[commits.length - 1];
  const overview = {
    entryCount: commits.length,
    runCount: commits.reduce((s, c) => s + c.runs, 0),
    commitCount: new Set(commits.map((c) => c.commit ?? `#${c.seq}`)).size,
    latest: latest
      ? { href: paths.entry(latest.seq), short: shortSha(latest.commit), when: when(latest.recordedAt) }
      : null,
    changes: allChanges.slice(0, RECENT_CHANGES).map(({ run, metric, seq, cp }) => {
      const col = store.runs.get(run)!.metrics.get(metric)!;
      return {
        run,
        metric,
        href: paths.metric(run, metric),
        commit: shortSha(seqToCommit.get(seq)?.commit),
        commitHref: paths.entry(seq),
        before: num(cp.before),
        after: num(cp.after),
        ...changeText(cp, col.goal),
      };
    }),
    runs: overviewRuns,
    recent: commitRows(commits.slice(-RECENT_COMMITS).reverse()),
  };
  writer.write(paths.overview, page('overview', { ...layoutBase, title: 'Overview', root: '' }, overview));
  writeAssets(writer);
  charts.prune();
  const removed = writer.finish();
  const head = commits[commits.length - 1];
  if (head)
    saveResume(opts.out, siteVer, {
      head: { seq: head.seq, hash: entryHash.get(head.seq)! },
      count,
      runs: store.runs,
      commits,
      entryHash,
      lastByBranch,
      lastRunBadge,
    });
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
    bytesWritten: writer.bytes,
  };
}

export function writeAssets(writer: SiteWriter): void {
  for (const [name, text] of Object.entries(siteAssets)) writer.write(`assets/${name}`, text);
}

function compareEntries(prev: LedgerEntry, e: LedgerEntry, store: HistoryStore): VerdictReport {
  const history: Record<string, Record<string, number[]>> = {};
  for (const name of new Set(e.runs.map((r) => r.run.name))) {
    const h = store.runs.get(name);
    if (!h) continue;
    const per: Record<string, number[]> = {};
    for (const col of h.metrics.values()) {
      const vals = col.value.slice(-HISTORY_FOR_COMPARE).filter((v) => !Number.isNaN(v));
      if (vals.length) per[col.name] = vals;
    }
    history[name] = per;
  }
  return compare({
    baseline: prev.runs,
    current: e.runs,
    history,
    baselineInfo: { commit: prev.commit, source: `ledger entry #${prev.seq}` },
    currentSource: `ledger entry #${e.seq}`,
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
  writer: SiteWriter,
  layoutBase: Omit<Layout, 'title' | 'root'>,
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
  writer.writeEntryFile(
    f,
    page('commit', { ...layoutBase, title, root, crumbs: [{ href: 'commits/index.html', label: 'Commits' }] }, body),
  );
  return [f];
}

/** A one-line subject for a commit: the recorder's, else the first line of notes its runs share. */
function subjectOf(e: LedgerEntry): string {
  if (e.source?.subject) return e.source.subject;
  const firsts = new Set(e.runs.map((r) => (r.run.notes ?? '').split('\n', 1)[0]!.trim()));
  const [only] = firsts;
  return firsts.size === 1 && only ? only : '';
}

function changeText(cp: ChangePoint, goal: string | undefined): { change: string; tone: Tone } {
  const better = goal === 'maximize' ? cp.delta > 0 : goal === 'minimize' ? cp.delta < 0 : null;
  return {
    change: cp.relative === null ? signed(cp.delta) : `${signed(cp.delta)} (${percent(cp.relative)})`,
    tone: better === null ? 'info' : better ? 'good' : 'bad',
  };
}

interface Download {
  label: string;
  csv: string;
  json: string;
}

/** Every row of a run name's history as CSV and JSON, in chunks of CHUNK ledger entries. */
function writeDownloads(h: RunHistory, writer: SiteWriter, entryHash: Map<number, string>): Download[] {
  const cols = [...h.metrics.values()];
  const chunks = new Map<number, number[]>();
  h.rows.forEach((r, i) => {
    const k = Math.floor(r.seq / CHUNK);
    const list = chunks.get(k);
    if (list) list.push(i);
    else chunks.set(k, [i]);
  });
  const out: Download[] = [];
  const names = cols.map((c) => c.name).join('\u0000');
  for (const [k, idx] of chunks) {
    const key = createHash('sha1')
      .update(names)
      .update(idx.map((i) => `${h.rows[i]!.seq}:${entryHash.get(h.rows[i]!.seq)}`).join(','))
      .digest('base64url');
    const csv = paths.data(h.name, k, 'csv');
    const json = paths.data(h.name, k, 'json');
    const produceCsv = () => {
      const lines = [['seq', 'commit', 'recordedAt', 'runIds', ...cols.map((c) => c.name)].map(csvCell).join(',')];
      for (const i of idx) {
        const r = h.rows[i]!;
        lines.push(
          [
            r.seq,
            r.commit ?? '',
            r.recordedAt,
            r.runIds.join(' '),
            ...cols.map((c) => (Number.isNaN(c.value[i]!) ? '' : c.value[i])),
          ]
            .map(csvCell)
            .join(','),
        );
      }
      return lines.join('\n') + '\n';
    };
    const produceJson = () =>
      JSON.stringify({
        run: h.name,
        metrics: cols.map((c) => ({ name: c.name, goal: c.goal ?? null, unit: c.unit ?? null })),
        rows: idx.map((i) => {
          const r = h.rows[i]!;
          // a plain number, or the spread when the value summarises several samples
          const metrics: Record<string, number | { value: number; min: number; max: number; samples: number }> = {};
          for (const c of cols)
            if (!Number.isNaN(c.value[i]!))
              metrics[c.name] =
                c.count[i]! > 1
                  ? { value: c.value[i]!, min: c.min[i]!, max: c.max[i]!, samples: c.count[i]! }
                  : c.value[i]!;
          return { seq: r.seq, commit: r.commit, recordedAt: r.recordedAt, runIds: r.runIds, metrics };
        }),
      }) + '\n';
    // the key holds the hash of every entry in the chunk: a closed chunk is never produced again
    writer.writeKeyed(csv, key, produceCsv);
    writer.writeKeyed(json, key, produceJson);
    const first = h.rows[idx[0]!]!.seq;
    const last = h.rows[idx[idx.length - 1]!]!.seq;
    out.push({ label: chunks.size > 1 ? `#${first}–${last}` : '', csv, json });
  }
  return out;
}

async function writeMetricPage(
  h: RunHistory,
  col: MetricColumn,
  downloads: Download[],
  writer: SiteWriter,
  charts: ChartCache,
  seqToCommit: Map<number, CommitRow>,
  layoutBase: Omit<Layout, 'title' | 'root'>,
) {
  const { idx, values } = presentValues(col);
  const { changes: cpsLocal, segments: segs, sigma } = detect(values);
  // change points as row indices of the run's history
  const cps = cpsLocal.map((c) => ({ ...c, index: idx[c.index]! }));
  const segMean = new Float64Array(values.length);
  for (const s of segs) for (let i = s.start; i < s.end; i++) segMean[i] = s.mean;
  const start = Math.max(0, values.length - CHART_POINTS);
  const points: HistoryPoint[] = [];
  for (let j = start; j < values.length; j++) {
    const i = idx[j]!;
    const p: HistoryPoint = { n: j + 1, value: values[j]!, lo: segMean[j]! - 2 * sigma, hi: segMean[j]! + 2 * sigma };
    if (col.count[i]! > 1) {
      p.min = col.min[i]!;
      p.max = col.max[i]!;
    }
    points.push(p);
  }
  const cpN = cpsLocal.map((c) => c.index + 1).filter((n) => n > start);
  const latest = values[values.length - 1];
  const previous = values[values.length - 2];
  const text = {
    title: `${col.name} of ${h.name}`,
    description:
      `History of ${values.length} recorded values` +
      (start > 0 ? ` (the last ${points.length} shown)` : '') +
      (values.length ? `, from ${num(values[start])} to ${num(latest)}` : '') +
      `; ${cpsLocal.length} change point${cpsLocal.length === 1 ? '' : 's'} detected.`,
  };
  const id = 'chart';
  const svg = values.length
    ? await charts.get(chartKey('history', [points, cpN, id], text), () => historyChart(points, cpN, text, id))
    : '';
  const rows = [];
  for (let j = values.length - 1; j >= 0 && rows.length < TABLE_ROWS; j--) {
    const i = idx[j]!;
    const r = h.rows[i]!;
    const runId = r.runIds[0] ?? '';
    rows.push({
      n: j + 1,
      commit: shortSha(r.commit),
      commitHref: `../../${paths.entry(r.seq)}`,
      runId,
      runHref: `../../${paths.run(r.seq, runId)}`,
      value: num(values[j]),
      samples: col.count[i]! > 1 ? String(col.count[i]) : '',
      min: col.count[i]! > 1 ? num(col.min[i]) : '',
      max: col.count[i]! > 1 ? num(col.max[i]) : '',
    });
  }
  const body = {
    metric: col.name,
    run: h.name,
    goal: col.goal,
    unit: col.unit,
    count: values.length,
    latest: num(latest),
    noise: num(sigma),
    chart: trusted(svg),
    shown: points.length,
    clipped: start > 0,
    changes: [...cps].reverse().map((c) => {
      const seq = h.rows[c.index]!.seq;
      return {
        ...changeText(c, col.goal),
        before: num(c.before),
        after: num(c.after),
        sigmas: num(Number(c.sigmas.toFixed(1))),
        commit: shortSha(seqToCommit.get(seq)?.commit),
        commitHref: `../../${paths.entry(seq)}`,
      };
    }),
    downloads: downloads.map((d) => ({ ...d, csv: '../../' + d.csv, json: '../../' + d.json })),
    rows,
    tableClipped: values.length > rows.length,
  };
  writer.write(
    paths.metric(h.name, col.name),
    page(
      'metric',
      {
        ...layoutBase,
        title: `${col.name} · ${h.name}`,
        root: '../../',
        crumbs: [
          { href: 'index.html', label: 'Overview' },
          { href: paths.runName(h.name), label: h.name },
        ],
      },
      body,
    ),
  );
  return { cps, latest, previous };
}

async function overviewRow(h: RunHistory, verdict: { badge: Badge; seq: number } | undefined, charts: ChartCache) {
  const lastRow = h.rows[h.rows.length - 1]!;
  // headline: metrics the latest recording has, those with a goal first
  const last = h.rows.length - 1;
  const cols = [...h.metrics.values()].filter((c) => !Number.isNaN(c.value[last]!));
  const headline = [...cols.filter((c) => c.goal), ...cols.filter((c) => !c.goal)].slice(0, 3);
  const main = headline[0];
  let spark = '';
  if (main) {
    const vals = presentValues(main).values.slice(-SPARK_POINTS);
    if (vals.length > 1) {
      const id = `s-${slug(h.name)}`;
      const text = {
        title: `Trend of ${main.name} for ${h.name}`,
        description: `The last ${vals.length} recorded values, from ${num(vals[0])} to ${num(vals[vals.length - 1])}.`,
      };
      spark = await charts.get(chartKey('spark', [vals, id], text), () => sparkline(vals, text, id));
    }
  }
  return {
    name: h.name,
    group: h.group,
    href: paths.runName(h.name),
    headline: headline.map((c) => {
      const v = presentValues(c).values;
      return { name: c.name, href: paths.metric(h.name, c.name), value: num(v[v.length - 1]) };
    }),
    spark: spark ? trusted(spark) : '',
    verdict: verdict ? { label: verdict.badge.label, tone: verdict.badge.tone, href: paths.entry(verdict.seq) } : null,
    lastCommit: shortSha(lastRow.commit),
    lastHref: paths.entry(lastRow.seq),
  };
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

function writeCommitPages(commits: CommitRow[], writer: SiteWriter, layoutBase: Omit<Layout, 'title' | 'root'>) {
  const pageCount = Math.max(1, Math.ceil(commits.length / COMMITS_PER_PAGE));
  for (let k = 1; k <= pageCount; k++) {
    const slice = commits.slice((k - 1) * COMMITS_PER_PAGE, k * COMMITS_PER_PAGE);
    const pages =
      pageCount > 1
        ? Array.from({ length: pageCount }, (_, j) => pageCount - j).map((p) => ({
            label: p === pageCount ? 'newest' : String(p),
            href: paths.commitsPage(p, pageCount).slice('commits/'.length),
            current: p === k,
          }))
        : [];
    writer.write(
      paths.commitsPage(k, pageCount),
      page(
        'commits',
        { ...layoutBase, title: 'Recorded commits', root: '../', crumbs: [{ href: 'index.html', label: 'Overview' }] },
        {
          first: slice.length ? (k - 1) * COMMITS_PER_PAGE + 1 : 0,
          last: (k - 1) * COMMITS_PER_PAGE + slice.length,
          total: commits.length,
          pages,
          rows: commitRows([...slice].reverse()),
        },
      ),
    );
  }
}
