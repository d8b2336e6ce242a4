// Where things live inside a ledger (the same layout in a directory and on a git branch).
// See docs/ledger.md.
export const MARKER_FILE = 'ledger.json';
export const INDEX_FILE = 'index.json';
export const ENTRIES_DIR = 'entries';
/** the directory of entries recorded without a commit */
export const NO_COMMIT = 'no-commit';
/** how many of the newest entries index.json lists (bounded: the index never grows with the ledger) */
export const RECENT_LIMIT = 100;
export const DEFAULT_BRANCH = 'runledger';
/** the lock a directory ledger's writers take (proper-lockfile: a directory created atomically) */
export const LOCK_NAME = 'write.lock';

const COMMIT_RE = /^[0-9a-f]{7,64}$/;

export function isCommit(s: string): boolean {
  return COMMIT_RE.test(s);
}

/** entries/<c0c1>/<commit>, or entries/__/no-commit */
export function commitDir(commit: string | null): string {
  return commit === null ? `${ENTRIES_DIR}/__/${NO_COMMIT}` : `${ENTRIES_DIR}/${commit.slice(0, 2)}/${commit}`;
}

/** entries/<c0c1>/<commit>/<seq>-<hash8>.json; seq is zero-padded so names sort in chain order */
export function entryPath(commit: string | null, seq: number, hash: string): string {
  return `${commitDir(commit)}/${String(seq).padStart(8, '0')}-${hashHex(hash).slice(0, 8)}.json`;
}

export function hashHex(hash: string): string {
  return hash.startsWith('sha256:') ? hash.slice(7) : hash;
}

const ENTRY_NAME_RE = /^(\d{8,})-([0-9a-f]{8})\.json$/;

/** Parses an entry path back into its parts; undefined when the path is not an entry's. */
export function parseEntryPath(p: string): { commit: string | null; seq: number; hash8: string } | undefined {
  const parts = p.split('/');
  if (parts.length !== 4 || parts[0] !== ENTRIES_DIR) return undefined;
  const [, bucket, dir, name] = parts as [string, string, string, string];
  const m = ENTRY_NAME_RE.exec(name);
  if (!m) return undefined;
  if (bucket === '__' && dir === NO_COMMIT) return { commit: null, seq: Number(m[1]), hash8: m[2]! };
  if (!isCommit(dir) || dir.slice(0, 2) !== bucket) return undefined;
  return { commit: dir, seq: Number(m[1]), hash8: m[2]! };
}

/** The marker file: says "this directory is a runledger ledger" and which format it is in. */
export interface LedgerMarker {
  runledger: 'ledger';
  format: number;
  createdAt: string;
}

/** index.json: derived from the entries (rebuildable), bounded in size. */
export interface LedgerIndex {
  format: number;
  /** the newest entry: the one the next record chains on */
  head: IndexItem | null;
  /** the newest entries (at most RECENT_LIMIT), oldest first */
  recent: IndexItem[];
}

export interface IndexItem {
  seq: number;
  hash: string;
  commit: string | null;
  path: string;
  branch?: string;
  parents?: string[];
}
