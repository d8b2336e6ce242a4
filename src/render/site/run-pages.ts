// A run name's pages: one per metric (chart with change points, table, downloads) and the run
// name's own page listing them, plus its row of the overview (headline values and a sparkline).
// `renderRunName` is what a worker thread is handed (see pool.ts): one run name's whole history in,
// the files it wrote (with their hashes, for the build state) and what the overview needs out.
import { detect, type ChangePoint } from '../../compare/changepoint.js';
import { writeDownloads, type DownloadChunk } from './downloads.js';
import { chartKey, historyChart, sparkline, type BandSegment, type HistoryPoint } from './charts.js';
import type { LayoutBase } from './entry-page.js';
import { num, percent, shortSha, signed } from './format.js';
import {
  addRow,
  countAt,
  firstRunId,
  maxAt,
  minAt,
  padColumns,
  presentValues,
  type AddedRow,
  type MetricColumn,
  type RunHistory,
} from './history.js';
import { page, trusted } from './html.js';
import { CHART_DOTS, CHART_POINTS, paths, TABLE_ROWS } from './paths.js';
import type { Tone } from './report-view.js';
import { loadPart, savePart, type PartRef, type SavedHistory } from './run-parts.js';
import { slug } from './slug.js';
import { ChartCache, FileSink, type ChartStats, type SinkStats } from './writer.js';

const SPARK_POINTS = 30;

/** The file of a run name's chart pack (writer.ts: ChartCache). */
export const chartPack = (name: string) => `${slug(name)}.json`;

export interface RunNameTask {
  out: string;
  layoutBase: LayoutBase;
  /**
   * the run name's history: in full (a build from nothing), or as the previous build saved it, which
   * the task reads itself (a rebuild: the builder's thread never holds the values)
   */
  history: RunHistory | SavedHistory;
  /** the rows the new entries add to it */
  added: AddedRow[];
  /** the recording time of rows recordedFrom.. (those the downloads to write hold) */
  recordedAt: string[];
  recordedFrom: number;
  downloads: DownloadChunk[];
  /** what the previous build recorded for this run name's pages (path -> content hash) */
  previous: Record<string, string>;
}

export interface OverviewRow {
  name: string;
  group?: string;
  href: string;
  headline: { name: string; href: string; value: string }[];
  spark: string;
  lastCommit: string;
  lastHref: string;
}

export interface RunNameResult {
  /** pages written or kept: path -> content hash */
  files: Record<string, string>;
  overview: OverviewRow;
  /** every change point of every metric, with the entry it starts at (what the overview shows of it) */
  changes: {
    metric: string;
    goal?: string;
    seq: number;
    commit: string | null;
    cp: Pick<ChangePoint, 'before' | 'after' | 'delta' | 'relative'>;
  }[];
  metrics: number;
  /** the file that now holds the history (for the next rebuild) */
  part: PartRef;
  stats: SinkStats;
  charts: ChartStats;
}

export async function renderRunName(t: RunNameTask): Promise<RunNameResult> {
  const sink = new FileSink(t.out);
  const charts = new ChartCache(t.out, chartPack(t.history.name));
  const files: Record<string, string> = {};
  const write = (rel: string, html: string) => (files[rel] = sink.write(rel, html, t.previous[rel]));
  const h = 'saved' in t.history ? loadPart(t.out, t.history) : t.history;
  for (const row of t.added) addRow(h, row);
  padColumns(h);
  writeDownloads(h, t.downloads, { recordedAt: t.recordedAt, from: t.recordedFrom }, sink);
  const changes: RunNameResult['changes'] = [];
  const metricRows = [];
  const draw: Draw = (key, render) => charts.get(key, render);
  for (const col of h.metrics.values()) {
    const { cps, latest, previous, html } = await metricPage(h, col, t.downloads, draw, t.layoutBase);
    write(paths.metric(h.name, col.name), html);
    for (const cp of cps) {
      changes.push({
        metric: col.name,
        ...(col.goal ? { goal: col.goal } : {}),
        seq: h.seq[cp.index]!,
        commit: h.commits[cp.index] ?? null,
        cp: { before: cp.before, after: cp.after, delta: cp.delta, relative: cp.relative },
      });
    }
    const last = cps[cps.length - 1];
    metricRows.push({
      name: col.name,
      href: slug(col.name) + '.html',
      goal: col.goal ?? '—',
      latest: num(latest),
      previous: num(previous),
      change: last ? { ...changeText(last, col.goal), commit: shortSha(h.commits[last.index]) } : null,
    });
  }
  const lastRow = h.length - 1;
  const latestId = firstRunId(h, lastRow);
  write(
    paths.runName(h.name),
    page(
      'runname',
      { ...t.layoutBase, title: h.name, root: '../../', crumbs: [{ href: 'index.html', label: 'Overview' }] },
      {
        group: h.group,
        points: h.length,
        latestId,
        latestHref: `../../${paths.run(h.seq[lastRow]!, latestId)}`,
        metrics: metricRows,
        downloads: t.downloads.map((d) => ({ label: d.label, csv: '../../' + d.csv, json: '../../' + d.json })),
      },
    ),
  );
  const overview = await overviewRow(h, charts);
  await charts.save();
  // a saved history the new entries added nothing to is saved as it is
  const part = 'saved' in t.history && !t.added.length ? t.history.saved : await savePart(t.out, h);
  await sink.settle();
  return { files, overview, changes, metrics: h.metrics.size, part, stats: sink.stats, charts: charts.stats() };
}

