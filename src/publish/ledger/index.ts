// The ledger: append-only, tamper-evident run history in a directory or on a git branch.
// See docs/ledger.md for the layout, the hash chain and the concurrency story.
import { appendToDir } from './append-dir.js';
import { appendToGit } from './append-git.js';
import { checkChain } from './chain.js';
import { gitBranchOf } from './git-snapshot.js';
import { openSnapshot } from './open.js';
import { allEntries, entriesAt, LedgerError, streamEntries } from './read.js';
import type { AppendInput, AppendOptions, AppendResult, LedgerEntry, LedgerReader } from './types.js';

export type * from './types.js';
export { LEDGER_FORMAT_VERSION } from './types.js';
export { resolveBaseline, historyOf } from './baseline.js';
export { isLedgerLocation, openSnapshot } from './open.js';
export { verifyLedger, rebuildIndex } from './verify-ledger.js';
export type { VerifyReport } from './verify.js';
export { LedgerError } from './read.js';
export { gitBranchOf } from './git-snapshot.js';
export { DEFAULT_BRANCH, entryPath, commitDir } from './layout.js';
export { entryHash, canonicalJson } from './hash.js';

/**
 * Read access to the ledger at `location` (a directory, or git:<branch> on the checkout's origin). For a
 * git ledger the branch is fetched once, now; `close()` removes the private clone (it is also removed
 * when the process exits).
 */
export async function openLedger(
  location: string,
  opts: { cwd: string; env?: Record<string, string | undefined> },
): Promise<
  LedgerReader & {
    label: string;
    /** entries with seq ≥ from, read in batches (see streamEntries); the count is known up front */
    stream(from?: number): Promise<{ count: number; entries: AsyncGenerator<LedgerEntry> }>;
    close(): Promise<void>;
  }
> {
  const { snap, close } = await openSnapshot(location, opts.cwd, opts.env);
  return {
    label: snap.label,
    async entries() {
      const entries = await allEntries(snap);
      const broken = checkChain(entries)[0];
      if (broken) throw new LedgerError(snap.label, broken.file, broken.problem);
      return entries;
    },
    atCommit: (commit) => entriesAt(snap, commit),
    stream: (from = 0) => streamEntries(snap, from),
    close,
  };
}

/**
 * Appends one batch (the runs of one commit) to the ledger, creating it on first use. Runs whose run.id
 * is already recorded are skipped. Fails closed: a corrupt ledger is refused and left as it is.
 */
export async function appendToLedger(location: string, input: AppendInput, opts: AppendOptions): Promise<AppendResult> {
  const branch = gitBranchOf(location);
  return branch === undefined ? appendToDir(location, input, opts) : appendToGit(branch, input, opts);
}
