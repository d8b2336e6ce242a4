// Weights & Biases run folders (wandb/run-<date>_<time>-<id>/ and offline-run-...): files/config.yaml
// (the old `{desc, value}` form and the newer `{value}` or plain form), files/wandb-summary.json (final
// metrics; keys starting with `_` are W&B's own), files/wandb-metadata.json (os, python, git, GPUs:
// field names changed across versions) and files/wandb-history.jsonl of old clients. Personal fields
// (email, username, host, paths under home) are never copied. The binary run-<id>.wandb log is not read.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { redactDeep } from '../capture/redact.js';
import type { Environment, MetricObject, MetricValue, RunManifest } from '../manifest/index.js';
import { parseJson } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';
import { metadataFacts } from './wandb-metadata.js';
import {
  checked,
  exists,
  isFiniteNumber,
  isObject,
  isoFromSeconds,
  readJson,
  readText,
  readYaml,
  safeFileName,
  type ImportOptions,
  type ImportedRun,
} from './common.js';

const RUN_DIR = /^(?:offline-)?run-(\d{8})_(\d{6})-([a-z0-9]+)$/;

/** Config entries as the user set them: `{desc, value}` / `{value}` wrappers removed, W&B's own keys left out. */
export function unwrapConfig(doc: unknown): { config: Record<string, unknown>; wandb: Record<string, unknown> } {
  const config: Record<string, unknown> = {};
  let wandb: Record<string, unknown> = {};
  if (!isObject(doc)) return { config, wandb };
  const wrapped = (v: unknown) =>
    isObject(v) && 'value' in v && Object.keys(v).every((k) => k === 'value' || k === 'desc');
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'wandb_version') continue;
    const value = wrapped(v) ? (v as { value: unknown }).value : v;
    if (k === '_wandb') wandb = isObject(value) ? value : {};
    else config[k] = value;
  }
  return { config, wandb };
}

function summaryMetrics(
  doc: unknown,
  file: string,
  warn: (m: string) => void,
): { metrics: Record<string, MetricValue>; skipped: string[] } {
  const metrics: Record<string, MetricValue> = {};
  const skipped: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'number') {
      if (Number.isFinite(v)) metrics[key] = v;
      else warn(msg.nonFiniteValue(file, key));
    } else if (isObject(v) && !('_type' in v)) for (const [k, x] of Object.entries(v)) walk(x, `${key}.${k}`);
    else if (v !== null && v !== undefined) skipped.push(key);
  };
  if (isObject(doc)) for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_')) walk(v, k);
  return { metrics, skipped };
}

async function historySeries(file: string, metrics: Record<string, MetricValue>, warn: (m: string) => void) {
  const series = new Map<string, { step: number; value: number }[]>();
  const lines = (await readText(file)).split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = parseJson(line, `${file}:${i + 1}`, { nonFinite: 'missing' });
    if (!parsed.ok) {
      warn(msg.wandbBadHistoryLine(file, i + 1));
      return;
    }
    for (const p of parsed.missing) warn(msg.nonFinite(`${file}:${i + 1}`, p));
    const row = parsed.value;
    if (!isObject(row)) return;
    const step = isFiniteNumber(row._step) ? row._step : i;
    for (const [k, v] of Object.entries(row)) {
      if (k.startsWith('_') || !isFiniteNumber(v)) continue;
      const s = series.get(k) ?? [];
      s.push({ step, value: v });
      series.set(k, s);
    }
  });
  for (const [k, s] of series) {
    const current = metrics[k];
    const value =
      current === undefined ? s[s.length - 1]!.value : typeof current === 'number' ? current : current.value;
    metrics[k] = { value, series: s } satisfies MetricObject;
  }
}

