// Reading a ledger state: the marker, the index and entries, each checked as it is read (fail closed).
import { entryHash } from './hash.js';
import {
  commitDir,
  entryPath,
  INDEX_FILE,
  LOCK_NAME,
  MARKER_FILE,
  parseEntryPath,
  type IndexItem,
  type LedgerIndex,
  type LedgerMarker,
} from './layout.js';
import type { Snapshot } from './snapshot.js';
import { LEDGER_FORMAT_VERSION, type LedgerEntry } from './types.js';
import { UserError } from '../../errors.js';
import { ledgerMessages as msg } from '../../messages/ledger.js';

/** A ledger that is corrupt or cannot be read: names the ledger, the file and what is wrong. Exit 1. */
export class LedgerError extends UserError {
  constructor(
    readonly ledger: string,
    readonly file: string,
    readonly problem: string,
  ) {
    super(msg.corrupt(ledger, file, problem), 1);
    this.name = 'LedgerError';
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJsonFile(snap: Snapshot, file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LedgerError(snap.label, file, msg.badJson((e as Error).message));
  }
}

/** The marker, or undefined when the ledger holds nothing at all yet. Throws when it is not a ledger. */
export async function readMarker(snap: Snapshot): Promise<LedgerMarker | undefined> {
  if (!snap.exists) return undefined;
  const text = await snap.read(MARKER_FILE);
  if (text === undefined) {
    const names = (await snap.list('')).filter((n) => !n.startsWith('.') && n !== LOCK_NAME);
    if (names.length === 0) return undefined;
    throw new LedgerError(snap.label, MARKER_FILE, msg.noMarker(names));
  }
  const v = parseJsonFile(snap, MARKER_FILE, text);
  if (!isObj(v) || v.runledger !== 'ledger') throw new LedgerError(snap.label, MARKER_FILE, msg.badMarker());
  if (v.format !== LEDGER_FORMAT_VERSION) throw new LedgerError(snap.label, MARKER_FILE, msg.badFormat(v.format));
  return v as unknown as LedgerMarker;
}

function checkItem(v: unknown): v is IndexItem {
  return (
    isObj(v) &&
    Number.isInteger(v.seq) &&
    typeof v.hash === 'string' &&
    (v.commit === null || typeof v.commit === 'string') &&
    typeof v.path === 'string'
  );
}

/** index.json (derived, bounded). Throws when it is missing or malformed in an existing ledger. */
export async function readIndex(snap: Snapshot): Promise<LedgerIndex> {
  const text = await snap.read(INDEX_FILE);
  if (text === undefined) throw new LedgerError(snap.label, INDEX_FILE, msg.noIndex());
  const v = parseJsonFile(snap, INDEX_FILE, text);
  if (
    !isObj(v) ||
    v.format !== LEDGER_FORMAT_VERSION ||
    !(v.head === null || checkItem(v.head)) ||
    !Array.isArray(v.recent) ||
    !v.recent.every(checkItem)
  )
    throw new LedgerError(snap.label, INDEX_FILE, msg.badIndex());
  return v as unknown as LedgerIndex;
}

/**
 * Parses and checks one entry file: JSON, shape, its own hash, and that its path matches its content.
 * Returns the problem as text instead of throwing, for verify.
 */
export function checkEntry(text: string, file: string): { entry: LedgerEntry } | { problem: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { problem: text.trim() === '' ? msg.emptyFile() : msg.badJson((e as Error).message) };
  }
  if (!isObj(v)) return { problem: msg.entryShape('the file is not a JSON object') };
  const need = (ok: boolean, what: string) => (ok ? undefined : msg.entryShape(what));
  const shapeProblem =
    need(v.format === LEDGER_FORMAT_VERSION, `"format" must be ${LEDGER_FORMAT_VERSION}`) ??
    need(Number.isInteger(v.seq) && (v.seq as number) >= 0, '"seq" must be a whole number ≥ 0') ??
    need(v.commit === null || typeof v.commit === 'string', '"commit" must be a string or null') ??
    need(typeof v.recordedAt === 'string', '"recordedAt" must be a string') ??
    need(Array.isArray(v.runs), '"runs" must be an array') ??
    need(v.prev === null || typeof v.prev === 'string', '"prev" must be a string or null') ??
    need(typeof v.hash === 'string', '"hash" must be a string');
  if (shapeProblem) return { problem: shapeProblem };
  const entry = v as unknown as LedgerEntry;
  const actual = entryHash(entry);
  if (actual !== entry.hash) return { problem: msg.hashMismatch(entry.hash, actual) };
  const expected = entryPath(entry.commit, entry.seq, entry.hash);
  if (parseEntryPath(file) && expected !== file) return { problem: msg.wrongPath(expected) };
  return { entry };
}

