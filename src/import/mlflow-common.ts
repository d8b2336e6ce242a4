// What MLflow's two stores share: run status codes, system tags, and turning one run's rows into a
// manifest. Traps: status is an integer (RunStatus enum) in file stores of some versions and a
// string in others and in SQL; the SQL store keeps NaN as is_nan=1 and ±Infinity as ±1.797e308.
import { redactDeep, redactText, repositoryFromUrl } from '../capture/redact.js';
import type { CodeVersion, DatasetRef, MetricValue, RunInfo, RunManifest } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';
import { checked, isoFromMillis, safeFileName, type ImportOptions, type ImportedRun } from './common.js';

/** mlflow.entities.RunStatus: RUNNING=1, SCHEDULED=2, FINISHED=3, FAILED=4, KILLED=5. */
const STATUS: Record<string, RunInfo['status']> = {
  '1': 'running',
  '2': 'running',
  '3': 'succeeded',
  '4': 'failed',
  '5': 'killed',
  RUNNING: 'running',
  SCHEDULED: 'running',
  FINISHED: 'succeeded',
  FAILED: 'failed',
  KILLED: 'killed',
};

export function mlflowStatus(v: unknown): RunInfo['status'] | undefined {
  return v === undefined || v === null ? undefined : STATUS[String(v).trim().toUpperCase()];
}

/** Tags MLflow sets itself; the rest are the user's and become run.tags. */
const PERSONAL_TAGS = new Set(['mlflow.user', 'mlflow.source.name', 'mlflow.databricks.notebookPath']);

export interface MetricPoint {
  value: number;
  timestamp: number;
  step: number;
}

export interface MlflowRun {
  runId: string;
  runName?: string;
  experimentId: string;
  experimentName?: string;
  status?: unknown;
  startTime?: number;
  endTime?: number;
  metrics: Map<string, MetricPoint[]>;
  params: Record<string, string>;
  tags: Record<string, string>;
  /** dataset inputs (SQLite store) */
  datasets?: DatasetRef[];
  /** where the run was read from, for messages */
  source: string;
}

const MAX_DOUBLE = 1.7976931348623157e308;

/** A metric value as stored; non-finite values and the SQL store's stand-ins for them are reported. */
export function keepPoint(
  value: number,
  isNan: boolean,
  source: string,
  key: string,
  warn: (m: string) => void,
): boolean {
  if (isNan || !Number.isFinite(value) || Math.abs(value) === MAX_DOUBLE) {
    warn(msg.nonFiniteValue(source, `metric ${JSON.stringify(key)}`));
    return false;
  }
  return true;
}

export async function mlflowManifest(run: MlflowRun, opts: ImportOptions): Promise<ImportedRun> {
  const metrics: Record<string, MetricValue> = {};
  for (const [key, points] of run.metrics) {
    if (points.length === 0) continue;
    // MLflow's latest value: the highest step, then the latest timestamp
    const sorted = [...points].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
    const last = sorted[sorted.length - 1]!;
    metrics[key] =
      sorted.length === 1
        ? last.value
        : {
            value: last.value,
            series: sorted.map((p) => ({ step: p.step, value: p.value, timestamp: isoFromMillis(p.timestamp) })),
          };
  }
  const t = run.tags;
  const code: CodeVersion = {};
  const commit = t['mlflow.source.git.commit']?.trim();
  if (commit && /^[0-9a-f]{7,64}$/.test(commit)) code.commit = commit;
  else if (commit) opts.warn(msg.mlflowBadCommit(run.source, commit));
  const repo = t['mlflow.source.git.repoURL'] ?? t['mlflow.gitRepoURL'];
  if (repo) code.repository = repositoryFromUrl(repo);
  if (t['mlflow.source.git.branch']) code.branch = t['mlflow.source.git.branch'];
  const userTags: Record<string, string> = { source: 'mlflow', 'mlflow.runId': run.runId };
  for (const [k, v] of Object.entries(t)) {
    if (k.startsWith('mlflow.') || PERSONAL_TAGS.has(k)) continue;
    userTags[k] = redactText(v).slice(0, 1000);
  }
  const status = mlflowStatus(run.status);
  if (run.status !== undefined && run.status !== null && !status)
    opts.warn(msg.mlflowBadStatus(run.source, run.status));
  const name = opts.name ?? run.runName ?? t['mlflow.runName'] ?? run.runId;
  const notes = t['mlflow.note.content'];
  const manifest: RunManifest = {
    schemaVersion: 1,
    run: {
      id: `mlflow-${run.runId}`,
      name,
      ...(run.experimentName ? { group: run.experimentName } : {}),
      ...(status ? { status } : {}),
      ...(run.startTime ? { startedAt: isoFromMillis(run.startTime) } : {}),
      ...(run.endTime ? { endedAt: isoFromMillis(run.endTime) } : {}),
      tags: userTags,
      ...(notes ? { notes: redactText(notes).slice(0, 10000) } : {}),
    },
    ...(Object.keys(code).length ? { code } : {}),
    ...(Object.keys(run.params).length ? { params: redactDeep(run.params) } : {}),
    ...(run.datasets?.length ? { datasets: run.datasets } : {}),
    metrics,
  };
  return {
    manifest: await checked(manifest, run.source, opts.warn),
    source: run.source,
    fileName: `${safeFileName(`${run.experimentName ?? run.experimentId}-${name}-${run.runId.slice(0, 8)}`)}.json`,
  };
}
