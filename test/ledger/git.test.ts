import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendToLedger, openLedger, verifyLedger } from '../../src/publish/ledger/index.js';
import { runCommand } from '../helpers/cli.js';
import { bundleCli } from './bundle.js';
import {
  checkoutFingerprint,
  cleanup,
  cloneOf,
  gitEnv,
  makeRepo,
  manifest,
  sh,
  tempDir,
  writeManifest,
} from './helpers.js';

let bundle: { cli: string; dir: string };
beforeAll(async () => {
  bundle = await bundleCli();
});
afterAll(() => {
  cleanup();
  rmSync(bundle.dir, { recursive: true, force: true });
});

function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle.cli, ...args], { cwd, env: { ...process.env, ...gitEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('git-branch ledger', () => {
  it('first record creates the branch as an orphan, and the checkout stays byte-identical', async () => {
    const { work, origin, shas } = makeRepo(2);
    // a checkout with local edits, a staged change and an untracked file: all must survive untouched
    sh(work, ['checkout', '-q', '-b', 'feature']);
    sh(work, ['checkout', '-q', 'main']);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(work, 'train.py'), 'print("edited")\n');
    writeFileSync(path.join(work, 'staged.txt'), 'staged\n');
    sh(work, ['add', 'staged.txt']);
    writeFileSync(path.join(work, 'untracked.txt'), 'untracked\n');
    const before = checkoutFingerprint(work);

    const dir = tempDir();
    const files = [
      writeManifest(dir, manifest('a', 'model', { accuracy: 0.9 }, shas[1])),
      writeManifest(dir, manifest('b', 'model', { accuracy: 0.91 }, shas[1])),
    ];
    const r = await runCommand('record', ['--ledger', 'git:runledger', ...files], work, gitEnv);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^ledger git:runledger: recorded 2 runs for [0-9a-f]{10} as entry 0\n$/);

    expect(checkoutFingerprint(work)).toEqual(before);
    // the branch exists on origin, has no parent, and holds the layout
    const tip = sh(origin, ['rev-parse', 'refs/heads/runledger']);
    expect(sh(origin, ['rev-list', '--parents', '-n', '1', tip])).toBe(tip);
    const names = sh(origin, ['ls-tree', '-r', '--name-only', tip]).split('\n');
    expect(names).toEqual(expect.arrayContaining(['ledger.json', 'index.json']));
    expect(names.filter((n) => n.startsWith(`entries/${shas[1]!.slice(0, 2)}/${shas[1]}/`))).toHaveLength(1);

    // a second record chains on it, still without touching the checkout
    const more = [writeManifest(dir, manifest('c', 'model', { accuracy: 0.92 }, shas[0]))];
    expect((await runCommand('record', ['--ledger', 'git:runledger', ...more], work, gitEnv)).code).toBe(0);
    expect(checkoutFingerprint(work)).toEqual(before);
    expect(sh(origin, ['rev-parse', 'refs/heads/runledger~1'])).toBe(tip);
    const v = await runCommand('verify', ['--ledger', 'git:runledger'], work, gitEnv);
    expect(v).toMatchObject({
      code: 0,
      stdout: 'ledger git:runledger: intact: 2 entries, 3 runs, every hash, link and manifest checks out\n',
    });
    expect(checkoutFingerprint(work)).toEqual(before);
  });

  it('retries a rejected push: re-fetches, re-chains on the new head, loses nothing', async () => {
    const { work, origin, shas } = makeRepo(1);
    const other = cloneOf(origin);
    await appendToLedger(
      'git:runledger',
      { commit: shas[0]!, runs: [manifest('base', 'm', { x: 0 }, shas[0])] },
      { cwd: work },
    );
    let raced = 0;
    const result = await appendToLedger(
      'git:runledger',
      { commit: shas[0]!, runs: [manifest('mine', 'm', { x: 1 }, shas[0])] },
      {
        cwd: work,
        backoffMs: 1,
        beforePush: async (attempt) => {
          // another job lands its entry between our fetch and our push, on the first attempt only
          if (attempt === 1) {
            raced++;
            await appendToLedger(
              'git:runledger',
              { commit: shas[0]!, runs: [manifest('theirs', 'm', { x: 2 }, shas[0])] },
              { cwd: other },
            );
          }
        },
      },
    );
    expect(raced).toBe(1);
    expect(result.retries).toBe(1);
    expect(result.entry!.seq).toBe(2);
    const reader = await openLedger('git:runledger', { cwd: work });
    const entries = await reader.entries();
    await reader.close();
    expect(entries.map((e) => e.runs.map((r) => r.run.id))).toEqual([['base'], ['theirs'], ['mine']]);
    expect(entries[2]!.prev).toBe(entries[1]!.hash);
    expect(sh(origin, ['rev-list', '--count', 'runledger'])).toBe('3');
  });

  it('gives up loudly after the bounded number of attempts, recording nothing', async () => {
    const { work, origin, shas } = makeRepo(1);
    const other = cloneOf(origin);
    await appendToLedger(
      'git:runledger',
      { commit: shas[0]!, runs: [manifest('base', 'm', { x: 0 }, shas[0])] },
      { cwd: work },
    );
    let n = 0;
    await expect(
      appendToLedger(
        'git:runledger',
        { commit: shas[0]!, runs: [manifest('mine', 'm', { x: 1 }, shas[0])] },
        {
          cwd: work,
          maxAttempts: 2,
          backoffMs: 1,
          beforePush: async () => {
            await appendToLedger(
              'git:runledger',
              { commit: shas[0]!, runs: [manifest(`theirs${n++}`, 'm', { x: 2 }, shas[0])] },
              { cwd: other },
            );
          },
        },
      ),
    ).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/gave up after 2 attempts/) });
    const reader = await openLedger('git:runledger', { cwd: work });
    expect((await reader.entries()).flatMap((e) => e.runs.map((r) => r.run.id))).toEqual([
      'base',
      'theirs0',
      'theirs1',
    ]);
    await reader.close();
  });

  it('8 concurrent writers in separate clones and processes all land: 0 lost, 0 duplicated', async () => {
    const { origin, shas } = makeRepo(1, { allowFilter: true });
    const dir = tempDir();
    const jobs = Array.from({ length: 8 }, (_, i) => {
      const clone = cloneOf(origin);
      const files = [0, 1].map((k) =>
        writeManifest(path.join(dir, `job${i}`), manifest(`job${i}-run${k}`, `model${k}`, { x: i + k / 10 }, shas[0])),
      );
      return runCli(['record', '--ledger', 'git:runledger', ...files], clone);
    });
    const results = await Promise.all(jobs);
    for (const r of results) expect(r).toMatchObject({ code: 0, stderr: '' });
    const reader = await openLedger('git:runledger', { cwd: cloneOf(origin) });
    const entries = await reader.entries();
    await reader.close();
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const ids = entries.flatMap((e) => e.runs.map((r) => r.run.id));
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(16);
    expect(sh(origin, ['rev-list', '--count', 'runledger'])).toBe('8');
    expect((await verifyLedger('git:runledger', { cwd: cloneOf(origin) })).problems).toEqual([]);
  }, 120_000);

  it('verify reads a tampered branch and names the broken entry', async () => {
    const { work, origin, shas } = makeRepo(2);
    for (const [i, c] of shas.entries())
      await appendToLedger(
        'git:runledger',
        { commit: c, runs: [manifest(`r${i}`, 'm', { accuracy: 0.5 + i / 10 }, c)] },
        { cwd: work },
      );
    // someone rewrites the first entry's value on the branch (a force-push of an edited history)
    const edit = cloneOf(origin);
    sh(edit, ['checkout', '-q', 'runledger']);
    const file = sh(edit, ['ls-files', `entries/${shas[0]!.slice(0, 2)}`]);
    const { readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(
      path.join(edit, file),
      readFileSync(path.join(edit, file), 'utf8').replace('"value": 0.5', '"value": 0.7'),
    );
    sh(edit, ['commit', '-qam', 'nothing to see']);
    sh(edit, ['push', '-q', 'origin', 'runledger']);
    const v = await runCommand('verify', ['--ledger', 'git:runledger'], work, gitEnv);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(file);
    expect(v.stderr).toMatch(/does not match its hash/);
    // and record refuses to build on it
    await expect(
      appendToLedger(
        'git:runledger',
        { commit: shas[0]!, runs: [manifest('late', 'm', { accuracy: 1 }, shas[0])] },
        { cwd: work },
      ),
    ).rejects.toMatchObject({ exitCode: 1 });
    expect(sh(origin, ['rev-list', '--count', 'runledger'])).toBe('3');
  });
});
