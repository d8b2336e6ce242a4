// verify and --rebuild-index for either home.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gitBranchOf } from './git-snapshot.js';
import { INDEX_FILE } from './layout.js';
import { openSnapshot } from './open.js';
import { indexOf, serialize } from './plan.js';
import { verifySnapshot, type VerifyReport } from './verify.js';

export async function verifyLedger(
  location: string,
  opts: { cwd: string; env?: Record<string, string | undefined> },
): Promise<VerifyReport & { label: string; exists: boolean }> {
  const { snap, close } = await openSnapshot(location, opts.cwd, opts.env);
  try {
    return { ...(await verifySnapshot(snap)), label: snap.label, exists: snap.exists };
  } finally {
    await close();
  }
}

/**
 * Rebuilds index.json of a directory ledger from its entries. Only when every problem verify finds is
 * the index's own (the entries are intact); returns the report otherwise.
 */
export async function rebuildIndex(
  location: string,
  opts: { cwd: string },
): Promise<{ rebuilt: boolean; report: VerifyReport }> {
  if (gitBranchOf(location) !== undefined) throw new Error('rebuildIndex: only directory ledgers');
  const { snap } = await openSnapshot(location, opts.cwd);
  const report = await verifySnapshot(snap);
  if (!report.problems.every((p) => p.kind === 'index')) return { rebuilt: false, report };
  const root = path.resolve(opts.cwd, location);
  await mkdir(root, { recursive: true });
  const tmp = path.join(root, `.${INDEX_FILE}.${process.pid}.tmp`);
  await writeFile(tmp, serialize(indexOf(report.intact)));
  await rename(tmp, path.join(root, INDEX_FILE));
  return { rebuilt: true, report };
}
