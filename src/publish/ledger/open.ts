// Opening a ledger location: a directory, or git:<branch> (that branch on the checkout's origin).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dirSnapshot } from './dir-snapshot.js';
import { gitBranchOf, gitSnapshot, openGitHome } from './git-snapshot.js';
import { MARKER_FILE } from './layout.js';
import type { Snapshot } from './snapshot.js';

export interface OpenSnapshot {
  snap: Snapshot;
  close(): Promise<void>;
}

/** The current state of the ledger at `location` (for git: fetched now, shallow and blob-less). */
export async function openSnapshot(
  location: string,
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<OpenSnapshot> {
  const branch = gitBranchOf(location);
  if (branch === undefined) return { snap: await dirSnapshot(location, cwd), close: async () => undefined };
  const home = await openGitHome(branch, cwd, env);
  try {
    const tip = await home.fetch();
    return { snap: gitSnapshot(home, tip), close: () => home.close() };
  } catch (e) {
    await home.close();
    throw e;
  }
}

/** A directory that holds the ledger marker (ledger.json), or git:<branch>. Never fetches. */
export async function isLedgerLocation(arg: string, cwd: string): Promise<boolean> {
  if (gitBranchOf(arg) !== undefined) return gitBranchOf(arg) !== '';
  try {
    const v = JSON.parse(await readFile(path.join(path.resolve(cwd, arg), MARKER_FILE), 'utf8')) as unknown;
    return typeof v === 'object' && v !== null && (v as { runledger?: unknown }).runledger === 'ledger';
  } catch {
    return false;
  }
}
