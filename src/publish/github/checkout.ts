// Questions the action asks of the user's checkout (read-only: fetches add objects, never move HEAD,
// the index or branches). actions/checkout leaves a shallow clone: history is fetched when needed.
import { git, gitText } from '../ledger/git.js';

const ZERO = /^0{40}$/;

export async function isShallow(cwd: string): Promise<boolean> {
  return (await gitText(['rev-parse', '--is-shallow-repository'], { cwd })) === 'true';
}

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(['cat-file', '-e', `${sha}^{commit}`], { cwd })).code === 0;
}

/** Makes the commits and their history available: unshallows a shallow clone, fetches missing commits. */
export async function ensureHistory(cwd: string, shas: readonly string[]): Promise<void> {
  const wanted = shas.filter((s) => s && !ZERO.test(s));
  const shallow = await isShallow(cwd);
  const missing: string[] = [];
  for (const s of wanted) if (!(await hasCommit(cwd, s))) missing.push(s);
  if (!shallow && missing.length === 0) return;
  const args = ['fetch', '--quiet', '--no-tags', ...(shallow ? ['--unshallow'] : []), 'origin', ...missing];
  const r = await git(args, { cwd });
  if (r.code !== 0 && missing.length > 0) {
    // some servers refuse fetching by SHA: fetch every branch instead
    await git(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        ...(shallow ? ['--unshallow'] : []),
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
      ],
      { cwd },
    );
  }
}

/** The merge-base of two commits, or undefined when they share no history. */
export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const r = await git(['merge-base', a, b], { cwd });
  return r.code === 0 ? r.stdout.toString().trim() : undefined;
}

export async function headCommit(cwd: string): Promise<string | undefined> {
  const r = await git(['rev-parse', 'HEAD'], { cwd });
  return r.code === 0 ? r.stdout.toString().trim() : undefined;
}

export async function parentsOf(cwd: string, sha: string): Promise<string[]> {
  const r = await git(['rev-list', '--parents', '-n', '1', sha], { cwd });
  return r.code === 0 ? r.stdout.toString().trim().split(/\s+/).slice(1) : [];
}

export function isNullSha(s: string | undefined): boolean {
  return !s || ZERO.test(s);
}
