// The environment a run used: platform, hardware, Python and its packages, lock file digest, GPUs,
// container image and CI facts. Only allowlisted variables are read, and every value is redacted.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Environment, Gpu } from '../manifest/index.js';
import { captureMessages as msg } from '../messages/capture.js';
import { execQuiet } from './exec.js';
import { REDACTED, isSecretName, redactText } from './redact.js';
import type { Warn } from './values.js';

/** GitHub Actions facts worth keeping: what ran where. Never tokens or URLs with credentials. */
export const CI_ALLOWLIST = [
  'GITHUB_ACTIONS',
  'GITHUB_REPOSITORY',
  'GITHUB_SHA',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_HEAD_REF',
  'GITHUB_BASE_REF',
  'GITHUB_EVENT_NAME',
  'GITHUB_WORKFLOW',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_JOB',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_SERVER_URL',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_NAME',
  'RUNNER_ENVIRONMENT',
] as const;

/** Variables that change what a job computes (threads, devices, determinism switches). */
export const VARIABLE_ALLOWLIST = [
  'CUDA_VISIBLE_DEVICES',
  'CUBLAS_WORKSPACE_CONFIG',
  'PYTHONHASHSEED',
  'OMP_NUM_THREADS',
  'MKL_NUM_THREADS',
  'OPENBLAS_NUM_THREADS',
  'TF_DETERMINISTIC_OPS',
  'TF_CUDNN_DETERMINISTIC',
  'PYTORCH_CUDA_ALLOC_CONF',
  'TOKENIZERS_PARALLELISM',
  'HF_HUB_OFFLINE',
  'TRANSFORMERS_OFFLINE',
  'XLA_FLAGS',
  'JAX_PLATFORMS',
] as const;

/** Lock files in the order they are preferred; the first kind found gives the digest. */
const LOCKFILES: readonly RegExp[] = [
  /^uv\.lock$/,
  /^poetry\.lock$/,
  /^Pipfile\.lock$/,
  /^pdm\.lock$/,
  /^conda-lock\.ya?ml$/,
  /^requirements.*\.txt$/,
  /^environment\.ya?ml$/,
];

export interface EnvironmentOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** where lock files are looked for (the repository root, else cwd) */
  root: string;
  warn: Warn;
  /** skip Python and pip (tests, or when no Python is wanted) */
  python?: boolean;
}

function safeValue(name: string, value: string): string {
  return isSecretName(name) ? REDACTED : redactText(value);
}

export function pickVariables(
  env: Record<string, string | undefined>,
  names: readonly string[],
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = env[n];
    if (v !== undefined && v !== '') out[n] = safeValue(n, v);
  }
  return Object.keys(out).length ? out : undefined;
}

const normArch = (a: string) => ({ x64: 'x86_64', arm64: 'arm64', ia32: 'x86', arm: 'arm' })[a] ?? a;
const normOs = (p: string) => ({ win32: 'windows' })[p] ?? p;

/** `pip freeze` lines to {name: version}; direct references keep their (redacted) URL. */
export function parseFreeze(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    let m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*===?\s*(\S+)/.exec(line);
    if (m) {
      out[m[1]!.toLowerCase()] = m[2]!;
      continue;
    }
    m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*@\s*(\S+)/.exec(line);
    if (m) {
      out[m[1]!.toLowerCase()] = redactText(m[2]!);
      continue;
    }
    m = /^-e\s+(\S+?)#egg=([A-Za-z0-9._-]+)/.exec(line);
    if (m) out[m[2]!.toLowerCase()] = redactText(m[1]!);
  }
  return out;
}

