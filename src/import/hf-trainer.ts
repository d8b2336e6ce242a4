// Hugging Face Trainer output folders: trainer_state.json (log_history -> one step series per
// metric, best metric and checkpoint) and the *_results.json files (all_results.json, eval_results.json,
// train_results.json, test_results.json). Metric names are the Trainer's own (`eval_wer`, `loss`).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { MetricObject, MetricValue, RunManifest } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';
import {
  checked,
  readText,
  exists,
  isFiniteNumber,
  isObject,
  readJson,
  safeFileName,
  stableId,
  type ImportOptions,
  type ImportedRun,
} from './common.js';

/** Keys of a log_history entry that are not metrics. */
const NOT_METRICS = new Set(['step', 'epoch']);
/** trainer_state.json keys kept as params (how the training was set up). */
const STATE_PARAMS = [
  'train_batch_size',
  'num_train_epochs',
  'max_steps',
  'logging_steps',
  'eval_steps',
  'save_steps',
  'is_hyper_param_search',
  'trial_name',
  'trial_params',
] as const;

/** The folder's trainer_state.json, else the one of its last checkpoint-N folder. */
async function findState(dir: string): Promise<string | undefined> {
  const direct = path.join(dir, 'trainer_state.json');
  if (await exists(direct)) return direct;
  const checkpoints = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && /^checkpoint-\d+$/.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => Number(a.slice(11)) - Number(b.slice(11)));
  for (const c of checkpoints.reverse()) {
    const f = path.join(dir, c, 'trainer_state.json');
    if (await exists(f)) return f;
  }
  return undefined;
}

export async function importHfTrainer(p: string, opts: ImportOptions): Promise<ImportedRun[]> {
  const { warn } = opts;
  const isFile = p.endsWith('.json');
  const dir = isFile ? path.dirname(p) : p;
  const stateFile = isFile && path.basename(p) === 'trainer_state.json' ? p : await findState(dir);
  const resultFiles = (await readdir(dir).catch(() => [] as string[])).filter((f) => /_results\.json$/.test(f)).sort();
  if (!stateFile && resultFiles.length === 0) return [];
  const sourceText: string[] = [];
  const metrics: Record<string, MetricObject> = {};
  const params: Record<string, unknown> = {};
  let bestStep: number | undefined;
  let bestMetric: number | undefined;

  if (stateFile) {
    const state = await readJson(stateFile, warn);
    sourceText.push(await readText(stateFile));
    if (!isObject(state)) throw new UserError(msg.unparsable(stateFile, 'expected a JSON object'));
    const history = Array.isArray(state.log_history) ? state.log_history : [];
    if (!Array.isArray(state.log_history)) warn(msg.hfNoHistory(stateFile));
    const series = new Map<string, { step: number; value: number }[]>();
    history.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const step = isFiniteNumber(entry.step) ? entry.step : undefined;
      if (step === undefined) {
        warn(msg.hfNoStep(stateFile, i));
        return;
      }
      for (const [k, v] of Object.entries(entry)) {
        if (NOT_METRICS.has(k) || !isFiniteNumber(v)) continue;
        const s = series.get(k) ?? [];
        s.push({ step, value: v });
        series.set(k, s);
      }
    });
    for (const [k, points] of series) {
      metrics[k] = { value: points[points.length - 1]!.value, series: points };
    }
    for (const k of STATE_PARAMS) if (k in state && state[k] !== null) params[k] = state[k];
    if (isFiniteNumber(state.best_metric)) bestMetric = state.best_metric;
    if (isFiniteNumber(state.best_global_step)) bestStep = state.best_global_step;
    else if (typeof state.best_model_checkpoint === 'string') {
      const m = /checkpoint-(\d+)\/?$/.exec(state.best_model_checkpoint);
      if (m) bestStep = Number(m[1]);
    }
    if (isFiniteNumber(state.global_step)) params.global_step = state.global_step;
  }

  // final values from *_results.json win over the last logged point (same names, the Trainer's own)
  for (const f of resultFiles) {
    const file = path.join(dir, f);
    const doc = await readJson(file, warn);
    sourceText.push(await readText(file));
    if (!isObject(doc)) continue;
    for (const [k, v] of Object.entries(doc)) {
      if (isFiniteNumber(v)) metrics[k] = { ...metrics[k], value: v };
    }
  }

  // the best metric: the series whose point at the best step equals best_metric; its goal follows
  if (bestMetric !== undefined) {
    const matches = Object.entries(metrics).filter(([, m]) =>
      m.series?.some((pt) => pt.value === bestMetric && (bestStep === undefined || pt.step === bestStep)),
    );
    if (matches.length === 1) {
      const [name, m] = matches[0]!;
      const values = m.series!.map((pt) => pt.value);
      const isMin = bestMetric === Math.min(...values);
      const isMax = bestMetric === Math.max(...values);
      if (isMin !== isMax) {
        m.goal = isMin ? 'minimize' : 'maximize';
        metrics.best_metric = { value: bestMetric, goal: m.goal };
      } else metrics.best_metric = { value: bestMetric };
      params.metric_for_best_model = name;
    } else {
      metrics.best_metric = { value: bestMetric };
      warn(msg.hfBestUnknown(stateFile ?? dir));
    }
    if (bestStep !== undefined) params.best_global_step = bestStep;
  }

  const out: Record<string, MetricValue> = {};
  for (const [k, m] of Object.entries(metrics)) out[k] = m.series || m.goal ? m : m.value;
  const name = opts.name ?? path.basename(path.resolve(dir));
  const manifest: RunManifest = {
    schemaVersion: 1,
    run: { id: stableId('hf-trainer', ...sourceText), name, tags: { source: 'hf-trainer' } },
    ...(Object.keys(params).length ? { params } : {}),
    metrics: out,
  };
  return [{ manifest: await checked(manifest, dir, opts.warn), source: dir, fileName: `${safeFileName(name)}.json` }];
}
