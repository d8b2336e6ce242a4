// The ledger's data model: the contract between the ledger (writer, verifier) and its readers
// (compare's baseline resolution, the report site, the action). See docs/ledger.md for the layout.
import type { RunManifest } from '../../manifest/manifest.gen.js';

export const LEDGER_FORMAT_VERSION = 1;

/** One recorded batch: the runs of one commit from one job. Stored as one file, never rewritten. */
export interface LedgerEntry {
  /** ledger format version (LEDGER_FORMAT_VERSION) */
  format: number;
  /** position in the hash chain, 0 for the first entry */
  seq: number;
  /** the code commit these runs were recorded for (full SHA), or null when the runs carry none */
  commit: string | null;
  /** first-parent history hint: parent commits of `commit` when the recorder knew them */
  parents?: string[];
  /** branch the commit was recorded from (e.g. main) */
  branch?: string;
  /** when the batch was recorded (RFC 3339) */
  recordedAt: string;
  /** who recorded it: cli, action (with workflow/job/run id) */
  source?: Record<string, string>;
  /** the run manifests, exactly as validated */
  runs: RunManifest[];
  /** `sha256:` hash of the previous entry (its `hash`), null for the first */
  prev: string | null;
  /** `sha256:` hash over the canonical JSON of every field above */
  hash: string;
}

/** Read access to a ledger, wherever it lives (directory or git branch). */
export interface LedgerReader {
  /** every entry in chain order (seq 0..n); fails closed on a corrupt ledger */
  entries(): Promise<LedgerEntry[]>;
  /** the entries recorded for one commit (O(1): path keyed by commit) */
  atCommit(commit: string): Promise<LedgerEntry[]>;
}

/** What `compare` gets from a ledger: the baseline runs and the recent history of each metric. */
export interface BaselineResolution {
  /** the recorded commit whose runs are the baseline (the requested commit or its nearest recorded ancestor) */
  commit: string | null;
  /** for people: e.g. "ledger git:runledger @ 3f1d2c9 (nearest recorded ancestor of 9a8b7c6)" */
  source: string;
  runs: RunManifest[];
  /** recent recorded values on the base branch, oldest first: run name -> metric name -> values */
  history: Record<string, Record<string, number[]>>;
}

export interface ResolveBaselineOptions {
  /** ledger location as the user wrote it: a directory, or git:<branch> (the branch on origin) */
  location: string;
  cwd: string;
  /** the commit to compare against (merge-base); its entry or nearest recorded first-parent ancestor is used. Default: the newest entry */
  commit?: string;
  /** how many recorded values per metric to return as history (default 20) */
  historyLength?: number;
}

// Implemented in ./index.ts (the ledger issue):
//   openLedger(location: string, opts: { cwd: string }): Promise<LedgerReader>
//   isLedgerLocation(arg: string, cwd: string): Promise<boolean>   // a directory holding ledger.json, or git:<branch>
//   resolveBaseline(opts: ResolveBaselineOptions): Promise<BaselineResolution>

/** One batch to record: the runs of one commit from one job. */
export interface AppendInput {
  commit: string | null;
  parents?: string[];
  branch?: string;
  /** who records: e.g. { tool: 'cli' } or { tool: 'action', workflow, job, runId } */
  source?: Record<string, string>;
  runs: RunManifest[];
}

export interface AppendOptions {
  cwd: string;
  /** extra environment for git (e.g. GIT_AUTHOR_NAME); defaults to the process environment */
  env?: Record<string, string | undefined>;
  /** git home: how many times to push before giving up (default 12) */
  maxAttempts?: number;
  /** git home: base of the jittered exponential backoff between attempts, ms (default 100) */
  backoffMs?: number;
  /** git home: called after the commit is built and before it is pushed (tests use it to race a writer) */
  beforePush?: (attempt: number) => Promise<void>;
  /** the clock, for tests */
  now?: () => Date;
}

export interface AppendResult {
  /** the entry written, or null when every run was already recorded */
  entry: LedgerEntry | null;
  /** runs stored by this call */
  added: number;
  /** runs skipped because their run.id is already recorded */
  skipped: number;
  /** git home: pushes rejected (another writer moved the branch) and retried */
  retries: number;
  /** git home: the ledger branch commit after the record */
  ledgerCommit?: string;
}
