// A run name's history as data: every row as CSV and JSON, in chunks of CHUNK ledger entries. The
// builder plans the chunks (it alone knows every entry's hash, which keys a chunk: a closed chunk is
// never produced again); the run name's task writes the chunks whose key changed.
import { createHash } from 'node:crypto';
import { csvCell } from './escape.js';
import { countAt, maxAt, minAt, runIdsAt, type RunHistory } from './history.js';
import { CHUNK, paths } from './paths.js';
import type { FileSink } from './writer.js';

export interface Download {
  label: string;
  csv: string;
  json: string;
}

export interface DownloadChunk extends Download {
  /** rows [from, to) of the history */
  from: number;
  to: number;
  /** hash of the metric names and of every entry in the chunk */
  key: string;
  /** the previous build wrote this key and both files are there: nothing to do */
  kept: boolean;
}

/** The chunks of a run name's history, each with its key and whether its files can be kept. */
export function planDownloads(
  h: RunHistory,
  entryHash: Map<number, string>,
  kept: (rel: string, key: string) => boolean,
): DownloadChunk[] {
  const names = [...h.metrics.keys()].join('\u0000');
  const ranges: { k: number; from: number; to: number }[] = [];
  for (let i = 0; i < h.length; i++) {
    const k = Math.floor(h.seq[i]! / CHUNK);
    const last = ranges[ranges.length - 1];
    if (last && last.k === k) last.to = i + 1;
    else ranges.push({ k, from: i, to: i + 1 });
  }
  return ranges.map(({ k, from, to }) => {
    const hash = createHash('sha1').update(names);
    for (let i = from; i < to; i++) hash.update(`${h.seq[i]}:${entryHash.get(h.seq[i]!)},`);
    const key = hash.digest('base64url');
    const csv = paths.data(h.name, k, 'csv');
    const json = paths.data(h.name, k, 'json');
    return {
      label: ranges.length > 1 ? `#${h.seq[from]}–${h.seq[to - 1]}` : '',
      csv,
      json,
      from,
      to,
      key,
      kept: kept(csv, key) && kept(json, key),
    };
  });
}

/** Per row, where it came from: the commit and time of its entry (from `from` on). */
export interface RowSources {
  commits: (string | null)[];
  /** recordedAt of rows from..from+length-1 */
  recordedAt: string[];
  from: number;
}

/** Writes the chunks that are not kept. */
export function writeDownloads(h: RunHistory, chunks: DownloadChunk[], src: RowSources, sink: FileSink): void {
  const cols = [...h.metrics.values()];
  const at = (i: number) => src.recordedAt[i - src.from] ?? '';
  for (const c of chunks) {
    if (c.kept) continue;
    const lines = [['seq', 'commit', 'recordedAt', 'runIds', ...cols.map((col) => col.name)].map(csvCell).join(',')];
    const rows = [];
    for (let i = c.from; i < c.to; i++) {
      const seq = h.seq[i]!;
      const commit = src.commits[i] ?? null;
      const runIds = runIdsAt(h, i);
      lines.push(
        [
          seq,
          commit ?? '',
          at(i),
          runIds.join(' '),
          ...cols.map((col) => (Number.isNaN(col.value[i]!) ? '' : col.value[i])),
        ]
          .map(csvCell)
          .join(','),
      );
      // a plain number, or the spread when the value summarises several samples; no prototype, so
      // that a metric named __proto__ is a key like any other
      const metrics = Object.create(null) as Record<
        string,
        number | { value: number; min: number; max: number; samples: number }
      >;
      for (const col of cols)
        if (!Number.isNaN(col.value[i]!))
          metrics[col.name] =
            countAt(col, i) > 1
              ? { value: col.value[i]!, min: minAt(col, i), max: maxAt(col, i), samples: countAt(col, i) }
              : col.value[i]!;
      rows.push({ seq, commit, recordedAt: at(i) || null, runIds, metrics });
    }
    sink.put(c.csv, lines.join('\n') + '\n');
    sink.put(
      c.json,
      JSON.stringify({
        run: h.name,
        metrics: cols.map((col) => ({ name: col.name, goal: col.goal ?? null, unit: col.unit ?? null })),
        rows,
      }) + '\n',
    );
  }
}
