// The capture stage: one manifest from a job's working directory, files and environment, optionally
// running the job itself. Used by `runledger capture`; nothing here writes outside its result.
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Artifact, DatasetRef, MetricValue, RunManifest } from '../manifest/index.js';
import { validateManifest, formatProblem } from '../manifest/index.js';
import { captureMessages as msg } from '../messages/capture.js';
import { digestPath, type DigestProgress } from './digest.js';
import { captureEnvironment } from './environment.js';
import { gitState } from './git.js';
import { redactArgv, redactDeep, redactText } from './redact.js';
import { runWrapped, type CommandOutcome } from './run-command.js';
import { mergeInto, metricsOf, paramsOf, readValuesFile, type Warn } from './values.js';

export { digestPath, listFiles } from './digest.js';
export type { PathDigest } from './digest.js';
export { gitState } from './git.js';
export { captureEnvironment, parseFreeze } from './environment.js';
export {
  redactArgv,
  redactText,
  redactDeep,
  redactUrlsIn,
  repositoryFromUrl,
  isSecretName,
  REDACTED,
} from './redact.js';
export { parseValues, readValuesFile, metricsOf, paramsOf, cleanTree, mergeInto, formatOf } from './values.js';
export type { Values, Warn } from './values.js';

export interface CaptureOptions {
  name: string;
  cwd: string;
  env: Record<string, string | undefined>;
  metrics?: string[];
  params?: string[];
  datasets?: string[];
  artifacts?: string[];
  seed?: number;
  group?: string;
  tags?: Record<string, string>;
  /** the job to run, one argument per item */
  command?: string[];
  /** probe Python and pip (default true) */
  python?: boolean;
  /** a progress callback per path digested (the CLI draws a bar on a terminal) */
  progress?: (label: string) => DigestProgress | undefined;
  warn: Warn;
}

export interface CaptureResult {
  manifest: RunManifest;
  /** what the CLI exits with: the wrapped command's exit code, else 0 */
  exitCode: number;
}

