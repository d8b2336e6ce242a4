// The builder's memory of the last build, so that a rebuild after new ledger entries reads and
// processes only those: every run name's history (the metric columns), the commit list, the last
// entry of each branch (the baseline of the next one) and each run name's latest verdict badge.
// Saved under out/.runledger-cache/ as a header (JSON: format, site version, head entry, SHA-256 and
// sizes of the body's parts) and a body (v8-serialised parts; metric columns as their typed arrays,
// which serialise as plain bytes, with room for the next rows). It is used only when
// the header's site version matches, the body's hash matches and the ledger still holds the head
// entry with the same hash (whose hash chain covers every entry before it); anything else, including
// a file that does not parse, means a full build.
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LedgerEntry } from '../../publish/ledger/types.js';
import { savedCapacity, trimmedHistory, type MetricColumn, type RunHistory } from './history.js';
import type { OverviewRow, RunNameResult } from './run-pages.js';
import type { Tone } from './report-view.js';
import { CACHE_DIR } from './writer.js';

const FORMAT = 6;
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
  runs: Map<string, RunHistory>;
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

/** A saved column, when it is one: typed arrays with room for the rows it says it has. */
function column(c: MetricColumn): MetricColumn | undefined {
  const ok = (a: unknown) => a instanceof Float64Array && a.length >= c.length;
  return typeof c.name === 'string' &&
    Number.isInteger(c.length) &&
    ok(c.value) &&
    (!c.spread || (ok(c.spread.min) && ok(c.spread.max) && ok(c.spread.count)))
    ? c
    : undefined;
}

const files = (out: string) => ({ header: path.join(out, CACHE_DIR, HEADER), body: path.join(out, CACHE_DIR, BODY) });

/** Forgets the saved state (before a build starts: a build that fails half-way leaves none behind). */
export function dropResume(out: string): void {
  const f = files(out);
  rmSync(f.header, { force: true });
  rmSync(f.body, { force: true });
  rmSync(`${f.body}.tmp`, { force: true });
}

/**
 * Writes the state's body as a sequence of v8-serialised parts (the lists first, then one part per run
 * name, then the run names' pages), hashing as it goes, so that saving never holds more than one run
 * name's history at once. The body goes to a temporary file while the workers still draw; `commit`
 * adds the pages they made, renames the file and writes the header, which the builder does when the
 * build has succeeded: until then there is no state.
 */
export async function prepareResume(
  out: string,
  version: string,
  s: Omit<ResumeState, 'pages'>,
  /** awaited between parts (the builder's thread then hands the workers their next tasks) */
  pause: () => Promise<void> = async () => undefined,
): Promise<{ commit(pages: ResumeState['pages']): void }> {
  const f = files(out);
  const tmp = `${f.body}.tmp`;
  const hash = createHash('sha256');
  const parts: number[] = [];
  const fd = openSync(tmp, 'w');
  try {
    const put = (v: unknown) => {
      const buf = serialize(v);
      hash.update(buf);
      writeSync(fd, buf);
      parts.push(buf.length);
    };
    put({
      count: s.count,
      commits: s.commits,
      entryHash: s.entryHash,
      lastByBranch: s.lastByBranch,
      lastRunBadge: s.lastRunBadge,
    });
    for (const h of s.runs.values()) {
      await pause();
      const t = trimmedHistory(h, savedCapacity(h.length));
      put({ ...t, metrics: [...t.metrics.values()] });
    }
  } finally {
    closeSync(fd);
  }
  let series = 0;
  for (const h of s.runs.values()) series += h.metrics.size;
  return {
    commit(pages) {
      // as JSON text, not v8-serialised: these come back from worker threads, and v8.serialize writes
      // a whole number as an integer or a double depending on how it was held, so the same pages
      // would not always give the same bytes (JSON does)
      const buf = Buffer.from(JSON.stringify([...pages]));
      hash.update(buf);
      appendFileSync(tmp, buf);
      parts.push(buf.length);
      renameSync(tmp, f.body);
      const header: Header = { format: FORMAT, version, head: s.head, sha256: hash.digest('hex'), parts, series };
      writeFileSync(f.header, JSON.stringify(header));
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
    const bytes = header.parts.reduce((a, b) => a + b, 0);
    if (body.length !== bytes || createHash('sha256').update(body).digest('hex') !== header.sha256) return undefined;
    const parts: unknown[] = [];
    let at = 0;
    header.parts.forEach((n, i) => {
      const part = body.subarray(at, at + n);
      // the last part is the run names' pages, as JSON (see prepareResume)
      parts.push(
        i === header.parts.length - 1
          ? new Map(JSON.parse(part.toString('utf8')) as [string, SavedRunPages][])
          : deserialize(part),
      );
      at += n;
    });
    const v = parts[0] as Omit<ResumeState, 'head' | 'runs' | 'pages'>;
    const pages = parts[parts.length - 1];
    if (parts.length < 2 || !(pages instanceof Map)) return undefined;
    const saved = parts.slice(1, -1) as (Omit<RunHistory, 'metrics'> & { metrics: MetricColumn[] })[];
    const runs = new Map<string, RunHistory>();
    for (const h of saved) {
      const ok =
        typeof h.name === 'string' &&
        Number.isInteger(h.length) &&
        h.seq instanceof Float64Array &&
        h.seq.length >= h.length &&
        Array.isArray(h.runIds) &&
        h.runIds.length === h.length;
      if (!ok) return undefined;
      const metrics = new Map<string, MetricColumn>();
      for (const c of h.metrics) {
        const col = column(c);
        if (!col || col.length !== h.length) return undefined;
        metrics.set(col.name, col);
      }
      runs.set(h.name, { ...h, metrics });
    }
    if (v.commits.length !== v.count || v.entryHash.get(header.head.seq) !== header.head.hash) return undefined;
    return { ...v, head: header.head, runs, pages: pages as ResumeState['pages'] };
  } catch {
    return undefined;
  }
}