async function python(opts: EnvironmentOptions): Promise<Pick<Environment, 'python' | 'packages'>> {
  const run = (exe: string, args: string[], timeoutMs: number) =>
    execQuiet(exe, args, { cwd: opts.cwd, env: opts.env, timeoutMs });
  for (const exe of ['python3', 'python']) {
    const v = await run(exe, ['-c', 'import sys; print(".".join(map(str, sys.version_info[:3])))'], 10_000);
    if (!v.ok) continue;
    const version = v.stdout.trim();
    const freeze = await run(exe, ['-m', 'pip', 'freeze', '--all', '--disable-pip-version-check'], 30_000);
    if (!freeze.ok) {
      opts.warn(freeze.timedOut ? msg.pipTimedOut() : msg.pipFailed());
      return { python: version };
    }
    const packages = parseFreeze(freeze.stdout);
    return Object.keys(packages).length ? { python: version, packages } : { python: version };
  }
  return {};
}

async function lockfileDigest(root: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = (await readdir(root)).sort();
  } catch {
    return undefined;
  }
  for (const re of LOCKFILES) {
    const found = names.filter((n) => re.test(n));
    if (found.length === 0) continue;
    const h = createHash('sha256');
    if (found.length === 1) h.update(await readFile(path.join(root, found[0]!)));
    else
      for (const f of found)
        h.update(`${f}\0`)
          .update(await readFile(path.join(root, f)))
          .update('\0');
    return `sha256:${h.digest('hex')}`;
  }
  return undefined;
}

/** GPUs and CUDA from nvidia-smi, when it is installed. */
export async function nvidia(
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<{ gpus?: Gpu[]; cuda?: string }> {
  const q = await execQuiet(
    'nvidia-smi',
    ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader,nounits'],
    { cwd, env, timeoutMs: 15_000 },
  );
  if (!q.ok) return {};
  const gpus: Gpu[] = [];
  for (const line of q.stdout.split(/\r?\n/)) {
    const [name, mem, driver] = line.split(',').map((s) => s.trim());
    if (!name) continue;
    const mib = Number(mem);
    gpus.push({
      name,
      ...(Number.isFinite(mib) && mem ? { memoryGiB: Math.round((mib / 1024) * 10) / 10 } : {}),
      ...(driver ? { driver } : {}),
    });
  }
  const banner = await execQuiet('nvidia-smi', [], { cwd, env, timeoutMs: 15_000 });
  const cuda = /CUDA Version:\s*([0-9.]+)/.exec(banner.stdout)?.[1];
  return { ...(gpus.length ? { gpus } : {}), ...(cuda ? { cuda } : {}) };
}

/** The container image, when the job says which (RUNLEDGER_CONTAINER_IMAGE, `name[@sha256:…]`). */
export function container(env: Record<string, string | undefined>): Environment['container'] | undefined {
  const ref = env.RUNLEDGER_CONTAINER_IMAGE?.trim();
  if (!ref) return undefined;
  const m = /^(.*)@(sha256:[0-9a-f]{64})$/.exec(ref);
  return m ? { image: redactText(m[1]!), digest: m[2]! } : { image: redactText(ref) };
}

export async function captureEnvironment(opts: EnvironmentOptions): Promise<Environment> {
  const cpu = os.cpus()[0]?.model.trim();
  const [py, lock, gpu] = await Promise.all([
    opts.python === false ? Promise.resolve({}) : python(opts),
    lockfileDigest(opts.root),
    nvidia(opts.cwd, opts.env),
  ]);
  const ci = pickVariables(opts.env, CI_ALLOWLIST);
  const variables = pickVariables(opts.env, VARIABLE_ALLOWLIST);
  const image = container(opts.env);
  return {
    os: normOs(process.platform),
    arch: normArch(process.arch),
    node: process.versions.node,
    ...py,
    ...(lock ? { lockfileDigest: lock } : {}),
    hardware: {
      ...(cpu ? { cpu } : {}),
      cpus: os.availableParallelism(),
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      ...gpu,
    },
    ...(image ? { container: image } : {}),
    ...(ci ? { ci } : {}),
    ...(variables ? { variables } : {}),
  };
}
