// A run name's history as data: every row as CSV and JSON, in chunks of CHUNK ledger entries; the
// newest chunk, which is still growing, in blocks of BLOCK entries (a new entry rewrites one block,
// not the chunk). The builder plans the files (it alone knows every entry's hash, which keys a file:
// a file of closed entries is never produced again); the run name's task writes those whose key
// changed.
import { createHash } from 'node:crypto';
import { csvCell } from './escape.js';
import { countAt, maxAt, minAt, runIdsAt, type RunHistory, type RunMeta } from './history.js';
import { BLOCK, CHUNK, paths } from './paths.js';
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
  /** hash of the metric names, the rows and the chained hash of the chunk's last entry */
  key: string;
  /** the previous build wrote this key and both files are there: nothing to do */
  kept: boolean;
  /**
   * A chunk that has just closed, when the previous build left all of its rows on disk as the open
   * chunk's blocks: the block files to join into it (cheaper than formatting 1,000 rows again).
   */
  blocks?: Download[];
}

/** The block of its chunk that an entry falls in. */
const blockOf = (seq: number) => Math.floor((seq % CHUNK) / BLOCK);

/** The chunk that holds the newest of `entries` ledger entries: the one still growing. */
export const openChunk = (entries: number) => Math.floor((entries - 1) / CHUNK);

/**
 * The chunks of a run name's history, each with its key and whether its files can be kept.
 * `entryHash` holds the ledger's chained entry hashes (each covers every entry before it).
 */
export function planDownloads(
  h: RunMeta,
  entryHash: Map<number, string>,
  /** entries in the ledger: the chunk holding the newest is open */
  entries: number,
  kept: (rel: string, key: string) => boolean,
): DownloadChunk[] {
  const names = [...h.metrics.keys()].join('\u0000');
  const open = openChunk(entries);
  const ranges: { k: number; b: number | undefined; from: number; to: number }[] = [];
  for (let i = 0; i < h.length; i++) {
    const seq = h.seq[i]!;
    const k = Math.floor(seq / CHUNK);
    const b = k === open ? blockOf(seq) : undefined;
    const last = ranges[ranges.length - 1];
    if (last && last.k === k && last.b === b) last.to = i + 1;
    else ranges.push({ k, b, from: i, to: i + 1 });
  }
  // the hash of a file's last entry covers every entry before it (the ledger's hash chain), so with
  // the metric names and the file's rows it decides what the file holds
  const keyOf = (from: number, to: number) => {
    const last = h.seq[to - 1]!;
    return createHash('sha1')
      .update(JSON.stringify([names, to - from, h.seq[from], last, entryHash.get(last) ?? null]))
      .digest('base64url');
  };
  return ranges.map(({ k, b, from, to }) => {
    const key = keyOf(from, to);
    const csv = paths.data(h.name, k, 'csv', b);
    const json = paths.data(h.name, k, 'json', b);
    const chunk: DownloadChunk = {
      label: ranges.length > 1 ? `#${h.seq[from]}–${h.seq[to - 1]}` : '',
      csv,
      json,
      from,
      to,
      key,
      kept: kept(csv, key) && kept(json, key),
    };
    if (b === undefined && !chunk.kept) {
      const blocks = blocksOf(h, k, from, to, keyOf, kept);
      if (blocks) chunk.blocks = blocks;
    }
    return chunk;
  });
}

/** The files of chunk k's rows [from, to) as the previous build wrote them as blocks, if it did. */
function blocksOf(
  h: RunMeta,
  k: number,
  from: number,
  to: number,
  keyOf: (from: number, to: number) => string,
  kept: (rel: string, key: string) => boolean,
): Download[] | undefined {
  const blocks: Download[] = [];
  for (let start = from; start < to;) {
    const b = blockOf(h.seq[start]!);
    let end = start + 1;
    while (end < to && blockOf(h.seq[end]!) === b) end++;
    const key = keyOf(start, end);
    const csv = paths.data(h.name, k, 'csv', b);
    const json = paths.data(h.name, k, 'json', b);
    if (!kept(csv, key) || !kept(json, key)) return undefined;
    blocks.push({ label: '', csv, json });
    start = end;
  }
  return blocks;
}

