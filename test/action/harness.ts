// Runs the built action exactly as the runner does: `node dist/index.js` with INPUT_* (hyphens kept),
// GITHUB_* and RUNNER_TEMP, in a clone whose origin is a local bare repository.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/cli.js';

export const EXAMPLES = path.join(repoRoot, 'examples');

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

export interface Sandbox {
  root: string;
  origin: string;
  /** the main checkout */
  work: string;
  temp: string;
  cleanup(): void;
}

/** origin.git (bare) + a clone with examples/runledger.yml committed on main. */
export function sandbox(): Sandbox {
  const root = mkdtempSync(path.join(tmpdir(), 'runledger-action-'));
  const origin = path.join(root, 'origin.git');
  const work = path.join(root, 'work');
  const temp = path.join(root, 'runner-temp');
  mkdirSync(temp);
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  mkdirSync(work);
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'remote', 'add', 'origin', origin);
  cpSync(path.join(EXAMPLES, 'runledger.yml'), path.join(work, 'runledger.yml'));
  writeFileSync(path.join(work, 'README.md'), 'project\n');
  git(work, 'add', '.');
  git(work, 'commit', '-q', '-m', 'init');
  git(work, 'push', '-q', 'origin', 'main');
  return { root, origin, work, temp, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Replaces runs/ with copies of the given manifests (optionally edited) and commits; returns the SHA. */
export function commitRuns(
  cwd: string,
  from: string,
  message: string,
  edit?: (m: Record<string, unknown>, file: string) => void,
): string {
  rmSync(path.join(cwd, 'runs'), { recursive: true, force: true });
  mkdirSync(path.join(cwd, 'runs'));
  for (const f of readdirSync(from).filter((x) => x.endsWith('.json'))) {
    const m = JSON.parse(readFileSync(path.join(from, f), 'utf8')) as Record<string, unknown>;
    edit?.(m, f);
    writeFileSync(path.join(cwd, 'runs', f), JSON.stringify(m, null, 2));
  }
  git(cwd, 'add', '-A', '.');
  git(cwd, 'commit', '-q', '--allow-empty', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The runner's GITHUB_OUTPUT file format: `name<<delimiter\nvalue\ndelimiter`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export interface RunOptions {
  cwd: string;
  temp: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  sha: string;
  ref: string;
  apiUrl: string;
  job?: string;
  workflow?: string;
  env?: Record<string, string>;
  node?: string;
}

let seq = 0;
export function runAction(o: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(o.temp, `step-${seq++}-`));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  // the defaults action.yml declares, as the runner passes them
  const inputs: Record<string, string> = {
    policy: 'runledger.yml',
    'github-token': 'ghs_write',
    'ledger-branch': 'runledger',
    comment: 'true',
    mode: 'auto',
    record: 'auto',
    'working-directory': '.',
    'max-comment-length': '60000',
    ...o.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/vision',
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKFLOW: o.workflow ?? 'CI',
    GITHUB_JOB: o.job ?? 'eval',
    GITHUB_RUN_ID: '7001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: o.cwd,
    RUNNER_TEMP: o.temp,
    RUNLEDGER_RETRY_SCALE: '0.001',
    GIT_AUTHOR_NAME: 'github-actions[bot]',
    GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
    ...o.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(o.node ?? process.execPath, [path.join(repoRoot, 'dist/index.js')], { cwd: o.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
      }),
    );
  });
}

export function pushPayload(before: string, after: string) {
  return { ref: 'refs/heads/main', before, after, repository: { full_name: 'acme/vision', default_branch: 'main' } };
}

export function prPayload(
  n: number,
  base: { sha: string; ref: string },
  head: { sha: string; ref: string },
  headRepo = 'acme/vision',
) {
  return {
    action: 'synchronize',
    number: n,
    pull_request: {
      number: n,
      head: { sha: head.sha, ref: head.ref, repo: { full_name: headRepo } },
      base: { sha: base.sha, ref: base.ref, repo: { full_name: 'acme/vision' } },
    },
    repository: { full_name: 'acme/vision', default_branch: 'main' },
  };
}
