// Each run name's history in the build cache, one file per run name (out/.runledger-cache/runs/):
// its typed-array columns v8-serialised with room for the next rows, everything else as JSON text
// (v8.serialize writes a number as an integer or a double, and an object's keys, in the order it
// held them, so a history made in a worker and the same one made in the builder's thread would not
// give the same bytes; JSON does, and typed arrays are their bytes). The run name's task writes it
// once it has added the new rows and reads it at the next rebuild; the builder's thread keeps only
// each file's SHA-256 in the saved state (resume.ts), so that it never reads, copies or writes the
// values themselves (40 MB for 10,000 entries of 400 series).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { savedCapacity, trimmedHistory, type MetricColumn, type RunHistory } from './history.js';
import { slug } from './slug.js';
import { CACHE_DIR, rewrite } from './writer.js';

const DIR = 'runs';

/** A saved history: its file (under out/.runledger-cache/runs/) and the SHA-256 of its bytes. */
export interface PartRef {
  file: string;
  sha256: string;
}

/** A run name's history as the previous build saved it: the task reads it (see loadPart). */
export interface SavedHistory {
  saved: PartRef;
  name: string;
  /** its rows (the file must hold exactly these) */
  length: number;
}

/** The error code of a saved history that is not what the saved state says (the build starts over). */
export const CACHE_DAMAGED = 'RUNLEDGER_CACHE_DAMAGED';

const dir = (out: string) => path.join(out, CACHE_DIR, DIR);

/** Saves a history (with room for its next rows); returns where, and its hash. */
export async function savePart(out: string, h: RunHistory): Promise<PartRef> {
  const t = trimmedHistory(h, savedCapacity(h.length));
  const cols = [...t.metrics.values()];
  const saved: Saved = {
    head: JSON.stringify({
      name: t.name,
      group: t.group ?? null,
      length: t.length,
      runIds: t.runIds,
      commits: t.commits,
      metrics: cols.map((c) => ({ name: c.name, goal: c.goal ?? null, unit: c.unit ?? null, spread: !!c.spread })),
    }),
    seq: t.seq,
    columns: cols.flatMap((c) => (c.spread ? [c.value, c.spread.min, c.spread.max, c.spread.count] : [c.value])),
  };
  const buf = serialize(saved);
  const file = `${slug(h.name)}.bin`;
  mkdirSync(dir(out), { recursive: true });
  await rewrite(path.join(dir(out), file), buf);
  return { file, sha256: createHash('sha256').update(buf).digest('hex') };
}

/** The saved history, when its file is the one the saved state recorded; else throws CACHE_DAMAGED. */
export function loadPart(out: string, s: SavedHistory): RunHistory {
  const damaged = (why: string) =>
    Object.assign(new Error(`the build cache's history of ${s.name} (${s.saved.file}) ${why}`), {
      code: CACHE_DAMAGED,
    });
  let buf: Buffer;
  try {
    buf = readFileSync(path.join(dir(out), path.basename(s.saved.file)));
  } catch {
    throw damaged('cannot be read');
  }
  if (createHash('sha256').update(buf).digest('hex') !== s.saved.sha256) throw damaged('has another hash');
  let saved: Saved;
  let head: Head;
  try {
    saved = deserialize(buf) as Saved;
    head = JSON.parse(saved.head) as Head;
    if (!Array.isArray(saved.columns) || !Array.isArray(head.metrics)) throw new Error();
  } catch {
    throw damaged('does not parse');
  }
  const rows = (a: unknown) => Array.isArray(a) && a.length === s.length;
  const room = (a: unknown): a is Float64Array => a instanceof Float64Array && a.length >= s.length;
  const metrics = new Map<string, MetricColumn>();
  let k = 0;
  for (const m of head.metrics) {
    if (typeof m?.name !== 'string') throw damaged('is not the history it should be');
    const [value, min, max, count] = saved.columns.slice(k, (k += m.spread ? 4 : 1));
    if (!room(value)) throw damaged('is not the history it should be');
    const col: MetricColumn = { name: m.name, length: s.length, value };
    if (m.goal === 'maximize' || m.goal === 'minimize') col.goal = m.goal;
    if (typeof m.unit === 'string') col.unit = m.unit;
    if (m.spread) {
      if (!room(min) || !room(max) || !room(count)) throw damaged('is not the history it should be');
      col.spread = { min, max, count };
    }
    metrics.set(col.name, col);
  }
  const ok =
    head.name === s.name &&
    head.length === s.length &&
    room(saved.seq) &&
    rows(head.runIds) &&
    rows(head.commits) &&
    k === saved.columns.length &&
    metrics.size === head.metrics.length;
  if (!ok) throw damaged('is not the history it should be');
  return {
    name: head.name,
    ...(typeof head.group === 'string' ? { group: head.group } : {}),
    length: s.length,
    seq: saved.seq,
    runIds: head.runIds,
    commits: head.commits,
    metrics,
  };
}

/** A saved history: the JSON head, then the typed arrays (each column's values, and its spread's). */
interface Saved {
  head: string;
  seq: Float64Array;
  columns: Float64Array[];
}

interface Head {
  name: string;
  group: string | null;
  length: number;
  runIds: (string | string[])[];
  commits: (string | null)[];
  metrics: { name: string; goal: string | null; unit: string | null; spread: boolean }[];
}

/** The files of saved histories there are. */
export function savedParts(out: string): string[] {
  try {
    return readdirSync(dir(out));
  } catch {
    return [];
  }
}

/** Removes the saved histories of run names that are gone (any file but these). */
export function pruneParts(out: string, keep: Iterable<PartRef>): void {
  const kept = new Set([...keep].map((p) => p.file));
  for (const f of savedParts(out)) if (!kept.has(f)) rmSync(path.join(dir(out), f), { force: true });
}
