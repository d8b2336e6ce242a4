// Every message `runledger import` shows a user: what could not be read, and why.
import { oneOfList, plural } from './describe.js';

const list = (xs: readonly string[], max = 8) =>
  xs.slice(0, max).join(', ') + (xs.length > max ? ` and ${xs.length - max} more` : '');

export const importMessages = {
  warning: (text: string) => `runledger import: warning: ${text}\n`,
  wrote: (n: number, dir: string) => `runledger import: wrote ${plural(n, 'manifest')} to ${dir}\n`,
  skippedSummary: (n: number) => `runledger import: ${plural(n, 'run')} skipped (see the warnings above)\n`,
  badFormat: (format: string | undefined, formats: readonly string[]) =>
    `runledger import: ${format === undefined ? 'no format given' : `unknown format ${JSON.stringify(format)}`}; expected ${oneOfList(formats.map((f) => JSON.stringify(f)))}`,
  noPath: (format: string) =>
    `runledger import ${format}: give the path to read, e.g. runledger import ${format} ./runs`,
  pathMissing: (p: string) => `runledger import: ${p}: no such file or directory`,
  needOut: (n: number) =>
    `runledger import: found ${n} runs; give --out <dir> to write one manifest file per run (stdout holds exactly one)`,
  tooManyPaths: (extra: readonly string[]) =>
    `runledger import: one path at a time; unexpected ${extra.map((e) => JSON.stringify(e)).join(' ')}`,
  badName: (name: string) =>
    `runledger import: --name must be 1 to 200 characters (the comparison key), got ${name.length}`,
  noRuns: (format: string, p: string) => `runledger import ${format}: no runs found in ${p}`,
  unreadable: (file: string, reason: string) => `runledger import: cannot read ${file}: ${reason}`,
  unparsable: (file: string, detail: string) => `runledger import: cannot parse ${file}: ${detail}`,
  nonFinite: (file: string, where: string) =>
    `${file}#${where}: NaN or Infinity is not a number a manifest can hold; the value is left out, not replaced`,
  nonFiniteValue: (file: string, what: string) =>
    `${file}: ${what} is NaN or Infinity; the value is left out, not replaced`,
  notNumbers: (file: string, keys: readonly string[]) =>
    `${file}: ${plural(keys.length, 'value')} not read as metrics because they are not numbers: ${list(keys)}`,
  longMetricName: (source: string, name: string) =>
    `${source}: metric name ${JSON.stringify(name.slice(0, 60) + '...')} is longer than 200 characters, the most a manifest allows; it is left out`,
  invalidOutput: (source: string, problems: string) =>
    `the manifest imported from ${source} does not validate (a bug in runledger's importer):\n${problems}`,

  // dvc
  notDvc: (dir: string) =>
    `${dir} is not a DVC project: no dvc.yaml, dvc.lock, params.yaml or metrics file (eval/metrics.json, scores.json, ...)`,
  dvcParamsMissing: (file: string) =>
    `${file} is named in dvc.yaml's params but is not in the folder; its params are left out`,
  dvcParamsFromLock: (file: string) => `${file}: no params.yaml in the folder; params are the values dvc.lock recorded`,
  dvcMetricsMissing: (file: string) =>
    `${file} is listed as metrics in dvc.yaml but is not in the folder (DVC-cached outputs are not in git: run \`dvc pull\` first)`,
  dvcNoMetricsListed: (files: readonly string[]) =>
    `none of the metrics files dvc.yaml lists (${list(files)}) is in the folder, so there is nothing measured to record`,
  dvcNoMetricsUsual: () =>
    'no metrics file found (dvc.yaml lists none, and none of eval/metrics.json, eval/live/metrics.json, dvclive/metrics.json, metrics.json, scores.json, evaluation.json exists)',
  historyBadCommit: (folder: string, detail: string) => `${folder}/COMMIT: ${detail}; this commit is skipped`,
  historySkipped: (sha: string, reason: string) =>
    `commit ${sha.slice(0, 7)} skipped: ${reason} (--keep-empty writes it with no metrics)`,

  // hf-trainer
  hfNoHistory: (file: string) => `${file}: no log_history list; there are no step series to read`,
  hfNoStep: (file: string, i: number) =>
    `${file}#/log_history/${i}: the entry has no step; it is left out of the series`,
  hfBestUnknown: (where: string) =>
    `${where}: best_metric matches no single logged series at best_global_step; it is recorded as best_metric without a goal`,

  // lm-eval
  lmNoResults: (file: string) => `${file}: no "results" object; not an lm-evaluation-harness results file, skipped`,
  lmBadDate: (file: string, v: unknown) =>
    `${file}: "date" is ${JSON.stringify(v)}, not Unix seconds; run.startedAt is left out`,
  lmBadSample: (file: string, line: number) => `${file}:${line}: not a JSON object; the sample is left out`,
  lmNotBinary: (file: string) =>
    `${file}: the per-document scores are not all 0 or 1, so they are not pass/fail cases; the file is not read`,
  lmBadGitHash: (file: string, v: string) =>
    `${file}: git_hash ${JSON.stringify(v)} is not a commit sha; code.commit is left out`,

  // mlflow
  mlflowBadCommit: (source: string, v: string) =>
    `${source}: tag mlflow.source.git.commit ${JSON.stringify(v)} is not a commit sha; code.commit is left out`,
  mlflowBadStatus: (source: string, v: unknown) =>
    `${source}: unknown run status ${JSON.stringify(v)} (expected 1-5 or RUNNING, SCHEDULED, FINISHED, FAILED, KILLED); run.status is left out`,
  mlflowBadLine: (file: string, line: number, text: string) =>
    `${file}:${line}: ${JSON.stringify(text.slice(0, 80))} is not "timestamp value step"; the line is left out`,
  mlflowBadMeta: (file: string) => `${file}: not a run's meta.yaml; the folder is skipped`,
  mlflowDeleted: (source: string) => `${source}: the run is deleted (lifecycle_stage: deleted); skipped`,
  sqliteUnavailable: (detail: string) =>
    `runledger import mlflow: reading an SQLite store (mlflow.db) needs the optional package better-sqlite3, which could not be loaded (${detail}); install it with \`npm i better-sqlite3\` or export the runs to a file store`,
  notMlflowDb: (file: string, detail: string) =>
    `runledger import mlflow: ${file} is not an MLflow SQLite store (${detail}); expected the runs, experiments, metrics, params and tags tables`,

  // wandb
  wandbEmpty: (dir: string) =>
    `${dir}: neither files/config.yaml nor files/wandb-summary.json; not a W&B run folder, skipped`,
  wandbNoSummary: (dir: string) =>
    `${dir}: no files/wandb-summary.json (the run did not finish syncing?); it has no metrics`,
  wandbBinaryLog: (dir: string) =>
    `${dir}: the step history is only in the binary .wandb log, which runledger does not read; metrics are the summary's final values`,
  wandbBadHistoryLine: (file: string, line: number) => `${file}:${line}: not a JSON object; the line is left out`,
};
