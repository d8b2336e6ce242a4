// The builder's memory of the last build, so that a rebuild after new ledger entries reads and
// processes only those: what every run name's history is (its rows' entries and metric names; the
// values are in a file per run name, which the run name's task reads and writes: run-parts.ts, with
// their hashes here), the commit list, the last entry of each branch (the baseline of the next one),
// the recent values the next entries are compared with and each run name's latest verdict badge.
// Saved under out/.runledger-cache/ as a header (JSON: format, site version, head entry, SHA-256 and
// sizes of the body's parts) and a body (a v8-serialised part, then the run names' pages and history
// files as JSON). It is used only when the header's site version matches, the body's hash matches
// and the ledger still holds the head entry with the same hash (whose hash chain covers every entry
// before it); anything else, including a file that does not parse, means a full build (and so does
// a history file whose hash is not the one recorded here, found when its task reads it).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LedgerEntry } from '../../publish/ledger/types.js';
import type { ColumnMeta, Recent, RunMeta } from './history.js';
import { pruneParts, savedParts, type PartRef } from './run-parts.js';
import type { OverviewRow, RunNameResult } from './run-pages.js';
import type { Tone } from './report-view.js';
import { CACHE_DIR } from './writer.js';

const FORMAT = 7;
const HEADER = 'resume.json';
const BODY = 'resume.bin';

export type Badge = { label: string; tone: Tone };

export interface CommitRow {
  seq: number;
  commit: string | null;
  branch: string;
  recordedAt: string;
  runs: number;
  subject: string;
  badge: Badge | null;
}

/** What a run name's task made, kept so that a rebuild can skip a run name the new entries left alone. */
export interface SavedRunPages {
  /** what the pages were made from (build.ts: the run's rows, its last entry's chained hash, ...) */
  key: string;
  files: Record<string, string>;
  overview: OverviewRow;
  changes: RunNameResult['changes'];
  metrics: number;
}

export interface ResumeState {
  head: { seq: number; hash: string };
  /** per run name, what its pages were made from and what they hold */
  pages: Map<string, SavedRunPages>;
  count: number;
  /** per run name, what its history is and the file that holds its values */
  runs: Map<string, { meta: RunMeta; part: PartRef }>;
  /** the last values of every series (see RecentValues) */
  recent: Recent;
  commits: CommitRow[];
  entryHash: Map<number, string>;
  lastByBranch: Map<string, LedgerEntry>;
  lastRunBadge: Map<string, { badge: Badge; seq: number }>;
}

export interface Header {
  format: number;
  version: string;
  head: { seq: number; hash: string };
  sha256: string;
  /** the size of each serialised part of the body, in order */
  parts: number[];
  /** metric series in the state (how much a rebuild will draw) */
  series: number;
}

/** What a run name's history is, as saved (its rows' entries, its metrics' names, goals and units). */
interface SavedMeta {
  name: string;
  group?: string;
  length: number;
  seq: Float64Array;
  metrics: ColumnMeta[];
}

