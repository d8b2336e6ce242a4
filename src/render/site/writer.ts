// Writes the site's files only when their content changed, and remembers what it wrote so that a
// rebuild after one new ledger entry skips everything that entry does not affect.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export const CACHE_DIR = '.runledger-cache';

export interface EntryRecord {
  hash: string;
  badge: { label: string; tone: string } | null;
  files: string[];
  /** per run name, the verdict badge of its runs in this entry (kept only where it is the run's latest) */
  runBadges?: Record<string, { label: string; tone: string }>;
}

export interface BuildState {
  /** hash of the builder and its templates: a different one rebuilds everything */
  version: string;
  /** entry seq -> entry hash + its verdict badge, for entries whose pages are on disk */
  entries: Record<string, EntryRecord>;
  /** generated files other than entry pages: path -> content hash */
  files: Record<string, string>;
}

export class SiteWriter {
  readonly state: BuildState;
  private readonly previous: BuildState;
  private readonly madeDirs = new Set<string>();
  written = 0;
  unchanged = 0;
  bytes = 0;

  constructor(
    readonly out: string,
    version: string,
  ) {
    this.previous = readState(out, version);
    this.state = { version, entries: {}, files: {} };
    // until finish() saves the new state, none: a build that fails half-way is followed by a full one
    rmSync(path.join(out, CACHE_DIR, 'state.json'), { force: true });
  }

  /** The previous build's record of an entry, when its pages can be kept as they are. */
  keptEntry(seq: number, hash: string) {
    const e = this.previous.entries[String(seq)];
    return e && e.hash === hash && e.files.every((f) => existsSync(path.join(this.out, f))) ? e : undefined;
  }

  /**
   * Keeps the previous build's records of entries 0..head as they are (resuming after them), when
   * there are exactly those, with these hashes, and their pages are all on disk; else keeps nothing.
   */
  keepUpTo(head: number, hashes: Map<number, string>): boolean {
    const prev = this.previous.entries;
    if (Object.keys(prev).length !== head + 1) return false;
    for (let seq = 0; seq <= head; seq++) {
      const e = prev[String(seq)];
      if (!e || e.hash !== hashes.get(seq) || !e.files.every((f) => existsSync(path.join(this.out, f)))) return false;
    }
    Object.assign(this.state.entries, prev);
    return true;
  }

  /** Forgets what keepUpTo kept (the ledger turned out not to continue from there). */
  keepNone(): void {
    for (const k of Object.keys(this.state.entries)) delete this.state.entries[k];
  }

  keepEntry(seq: number, record: EntryRecord): void {
    this.state.entries[String(seq)] = record;
  }

  /** Writes an entry page (tracked through its entry's record, not one by one). */
  writeEntryFile(rel: string, content: string): void {
    this.put(rel, content);
  }

  /** Writes a file when its content differs from what the previous build wrote there. */
  write(rel: string, content: string | Buffer): void {
    const hash = createHash('sha1').update(content).digest('base64url');
    this.state.files[rel] = hash;
    if (this.previous.files[rel] === hash && existsSync(path.join(this.out, rel))) {
      this.unchanged++;
      return;
    }
    this.put(rel, content);
  }

  /**
   * Writes a file whose content is fully determined by `key` (e.g. the hashes of the entries it
   * holds): when the previous build wrote the same key, the content is not even produced.
   */
  writeKeyed(rel: string, key: string, produce: () => string): void {
    this.state.files[rel] = key;
    if (this.previous.files[rel] === key && existsSync(path.join(this.out, rel))) {
      this.unchanged++;
      return;
    }
    this.put(rel, produce());
  }

  private put(rel: string, content: string | Buffer) {
    const file = path.join(this.out, rel);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    writeFileSync(file, content);
    this.written++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }

  /** Removes the files of the previous build that this one no longer produces, then saves the state. */
  finish(): number {
    let removed = 0;
    const gone = (rel: string) => {
      rmSync(path.join(this.out, rel), { force: true });
      removed++;
    };
    for (const rel of Object.keys(this.previous.files)) if (!(rel in this.state.files)) gone(rel);
    for (const [seq, e] of Object.entries(this.previous.entries)) {
      const now = this.state.entries[seq];
      if (!now) e.files.forEach(gone);
      else if (now !== e) for (const f of e.files) if (!now.files.includes(f)) gone(f);
    }
    mkdirSync(path.join(this.out, CACHE_DIR), { recursive: true });
    writeFileSync(path.join(this.out, CACHE_DIR, 'state.json'), JSON.stringify(this.state));
    return removed;
  }
}

function readState(out: string, version: string): BuildState {
  const empty: BuildState = { version, entries: {}, files: {} };
  try {
    const s = JSON.parse(readFileSync(path.join(out, CACHE_DIR, 'state.json'), 'utf8')) as BuildState;
    return s.version === version && s.entries && s.files ? s : empty;
  } catch {
    return empty;
  }
}

/** Charts cached by content key under out/.runledger-cache/charts; unused ones are pruned. */
export class ChartCache {
  private readonly dir: string;
  private readonly used = new Set<string>();
  rendered = 0;
  reused = 0;
  /** time spent drawing charts */
  renderMs = 0;

  constructor(out: string) {
    this.dir = path.join(out, CACHE_DIR, 'charts');
    mkdirSync(this.dir, { recursive: true });
  }

  async get(key: string, render: () => Promise<string>): Promise<string> {
    this.used.add(key);
    const file = path.join(this.dir, `${key}.svg`);
    try {
      const svg = readFileSync(file, 'utf8');
      this.reused++;
      return svg;
    } catch {
      const t = performance.now();
      const svg = await render();
      this.renderMs += performance.now() - t;
      writeFileSync(file, svg);
      this.rendered++;
      return svg;
    }
  }

  prune(): void {
    for (const f of readdirSync(this.dir))
      if (!this.used.has(f.replace(/\.svg$/, ''))) rmSync(path.join(this.dir, f), { force: true });
  }
}
