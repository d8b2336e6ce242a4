// MLflow's SQLite store (mlflow.db; the default backend since MLflow 3.7), read with better-sqlite3,
// an optional dependency loaded only here. Tables: experiments, runs, metrics (key, value, timestamp,
// step, is_nan), params, tags.
import { redactText } from '../capture/redact.js';
import { UserError } from '../errors.js';
import type { DatasetRef } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';
import type { ImportOptions, ImportedRun } from './common.js';
import { keepPoint, mlflowManifest, type MetricPoint, type MlflowRun } from './mlflow-common.js';

interface RunRow {
  run_uuid: string;
  name: string | null;
  status: string | number | null;
  start_time: number | null;
  end_time: number | null;
  lifecycle_stage: string | null;
  experiment_id: number | string;
  experiment_name: string | null;
}

interface DatasetRow {
  name: string;
  digest: string | null;
  dataset_source: string | null;
  dataset_profile: string | null;
  context: string | null;
}

const parseObject = (text: string | null): Record<string, unknown> => {
  try {
    const v: unknown = JSON.parse(text ?? '');
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** MLflow's dataset digest is its own short hash, not sha256/md5 of the content: it becomes the version. */
function datasetOf(d: DatasetRow): DatasetRef {
  const source = parseObject(d.dataset_source);
  const uri = [source.uri, source.url, source.path, source.table_name].find((u) => typeof u === 'string') as
    string | undefined;
  const rows = parseObject(d.dataset_profile).num_rows;
  return {
    name: d.name,
    ...(uri ? { uri: redactText(uri) } : {}),
    ...(d.digest ? { version: d.digest } : {}),
    ...(d.context ? { split: d.context } : {}),
    ...(typeof rows === 'number' && Number.isSafeInteger(rows) && rows >= 0 ? { records: rows } : {}),
  };
}

interface Database {
  prepare(sql: string): { all(...params: unknown[]): unknown[] };
  close(): void;
}

async function openDatabase(file: string): Promise<Database> {
  let Driver: new (f: string, o: { readonly: boolean; fileMustExist: boolean }) => Database;
  try {
    const mod = (await import('better-sqlite3')) as unknown as { default: typeof Driver };
    Driver = mod.default;
  } catch (e) {
    throw new UserError(msg.sqliteUnavailable((e as Error).message.split('\n')[0] ?? ''));
  }
  try {
    return new Driver(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new UserError(msg.unreadable(file, (e as Error).message));
  }
}

export async function importMlflowSqlite(file: string, opts: ImportOptions): Promise<ImportedRun[]> {
  const db = await openDatabase(file);
  try {
    let runs: RunRow[];
    try {
      runs = db
        .prepare(
          `SELECT r.run_uuid, r.name, r.status, r.start_time, r.end_time, r.lifecycle_stage, r.experiment_id,
                  e.name AS experiment_name
             FROM runs r LEFT JOIN experiments e ON e.experiment_id = r.experiment_id
            ORDER BY r.start_time, r.run_uuid`,
        )
        .all() as RunRow[];
    } catch (e) {
      throw new UserError(msg.notMlflowDb(file, (e as Error).message));
    }
    const metricRows = db.prepare('SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ?');
    const paramRows = db.prepare('SELECT key, value FROM params WHERE run_uuid = ?');
    const tagRows = db.prepare('SELECT key, value FROM tags WHERE run_uuid = ?');
    // dataset inputs (mlflow.log_input, MLflow 2.4+): only in stores whose schema has them
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const datasetRows =
      tables.has('inputs') && tables.has('datasets')
        ? db.prepare(
            `SELECT d.name, d.digest, d.dataset_source, d.dataset_profile,
                    ${tables.has('input_tags') ? "(SELECT t.value FROM input_tags t WHERE t.input_uuid = i.input_uuid AND t.name = 'mlflow.data.context')" : 'NULL'} AS context
               FROM inputs i JOIN datasets d ON d.dataset_uuid = i.source_id
              WHERE i.source_type = 'DATASET' AND i.destination_type = 'RUN' AND i.destination_id = ?
              ORDER BY d.name`,
          )
        : undefined;
    const out: ImportedRun[] = [];
    for (const r of runs) {
      const source = `${file} (run ${r.run_uuid})`;
      if (r.lifecycle_stage === 'deleted') {
        opts.warn(msg.mlflowDeleted(source));
        continue;
      }
      const metrics = new Map<string, MetricPoint[]>();
      for (const m of metricRows.all(r.run_uuid) as {
        key: string;
        value: number;
        timestamp: number;
        step: number;
        is_nan: number | boolean;
      }[]) {
        if (!keepPoint(m.value, Boolean(m.is_nan), source, m.key, opts.warn)) continue;
        const list = metrics.get(m.key) ?? [];
        list.push({ value: m.value, timestamp: Number(m.timestamp), step: Number(m.step ?? 0) });
        metrics.set(m.key, list);
      }
      const kv = (rows: unknown[]) =>
        Object.fromEntries((rows as { key: string; value: string | null }[]).map((x) => [x.key, x.value ?? '']));
      const run: MlflowRun = {
        runId: r.run_uuid,
        ...(r.name ? { runName: r.name } : {}),
        experimentId: String(r.experiment_id),
        ...(r.experiment_name ? { experimentName: r.experiment_name } : {}),
        status: r.status,
        ...(r.start_time ? { startTime: Number(r.start_time) } : {}),
        ...(r.end_time ? { endTime: Number(r.end_time) } : {}),
        metrics,
        params: kv(paramRows.all(r.run_uuid)),
        tags: kv(tagRows.all(r.run_uuid)),
        datasets: datasetRows ? (datasetRows.all(r.run_uuid) as DatasetRow[]).map(datasetOf) : [],
        source,
      };
      out.push(await mlflowManifest(run, opts));
    }
    return out;
  } finally {
    db.close();
  }
}