/** When the rows from `from` on were recorded (their entries' time). */
export interface RowSources {
  /** recordedAt of rows from..from+length-1 */
  recordedAt: string[];
  from: number;
}

/** Writes the chunks that are not kept. */
export function writeDownloads(h: RunHistory, chunks: DownloadChunk[], src: RowSources, sink: FileSink): void {
  const cols = [...h.metrics.values()];
  const at = (i: number) => src.recordedAt[i - src.from] ?? '';
  const header = ['seq', 'commit', 'recordedAt', 'runIds', ...cols.map((col) => col.name)].map(csvCell).join(',');
  // each metric's JSON key, encoded once: a row's "metrics" object is written as text, not built
  // as an object per row (100,000s of rows with dynamic keys are most of a full build's downloads)
  const keys = cols.map((col) => JSON.stringify(col.name) + ':');
  const meta = JSON.stringify(cols.map((col) => ({ name: col.name, goal: col.goal ?? null, unit: col.unit ?? null })));
  const prefix = `{"run":${JSON.stringify(h.name)},"metrics":${meta},"rows":[`;
  for (const c of chunks) {
    if (c.kept) continue;
    const joined = c.blocks && joinBlocks(c.blocks, header, prefix, sink);
    if (joined) {
      sink.put(c.csv, joined.csv);
      sink.put(c.json, joined.json);
      // the blocks are no longer part of the site: removed here, while other work goes on, rather
      // than by the builder at the end (hundreds of files, one run name's at a time)
      for (const b of c.blocks!) sink.remove(b.csv, b.json);
      continue;
    }
    const lines = [header];
    const rows: string[] = [];
    for (let i = c.from; i < c.to; i++) {
      const seq = h.seq[i]!;
      const commit = h.commits[i] ?? null;
      const runIds = runIdsAt(h, i);
      const cells = [seq, commit ?? '', at(i), runIds.join(' ')].map(csvCell);
      const metrics: string[] = [];
      cols.forEach((col, k) => {
        const v = col.value[i]!;
        cells.push(Number.isNaN(v) ? '' : String(v));
        if (Number.isNaN(v)) return;
        // a plain number, or the spread when the value summarises several samples
        const n = countAt(col, i);
        metrics.push(
          keys[k]! +
            (n > 1 ? `{"value":${v},"min":${minAt(col, i)},"max":${maxAt(col, i)},"samples":${n}}` : String(v)),
        );
      });
      lines.push(cells.join(','));
      rows.push(
        `{"seq":${seq},"commit":${JSON.stringify(commit)},"recordedAt":${JSON.stringify(at(i) || null)},` +
          `"runIds":${JSON.stringify(runIds)},"metrics":{${metrics.join(',')}}}`,
      );
    }
    sink.put(c.csv, lines.join('\n') + '\n');
    sink.put(c.json, `${prefix}${rows.join(',')}]}\n`);
  }
}

/**
 * A closed chunk's files made of its blocks' files: the CSV rows after each block's header, the
 * JSON rows between each block's head and its end. Each row is formatted on its own, so the result
 * is what formatting the chunk's rows gives. Undefined (format the rows instead) when a block is
 * missing or does not begin with this build's header (its metrics' goal or unit changed).
 */
function joinBlocks(
  blocks: Download[],
  header: string,
  prefix: string,
  sink: FileSink,
): { csv: string; json: string } | undefined {
  const csv = [header + '\n'];
  const json: string[] = [];
  const end = ']}\n';
  for (const b of blocks) {
    const c = sink.read(b.csv);
    const j = sink.read(b.json);
    if (c === undefined || j === undefined) return undefined;
    if (!c.startsWith(header + '\n') || !j.startsWith(prefix) || !j.endsWith(end)) return undefined;
    csv.push(c.slice(header.length + 1));
    json.push(j.slice(prefix.length, j.length - end.length));
  }
  return { csv: csv.join(''), json: `${prefix}${json.join(',')}${end}` };
}