const URI = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `name=path` or a bare path/URI (named by itself). */
export function splitNamed(spec: string): { name: string; target: string } {
  const m = /^([^=/\\:]+)=(.+)$/.exec(spec);
  return m ? { name: m[1]!, target: m[2]! } : { name: spec, target: spec };
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

async function datasetRef(spec: string, opts: CaptureOptions): Promise<DatasetRef> {
  const { name, target } = splitNamed(spec);
  if (URI.test(target)) return { name: redactText(name), uri: redactText(target) };
  const abs = path.resolve(opts.cwd, target);
  if (!(await exists(abs))) throw new UserError(msg.datasetMissing(target));
  const d = await digestPath(abs, opts.progress?.(target));
  return {
    name,
    uri: target,
    digest: d.digest,
    bytes: d.bytes,
    ...(d.records !== undefined ? { records: d.records } : {}),
  };
}

async function artifactRef(spec: string, opts: CaptureOptions, ran: boolean): Promise<Artifact> {
  const { name, target } = splitNamed(spec);
  if (URI.test(target)) return { name: redactText(name), uri: redactText(target) };
  const abs = path.resolve(opts.cwd, target);
  if (!(await exists(abs))) {
    if (!ran) throw new UserError(msg.artifactMissing(target));
    opts.warn(msg.artifactNotProduced(target));
    return { name, uri: target };
  }
  const d = await digestPath(abs, opts.progress?.(target));
  return { name, uri: target, digest: d.digest, bytes: d.bytes };
}

async function readParams(files: string[], opts: CaptureOptions): Promise<Record<string, unknown> | undefined> {
  if (files.length === 0) return undefined;
  const params: Record<string, unknown> = {};
  for (const f of files) {
    const values = await readValuesFile(path.resolve(opts.cwd, f), opts.warn, f);
    for (const [k, v] of Object.entries(paramsOf(values, f, opts.warn))) {
      if (k in params) opts.warn(msg.duplicateParam(k, f));
      params[k] = v;
    }
  }
  return params;
}

/** One metrics file's metrics; undefined when the command did not write it. */
async function readMetricsFile(
  f: string,
  opts: CaptureOptions,
  outcome: CommandOutcome | undefined,
): Promise<Record<string, MetricValue> | undefined> {
  const abs = path.resolve(opts.cwd, f);
  if (outcome) {
    const st = await stat(abs).catch(() => undefined);
    if (!st) {
      opts.warn(msg.metricsNotWritten(f, outcome.exitCode));
      return undefined;
    }
    // a file the command did not touch holds an earlier run's metrics
    if (st.mtimeMs < Date.parse(outcome.startedAt)) opts.warn(msg.metricsStale(f));
  }
  const values = await readValuesFile(abs, opts.warn, f);
  const { metrics, skipped } = metricsOf(values, f, opts.warn);
  if (skipped.length) opts.warn(msg.notNumbers(f, skipped));
  for (const k of Object.keys(metrics)) {
    if (k.length <= 200) continue;
    opts.warn(msg.longMetricName(f, k));
    delete metrics[k];
  }
  return metrics;
}

export async function captureManifest(opts: CaptureOptions): Promise<CaptureResult> {
  if (!opts.name.trim()) throw new UserError(msg.noName());
  if (opts.name.length > 200) throw new UserError(msg.tooLong('--name', 200));
  if (opts.group !== undefined && opts.group.length > 200) throw new UserError(msg.tooLong('--group', 200));
  for (const [k, v] of Object.entries(opts.tags ?? {}))
    if (v.length > 1000) throw new UserError(msg.tooLong(`--tag ${k}`, 1000));
  // inputs first: code, environment and data as they were when the job started
  const git = await gitState(opts.cwd, opts.env, opts.warn);
  const environment = await captureEnvironment({
    cwd: opts.cwd,
    env: opts.env,
    root: git.root ?? opts.cwd,
    warn: opts.warn,
    ...(opts.python === undefined ? {} : { python: opts.python }),
  });
  const datasets: DatasetRef[] = [];
  for (const spec of opts.datasets ?? []) datasets.push(await datasetRef(spec, opts));
  const paramFiles = opts.params ?? [];
  const paramsBefore = await Promise.all(paramFiles.map((f) => exists(path.resolve(opts.cwd, f))));
  let params = paramsBefore.every(Boolean) ? await readParams(paramFiles, opts) : undefined;

  let outcome: CommandOutcome | undefined;
  if (opts.command && opts.command.length > 0) {
    outcome = await runWrapped(opts.command, { cwd: opts.cwd, env: opts.env });
    if (outcome.spawnError) opts.warn(msg.commandDidNotStart(opts.command[0]!, outcome.spawnError));
  }
  // once the command has run, an unreadable output is a warning: the run and its exit code are kept
  const after = async <T>(read: () => Promise<T>, fallback: T): Promise<T> => {
    if (!outcome) return read();
    try {
      return await read();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      opts.warn(e.message.replace(/^runledger capture: /, ''));
      return fallback;
    }
  };
  if (!params && paramFiles.length) params = await after(() => readParams(paramFiles, opts), undefined);
  const metrics: Record<string, MetricValue> = {};
  for (const f of opts.metrics ?? []) {
    const m = await after(() => readMetricsFile(f, opts, outcome), undefined);
    if (m) mergeInto(metrics, m, f, opts.warn);
  }
  const artifacts: Artifact[] = [];
  for (const spec of opts.artifacts ?? []) {
    const a = await after(() => artifactRef(spec, opts, outcome !== undefined), undefined);
    if (a) artifacts.push(a);
  }

  const tags = opts.tags && Object.keys(opts.tags).length ? opts.tags : undefined;
  const manifest: RunManifest = {
    schemaVersion: 1,
    run: {
      id: randomUUID(),
      name: opts.name,
      ...(opts.group ? { group: opts.group } : {}),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(outcome
        ? {
            status: outcome.status,
            startedAt: outcome.startedAt,
            endedAt: outcome.endedAt,
            command: redactArgv(opts.command!),
            exitCode: outcome.exitCode,
          }
        : {}),
      ...(tags ? { tags: Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, redactText(v)])) } : {}),
    },
    ...(git.code ? { code: git.code } : {}),
    ...(params ? { params: redactDeep(params) } : {}),
    ...(datasets.length ? { datasets } : {}),
    environment,
    metrics,
    ...(artifacts.length ? { artifacts } : {}),
  };
  const checked = await validateManifest(manifest, '(captured manifest)');
  if (!checked.ok) throw new Error(msg.invalidOutput(checked.problems.map(formatProblem).join('\n')));
  return { manifest, exitCode: outcome?.exitCode ?? 0 };
}
