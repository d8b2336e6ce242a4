// MLflow's file store: mlruns/<experiment id>/meta.yaml and mlruns/<experiment id>/<run id>/
// {meta.yaml, metrics/<key>, params/<key>, tags/<key>}. Keys may contain `/`, so metric, param and tag
// files are found recursively. A metric file has one "timestamp value [step]" line per logged point
// (step is missing in files older than MLflow 1.0).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { importMessages as msg } from '../messages/import.js';
import { exists, isObject, readText, readYaml, type ImportOptions, type ImportedRun } from './common.js';
import { keepPoint, mlflowManifest, type MetricPoint, type MlflowRun } from './mlflow-common.js';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, rel: string) => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  await walk(dir, '');
  return out.sort();
}

export function parseMetricLines(text: string, source: string, key: string, warn: (m: string) => void): MetricPoint[] {
  const points: MetricPoint[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [ts, val, step] = line.trim().split(/\s+/);
    const timestamp = Number(ts);
    const value = Number(val);
    if (!Number.isFinite(timestamp) || val === undefined || (Number.isNaN(value) && !/^nan$/i.test(val))) {
      warn(msg.mlflowBadLine(source, i + 1, line));
      return;
    }
    if (!keepPoint(value, false, `${source}:${i + 1}`, key, warn)) return;
    points.push({ timestamp, value, step: step === undefined ? 0 : Number(step) || 0 });
  });
  return points;
}

async function readKeyValues(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rel of await filesUnder(dir)) out[rel] = (await readText(path.join(dir, rel))).replace(/\r?\n$/, '');
  return out;
}

async function readRun(
  runDir: string,
  experimentName: string | undefined,
  opts: ImportOptions,
): Promise<MlflowRun | undefined> {
  const meta = await readYaml(path.join(runDir, 'meta.yaml'));
  if (!isObject(meta)) {
    opts.warn(msg.mlflowBadMeta(path.join(runDir, 'meta.yaml')));
    return undefined;
  }
  if (meta.lifecycle_stage === 'deleted') {
    opts.warn(msg.mlflowDeleted(runDir));
    return undefined;
  }
  const metrics = new Map<string, MetricPoint[]>();
  const metricsDir = path.join(runDir, 'metrics');
  for (const key of await filesUnder(metricsDir)) {
    const source = path.join(metricsDir, key);
    metrics.set(key, parseMetricLines(await readText(source), source, key, opts.warn));
  }
  const runId = String(meta.run_id ?? meta.run_uuid ?? path.basename(runDir));
  return {
    runId,
    ...(typeof meta.run_name === 'string' && meta.run_name ? { runName: meta.run_name } : {}),
    experimentId: String(meta.experiment_id ?? path.basename(path.dirname(runDir))),
    ...(experimentName ? { experimentName } : {}),
    status: meta.status,
    ...(typeof meta.start_time === 'number' ? { startTime: meta.start_time } : {}),
    ...(typeof meta.end_time === 'number' ? { endTime: meta.end_time } : {}),
    metrics,
    params: await readKeyValues(path.join(runDir, 'params')),
    tags: await readKeyValues(path.join(runDir, 'tags')),
    source: runDir,
  };
}

async function experimentName(expDir: string): Promise<string | undefined> {
  const f = path.join(expDir, 'meta.yaml');
  if (!(await exists(f))) return undefined;
  const meta = await readYaml(f).catch(() => undefined);
  return isObject(meta) && typeof meta.name === 'string' ? meta.name : undefined;
}

/** A run folder: its meta.yaml names a run (an experiment's names only the experiment). */
async function isRunDir(d: string): Promise<boolean> {
  const f = path.join(d, 'meta.yaml');
  if (!(await exists(f))) return false;
  const meta = await readYaml(f).catch(() => undefined);
  return isObject(meta) && ('run_id' in meta || 'run_uuid' in meta);
}

/** An mlruns folder, one experiment folder, or one run folder. */
export async function importMlflowFiles(p: string, opts: ImportOptions): Promise<ImportedRun[]> {
  const runDirs: { dir: string; exp: string }[] = [];
  if (await isRunDir(p)) runDirs.push({ dir: p, exp: path.dirname(p) });
  else {
    const level = async (expDir: string) => {
      for (const e of (await readdir(expDir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        const d = path.join(expDir, e.name);
        if (e.isDirectory() && (await isRunDir(d))) runDirs.push({ dir: d, exp: expDir });
      }
    };
    await level(p);
    if (runDirs.length === 0) {
      for (const e of (await readdir(p, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        if (!e.isDirectory() || e.name === '.trash' || e.name === 'models' || e.name.startsWith('.')) continue;
        await level(path.join(p, e.name));
      }
    }
  }
  const out: ImportedRun[] = [];
  const names = new Map<string, string | undefined>();
  for (const { dir, exp } of runDirs) {
    if (!names.has(exp)) names.set(exp, await experimentName(exp));
    const run = await readRun(dir, names.get(exp), opts);
    if (run) out.push(await mlflowManifest(run, opts));
  }
  return out;
}
