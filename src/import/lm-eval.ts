// EleutherAI lm-evaluation-harness results files (results_<date>.json): every task's and group's
// metrics (`<task>/acc,none`), `<metric>_stderr,<filter>` as the metric's stderr, higher_is_better as
// goals, seeds, model and revision as params, the harness's git_hash as code.commit. Traps: `date` is
// Unix seconds as a float; start_time/end_time are a monotonic clock (not dates);
// total_evaluation_time_seconds is a string; stderr can be the string "N/A". With --log_samples,
// the per-document samples files become cases (lm-eval-samples.ts).
import path from 'node:path';
import { glob } from 'tinyglobby';
import { redactText } from '../capture/redact.js';
import type { DatasetRef, Environment, MetricObject, RunManifest } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';
import { samplesCases } from './lm-eval-samples.js';
import {
  checked,
  isFiniteNumber,
  isObject,
  isoFromSeconds,
  readJson,
  readText,
  safeFileName,
  stableId,
  type ImportOptions,
  type ImportedRun,
} from './common.js';

const CONFIG_PARAMS = [
  'model',
  'model_args',
  'model_revision',
  'model_sha',
  'model_dtype',
  'batch_size',
  'device',
  'limit',
  'bootstrap_iters',
  'gen_kwargs',
  'random_seed',
  'numpy_seed',
  'torch_seed',
  'fewshot_seed',
] as const;

