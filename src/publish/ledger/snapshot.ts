// A read-only view of one state of a ledger, wherever it lives: a directory or a commit of a git branch.
export interface Snapshot {
  /** how people name this ledger, e.g. "ledger .runledger" or "ledger git:runledger" */
  readonly label: string;
  /** the ledger as the user wrote it (a directory or git:<branch>) */
  readonly location: string;
  /** false when nothing is there yet (no directory, no branch) */
  readonly exists: boolean;
  /** the text of a file, undefined when there is no such file; throws when it cannot be read */
  read(path: string): Promise<string | undefined>;
  /** several files at once (one git process, one fetch of the missing blobs) */
  readMany(paths: readonly string[]): Promise<Map<string, string | undefined>>;
  /** the names in a directory, empty when there is none */
  list(dir: string): Promise<string[]>;
  /** the files directly inside each of these directories (full paths; one git process for all) */
  filesIn(dirs: readonly string[]): Promise<string[]>;
  /** a hint: these directories will be looked at soon (git: fetch their bucket trees in one round trip) */
  prefetch(dirs: readonly string[]): Promise<void>;
  /** which of these directories exist (one git process for all of them) */
  existingDirs(dirs: readonly string[]): Promise<Set<string>>;
  /** every file under entries/ (relative paths), in no particular order */
  listEntryFiles(): Promise<string[]>;
}
