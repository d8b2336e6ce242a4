// The git-branch home, write side. Each attempt fetches the branch tip into a private bare repository
// (shallow, without the entries it does not read), plans the entry on that head, writes the new files
// with hash-object, rebuilds only the trees on their paths with mktree, makes the commit with
// commit-tree and pushes it to origin. A rejected push (another writer moved the branch) re-fetches and
// re-chains on the new head after a jittered backoff, a bounded number of times.
// The user's working tree, index, HEAD and branches are never touched.
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

interface TreeItem {
  mode: string;
  type: string;
  oid: string;
}

/**
 * Writes the tree of `base` with `files` (path -> blob id) added, rewriting only the trees on the paths
 * of those files (git mktree); every other subtree is reused by id and never read, so the clone does
 * not need it.
 */
async function buildTree(home: GitHome, base: string | null, files: Map<string, string>): Promise<string> {
  const items = new Map<string, TreeItem>();
  if (base) {
    const r = await home.run(['ls-tree', '-z', base]);
    if (r.code !== 0) throw new Error(`git ls-tree: ${r.stderr}`);
    for (const line of r.stdout.toString('utf8').split('\0')) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      const [mode, type, oid] = line.slice(0, tab).split(' ') as [string, string, string];
      items.set(line.slice(tab + 1), { mode, type, oid });
    }
  }
  const below = new Map<string, Map<string, string>>();
  for (const [p, oid] of files) {
    const slash = p.indexOf('/');
    if (slash < 0) items.set(p, { mode: '100644', type: 'blob', oid });
    else {
      const dir = p.slice(0, slash);
      const sub = below.get(dir) ?? new Map<string, string>();
      below.set(dir, sub.set(p.slice(slash + 1), oid));
    }
  }
  for (const [dir, sub] of below) {
    const existing = items.get(dir);
    const oid = await buildTree(home, existing?.type === 'tree' ? existing.oid : null, sub);
    items.set(dir, { mode: '040000', type: 'tree', oid });
  }
  const input = [...items].map(([name, i]) => `${i.mode} ${i.type} ${i.oid}\t${name}`).join('\n') + '\n';
  const r = await home.run(['mktree', '--missing'], input);
  if (r.code !== 0) throw new Error(`git mktree: ${r.stderr}`);
  return r.stdout.toString().trim();
}

/** Builds the commit that adds the plan's files on top of `tip` (or an orphan commit); returns its id. */
async function buildCommit(
  home: GitHome,
  tip: string | null,
  plan: Plan,
  who: Record<string, string>,
): Promise<string> {
  // a handful of files per record: the entry, index.json and, for a new ledger, ledger.json
  const blobs = new Map<string, string>();
  for (const [p, text] of plan.files) {
    const r = await home.run(['hash-object', '-w', '--stdin', '--no-filters'], text);
    if (r.code !== 0) throw new Error(`git hash-object: ${r.stderr}`);
    blobs.set(p, r.stdout.toString().trim());
  }
  const tree = await buildTree(home, tip ? `${tip}^{tree}` : null, blobs);
  const e = plan.entry!;
  const message = `runledger: record ${e.commit ?? 'no commit'} (entry ${e.seq}, ${plan.added} run${plan.added === 1 ? '' : 's'})\n\nentry-hash: ${e.hash}\n`;
  const c = await home.run(['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-F', '-'], message, who);
  if (c.code !== 0) throw new Error(`git commit-tree: ${c.stderr}`);
  return c.stdout.toString().trim();
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
