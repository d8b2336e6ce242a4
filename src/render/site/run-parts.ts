// Each run name's history in the build cache, one file per run name (out/.runledger-cache/runs/):
// its typed-array columns v8-serialised with room for the next rows. The run name's task writes it
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
  const buf = serialize({ ...t, metrics: [...t.metrics.values()] });
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
  let h: (Omit<RunHistory, 'metrics'> & { metrics: MetricColumn[] }) | undefined;
  try {
    h = deserialize(buf) as typeof h;
  } catch {
    throw damaged('does not parse');
  }
  const rows = (a: unknown) => Array.isArray(a) && a.length === s.length;
  const ok =
    h !== undefined &&
    h.name === s.name &&
    h.length === s.length &&
    h.seq instanceof Float64Array &&
    h.seq.length >= h.length &&
    rows(h.runIds) &&
    rows(h.commits) &&
    Array.isArray(h.metrics) &&
    h.metrics.every((c) => column(c, s.length));
  if (!ok || !h) throw damaged('is not the history it should be');
  return { ...h, metrics: new Map(h.metrics.map((c) => [c.name, c])) };
}

/** Whether a saved column is one: typed arrays with room for the run's rows, all of them filled. */
function column(c: MetricColumn, length: number): boolean {
  const ok = (a: unknown) => a instanceof Float64Array && a.length >= length;
  return (
    typeof c?.name === 'string' &&
    c.length === length &&
    ok(c.value) &&
    (!c.spread || (ok(c.spread.min) && ok(c.spread.max) && ok(c.spread.count)))
  );
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
