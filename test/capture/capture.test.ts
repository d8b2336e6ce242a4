import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateManifest, type RunManifest } from '../../src/manifest/index.js';
import { runCommand } from '../helpers/cli.js';

const GH_TOKEN = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const URL_TOKEN = 's3cr3t-url-t0ken-9f8e7d';

let dir: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const env = () => ({
  PATH: process.env.PATH,
  HOME: dir,
  GITHUB_TOKEN: GH_TOKEN,
  AWS_SECRET_ACCESS_KEY: AWS_SECRET,
  GITHUB_ACTIONS: 'true',
  GITHUB_RUN_ID: '12345',
  RUNNER_OS: 'Linux',
  CUDA_VISIBLE_DEVICES: '0',
  HF_TOKEN: 'hf_' + 'abcdefghijklmnopqrstuvwxyz012345',
});

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runledger-capture-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 'T');
  git('config', 'commit.gpgsign', 'false');
  writeFileSync(path.join(dir, 'train.py'), 'print("hi")\n');
  writeFileSync(path.join(dir, 'requirements.txt'), 'numpy==1.26.4\n');
  writeFileSync(path.join(dir, 'params.yaml'), 'train:\n  lr: 0.1\n  layers: [64, 32]\n  bad: .nan\nseed: 7\n');
  git('add', '.');
  git('commit', '-q', '-m', 'init');
  git('remote', 'add', 'origin', `https://x-access-token:${URL_TOKEN}@github.com/acme/widgets.git`);
  // a dirty tree: a modified tracked file and an untracked one
  writeFileSync(path.join(dir, 'train.py'), 'print("changed")\n');
  writeFileSync(path.join(dir, 'notes.txt'), 'scratch\n');
  mkdirSync(path.join(dir, 'data/sub'), { recursive: true });
  writeFileSync(path.join(dir, 'data/a.csv'), 'x,y\n1,2\n3,4\n');
  writeFileSync(path.join(dir, 'data/sub/b.csv'), 'x,y\n5,6\n');
  writeFileSync(path.join(dir, 'data/B.csv'), 'x,y\n');
  writeFileSync(path.join(dir, '.gitignore'), 'data/\nout/\nmetrics.json\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function capture(args: string[], extraEnv: Record<string, string | undefined> = {}) {
  const r = await runCommandCatching('capture', args, dir, { ...env(), ...extraEnv });
  return r;
}

/** What `sha256sum` says about the directory, hashed the way runledger documents it. */
function sha256sumOfDir(d: string): string {
  const listing = execFileSync(
    'sh',
    ['-c', "find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum"],
    { cwd: d, encoding: 'utf8' },
  );
  return 'sha256:' + listing.split(' ')[0];
}

