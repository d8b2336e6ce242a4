// The directory home, write side: one writer at a time (a lock file), every file written atomically
// (temporary file + rename), marker first, then index.json, then the entry (so an interrupted record
// leaves an index whose head is missing: the next record refuses instead of forking the chain).
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import lockfile from 'proper-lockfile';
import { dirSnapshot } from './dir-snapshot.js';
import { INDEX_FILE, LOCK_NAME, MARKER_FILE } from './layout.js';
import { planAppend } from './plan.js';
import type { AppendInput, AppendOptions, AppendResult } from './types.js';
import { UserError } from '../../errors.js';
import { ledgerMessages as msg } from '../../messages/ledger.js';

async function writeAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const fh = await open(tmp, 'wx');
  try {
    await fh.writeFile(text, 'utf8');
    await fh.datasync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

function order(p: string): number {
  return p === MARKER_FILE ? 0 : p === INDEX_FILE ? 1 : 2;
}

export async function appendToDir(location: string, input: AppendInput, opts: AppendOptions): Promise<AppendResult> {
  const root = path.resolve(opts.cwd, location);
  const st = await stat(root).catch(() => undefined);
  if (st && !st.isDirectory()) throw new UserError(msg.notADir(location));
  // fail closed before creating anything: a corrupt ledger is refused without a trace of this attempt
  await planAppend(await dirSnapshot(location, opts.cwd), input, opts.now?.() ?? new Date());
  await mkdir(root, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(root, {
      lockfilePath: path.join(root, LOCK_NAME),
      stale: 15_000,
      retries: { retries: 200, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true },
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw new UserError(msg.lockBusy(location), 1);
    throw e;
  }
  try {
    // re-read under the lock: another writer may have appended since
    const plan = await planAppend(await dirSnapshot(location, opts.cwd), input, opts.now?.() ?? new Date());
    for (const p of [...plan.files.keys()].sort((a, b) => order(a) - order(b)))
      await writeAtomic(path.join(root, p), plan.files.get(p)!);
    return { entry: plan.entry, added: plan.added, skipped: plan.skipped, retries: 0 };
  } finally {
    await release();
  }
}