export function changeText(
  cp: Pick<ChangePoint, 'delta' | 'relative'>,
  goal: string | undefined,
): { change: string; tone: Tone } {
  const better = goal === 'maximize' ? cp.delta > 0 : goal === 'minimize' ? cp.delta < 0 : null;
  return {
    change: cp.relative === null ? signed(cp.delta) : `${signed(cp.delta)} (${percent(cp.relative)})`,
    tone: better === null ? 'info' : better ? 'good' : 'bad',
  };
}

/** Draws a chart, or takes it from a cache by its key. */
export type Draw = (key: string, render: () => Promise<string>) => Promise<string>;

/** A metric's page: its change points, its chart (drawn by `draw`), its table of values. */
export async function metricPage(
  h: RunHistory,
  col: MetricColumn,
  downloads: DownloadChunk[],
  draw: Draw,
  layoutBase: LayoutBase,
) {
  const { idx, values } = presentValues(col);
  const { changes: cpsLocal, segments: segs, sigma } = detect(values);
  // change points as row indices of the run's history
  const cps = cpsLocal.map((c) => ({ ...c, index: idx[c.index]! }));
  const start = Math.max(0, values.length - CHART_POINTS);
  const points: HistoryPoint[] = [];
  for (let j = start; j < values.length; j++) {
    const i = idx[j]!;
    const p: HistoryPoint = { n: j + 1, value: values[j]! };
    if (values.length - start <= CHART_DOTS || j === values.length - 1) p.dot = true;
    if (countAt(col, i) > 1) {
      p.min = minAt(col, i);
      p.max = maxAt(col, i);
    }
    points.push(p);
  }
  // the band of each segment in the window, from its first position to the next segment's first
  const band: BandSegment[] = segs
    .filter((g) => g.end > start)
    .map((g) => ({
      from: Math.max(g.start, start) + 1,
      to: g.end < values.length ? g.end + 1 : values.length,
      lo: g.mean - 2 * sigma,
      hi: g.mean + 2 * sigma,
    }));
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
    ? await draw(chartKey('history', [points, band, cpN, id], text), () => historyChart(points, band, cpN, text, id))
    : '';
  const rows = [];
  for (let j = values.length - 1; j >= 0 && rows.length < TABLE_ROWS; j--) {
    const i = idx[j]!;
    const seq = h.seq[i]!;
    const runId = firstRunId(h, i);
    const samples = countAt(col, i);
    rows.push({
      n: j + 1,
      commit: shortSha(h.commits[i]),
      commitHref: `../../${paths.entry(seq)}`,
      runId,
      runHref: `../../${paths.run(seq, runId)}`,
      value: num(values[j]),
      samples: samples > 1 ? String(samples) : '',
      min: samples > 1 ? num(minAt(col, i)) : '',
      max: samples > 1 ? num(maxAt(col, i)) : '',
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
      return {
        ...changeText(c, col.goal),
        before: num(c.before),
        after: num(c.after),
        sigmas: num(Number(c.sigmas.toFixed(1))),
        commit: shortSha(h.commits[c.index]),
        commitHref: `../../${paths.entry(h.seq[c.index]!)}`,
      };
    }),
    downloads: downloads.map((d) => ({ label: d.label, csv: '../../' + d.csv, json: '../../' + d.json })),
    rows,
    tableClipped: values.length > rows.length,
  };
  const html = page(
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
  );
  return { cps, latest, previous, html };
}

async function overviewRow(h: RunHistory, charts: ChartCache): Promise<OverviewRow> {
  // headline: metrics the latest recording has, those with a goal first
  const last = h.length - 1;
  const cols = [...h.metrics.values()].filter((c) => !Number.isNaN(c.value[last]!));
  const headline = [...cols.filter((c) => c.goal), ...cols.filter((c) => !c.goal)].slice(0, 3);
  const main = headline[0];
  let spark = '';
  if (main) {
    const vals = Array.from(presentValues(main).values.subarray(-SPARK_POINTS));
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
    ...(h.group ? { group: h.group } : {}),
    href: paths.runName(h.name),
    headline: headline.map((c) => {
      const v = presentValues(c).values;
      return { name: c.name, href: paths.metric(h.name, c.name), value: num(v[v.length - 1]) };
    }),
    spark,
    lastCommit: shortSha(h.commits[last]),
    lastHref: paths.entry(h.seq[last]!),
  };
}