describe('runledger capture', () => {
  it('wraps a failing command: passes its exit code through and records the run as failed', async () => {
    const script =
      "require('fs').writeFileSync('metrics.json', JSON.stringify({acc: 0.75, loss: {train: 0.5, val: 0.625}, note: 'x'})); process.exit(3)";
    const r = await capture([
      '--name',
      'widgets/train',
      '--metrics',
      'metrics.json',
      '--params',
      'params.yaml',
      '--dataset',
      'train=data',
      '--dataset',
      's3://bucket/raw?X-Amz-Signature=abc123def',
      '--seed',
      '7',
      '--tag',
      'owner=vision',
      '--no-python',
      '--',
      process.execPath,
      '-e',
      script,
      '--',
      `--api-key=${GH_TOKEN}`,
    ]);
    expect(r.code).toBe(3);
    const m = JSON.parse(r.stdout) as RunManifest;
    const v = await validateManifest(m, 'out');
    expect(v.ok ? [] : v.problems).toEqual([]);
    expect(m.run).toMatchObject({
      name: 'widgets/train',
      status: 'failed',
      exitCode: 3,
      seed: 7,
      tags: { owner: 'vision' },
    });
    expect(m.run.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(m.run.endedAt!)).toBeGreaterThanOrEqual(Date.parse(m.run.startedAt!));
    expect(m.run.command?.[0]).toBe(process.execPath);
    expect(m.metrics).toEqual({ acc: 0.75, 'loss.train': 0.5, 'loss.val': 0.625 });
    expect(r.stderr).toContain('metrics.json: 1 value not read as metrics because they are not numbers: note');
    // params keep their nesting; NaN is dropped, not coerced
    expect(m.params).toEqual({ train: { lr: 0.1, layers: [64, 32] }, seed: 7 });
    expect(r.stderr).toMatch(/params\.yaml: \/train\/bad is not a finite number/);
    // code
    expect(m.code).toMatchObject({
      repository: 'acme/widgets',
      commit: git('rev-parse', 'HEAD'),
      branch: 'main',
      dirty: true,
    });
    expect(m.code?.diffDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // datasets: directory digest equals sha256sum's, records are CSV rows
    expect(m.datasets?.[0]).toEqual({
      name: 'train',
      uri: 'data',
      digest: sha256sumOfDir(path.join(dir, 'data')),
      bytes: 24,
      records: 3,
    });
    expect(m.datasets?.[1]?.uri).toBe('s3://bucket/raw?X-Amz-Signature=[redacted]');
    // environment
    expect(m.environment).toMatchObject({
      os: 'linux',
      node: process.versions.node,
      hardware: { cpus: expect.any(Number) },
    });
    expect(m.environment?.lockfileDigest).toMatch(/^sha256:/);
    expect(m.environment?.ci).toEqual({ GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '12345', RUNNER_OS: 'Linux' });
    expect(m.environment?.variables).toEqual({ CUDA_VISIBLE_DEVICES: '0' });
    // no secret anywhere
    const all = r.stdout + r.stderr;
    for (const secret of [GH_TOKEN, AWS_SECRET, URL_TOKEN, 'abc123def', 'hf_abcdefghij'])
      expect(all).not.toContain(secret);
  });

  it('passes a succeeding command through with exit 0 and tells dirty trees apart by their diff', async () => {
    const first = await capture(['--name', 'n', '--no-python', '--', process.execPath, '-e', '0']);
    expect(first.code).toBe(0);
    const a = JSON.parse(first.stdout) as RunManifest;
    expect(a.run.status).toBe('succeeded');
    expect(a.metrics).toEqual({});
    writeFileSync(path.join(dir, 'another-untracked.txt'), 'x');
    const b = JSON.parse((await capture(['--name', 'n', '--no-python'])).stdout) as RunManifest;
    expect(b.code?.diffDigest).not.toBe(a.code?.diffDigest);
    expect(b.run.status).toBeUndefined();
    rmSync(path.join(dir, 'another-untracked.txt'));
    const c = JSON.parse((await capture(['--name', 'n', '--no-python'])).stdout) as RunManifest;
    expect(c.code?.diffDigest).toBe(a.code?.diffDigest);
  });

  it('warns when a metrics file was not rewritten by the command', async () => {
    writeFileSync(path.join(dir, 'metrics.json'), '{"acc": 0.5}');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(path.join(dir, 'metrics.json'), old, old);
    const r = await capture([
      '--name',
      'n',
      '--no-python',
      '--metrics',
      'metrics.json',
      '--',
      process.execPath,
      '-e',
      '0',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--metrics metrics.json was not written by the command');
  });

  it('records a command ended by a signal as killed, with exit 128+n', async () => {
    const r = await capture([
      '--name',
      'n',
      '--no-python',
      '--',
      process.execPath,
      '-e',
      "process.kill(process.pid, 'SIGTERM')",
    ]);
    expect(r.code).toBe(143);
    expect(JSON.parse(r.stdout).run).toMatchObject({ status: 'killed', exitCode: 143 });
  });

  it('keeps the run and its exit code when an output cannot be read after the command', async () => {
    writeFileSync(path.join(dir, 'secret-params.json'), '{"api_key": "abc123", "tokenizer": "gpt2"}');
    const r = await capture([
      '--name',
      'n',
      '--no-python',
      '--metrics',
      'broken.json',
      '--params',
      'secret-params.json',
      '--artifact',
      'model.bin',
      '--',
      process.execPath,
      '-e',
      "require('fs').writeFileSync('broken.json', '{oops'); process.exit(4)",
    ]);
    expect(r.code).toBe(4);
    const m = JSON.parse(r.stdout) as RunManifest;
    expect(m.metrics).toEqual({});
    expect(m.params).toEqual({ api_key: '[redacted]', tokenizer: 'gpt2' });
    expect(m.artifacts).toEqual([{ name: 'model.bin', uri: 'model.bin' }]);
    expect(r.stderr).toContain('warning: cannot parse broken.json');
    expect(r.stderr).toContain('--artifact model.bin: the command did not produce it');
    rmSync(path.join(dir, 'broken.json'));
  });

  it('records a command that cannot start as failed with exit 127', async () => {
    const r = await capture(['--name', 'n', '--no-python', '--out', 'out/m.json', '--', 'no-such-program-xyz']);
    expect(r.code).toBe(127);
    expect(r.stderr).toContain('not found on PATH');
    expect(r.stderr).toContain('wrote out/m.json');
  });

  it('reads GPUs and CUDA from nvidia-smi and Python packages from pip', async () => {
    const bin = path.join(dir, 'fakebin');
    mkdirSync(bin, { recursive: true });
    const smi = path.join(bin, 'nvidia-smi');
    writeFileSync(
      smi,
      '#!/bin/sh\nif [ -n "$1" ]; then echo "NVIDIA H100 80GB HBM3, 81559, 550.54.15"; else echo "| NVIDIA-SMI 550.54.15   Driver Version: 550.54.15   CUDA Version: 12.4 |"; fi\n',
    );
    chmodSync(smi, 0o755);
    const r = await capture(['--name', 'n'], { PATH: `${bin}:${process.env.PATH}` });
    const m = JSON.parse(r.stdout) as RunManifest;
    expect(m.environment?.hardware).toMatchObject({
      gpus: [{ name: 'NVIDIA H100 80GB HBM3', memoryGiB: 79.6, driver: '550.54.15' }],
      cuda: '12.4',
    });
    const py = execFileSync('python3', ['-c', 'import sys; print(".".join(map(str, sys.version_info[:3])))'], {
      encoding: 'utf8',
    }).trim();
    expect(m.environment?.python).toBe(py);
    expect(Object.keys(m.environment?.packages ?? {})).toContain('pip');
  });

  it('fails with exit 2 and a clear message on a missing dataset or metrics file', async () => {
    const r = await capture(['--name', 'n', '--no-python', '--dataset', 'nope/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dataset nope/: no such file or directory');
    const r2 = await capture(['--name', 'n', '--no-python', '--metrics', 'missing.json']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('cannot read missing.json: ENOENT');
    const r4 = await capture(['--name', 'x'.repeat(201), '--no-python']);
    expect(r4.code).toBe(2);
    expect(r4.stderr).toContain('--name is longer than 200 characters');
    const r3 = await capture(['--no-python']);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain('--name is required');
  });
});

/** runCommand plus what the CLI edge does with a UserError: print it, exit with its code. */
async function runCommandCatching(name: string, args: string[], cwd: string, e: Record<string, string | undefined>) {
  try {
    return await runCommand(name, args, cwd, e);
  } catch (err) {
    const { isUserError } = await import('../../src/errors.js');
    if (!isUserError(err)) throw err;
    return { code: err.exitCode, stdout: '', stderr: err.message };
  }
}
