// wandb-metadata.json: what W&B recorded about the machine, the code and the command. Field names
// changed across client versions (old: gpu, gpu_devices, cuda, memory.total in GB; new: gpu_nvidia,
// cudaVersion, sizes in bytes as strings). Personal fields (email, username, host, root, executable,
// absolute paths) are never read.
import path from 'node:path';
import { redactArgv, redactText, repositoryFromUrl } from '../capture/redact.js';
import type { CodeVersion, Environment, Gpu } from '../manifest/index.js';
import { isFiniteNumber, isObject, isoFromText } from './common.js';

function gib(v: unknown, unit: 'bytes' | 'GB'): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  if (!isFiniteNumber(n) || n < 0) return undefined;
  return Math.round((unit === 'bytes' ? n / 2 ** 30 : n) * 10) / 10;
}

/** wandb-metadata.json, old (gpu, gpu_devices, cuda, memory.total in GB) and new (gpu_nvidia, cudaVersion, bytes). */
export function metadataFacts(meta: Record<string, unknown>): {
  environment: Environment;
  code: CodeVersion;
  command?: string[];
  startedAt?: string;
} {
  const env: Environment = {};
  if (typeof meta.os === 'string') {
    const os = meta.os;
    env.os = /^Linux/i.test(os)
      ? 'linux'
      : /^(macOS|Darwin)/i.test(os)
        ? 'darwin'
        : /^Windows/i.test(os)
          ? 'windows'
          : os;
    const arch = /(x86_64|aarch64|arm64|AMD64)/.exec(os)?.[1];
    if (arch) env.arch = arch === 'aarch64' ? 'arm64' : arch === 'AMD64' ? 'x86_64' : arch;
  }
  if (typeof meta.python === 'string')
    env.python = /^(?:CPython\s+)?(\d+\.\d+\.\d+)/.exec(meta.python)?.[1] ?? meta.python;
  const gpus: Gpu[] = [];
  if (Array.isArray(meta.gpu_nvidia)) {
    for (const g of meta.gpu_nvidia) {
      if (isObject(g) && typeof g.name === 'string') {
        const mem = gib(g.memoryTotal, 'bytes');
        gpus.push({ name: g.name, ...(mem !== undefined ? { memoryGiB: mem } : {}) });
      }
    }
  } else if (Array.isArray(meta.gpu_devices)) {
    for (const g of meta.gpu_devices) {
      if (isObject(g) && typeof g.name === 'string') {
        const mem = gib(g.memory_total, 'bytes');
        gpus.push({ name: g.name, ...(mem !== undefined ? { memoryGiB: mem } : {}) });
      }
    }
  } else if (typeof meta.gpu === 'string') {
    const n = isFiniteNumber(meta.gpu_count) ? meta.gpu_count : 1;
    for (let i = 0; i < n; i++) gpus.push({ name: meta.gpu });
  }
  const cuda =
    typeof meta.cudaVersion === 'string' ? meta.cudaVersion : typeof meta.cuda === 'string' ? meta.cuda : undefined;
  const memory = isObject(meta.memory)
    ? typeof meta.memory.total === 'string'
      ? gib(meta.memory.total, 'bytes')
      : gib(meta.memory.total, 'GB')
    : undefined;
  const cpus = isFiniteNumber(meta.cpu_count_logical)
    ? meta.cpu_count_logical
    : isFiniteNumber(meta.cpu_count)
      ? meta.cpu_count
      : undefined;
  const hw = {
    ...(cpus !== undefined ? { cpus } : {}),
    ...(memory !== undefined ? { memoryGiB: memory } : {}),
    ...(gpus.length ? { gpus } : {}),
    ...(cuda ? { cuda } : {}),
  };
  if (Object.keys(hw).length) env.hardware = hw;
  if (typeof meta.docker === 'string' && meta.docker) env.container = { image: redactText(meta.docker) };

  const code: CodeVersion = {};
  const git = isObject(meta.git) ? meta.git : {};
  if (typeof git.commit === 'string' && /^[0-9a-f]{7,64}$/.test(git.commit)) code.commit = git.commit;
  if (typeof git.remote === 'string' && git.remote) code.repository = repositoryFromUrl(git.remote);

  // the program as the repository knows it (codePath), never an absolute path under someone's home
  const program =
    typeof meta.codePathLocal === 'string'
      ? meta.codePathLocal
      : typeof meta.codePath === 'string'
        ? meta.codePath
        : typeof meta.program === 'string' && !path.isAbsolute(meta.program)
          ? meta.program
          : typeof meta.program === 'string'
            ? path.basename(meta.program)
            : undefined;
  const args = Array.isArray(meta.args) ? redactArgv(meta.args.filter((a): a is string => typeof a === 'string')) : [];
  const startedAt =
    typeof meta.startedAt === 'string'
      ? isoFromText(
          meta.startedAt.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(meta.startedAt)
            ? meta.startedAt
            : `${meta.startedAt}Z`,
        )
      : undefined;
  return {
    environment: env,
    code,
    ...(program ? { command: ['python', program, ...args] } : {}),
    ...(startedAt ? { startedAt } : {}),
  };
}
