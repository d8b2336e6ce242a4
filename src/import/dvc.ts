// DVC projects: params.yaml (and the params files dvc.yaml names), the metrics files dvc.yaml lists
// (or the usual places), dvc.lock dependencies as datasets (md5 digests and sizes), final outputs as
// artifacts, and the stage commands. Metric names are those `dvc metrics show` prints: nested keys
// joined with dots (`roc_auc.test`).
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { gitState } from '../capture/git.js';
import { redactDeep } from '../capture/redact.js';
import { cleanTree, mergeInto, metricsOf, paramsOf, readValuesFile } from '../capture/values.js';
import type { Artifact, CodeVersion, DatasetRef, MetricValue, RunManifest } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';
import { attachDvcLiveSeries } from './dvclive.js';
import { artifactOf, datasetOf, lockEntries, parseLock, URI } from './dvc-lock.js';
import { parseDvcYaml, unflatten } from './dvc-yaml.js';
import {
  checked,
  readText,
  exists,
  isObject,
  readYaml,
  safeFileName,
  stableId,
  type ImportOptions,
  type ImportedRun,
} from './common.js';

/** Where DVC projects usually keep metrics when dvc.yaml does not list them. */
export const USUAL_METRICS = [
  'eval/metrics.json',
  'eval/live/metrics.json',
  'dvclive/metrics.json',
  'metrics.json',
  'scores.json',
  'evaluation.json',
  'evaluation/metrics.json',
];

const CODE_FILE = /\.(py|ipynb|r|sh|bash|js|mjs|ts|jl|scala|java|go|rs|c|cc|cpp|h|m|rb|pl|lua|kt)$/i;

/** Facts about the commit a project snapshot came from (bulk history import). */
export interface CommitInfo {
  sha: string;
  parents: string[];
  authorDate?: string;
  subject?: string;
  refs: string[];
}

export interface DvcProjectResult {
  run?: ImportedRun;
  /** why no manifest was written */
  skipped?: string;
}

const withDir = (dir: string, f: string) => path.join(dir, f);

async function readDvcFiles(dir: string): Promise<DatasetRef[]> {
  const files = await glob(['**/*.dvc'], { cwd: dir, deep: 4, ignore: ['**/.dvc/**', '**/node_modules/**'] });
  const out: DatasetRef[] = [];
  for (const f of files.sort()) {
    const doc = await readYaml(withDir(dir, f)).catch(() => undefined);
    if (!isObject(doc)) continue;
    for (const e of lockEntries(doc.outs)) {
      out.push(datasetOf({ ...e, path: path.posix.join(path.posix.dirname(f), e.path) }));
    }
  }
  return out;
}

/**
 * One manifest for a DVC project folder. With `commit`, the folder is a snapshot of one commit of
 * a bulk history; a snapshot without any metrics is skipped (its metrics were DVC-cached outputs).
 */