const savedMeta = (m: RunMeta): SavedMeta => ({
  name: m.name,
  ...(m.group !== undefined ? { group: m.group } : {}),
  length: m.length,
  seq: m.seq.slice(0, m.length),
  metrics: [...m.metrics.values()].map((c) => ({
    name: c.name,
    ...(c.goal ? { goal: c.goal } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
  })),
});

function meta(m: SavedMeta): RunMeta | undefined {
  const ok =
    typeof m?.name === 'string' &&
    Number.isInteger(m.length) &&
    m.seq instanceof Float64Array &&
    m.seq.length === m.length &&
    Array.isArray(m.metrics) &&
    m.metrics.every((c) => typeof c?.name === 'string');
  return ok ? { ...m, metrics: new Map(m.metrics.map((c) => [c.name, c])) } : undefined;
}

const isPart = (p: unknown): p is PartRef =>
  typeof (p as PartRef)?.file === 'string' && typeof (p as PartRef).sha256 === 'string';

const files = (out: string) => ({ header: path.join(out, CACHE_DIR, HEADER), body: path.join(out, CACHE_DIR, BODY) });

/** Forgets the saved state (before a build starts: a build that fails half-way leaves none behind). */
export function dropResume(out: string): void {
  const f = files(out);
  rmSync(f.header, { force: true });
  rmSync(f.body, { force: true });
}

/**
 * Writes the state's body: first a v8-serialised part (the lists, and what each run name's history
 * is), while the workers still draw; then `commit` adds the pages and history files the run names'
 * tasks made and writes the header, which the builder does when the build has succeeded: until then
 * there is no state.
 */
export function prepareResume(
  out: string,
  version: string,
  s: Omit<ResumeState, 'pages' | 'runs'> & { runs: Iterable<RunMeta> },
): { commit(pages: ResumeState['pages'], parts: Map<string, PartRef>): void } {
  const f = files(out);
  const head = serialize({
    count: s.count,
    commits: s.commits,
    entryHash: s.entryHash,
    lastByBranch: s.lastByBranch,
    lastRunBadge: s.lastRunBadge,
    recent: s.recent,
    runs: [...s.runs].map(savedMeta),
  });
  let series = 0;
  for (const m of s.runs) series += m.metrics.size;
  return {
    commit(pages, parts) {
      // as JSON text, not v8-serialised: these come back from worker threads, and v8.serialize writes
      // a whole number as an integer or a double depending on how it was held, so the same pages
      // would not always give the same bytes (JSON does)
      const tail = Buffer.from(JSON.stringify([[...pages], [...parts]]));
      writeFileSync(f.body, Buffer.concat([head, tail]));
      const sha256 = createHash('sha256').update(head).update(tail).digest('hex');
      const header: Header = {
        format: FORMAT,
        version,
        head: s.head,
        sha256,
        parts: [head.length, tail.length],
        series,
      };
      writeFileSync(f.header, JSON.stringify(header));
      pruneParts(out, parts.values());
    },
  };
}

/** The head entry the saved state ends with, when the header is this builder's; else undefined. */
export function resumeHead(out: string, version: string): Header | undefined {
  try {
    const h = JSON.parse(readFileSync(files(out).header, 'utf8')) as Header;
    const ok =
      h.format === FORMAT &&
      h.version === version &&
      Number.isInteger(h.head?.seq) &&
      typeof h.head.hash === 'string' &&
      typeof h.sha256 === 'string' &&
      Number.isInteger(h.series) &&
      Array.isArray(h.parts) &&
      h.parts.every((n) => Number.isInteger(n) && n > 0);
    return ok ? h : undefined;
  } catch {
    return undefined;
  }
}

/** The saved state, when its body is exactly what the header describes; else undefined. */
export function loadResume(out: string, header: Header): ResumeState | undefined {
  try {
    const body = readFileSync(files(out).body);
    const [n0, n1] = header.parts;
    if (header.parts.length !== 2 || body.length !== n0! + n1!) return undefined;
    if (createHash('sha256').update(body).digest('hex') !== header.sha256) return undefined;
    const v = deserialize(body.subarray(0, n0)) as Omit<ResumeState, 'head' | 'runs' | 'pages'> & {
      runs: SavedMeta[];
    };
    const [pages, parts] = JSON.parse(body.subarray(n0).toString('utf8')) as [
      [string, SavedRunPages][],
      [string, PartRef][],
    ];
    const partOf = new Map(parts);
    // a history file that is gone means a full build now (a damaged one, when its task reads it)
    const present = new Set(savedParts(out));
    const runs = new Map<string, { meta: RunMeta; part: PartRef }>();
    for (const saved of v.runs) {
      const m = meta(saved);
      const part = m && partOf.get(m.name);
      if (!m || !isPart(part) || !present.has(part.file)) return undefined;
      runs.set(m.name, { meta: m, part });
    }
    const ok =
      v.commits.length === v.count &&
      v.entryHash.get(header.head.seq) === header.head.hash &&
      v.recent instanceof Map &&
      runs.size === partOf.size;
    return ok ? { ...v, head: header.head, runs, pages: new Map(pages) } : undefined;
  } catch {
    return undefined;
  }
}
