// The code a run used: commit, branch, dirty flag, a digest of the uncommitted changes and the
// repository (owner/name for GitHub remotes; never credentials).
import { createHash } from 'node:crypto';
import type { CodeVersion } from '../manifest/index.js';
import { captureMessages as msg } from '../messages/capture.js';
import { execBytes, execQuiet } from './exec.js';
import { redactUrlsIn, repositoryFromUrl } from './redact.js';
import type { Warn } from './values.js';

// git's own settings that would change its output are neutralised for these calls
const GIT_FLAGS = ['-c', 'core.quotepath=off', '-c', 'color.ui=false', '-c', 'diff.external=', '-c', 'core.pager=cat'];

export interface GitState {
  code?: CodeVersion;
  /** top of the work tree, when inside one */
  root?: string;
}

export async function gitState(cwd: string, env: Record<string, string | undefined>, warn: Warn): Promise<GitState> {
  const gitEnv = { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
  const git = (...args: string[]) => execQuiet('git', [...GIT_FLAGS, ...args], { cwd, env: gitEnv });
  const top = await git('rev-parse', '--show-toplevel');
  if (!top.ok) {
    warn(top.missing ? msg.noGit() : msg.notARepository(cwd));
    const repo = env.GITHUB_REPOSITORY;
    return repo ? { code: { repository: repo, ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}) } } : {};
  }
  const root = top.stdout.trim();
  const code: CodeVersion = {};

  const origin = await git('remote', 'get-url', 'origin');
  if (origin.ok && origin.stdout.trim()) code.repository = repositoryFromUrl(origin.stdout.trim());
  else if (env.GITHUB_REPOSITORY) code.repository = env.GITHUB_REPOSITORY;

  const head = await git('rev-parse', '--verify', '-q', 'HEAD');
  if (head.ok) code.commit = head.stdout.trim();
  else warn(msg.noCommits());

  const branch = await git('symbolic-ref', '--short', '-q', 'HEAD');
  if (branch.ok && branch.stdout.trim()) code.branch = branch.stdout.trim();
  else if (env.GITHUB_HEAD_REF) code.branch = env.GITHUB_HEAD_REF;
  else if (env.GITHUB_REF_NAME && env.GITHUB_REF?.startsWith('refs/heads/')) code.branch = env.GITHUB_REF_NAME;

  const status = await git('status', '--porcelain=v1', '-z', '--untracked-files=all');
  if (status.ok) {
    const entries = status.stdout.split('\0').filter(Boolean);
    code.dirty = entries.length > 0;
    if (code.dirty) {
      const diff = head.ok
        ? await execBytes('git', [...GIT_FLAGS, 'diff', 'HEAD', '--binary', '--no-ext-diff', '--no-textconv'], {
            cwd: root,
            env: gitEnv,
          })
        : Buffer.alloc(0);
      const untracked = await git('ls-files', '--others', '--exclude-standard', '-z');
      if (diff !== undefined && untracked.ok) {
        const names = untracked.stdout.split('\0').filter(Boolean).sort();
        const h = createHash('sha256').update(diff);
        h.update('\0untracked\0');
        for (const n of names) h.update(`${n}\0`);
        code.diffDigest = `sha256:${h.digest('hex')}`;
      } else warn(msg.diffFailed());
    }
  } else warn(msg.statusFailed(redactUrlsIn(status.stderr.trim())));
  return { code, root };
}
