// The import stage: manifests from files other tools wrote (DVC, Hugging Face Trainer,
// lm-evaluation-harness, MLflow, Weights & Biases). Every manifest returned has been validated.
import path from 'node:path';
import { UserError } from '../errors.js';
import { importMessages as msg } from '../messages/import.js';
import { exists, isDirectory, type ImportOptions, type ImportedRun } from './common.js';
import { importDvcProject } from './dvc.js';
import { importDvcHistoryRuns, isDvcHistory } from './dvc-history.js';
import { importHfTrainer } from './hf-trainer.js';
import { importLmEval } from './lm-eval.js';
import { importMlflowFiles } from './mlflow-files.js';
import { importMlflowSqlite } from './mlflow-sqlite.js';
import { importWandb } from './wandb.js';

export { importDvcHistory, isDvcHistory, parseCommitFile } from './dvc-history.js';
export type { DvcHistoryOptions, DvcHistoryResult } from './dvc-history.js';
export { importDvcProject } from './dvc.js';
export type { ImportOptions, ImportedRun } from './common.js';

export const FORMATS = ['dvc', 'hf-trainer', 'lm-eval', 'mlflow', 'wandb'] as const;
export type ImportFormat = (typeof FORMATS)[number];

export interface ImportResult {
  runs: ImportedRun[];
  /** sources that gave no manifest, and why (also reported through warn) */
  skipped: { source: string; reason: string }[];
}

const SQLITE = /\.(db|sqlite3?)$/i;

/** Reads every run of one format found at a path. */
export async function importRuns(
  format: ImportFormat,
  p: string,
  opts: ImportOptions,
  keepEmpty = false,
): Promise<ImportResult> {
  if (!(await exists(p))) throw new UserError(msg.pathMissing(p));
  const dir = await isDirectory(p);
  switch (format) {
    case 'dvc': {
      if (dir && (await isDvcHistory(p))) {
        const r = await importDvcHistoryRuns(p, {
          warn: opts.warn,
          ...(opts.name ? { name: opts.name } : {}),
          ...(keepEmpty ? { keepEmpty } : {}),
        });
        return { runs: r.runs, skipped: r.skipped.map((s) => ({ source: s.commit, reason: s.reason })) };
      }
      const projectDir = dir ? p : path.dirname(p);
      const r = await importDvcProject(projectDir, opts);
      return r.run
        ? { runs: [r.run], skipped: [] }
        : { runs: [], skipped: [{ source: projectDir, reason: r.skipped ?? '' }] };
    }
    case 'hf-trainer':
      return { runs: await importHfTrainer(p, opts), skipped: [] };
    case 'lm-eval':
      return { runs: await importLmEval(p, opts, dir), skipped: [] };
    case 'mlflow': {
      if (!dir && SQLITE.test(p)) return { runs: await importMlflowSqlite(p, opts), skipped: [] };
      if (
        dir &&
        !(await exists(path.join(p, 'meta.yaml'))) &&
        (await exists(path.join(p, 'mlflow.db'))) &&
        !(await exists(path.join(p, 'mlruns')))
      )
        return { runs: await importMlflowSqlite(path.join(p, 'mlflow.db'), opts), skipped: [] };
      const root = dir && (await exists(path.join(p, 'mlruns'))) ? path.join(p, 'mlruns') : p;
      return { runs: await importMlflowFiles(root, opts), skipped: [] };
    }
    case 'wandb':
      return { runs: await importWandb(p, opts), skipped: [] };
  }
}
