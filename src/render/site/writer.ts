// Writes the site's files only when their content changed, and remembers what it wrote so that a
// rebuild after one new ledger entry skips everything that entry does not affect.
import { createHash } from 'node:crypto';
import {
  close,
  closeSync,
  existsSync,
  fstatSync,
  ftruncate,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
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

/** What a sink wrote: files, files left as they were, bytes. */
export interface SinkStats {
  written: number;
  unchanged: number;
  bytes: number;
}

/** The content hash a file is recorded under (to tell a rebuild whether it changed). */
export const contentHash = (content: string | Buffer) => createHash('sha1').update(content).digest('base64url');

/**
 * Writes files under the site's directory, each only when its content differs from what the previous
 * build recorded for it. Holds no build state, so a worker thread can write with one and report back.
 */
export class FileSink {
  readonly stats: SinkStats = { written: 0, unchanged: 0, bytes: 0 };
  private readonly madeDirs = new Set<string>();
  /** work the file system does meanwhile (cutting files' old tails, removing files): see settle */
  private readonly pending: Promise<unknown>[] = [];
  /** files whose old tail is being cut: written again, they are written after the cut */
  private readonly cutting = new Map<string, Promise<void>>();

  constructor(readonly out: string) {}

  put(rel: string, content: string | Buffer): void {
    const file = path.join(this.out, rel);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const earlier = this.cutting.get(file);
    const cut = earlier ? earlier.then(() => rewrite(file, content)) : rewrite(file, content);
    if (cut) {
      this.cutting.set(file, cut);
      this.meanwhile(cut);
    }
    this.stats.written++;
    this.stats.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }

  /** Removes files of the site (those that are not there are no error), meanwhile (see settle). */
  remove(...rels: string[]): void {
    for (const rel of rels) this.meanwhile(removeFile(path.join(this.out, rel)));
  }

  private meanwhile(p: Promise<unknown> | undefined): void {
    if (!p) return;
    p.catch(() => undefined); // not unhandled: settle() awaits it and throws its error
    this.pending.push(p);
  }

  /**
   * Waits for the file system work started meanwhile (the old tails cut off, the files removed):
   * freeing blocks waits on the disk, which a task spends drawing instead. Call it before the task
   * reports what it wrote.
   */
  async settle(): Promise<void> {
    await Promise.all(this.pending.splice(0));
    this.cutting.clear();
  }

  /** A file of the site as text, or undefined when it cannot be read. */
  read(rel: string): string | undefined {
    try {
      return readFileSync(path.join(this.out, rel), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Writes the file unless the previous build recorded `key` for it and it is still there. */
  putUnlessKept(rel: string, key: string, previous: string | undefined, produce: () => string | Buffer): void {
    if (previous === key && existsSync(path.join(this.out, rel))) this.stats.unchanged++;
    else this.put(rel, produce());
  }

  /** Writes the file when its content changed; returns the content's hash. */
  write(rel: string, content: string | Buffer, previous: string | undefined): string {
    const hash = contentHash(content);
    this.putUnlessKept(rel, hash, previous, () => content);
    return hash;
  }
}

/**
 * Removes a file (one that is not there is no error). unlink, not fs.rm: on Node 20, rm is a
 * JavaScript rimraf that stats each path first, several thread-pool trips a file.
 */
async function removeFile(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

const cutAsync = promisify(ftruncate);
const closeAsync = promisify(close);

/**
 * Writes a file's new content over its old one in place: a rebuild rewrites hundreds of pages that
 * keep about their size, and truncating a file first frees its blocks only to allocate them again,
 * which costs 5 to 8 times as much as the write on a file system that discards freed blocks (ext4
 * mounted with `discard`, as on this project's CI machines). When the old content was longer, its
 * tail is cut off by the thread pool, meanwhile (the promise returned: until it settles, the file
 * still ends with old bytes); freeing blocks waits on the disk, up to 25 ms a file when hundreds
 * are cut at once. A file that is not there yet is created.
 */
export function rewrite(file: string, content: string | Buffer): Promise<void> | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r+');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    writeFileSync(file, content);
    return undefined;
  }
  let longer = false;
  try {
    const buf = typeof content === 'string' ? Buffer.from(content) : content;
    for (let at = 0; at < buf.length;) at += writeSync(fd, buf, at, buf.length - at, at);
    longer = fstatSync(fd).size > buf.length;
    if (longer) return cutAsync(fd, buf.length).finally(() => closeAsync(fd));
  } finally {
    if (!longer) closeSync(fd);
  }
  return undefined;
}

/** Writes the site's files and keeps the record a rebuild starts from (see BuildState). */
export class SiteWriter {
  readonly state: BuildState;
  private readonly previous: BuildState;
  readonly sink: FileSink;

  /** `previous`: what the previous build wrote (default: taken from disk, see takeState) */
  constructor(
    readonly out: string,
    version: string,
    previous = takeState(out, version),
  ) {
    this.previous = previous;
    this.state = { version, entries: {}, files: {} };
    this.sink = new FileSink(out);
  }

  get written() {
    return this.sink.stats.written;
  }
  get unchanged() {
    return this.sink.stats.unchanged;
  }
  get bytes() {
    return this.sink.stats.bytes;
  }

  private readonly listings = new Map<string, Set<string>>();

  /**
   * Whether a file of the previous build is on disk: one directory listing per folder instead of a
   * stat per file (a rebuild checks the pages of every entry, 10,000 of them in one folder).
   */
  exists(rel: string): boolean {
    const dir = path.dirname(rel);
    let names = this.listings.get(dir);
    if (!names) {
      try {
        names = new Set(readdirSync(path.join(this.out, dir)));
      } catch {
        names = new Set();
      }
      this.listings.set(dir, names);
    }
    return names.has(path.basename(rel));
  }

  /** The previous build's record of an entry, when its pages can be kept as they are. */
  keptEntry(seq: number, hash: string) {
    const e = this.previous.entries[String(seq)];
    return e && e.hash === hash && e.files.every((f) => this.exists(f)) ? e : undefined;
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
      if (!e || e.hash !== hashes.get(seq) || !e.files.every((f) => this.exists(f))) return false;
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

  /** What the previous build recorded for a file (its content hash or key), to hand to a worker. */
  previousOf(rel: string): string | undefined {
    return this.previous.files[rel];
  }

  /** Records a file written (or kept) elsewhere, e.g. by a worker, under its hash or key. */
  record(rel: string, hashOrKey: string): void {
    this.state.files[rel] = hashOrKey;
  }

  /** Adds what a worker's sink wrote to this build's counts. */
  count(stats: SinkStats): void {
    this.sink.stats.written += stats.written;
    this.sink.stats.unchanged += stats.unchanged;
    this.sink.stats.bytes += stats.bytes;
  }

  /** Writes a file when its content differs from what the previous build wrote there. */
  write(rel: string, content: string | Buffer): void {
    this.state.files[rel] = this.sink.write(rel, content, this.previous.files[rel]);
  }

  /**
   * Writes a file whose content is fully determined by `key` (e.g. the hashes of the entries it
   * holds): when the previous build wrote the same key, the content is not even produced.
   */
  writeKeyed(rel: string, key: string, produce: () => string): void {
    this.state.files[rel] = key;
    this.sink.putUnlessKept(rel, key, this.previous.files[rel], produce);
  }

  /** Removes the files of the previous build that this one no longer produces, then saves the state. */
  async finish(): Promise<number> {
    // removed all at once, by the sink (removing a file waits for its blocks to be freed)
    let removed = 0;
    const gone = (rel: string) => {
      this.sink.remove(rel);
      removed++;
    };
    for (const rel of Object.keys(this.previous.files)) if (!(rel in this.state.files)) gone(rel);
    for (const [seq, e] of Object.entries(this.previous.entries)) {
      const now = this.state.entries[seq];
      if (!now) e.files.forEach(gone);
      else if (now !== e) for (const f of e.files) if (!now.files.includes(f)) gone(f);
    }
    await this.sink.settle();
    mkdirSync(path.join(this.out, CACHE_DIR), { recursive: true });
    writeFileSync(path.join(this.out, CACHE_DIR, 'state.json'), JSON.stringify(this.state));
    return removed;
  }
}

/**
 * What the previous build of this version wrote, read and removed from disk: until a build saves
 * its own (SiteWriter.finish), there is none, so that a build that fails half-way is followed by a
 * full one.
 */
export function takeState(out: string, version: string): BuildState {
  const empty: BuildState = { version, entries: {}, files: {} };
  const file = path.join(out, CACHE_DIR, 'state.json');
  let s: BuildState | undefined;
  try {
    s = JSON.parse(readFileSync(file, 'utf8')) as BuildState;
  } catch {
    // none, or a damaged one
  }
  rmSync(file, { force: true });
  return s && s.version === version && s.entries && s.files ? s : empty;
}

/** What a chart cache did: the keys it served, charts drawn and reused, time spent drawing. */
export interface ChartStats {
  /** the packs read or written */
  used: string[];
  rendered: number;
  reused: number;
  renderMs: number;
}

/**
 * Charts cached by content key, one pack per run name (out/.runledger-cache/charts/<pack>.json,
 * key -> SVG): a run name's task reads its pack, draws only the charts that are not in it and
 * writes the pack back with the charts it used, when that changed it. One file per run name, not
 * one per chart: a rebuild that draws every chart again writes 20 files, not 420 (and deletes none).
 * Packs of run names that are gone are pruned by the builder.
 */
export class ChartCache {
  private readonly dir: string;
  private readonly used = new Set<string>();
  private cached: Map<string, string> | undefined;
  private readonly drawn = new Map<string, string>();
  rendered = 0;
  reused = 0;
  /** time spent drawing charts */
  renderMs = 0;

  /** `pack`: the pack this cache reads and writes (none: the builder's, which only merges and prunes) */
  constructor(
    out: string,
    private readonly pack?: string,
  ) {
    this.dir = path.join(out, CACHE_DIR, 'charts');
    mkdirSync(this.dir, { recursive: true });
    if (pack) this.used.add(pack);
  }

  private load(): Map<string, string> {
    if (!this.cached) {
      this.cached = new Map();
      try {
        const raw = JSON.parse(readFileSync(path.join(this.dir, this.pack!), 'utf8')) as unknown;
        if (raw && typeof raw === 'object' && !Array.isArray(raw))
          for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') this.cached.set(k, v);
      } catch {
        // no pack yet, or a damaged one: draw everything
      }
    }
    return this.cached;
  }

  async get(key: string, render: () => Promise<string>): Promise<string> {
    if (!this.pack) throw new Error('a chart cache without a pack only merges and prunes');
    const seen = this.drawn.get(key) ?? this.load().get(key);
    if (seen !== undefined) {
      this.reused++;
      this.drawn.set(key, seen);
      return seen;
    }
    const t = performance.now();
    const svg = await render();
    this.renderMs += performance.now() - t;
    this.rendered++;
    this.drawn.set(key, svg);
    return svg;
  }

  /** Writes the pack back with the charts used, unless it holds exactly those already. */
  async save(): Promise<void> {
    if (!this.pack) return;
    const cached = this.load();
    const same = this.rendered === 0 && cached.size === this.drawn.size;
    if (!same) await rewrite(path.join(this.dir, this.pack), JSON.stringify(Object.fromEntries(this.drawn)));
  }

  stats(): ChartStats {
    return { used: [...this.used], rendered: this.rendered, reused: this.reused, renderMs: this.renderMs };
  }

  /** Adds what another cache (a task's) did. */
  merge(s: ChartStats): void {
    for (const k of s.used) this.used.add(k);
    this.rendered += s.rendered;
    this.reused += s.reused;
    this.renderMs += s.renderMs;
  }

  /** Removes the packs no task used (run names no longer in the ledger, and files of older builds). */
  prune(): void {
    for (const f of readdirSync(this.dir)) if (!this.used.has(f)) rmSync(path.join(this.dir, f), { force: true });
  }
}