async function importRun(runDir: string, defaultName: string, opts: ImportOptions): Promise<ImportedRun | undefined> {
  const { warn } = opts;
  const files = path.join(runDir, 'files');
  const base = (await exists(files)) ? files : runDir;
  const folder = RUN_DIR.exec(path.basename(runDir));
  const configFile = path.join(base, 'config.yaml');
  const summaryFile = path.join(base, 'wandb-summary.json');
  const metaFile = path.join(base, 'wandb-metadata.json');
  const historyFile = path.join(base, 'wandb-history.jsonl');
  const [hasConfig, hasSummary, hasMeta, hasHistory] = await Promise.all(
    [configFile, summaryFile, metaFile, historyFile].map(exists),
  );
  if (!hasConfig && !hasSummary) {
    warn(msg.wandbEmpty(runDir));
    return undefined;
  }
  const { config, wandb } = hasConfig ? unwrapConfig(await readYaml(configFile)) : { config: {}, wandb: {} };
  const summary = hasSummary ? await readJson(summaryFile, warn) : undefined;
  if (!hasSummary) warn(msg.wandbNoSummary(runDir));
  const { metrics, skipped } = summaryMetrics(summary, summaryFile, warn);
  if (skipped.length) warn(msg.notNumbers(summaryFile, skipped));
  if (hasHistory) await historySeries(historyFile, metrics, warn);
  else if ((await readdir(runDir).catch(() => [] as string[])).some((f) => f.endsWith('.wandb')))
    warn(msg.wandbBinaryLog(runDir));
  const facts = hasMeta ? metadataFacts((await readJson(metaFile, warn)) as Record<string, unknown>) : undefined;

  const s = isObject(summary) ? summary : {};
  const started = isFiniteNumber(wandb.start_time) ? isoFromSeconds(wandb.start_time) : facts?.startedAt;
  const startSeconds = isFiniteNumber(wandb.start_time)
    ? wandb.start_time
    : started
      ? Date.parse(started) / 1000
      : undefined;
  const ended = isFiniteNumber(s._timestamp)
    ? isoFromSeconds(s._timestamp)
    : startSeconds !== undefined && isFiniteNumber(s._runtime)
      ? isoFromSeconds(startSeconds + s._runtime)
      : undefined;
  const environment: Environment = { ...facts?.environment };
  if (!environment.python && typeof wandb.python_version === 'string') environment.python = wandb.python_version;
  const packages: Record<string, string> = {};
  if (typeof wandb.cli_version === 'string') packages.wandb = wandb.cli_version;
  if (Object.keys(packages).length) environment.packages = { ...environment.packages, ...packages };
  const seed = config.seed;
  const id = folder?.[3] ?? path.basename(runDir);
  const name = opts.name ?? defaultName;
  const manifest: RunManifest = {
    schemaVersion: 1,
    run: {
      id: `wandb-${id}`,
      name,
      ...(Number.isSafeInteger(seed) ? { seed: seed as number } : {}),
      ...(started ? { startedAt: started } : {}),
      ...(ended && started && ended >= started ? { endedAt: ended } : {}),
      ...(facts?.command ? { command: facts.command } : {}),
      tags: { source: 'wandb', 'wandb.runId': id },
    },
    ...(facts && Object.keys(facts.code).length ? { code: facts.code } : {}),
    ...(Object.keys(config).length ? { params: redactDeep(config) } : {}),
    ...(Object.keys(environment).length ? { environment } : {}),
    metrics,
  };
  return {
    manifest: await checked(manifest, runDir, opts.warn),
    source: runDir,
    fileName: `${safeFileName(`${name}-${id}`)}.json`,
  };
}

/** A wandb/ folder (every run in it), a project folder holding wandb/, or one run folder. */
export async function importWandb(p: string, opts: ImportOptions): Promise<ImportedRun[]> {
  const abs = path.resolve(p);
  const isRun = RUN_DIR.test(path.basename(abs)) || (await exists(path.join(abs, 'files', 'wandb-summary.json')));
  const projectOf = (wandbDir: string) => path.basename(path.dirname(wandbDir));
  if (isRun) {
    const r = await importRun(abs, projectOf(path.dirname(abs)), opts);
    return r ? [r] : [];
  }
  const wandbDir = (await exists(path.join(abs, 'wandb'))) ? path.join(abs, 'wandb') : abs;
  const runs = (await readdir(wandbDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && RUN_DIR.test(e.name))
    .map((e) => e.name)
    .sort();
  const out: ImportedRun[] = [];
  for (const r of runs) {
    const imported = await importRun(path.join(wandbDir, r), projectOf(wandbDir), opts);
    if (imported) out.push(imported);
  }
  return out;
}
