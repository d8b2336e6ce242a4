// Shared setup for the ledger tests: real git repositories in temp dirs, manifests, checkout fingerprints.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunManifest } from '../../src/manifest/index.js';

export const gitEnv = {
  GIT_AUTHOR_NAME: 'Test Writer',
  GIT_AUTHOR_EMAIL: 'writer@example.com',
  GIT_COMMITTER_NAME: 'Test Writer',
  GIT_COMMITTER_EMAIL: 'writer@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
Object.assign(process.env, gitEnv);

export function sh(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8', input }).trim();
}

const made: string[] = [];
export function tempDir(prefix = 'runledger-test-'): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(d);
  return d;
}
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A bare "origin" and a clone of it with `commits` first-parent commits on main; returns their SHAs. */
export function makeRepo(commits = 1, opts: { allowFilter?: boolean } = {}) {
  const root = tempDir();
  const origin = path.join(root, 'origin.git');
  sh(root, ['init', '-q', '--bare', '-b', 'main', origin]);
  if (opts.allowFilter) sh(origin, ['config', 'uploadpack.allowFilter', 'true']);
  const work = path.join(root, 'work');
  sh(root, ['init', '-q', '-b', 'main', work]);
  sh(work, ['remote', 'add', 'origin', origin]);
  const shas: string[] = [];
  for (let i = 0; i < commits; i++) {
    writeFileSync(path.join(work, 'train.py'), `print(${i})\n`);
    sh(work, ['add', 'train.py']);
    sh(work, ['commit', '-q', '-m', `commit ${i}`]);
    shas.push(sh(work, ['rev-parse', 'HEAD']));
  }
  sh(work, ['push', '-q', '-u', 'origin', 'main']);
  return { root, origin, work, shas };
}

/** Another clone of the same origin (another CI job). */
export function cloneOf(origin: string): string {
  const d = path.join(tempDir(), 'clone');
  sh(path.dirname(d), ['clone', '-q', origin, d]);
  return d;
}

export function manifest(id: string, name: string, metrics: Record<string, number>, commit?: string): RunManifest {
  return {
    schemaVersion: 1,
    run: { id, name },
    ...(commit ? { code: { commit } } : {}),
    metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, { value: v, goal: 'maximize' as const }])),
  } as RunManifest;
}

export function writeManifest(dir: string, m: RunManifest): string {
  mkdirSync(dir, { recursive: true });
  const f = path.join(dir, `${m.run.id}.json`);
  writeFileSync(f, JSON.stringify(m, null, 2));
  return f;
}

/** Every file under a directory with its bytes hashed: compare before/after to prove nothing changed. */
export function treeHash(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      if (skip(r)) continue;
      const st = statSync(path.join(dir, r));
      if (st.isDirectory()) walk(r);
      else
        out[r] = createHash('sha256')
          .update(readFileSync(path.join(dir, r)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

/** What a user sees of their checkout: HEAD, current branch, status, index bytes, work tree, local refs. */
export function checkoutFingerprint(work: string) {
  return {
    head: sh(work, ['rev-parse', 'HEAD']),
    branch: sh(work, ['symbolic-ref', 'HEAD']),
    status: sh(work, ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=all']),
    index: createHash('sha256')
      .update(readFileSync(path.join(work, '.git/index')))
      .digest('hex'),
    workTree: treeHash(work, (r) => r === '.git'),
    refs: sh(work, ['for-each-ref', '--format=%(refname) %(objectname)']),
    config: readFileSync(path.join(work, '.git/config'), 'utf8'),
    shallow: sh(work, ['rev-parse', '--is-shallow-repository']),
  };
}