export async function importDvcProject(
  dir: string,
  opts: ImportOptions & { commit?: CommitInfo; defaultName?: string; keepEmpty?: boolean },
): Promise<DvcProjectResult> {
  const { warn } = opts;
  const where = (f: string) => (opts.commit ? `${opts.commit.sha.slice(0, 7)}:${f}` : withDir(dir, f));
  const hasYaml = await exists(withDir(dir, 'dvc.yaml'));
  const dvcYaml = hasYaml ? parseDvcYaml(await readYaml(withDir(dir, 'dvc.yaml'))) : parseDvcYaml(undefined);
  const hasLock = await exists(withDir(dir, 'dvc.lock'));
  const lock = hasLock ? parseLock(await readYaml(withDir(dir, 'dvc.lock'))) : { stages: {} };
  const hasParams = await exists(withDir(dir, 'params.yaml'));
  if (!hasYaml && !hasLock && !hasParams && !opts.commit) {
    const any = await Promise.all(USUAL_METRICS.map((f) => exists(withDir(dir, f))));
    if (!any.some(Boolean)) return { skipped: msg.notDvc(dir) };
  }

  // params: params.yaml at the top; other files DVC names under their file name
  let params: Record<string, unknown> | undefined;
  const sourceText: string[] = [];
  if (hasParams) {
    const values = await readValuesFile(withDir(dir, 'params.yaml'), warn, where('params.yaml'));
    params = paramsOf(values, where('params.yaml'), warn);
    sourceText.push(await readText(withDir(dir, 'params.yaml')));
  }
  const otherParamFiles = [...new Set(Object.values(dvcYaml.stages).flatMap((s) => s.paramFiles))].filter(
    (f) => f !== 'params.yaml',
  );
  for (const f of otherParamFiles) {
    if (!(await exists(withDir(dir, f)))) {
      warn(msg.dvcParamsMissing(where(f)));
      continue;
    }
    const values = await readValuesFile(withDir(dir, f), warn, where(f));
    params = { ...params, [f]: paramsOf(values, where(f), warn) };
  }
  if (!params) {
    // no params file in the folder: the values dvc.lock resolved are the next best source
    const fromLock: Record<string, Record<string, unknown>> = {};
    for (const s of Object.values(lock.stages)) {
      for (const [f, kv] of Object.entries(s.params)) fromLock[f] = { ...fromLock[f], ...kv };
    }
    if (Object.keys(fromLock).length) {
      const tree: Record<string, unknown> = {};
      for (const [f, kv] of Object.entries(fromLock)) {
        const t = unflatten(kv);
        if (f === 'params.yaml') Object.assign(tree, t);
        else tree[f] = t;
      }
      params = cleanTree(tree, where('dvc.lock'), warn) as Record<string, unknown>;
      warn(msg.dvcParamsFromLock(where('dvc.lock')));
    }
  }

  // metrics: the files dvc.yaml lists, else the usual places
  const listed = [...new Set(dvcYaml.metrics)];
  const candidates = listed.length ? listed : USUAL_METRICS;
  const metrics: Record<string, MetricValue> = {};
  const found: string[] = [];
  const missing: string[] = [];
  for (const f of candidates) {
    if (!(await exists(withDir(dir, f)))) {
      if (listed.length) missing.push(f);
      continue;
    }
    found.push(f);
    const values = await readValuesFile(withDir(dir, f), warn, where(f));
    const { metrics: m, skipped } = metricsOf(values, where(f), warn);
    if (skipped.length) warn(msg.notNumbers(where(f), skipped));
    mergeInto(metrics, m, where(f), warn);
    await attachDvcLiveSeries(withDir(dir, f), f, metrics, warn);
    sourceText.push(f, await readText(withDir(dir, f)));
  }
  if (found.length === 0) {
    const reason = listed.length ? msg.dvcNoMetricsListed(listed) : msg.dvcNoMetricsUsual();
    if (opts.commit && !opts.keepEmpty) return { skipped: reason };
    warn(`${opts.commit ? opts.commit.sha.slice(0, 7) : dir}: ${reason}`);
  } else for (const f of missing) warn(msg.dvcMetricsMissing(where(f)));

  // datasets: dependencies no stage produces, other than code; artifacts: outputs no stage consumes
  const produced = new Set(Object.values(lock.stages).flatMap((s) => s.outs.map((o) => o.path)));
  const consumed = new Set(Object.values(lock.stages).flatMap((s) => s.deps.map((d) => d.path)));
  const datasets = new Map<string, DatasetRef>();
  for (const s of Object.values(lock.stages)) {
    for (const d of s.deps) {
      if (produced.has(d.path) || (CODE_FILE.test(d.path) && !URI.test(d.path)) || datasets.has(d.path)) continue;
      datasets.set(d.path, datasetOf(d));
    }
  }
  if (!opts.commit) for (const d of await readDvcFiles(dir)) if (!datasets.has(d.name)) datasets.set(d.name, d);
  const artifacts = new Map<string, Artifact>();
  for (const s of Object.values(lock.stages)) {
    for (const o of s.outs) {
      const named = dvcYaml.artifactKinds.has(o.path);
      if ((consumed.has(o.path) && !named) || artifacts.has(o.path) || found.includes(o.path)) continue;
      artifacts.set(o.path, artifactOf(o, dvcYaml.artifactKinds.get(o.path)));
    }
  }
  if (hasLock) sourceText.push(await readText(withDir(dir, 'dvc.lock')));

  const stageCmds = Object.entries(dvcYaml.stages).filter(([, s]) => s.cmd);
  const lockCmds = Object.entries(lock.stages).map(
    ([n, s]) => [n, Array.isArray(s.cmd) ? s.cmd.join(' && ') : s.cmd] as const,
  );
  const cmds = stageCmds.length ? stageCmds.map(([n, s]) => [n, s.cmd] as const) : lockCmds.filter(([, c]) => c);
  const c = opts.commit;
  const notesParts = [
    c?.subject ? `${c.subject}` : undefined,
    cmds.length ? `DVC stages (dvc repro):\n${cmds.map(([n, cmd]) => `  ${n}: ${cmd}`).join('\n')}` : undefined,
    c?.refs.length ? `refs: ${c.refs.join(', ')}` : undefined,
  ].filter(Boolean);

  let code: CodeVersion | undefined;
  if (c) {
    const heads = c.refs.filter((r) => r.startsWith('refs/heads/')).map((r) => r.slice('refs/heads/'.length));
    code = { commit: c.sha, ...(heads[0] ? { branch: heads[0] } : {}) };
  } else {
    // the folder's own repository only: a project copied inside another repository is not its code
    const git = await gitState(dir, process.env, () => {});
    const own = git.root !== undefined && (await realpath(git.root)) === (await realpath(dir));
    if (own || (await exists(withDir(dir, '.dvc')))) code = git.code;
  }
  const tags: Record<string, string> = { source: 'dvc' };
  if (c) {
    if (c.parents.length) tags['git.parents'] = c.parents.join(' ');
    if (c.refs.length) tags['git.refs'] = truncateList(c.refs, 1000);
  }
  const name = opts.name ?? opts.defaultName ?? path.basename(path.resolve(dir));
  const startedAt = c?.authorDate;
  const manifest: RunManifest = {
    schemaVersion: 1,
    run: {
      id: c ? `dvc-${c.sha}` : stableId('dvc', code?.commit ?? '', code?.diffDigest ?? '', ...sourceText),
      name,
      ...(startedAt ? { startedAt } : {}),
      ...(cmds.length ? { command: ['dvc', 'repro'] } : {}),
      tags,
      ...(notesParts.length ? { notes: notesParts.join('\n\n').slice(0, 10000) } : {}),
    },
    ...(code && Object.keys(code).length ? { code } : {}),
    ...(params ? { params: redactDeep(params) } : {}),
    ...(datasets.size ? { datasets: [...datasets.values()] } : {}),
    metrics,
    ...(artifacts.size ? { artifacts: [...artifacts.values()] } : {}),
  };
  const source = c ? `${dir} (commit ${c.sha})` : dir;
  return {
    run: {
      manifest: await checked(manifest, source, opts.warn),
      source,
      fileName: safeFileName(c ? `${c.authorDate ?? ''}-${c.sha.slice(0, 12)}` : name) + '.json',
    },
  };
}

function truncateList(items: string[], max: number): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const next = out ? `${out} ${items[i]}` : items[i]!;
    const rest = ` (+${items.length - i} more)`;
    if (next.length + rest.length > max && i < items.length - 1) return out + rest;
    out = next;
  }
  return out.slice(0, max);
}