/** A few facts from pretty_env_info (PyTorch's collect_env text). */
export function parseEnvInfo(text: string): Environment {
  const line = (label: string) => new RegExp(`^${label}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  const env: Environment = {};
  const py = line('Python version');
  const pyVersion = py && /^(\d+\.\d+\.\d+)/.exec(py)?.[1];
  if (pyVersion) env.python = pyVersion;
  const platform = line('Python platform') ?? '';
  if (/^Linux/i.test(platform)) env.os = 'linux';
  else if (/^(macOS|Darwin)/i.test(platform)) env.os = 'darwin';
  else if (/^Windows/i.test(platform)) env.os = 'windows';
  const arch = /(x86_64|aarch64|arm64|AMD64)/.exec(platform)?.[1];
  if (arch) env.arch = arch === 'aarch64' ? 'arm64' : arch === 'AMD64' ? 'x86_64' : arch;
  const torch = line('PyTorch version');
  const packages: Record<string, string> = {};
  if (torch && torch !== 'N/A') packages.torch = torch;
  for (const m of text.matchAll(/^\[(?:pip3?|conda)\]\s+([A-Za-z0-9._-]+)(?:==|\s+)(\S+)/gm)) {
    packages[m[1]!.toLowerCase()] ??= m[2]!;
  }
  if (Object.keys(packages).length) env.packages = packages;
  const gpus = [...text.matchAll(/^GPU \d+: (.+)$/gm)].map((m) => m[1]!.trim());
  const driver = line('Nvidia driver version');
  const cuda = line('CUDA used to build PyTorch');
  const cpu = line('Model name');
  const cpus = Number(line('CPU\\(s\\)'));
  const hw: NonNullable<Environment['hardware']> = {
    ...(cpu ? { cpu } : {}),
    ...(Number.isSafeInteger(cpus) && cpus > 0 ? { cpus } : {}),
    ...(gpus.length ? { gpus: gpus.map((name) => ({ name, ...(driver && driver !== 'N/A' ? { driver } : {}) })) } : {}),
    ...(cuda && cuda !== 'N/A' && cuda !== 'None' ? { cuda } : {}),
  };
  if (Object.keys(hw).length) env.hardware = hw;
  return env;
}

/** The model a results file is about, for the default run name (a path keeps only its last part). */
function modelName(doc: Record<string, unknown>, config: Record<string, unknown>): string | undefined {
  const args = typeof config.model_args === 'string' ? config.model_args : '';
  const pretrained = /(?:^|,)\s*pretrained=([^,]+)/.exec(args)?.[1];
  const raw = pretrained ?? (typeof doc.model_name === 'string' ? doc.model_name : undefined);
  if (!raw) return typeof config.model === 'string' ? config.model : undefined;
  return raw.startsWith('/') || raw.startsWith('.') ? path.basename(raw) : raw;
}

async function importOne(file: string, opts: ImportOptions): Promise<ImportedRun | undefined> {
  const { warn } = opts;
  const doc = await readJson(file, warn);
  if (!isObject(doc) || !isObject(doc.results)) {
    warn(msg.lmNoResults(file));
    return undefined;
  }
  const higher = isObject(doc.higher_is_better) ? doc.higher_is_better : {};
  const metrics: Record<string, MetricObject> = {};
  const sections = [doc.results, isObject(doc.groups) ? doc.groups : {}] as Record<string, unknown>[];
  for (const section of sections) {
    for (const [task, values] of Object.entries(section)) {
      if (!isObject(values)) continue;
      const goals = isObject(higher[task]) ? higher[task] : {};
      for (const [key, v] of Object.entries(values)) {
        if (key === 'alias' || key === 'samples' || /_stderr(,|$)/.test(key)) continue;
        const [metric, filter] = key.split(',', 2) as [string, string | undefined];
        if (!isFiniteNumber(v)) {
          if (typeof v === 'number' || v === null) warn(msg.nonFiniteValue(file, `results.${task}["${key}"]`));
          continue;
        }
        const name = `${task}/${key}`;
        if (name in metrics) continue;
        const m: MetricObject = { value: v };
        const g = goals[metric];
        if (g === true) m.goal = 'maximize';
        else if (g === false) m.goal = 'minimize';
        const se = values[filter === undefined ? `${metric}_stderr` : `${metric}_stderr,${filter}`];
        if (isFiniteNumber(se) && se >= 0) m.stderr = se;
        metrics[name] = m;
      }
    }
  }
  const config = isObject(doc.config) ? doc.config : {};
  const params: Record<string, unknown> = {};
  for (const k of CONFIG_PARAMS) {
    const v = config[k];
    if (v !== undefined && v !== null) params[k] = typeof v === 'string' ? redactText(v) : v;
  }
  if (isObject(doc['n-shot'])) params['n-shot'] = doc['n-shot'];
  if (isObject(doc.versions)) params.task_versions = doc.versions;
  if (typeof doc.transformers_version === 'string') params.transformers_version = doc.transformers_version;

  const datasets: DatasetRef[] = [];
  const configs = isObject(doc.configs) ? doc.configs : {};
  const samples = isObject(doc['n-samples']) ? doc['n-samples'] : {};
  for (const [task, c] of Object.entries(configs)) {
    if (!isObject(c) || typeof c.dataset_path !== 'string') continue;
    const n = isObject(samples[task]) ? samples[task].effective : undefined;
    datasets.push({
      name: task,
      uri: c.dataset_path.includes('://') ? c.dataset_path : `hf://datasets/${c.dataset_path}`,
      ...(typeof c.dataset_name === 'string' ? { version: c.dataset_name } : {}),
      ...(typeof c.test_split === 'string' ? { split: c.test_split } : {}),
      ...(Number.isSafeInteger(n) && (n as number) >= 0 ? { records: n as number } : {}),
    });
  }

  let startedAt: string | undefined;
  let endedAt: string | undefined;
  if (isFiniteNumber(doc.date)) {
    startedAt = isoFromSeconds(doc.date);
    const total = Number(doc.total_evaluation_time_seconds);
    if (Number.isFinite(total) && total >= 0) endedAt = isoFromSeconds(doc.date + total);
  } else if (doc.date !== undefined) warn(msg.lmBadDate(file, doc.date));

  const gitHash = typeof doc.git_hash === 'string' ? doc.git_hash.trim() : '';
  const code = /^[0-9a-f]{7,64}$/.test(gitHash) ? { commit: gitHash } : undefined;
  if (gitHash && !code) warn(msg.lmBadGitHash(file, gitHash));
  const environment = typeof doc.pretty_env_info === 'string' ? parseEnvInfo(doc.pretty_env_info) : undefined;
  if (environment && typeof doc.transformers_version === 'string')
    environment.packages = { ...environment.packages, transformers: doc.transformers_version };

  const model = modelName(doc, config);
  const name = opts.name ?? `lm-eval/${model ?? path.basename(path.dirname(file))}`;
  const seed = config.random_seed;
  const manifest: RunManifest = {
    schemaVersion: 1,
    run: {
      id: stableId('lm-eval', await readText(file)),
      name,
      ...(Number.isSafeInteger(seed) ? { seed: seed as number } : {}),
      ...(startedAt ? { startedAt } : {}),
      ...(endedAt ? { endedAt } : {}),
      tags: { source: 'lm-eval' },
    },
    ...(code ? { code } : {}),
    params,
    ...(datasets.length ? { datasets } : {}),
    ...(environment && Object.keys(environment).length ? { environment } : {}),
    metrics,
  };
  const cases = await samplesCases(file, warn);
  if (cases.length) manifest.cases = cases;
  const base = path.basename(file, '.json');
  return {
    manifest: await checked(manifest, file, opts.warn),
    source: file,
    fileName: `${safeFileName(`${name}-${base}`)}.json`,
  };
}

/** A results file, or a folder searched for results*.json (lm-eval's --output_path layout). */
export async function importLmEval(p: string, opts: ImportOptions, isDir: boolean): Promise<ImportedRun[]> {
  const files = isDir ? (await glob(['**/results*.json'], { cwd: p, deep: 6, absolute: true })).sort() : [p];
  const out: ImportedRun[] = [];
  for (const f of files) {
    const r = await importOne(f, opts);
    if (r) out.push(r);
  }
  return out;
}
