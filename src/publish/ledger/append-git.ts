// The git-branch home, write side. Each attempt fetches the branch tip into a private bare repository,
// plans the entry on that head, builds the new commit with plumbing (hash-object, a private index file,
// write-tree, commit-tree) and pushes it to origin. A rejected push (another writer moved the branch)
// re-fetches and re-chains on the new head after a jittered backoff, a bounded number of times.
// The user's working tree, index, HEAD and branches are never touched.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { git } from './git.js';
import { gitSnapshot, openGitHome, type GitHome } from './git-snapshot.js';
import { planAppend, type Plan } from './plan.js';
import type { AppendInput, AppendOptions, AppendResult } from './types.js';
import { UserError } from '../../errors.js';
import { ledgerMessages as msg } from '../../messages/ledger.js';

const REJECTED =
  /\[rejected\]|non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|failed to lock|reference already exists|shallow update not allowed/i;

async function identity(cwd: string, env: Record<string, string | undefined>): Promise<Record<string, string>> {
  const get = async (key: string) => {
    const r = await git(['config', '--get', key], { cwd });
    return r.code === 0 ? r.stdout.toString().trim() : undefined;
  };
  const name = env.GIT_AUTHOR_NAME ?? process.env.GIT_AUTHOR_NAME ?? (await get('user.name')) ?? 'runledger';
  const email =
    env.GIT_AUTHOR_EMAIL ??
    process.env.GIT_AUTHOR_EMAIL ??
    (await get('user.email')) ??
    'runledger@users.noreply.github.com';
  return {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: env.GIT_COMMITTER_NAME ?? process.env.GIT_COMMITTER_NAME ?? name,
    GIT_COMMITTER_EMAIL: env.GIT_COMMITTER_EMAIL ?? process.env.GIT_COMMITTER_EMAIL ?? email,
  };
}

/** Builds the commit that adds the plan's files on top of `tip` (or an orphan commit); returns its id. */
async function buildCommit(
  home: GitHome,
  tip: string | null,
  plan: Plan,
  who: Record<string, string>,
): Promise<string> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'runledger-index-'));
  const env = { GIT_INDEX_FILE: path.join(tmp, 'index') };
  try {
    const paths = [...plan.files.keys()];
    // a handful of files per record: the entry, index.json and, for a new ledger, ledger.json
    const oids: string[] = [];
    for (const p of paths) {
      const r = await home.run(['hash-object', '-w', '--stdin', '--no-filters'], plan.files.get(p)!, env);
      if (r.code !== 0) throw new Error(`git hash-object: ${r.stderr}`);
      oids.push(r.stdout.toString().trim());
    }
    if (tip) {
      const r = await home.run(['read-tree', tip], undefined, env);
      if (r.code !== 0) throw new Error(`git read-tree: ${r.stderr}`);
    }
    const info = paths.map((p, i) => `100644 ${oids[i]}\t${p}`).join('\n') + '\n';
    const u = await home.run(['update-index', '--add', '--index-info'], info, env);
    if (u.code !== 0) throw new Error(`git update-index: ${u.stderr}`);
    const tree = (await home.run(['write-tree', '--missing-ok'], undefined, env)).stdout.toString().trim();
    const e = plan.entry!;
    const message = `runledger: record ${e.commit ?? 'no commit'} (entry ${e.seq}, ${plan.added} run${plan.added === 1 ? '' : 's'})\n\nentry-hash: ${e.hash}\n`;
    const c = await home.run(['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-F', '-'], message, {
      ...env,
      ...who,
    });
    if (c.code !== 0) throw new Error(`git commit-tree: ${c.stderr}`);
    return c.stdout.toString().trim();
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export async function appendToGit(branch: string, input: AppendInput, opts: AppendOptions): Promise<AppendResult> {
  const env = opts.env ?? {};
  const home = await openGitHome(branch, opts.cwd, env);
  const location = `git:${branch}`;
  const maxAttempts = opts.maxAttempts ?? 12;
  const base = opts.backoffMs ?? 100;
  try {
    const who = await identity(opts.cwd, env);
    for (let attempt = 1; ; attempt++) {
      const tip = await home.fetch();
      const plan = await planAppend(gitSnapshot(home, tip), input, opts.now?.() ?? new Date());
      if (!plan.entry)
        return {
          entry: null,
          added: 0,
          skipped: plan.skipped,
          retries: attempt - 1,
          ...(tip ? { ledgerCommit: tip } : {}),
        };
      const commit = await buildCommit(home, tip, plan, who);
      await opts.beforePush?.(attempt);
      const push = await home.run(['push', '--quiet', '--porcelain', 'origin', `${commit}:refs/heads/${branch}`]);
      if (push.code === 0)
        return {
          entry: plan.entry,
          added: plan.added,
          skipped: plan.skipped,
          retries: attempt - 1,
          ledgerCommit: commit,
        };
      const detail = (push.stderr + push.stdout.toString()).trim();
      if (!REJECTED.test(detail)) throw new UserError(msg.pushFailed(location, detail), 1);
      if (attempt >= maxAttempts) throw new UserError(msg.pushGaveUp(location, attempt), 1);
      // full jitter: a random wait up to base * 2^attempt, capped
      await sleep(Math.random() * Math.min(3000, base * 2 ** attempt));
    }
  } finally {
    await home.close();
  }
}