/** Reads and checks entries; throws LedgerError on the first that is missing or broken. */
export async function readEntries(snap: Snapshot, paths: readonly string[]): Promise<LedgerEntry[]> {
  const texts = await snap.readMany(paths);
  return paths.map((p) => {
    const text = texts.get(p);
    if (text === undefined) throw new LedgerError(snap.label, p, msg.missingEntry());
    const r = checkEntry(text, p);
    if ('problem' in r) throw new LedgerError(snap.label, p, r.problem);
    return r.entry;
  });
}

/** The entries recorded for one commit (a full SHA, or a prefix of at least 7 hex digits), in chain order. */
export async function entriesAt(snap: Snapshot, commit: string | null): Promise<LedgerEntry[]> {
  let dirs: string[];
  if (commit === null || commit.length >= 40) dirs = [commitDir(commit)];
  else {
    const bucket = commitDir(commit).split('/').slice(0, 2).join('/');
    dirs = (await snap.list(bucket)).filter((n) => n.startsWith(commit)).map((n) => `${bucket}/${n}`);
  }
  const entries = await readEntries(snap, await snap.filesIn(dirs));
  return entries.sort((a, b) => a.seq - b.seq);
}

/** The entries of several full commits at once (one listing, one read), grouped by commit, each in chain order. */
export async function entriesAtMany(
  snap: Snapshot,
  commits: readonly (string | null)[],
): Promise<Map<string | null, LedgerEntry[]>> {
  const files = await snap.filesIn(commits.map(commitDir));
  const entries = await readEntries(snap, files);
  const out = new Map<string | null, LedgerEntry[]>(commits.map((c) => [c, []]));
  for (const e of entries.sort((a, b) => a.seq - b.seq)) out.get(e.commit)?.push(e);
  return out;
}

/** Every entry in chain order, each checked; throws on the first broken one. (verify reports all.) */
export async function allEntries(snap: Snapshot): Promise<LedgerEntry[]> {
  if ((await readMarker(snap)) === undefined) return [];
  const files = await snap.listEntryFiles();
  for (const f of files) if (!parseEntryPath(f)) throw new LedgerError(snap.label, f, msg.strayFile());
  const entries = await readEntries(snap, files);
  return entries.sort((a, b) => a.seq - b.seq);
}

/**
 * The entries with seq ≥ `from`, in chain order, read and checked in batches so that a caller that
 * handles one at a time never holds the whole ledger. Each entry is checked like allEntries does and
 * linked to the one before it; entries below `from` are neither read nor checked (`verify` checks them).
 * `count` is known before the first entry is read.
 */
export async function streamEntries(
  snap: Snapshot,
  from = 0,
  batch = 256,
): Promise<{ count: number; entries: AsyncGenerator<LedgerEntry> }> {
  const files: { file: string; seq: number }[] = [];
  if ((await readMarker(snap)) !== undefined)
    for (const f of await snap.listEntryFiles()) {
      const p = parseEntryPath(f);
      if (!p) throw new LedgerError(snap.label, f, msg.strayFile());
      if (p.seq >= from) files.push({ file: f, seq: p.seq });
    }
  files.sort((a, b) => a.seq - b.seq);
  async function* entries(): AsyncGenerator<LedgerEntry> {
    let expected = from;
    let prevHash: string | null | undefined = from === 0 ? null : undefined;
    for (let i = 0; i < files.length; i += batch) {
      const part = files.slice(i, i + batch).map((f) => f.file);
      for (const e of await readEntries(snap, part)) {
        const file = entryPath(e.commit, e.seq, e.hash);
        if (e.seq !== expected)
          throw new LedgerError(
            snap.label,
            file,
            expected === 0 && e.seq > 0 ? msg.firstNotZero(e.seq) : msg.gap(expected, e.seq),
          );
        if (prevHash !== undefined && e.prev !== prevHash)
          throw new LedgerError(snap.label, file, msg.badLink(e.seq, e.prev, prevHash));
        prevHash = e.hash;
        expected = e.seq + 1;
        yield e;
      }
    }
  }
  return { count: files.length, entries: entries() };
}
