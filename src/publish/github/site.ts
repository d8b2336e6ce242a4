// Rebuilding the report site after a record, when asked: into a directory (site-dir, e.g. for
// actions/upload-pages-artifact) and/or onto a branch of origin (site-branch, e.g. gh-pages). The branch
// is written with plumbing from a private repository (never the user's checkout); a push rejected by a
// concurrent job rebuilds from the newer ledger and tries again.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../../errors.js';
import { actionMessages as msg } from '../../messages/action.js';
import { buildSite } from '../../render/site/index.js';
import type { Settings } from '../../settings/index.js';
import { openGitHome } from '../ledger/git-snapshot.js';
import { openLedger } from '../ledger/index.js';
import { version } from '../../version.js';

const REJECTED = /\[rejected\]|non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref/i;

async function build(settings: Settings, out: string): Promise<number> {
  const location = `git:${settings.ledgerBranch}`;
  const ledger = await openLedger(location, { cwd: settings.workdir });
  try {
    // streamed in batches (never the whole ledger in memory); a site-dir kept between runs is rebuilt
    // from its build cache, reading only the new entries
    const all = await ledger.stream(0);
    const source = { from: async (seq: number) => (seq === 0 ? all.entries : (await ledger.stream(seq)).entries) };
    await buildSite(source, { out, source: `ledger ${location}`, version, total: all.count });
    // GitHub Pages: serve every file as is (no Jekyll)
    await writeFile(path.join(out, '.nojekyll'), '');
    return all.count;
  } finally {
    await ledger.close();
  }
}

async function pushSite(settings: Settings, maxAttempts = 6): Promise<string> {
  const home = await openGitHome(settings.siteBranch, settings.workdir);
  const tmp = await mkdtemp(path.join(tmpdir(), 'runledger-site-'));
  try {
    for (let attempt = 1; ; attempt++) {
      const out = path.join(tmp, `site-${attempt}`);
      await build(settings, out);
      const tip = await home.fetch();
      const env = { GIT_INDEX_FILE: path.join(tmp, `index-${attempt}`), GIT_WORK_TREE: out };
      const add = await home.run(['add', '-A', '.'], undefined, env);
      if (add.code !== 0) throw new UserError(msg.sitePushFailed(settings.siteBranch, add.stderr.trim()), 1);
      const tree = (await home.run(['write-tree'], undefined, env)).stdout.toString().trim();
      const commit = await home.run(
        [
          'commit-tree',
          tree,
          ...(tip ? ['-p', tip] : []),
          '-m',
          `runledger: report site for ${settings.runner.sha.slice(0, 7)}`,
        ],
        undefined,
        identity(),
      );
      if (commit.code !== 0) throw new UserError(msg.sitePushFailed(settings.siteBranch, commit.stderr.trim()), 1);
      const sha = commit.stdout.toString().trim();
      const push = await home.run([
        'push',
        '--quiet',
        '--porcelain',
        'origin',
        `${sha}:refs/heads/${settings.siteBranch}`,
      ]);
      if (push.code === 0) return sha;
      const detail = (push.stderr + push.stdout.toString()).trim();
      if (!REJECTED.test(detail) || attempt >= maxAttempts)
        throw new UserError(msg.sitePushFailed(settings.siteBranch, detail), 1);
      await sleep(Math.random() * 200 * 2 ** attempt * settings.runner.retryScale);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await home.close();
  }
}

function identity(): Record<string, string> {
  const name = process.env.GIT_AUTHOR_NAME || 'github-actions[bot]';
  const email = process.env.GIT_AUTHOR_EMAIL || '41898282+github-actions[bot]@users.noreply.github.com';
  return {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name,
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email,
  };
}

export async function publishSite(settings: Settings): Promise<{ path: string; note: string } | undefined> {
  if (!settings.siteDir && !settings.siteBranch) return undefined;
  const notes: string[] = [];
  if (settings.siteDir) {
    const n = await build(settings, settings.siteDir);
    notes.push(msg.siteBuilt(settings.siteDir, n));
  }
  if (settings.siteBranch) {
    const sha = await pushSite(settings);
    notes.push(msg.sitePushed(settings.siteBranch, sha));
  }
  return { path: settings.siteDir, note: notes.join('; ') };
}
