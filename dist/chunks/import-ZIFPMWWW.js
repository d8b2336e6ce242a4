import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  cleanTree,
  gitState,
  mergeInto,
  metricsOf,
  paramsOf,
  readValuesFile,
  redactArgv,
  redactDeep,
  redactText,
  repositoryFromUrl
} from "./chunk-YN5JHWKQ.js";
import {
  require_dist
} from "./chunk-XC46B5WS.js";
import {
  parseCommandArgs
} from "./chunk-63MMJX6R.js";
import {
  commandSummaries
} from "./chunk-Y2NQTQQF.js";
import {
  formatProblem,
  glob,
  parseJson,
  validateManifest
} from "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import {
  oneOfList,
  plural
} from "./chunk-SNOHGSQL.js";
import {
  __toESM
} from "./chunk-SN3NTARJ.js";

// src/commands/import.ts
import { mkdir, writeFile } from "node:fs/promises";
import path11 from "node:path";

// src/import/index.ts
import path10 from "node:path";

// src/messages/import.ts
var list = (xs, max = 8) => xs.slice(0, max).join(", ") + (xs.length > max ? ` and ${xs.length - max} more` : "");
var importMessages = {
  warning: (text) => `runledger import: warning: ${text}
`,
  wrote: (n, dir) => `runledger import: wrote ${plural(n, "manifest")} to ${dir}
`,
  skippedSummary: (n) => `runledger import: ${plural(n, "run")} skipped (see the warnings above)
`,
  badFormat: (format, formats) => `runledger import: ${format === void 0 ? "no format given" : `unknown format ${JSON.stringify(format)}`}; expected ${oneOfList(formats.map((f) => JSON.stringify(f)))}`,
  noPath: (format) => `runledger import ${format}: give the path to read, e.g. runledger import ${format} ./runs`,
  pathMissing: (p) => `runledger import: ${p}: no such file or directory`,
  needOut: (n) => `runledger import: found ${n} runs; give --out <dir> to write one manifest file per run (stdout holds exactly one)`,
  tooManyPaths: (extra) => `runledger import: one path at a time; unexpected ${extra.map((e) => JSON.stringify(e)).join(" ")}`,
  badName: (name) => `runledger import: --name must be 1 to 200 characters (the comparison key), got ${name.length}`,
  noRuns: (format, p) => `runledger import ${format}: no runs found in ${p}`,
  unreadable: (file, reason) => `runledger import: cannot read ${file}: ${reason}`,
  unparsable: (file, detail) => `runledger import: cannot parse ${file}: ${detail}`,
  nonFinite: (file, where) => `${file}#${where}: NaN or Infinity is not a number a manifest can hold; the value is left out, not replaced`,
  nonFiniteValue: (file, what) => `${file}: ${what} is NaN or Infinity; the value is left out, not replaced`,
  notNumbers: (file, keys) => `${file}: ${plural(keys.length, "value")} not read as metrics because they are not numbers: ${list(keys)}`,
  longMetricName: (source, name) => `${source}: metric name ${JSON.stringify(name.slice(0, 60) + "...")} is longer than 200 characters, the most a manifest allows; it is left out`,
  invalidOutput: (source, problems) => `the manifest imported from ${source} does not validate (a bug in runledger's importer):
${problems}`,
  // dvc
  notDvc: (dir) => `${dir} is not a DVC project: no dvc.yaml, dvc.lock, params.yaml or metrics file (eval/metrics.json, scores.json, ...)`,
  dvcParamsMissing: (file) => `${file} is named in dvc.yaml's params but is not in the folder; its params are left out`,
  dvcParamsFromLock: (file) => `${file}: no params.yaml in the folder; params are the values dvc.lock recorded`,
  dvcMetricsMissing: (file) => `${file} is listed as metrics in dvc.yaml but is not in the folder (DVC-cached outputs are not in git: run \`dvc pull\` first)`,
  dvcNoMetricsListed: (files) => `none of the metrics files dvc.yaml lists (${list(files)}) is in the folder, so there is nothing measured to record`,
  dvcNoMetricsUsual: () => "no metrics file found (dvc.yaml lists none, and none of eval/metrics.json, eval/live/metrics.json, dvclive/metrics.json, metrics.json, scores.json, evaluation.json exists)",
  historyBadCommit: (folder, detail) => `${folder}/COMMIT: ${detail}; this commit is skipped`,
  historySkipped: (sha, reason) => `commit ${sha.slice(0, 7)} skipped: ${reason} (--keep-empty writes it with no metrics)`,
  // hf-trainer
  hfNoHistory: (file) => `${file}: no log_history list; there are no step series to read`,
  hfNoStep: (file, i) => `${file}#/log_history/${i}: the entry has no step; it is left out of the series`,
  hfBestUnknown: (where) => `${where}: best_metric matches no single logged series at best_global_step; it is recorded as best_metric without a goal`,
  // lm-eval
  lmNoResults: (file) => `${file}: no "results" object; not an lm-evaluation-harness results file, skipped`,
  lmBadDate: (file, v) => `${file}: "date" is ${JSON.stringify(v)}, not Unix seconds; run.startedAt is left out`,
  lmBadSample: (file, line) => `${file}:${line}: not a JSON object; the sample is left out`,
  lmNotBinary: (file) => `${file}: the per-document scores are not all 0 or 1, so they are not pass/fail cases; the file is not read`,
  lmBadGitHash: (file, v) => `${file}: git_hash ${JSON.stringify(v)} is not a commit sha; code.commit is left out`,
  // mlflow
  mlflowBadCommit: (source, v) => `${source}: tag mlflow.source.git.commit ${JSON.stringify(v)} is not a commit sha; code.commit is left out`,
  mlflowBadStatus: (source, v) => `${source}: unknown run status ${JSON.stringify(v)} (expected 1-5 or RUNNING, SCHEDULED, FINISHED, FAILED, KILLED); run.status is left out`,
  mlflowBadLine: (file, line, text) => `${file}:${line}: ${JSON.stringify(text.slice(0, 80))} is not "timestamp value step"; the line is left out`,
  mlflowBadMeta: (file) => `${file}: not a run's meta.yaml; the folder is skipped`,
  mlflowDeleted: (source) => `${source}: the run is deleted (lifecycle_stage: deleted); skipped`,
  sqliteUnavailable: (detail) => `runledger import mlflow: reading an SQLite store (mlflow.db) needs the optional package better-sqlite3, which could not be loaded (${detail}); install it with \`npm i better-sqlite3\` or export the runs to a file store`,
  notMlflowDb: (file, detail) => `runledger import mlflow: ${file} is not an MLflow SQLite store (${detail}); expected the runs, experiments, metrics, params and tags tables`,
  // wandb
  wandbEmpty: (dir) => `${dir}: neither files/config.yaml nor files/wandb-summary.json; not a W&B run folder, skipped`,
  wandbNoSummary: (dir) => `${dir}: no files/wandb-summary.json (the run did not finish syncing?); it has no metrics`,
  wandbBinaryLog: (dir) => `${dir}: the step history is only in the binary .wandb log, which runledger does not read; metrics are the summary's final values`,
  wandbBadHistoryLine: (file, line) => `${file}:${line}: not a JSON object; the line is left out`
};

// src/import/common.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
async function exists(p) {
  return stat(p).then(
    () => true,
    () => false
  );
}
async function isDirectory(p) {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false
  );
}
async function readText(file) {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new UserError(importMessages.unreadable(file, e.code ?? e.message));
  }
}
async function readJson(file, warn) {
  const r = parseJson(await readText(file), file, { nonFinite: "missing", maxDepth: 256 });
  if (!r.ok) throw new UserError(importMessages.unparsable(file, r.problems.map(formatProblem).join("; ")));
  for (const p of r.missing) warn(importMessages.nonFinite(file, p));
  return r.value;
}
async function readYaml(file) {
  const text = await readText(file);
  try {
    return (0, import_yaml.parse)(text, { uniqueKeys: false });
  } catch (e) {
    throw new UserError(importMessages.unparsable(file, e.message.split("\n")[0] ?? ""));
  }
}
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var isFiniteNumber = (v) => typeof v === "number" && Number.isFinite(v);
function isoFromMillis(ms) {
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}
function isoFromSeconds(s) {
  return isoFromMillis(Math.round(s * 1e3));
}
function isoFromText(text) {
  const t = Date.parse(text);
  return Number.isNaN(t) ? void 0 : isoFromMillis(t);
}
function stableId(format, ...parts) {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return `${format}-${h.digest("hex").slice(0, 16)}`;
}
function safeFileName(s) {
  return s.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "").slice(0, 120) || "run";
}
var MAX_NAME = 200;
var MAX_TAG = 1e3;
async function checked(manifest, source, warn) {
  for (const k of Object.keys(manifest.metrics)) {
    if (k.length > MAX_NAME) {
      warn(importMessages.longMetricName(source, k));
      delete manifest.metrics[k];
    }
  }
  if (manifest.run.name.length > MAX_NAME) manifest.run.name = manifest.run.name.slice(0, MAX_NAME);
  for (const [k, v2] of Object.entries(manifest.run.tags ?? {}))
    if (v2.length > MAX_TAG) manifest.run.tags[k] = v2.slice(0, MAX_TAG);
  const v = await validateManifest(manifest, source);
  if (!v.ok) throw new Error(importMessages.invalidOutput(source, v.problems.map(formatProblem).join("\n")));
  return v.manifest;
}

// src/import/dvc.ts
import { realpath } from "node:fs/promises";
import path2 from "node:path";

// src/import/dvclive.ts
import path from "node:path";
async function attachDvcLiveSeries(metricsFile, shownAs, metrics, warn) {
  const plots = path.join(path.dirname(metricsFile), "plots", "metrics");
  const files = await glob(["**/*.tsv"], { cwd: plots }).catch(() => []);
  for (const rel of files.sort()) {
    const shown = path.posix.join(path.posix.dirname(shownAs), "plots/metrics", rel);
    const values = await readValuesFile(path.join(plots, rel), warn, shown);
    const column = path.posix.basename(rel, ".tsv");
    const found = metricsOf(values, shown, warn).metrics[column];
    if (found === void 0 || typeof found === "number" || !found.series) continue;
    const name = rel.replace(/\.tsv$/, "").split("/").join(".");
    const current = metrics[name];
    const value = current === void 0 ? found.value : typeof current === "number" ? current : current.value;
    metrics[name] = { value, series: found.series };
  }
}

// src/import/dvc-lock.ts
function lockEntries(v) {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).flatMap((e) => {
    if (typeof e.path !== "string") return [];
    const md5 = typeof e.md5 === "string" ? e.md5 : typeof e.checksum === "string" ? e.checksum : void 0;
    return [
      {
        path: e.path,
        ...md5 ? { md5 } : {},
        ...typeof e.size === "number" && Number.isSafeInteger(e.size) ? { size: e.size } : {},
        ...typeof e.nfiles === "number" ? { nfiles: e.nfiles } : {}
      }
    ];
  });
}
function parseLock(doc) {
  const stagesRaw = isObject(doc) && isObject(doc.stages) && "schema" in doc ? doc.stages : isObject(doc) ? doc : {};
  const stages = {};
  for (const [name, s] of Object.entries(stagesRaw)) {
    if (!isObject(s)) continue;
    const params = {};
    if (isObject(s.params)) {
      for (const [f, kv] of Object.entries(s.params)) if (isObject(kv)) params[f] = kv;
    }
    stages[name] = {
      ...typeof s.cmd === "string" || Array.isArray(s.cmd) ? { cmd: s.cmd } : {},
      deps: lockEntries(s.deps),
      outs: lockEntries(s.outs),
      params
    };
  }
  return { stages };
}
function md5Digest(md5) {
  if (!md5) return { dir: false };
  const m = /^([0-9a-f]{32})(\.dir)?$/.exec(md5);
  return m ? { digest: `md5:${m[1]}`, dir: Boolean(m[2]) } : { dir: false };
}
var URI = /^[a-z][a-z0-9+.-]*:\/\//i;
function datasetOf(e) {
  const { digest, dir } = md5Digest(e.md5);
  return {
    name: e.path,
    // a trailing slash marks a directory: its md5 is DVC's digest of the directory listing (.dir)
    uri: dir && !e.path.endsWith("/") ? `${e.path}/` : e.path,
    ...digest ? { digest } : {},
    ...e.size !== void 0 ? { bytes: e.size } : {}
  };
}
function artifactOf(e, kind) {
  const { digest, dir } = md5Digest(e.md5);
  return {
    name: e.path,
    ...kind ? { kind } : {},
    uri: dir && !e.path.endsWith("/") ? `${e.path}/` : e.path,
    ...digest ? { digest } : {},
    ...e.size !== void 0 ? { bytes: e.size } : {}
  };
}

// src/import/dvc-yaml.ts
function outPaths(v) {
  if (!Array.isArray(v)) return [];
  return v.flatMap((e) => typeof e === "string" ? [e] : isObject(e) ? Object.keys(e) : []);
}
function parseDvcYaml(doc) {
  const out = { stages: {}, metrics: [], artifactKinds: /* @__PURE__ */ new Map() };
  if (!isObject(doc)) return out;
  out.metrics.push(...outPaths(doc.metrics));
  if (isObject(doc.stages)) {
    for (const [name, s] of Object.entries(doc.stages)) {
      if (!isObject(s)) continue;
      const cmd = Array.isArray(s.cmd) ? s.cmd.join(" && ") : typeof s.cmd === "string" ? s.cmd : void 0;
      const paramFiles = Array.isArray(s.params) ? s.params.filter(isObject).flatMap((p) => Object.keys(p)) : [];
      out.stages[name] = { ...cmd ? { cmd } : {}, paramFiles };
      out.metrics.push(...outPaths(s.metrics), ...outPaths(s.metrics_no_cache));
    }
  }
  if (isObject(doc.artifacts)) {
    for (const a of Object.values(doc.artifacts)) {
      if (isObject(a) && typeof a.path === "string" && typeof a.type === "string")
        out.artifactKinds.set(a.path, a.type);
    }
  }
  return out;
}
function unflatten(kv) {
  const out = {};
  for (const [key, v] of Object.entries(kv)) {
    const parts = key.split(".");
    let node = out;
    parts.slice(0, -1).forEach((p) => {
      if (!isObject(node[p])) node[p] = {};
      node = node[p];
    });
    node[parts[parts.length - 1]] = v;
  }
  return out;
}

// src/import/dvc.ts
var USUAL_METRICS = [
  "eval/metrics.json",
  "eval/live/metrics.json",
  "dvclive/metrics.json",
  "metrics.json",
  "scores.json",
  "evaluation.json",
  "evaluation/metrics.json"
];
var CODE_FILE = /\.(py|ipynb|r|sh|bash|js|mjs|ts|jl|scala|java|go|rs|c|cc|cpp|h|m|rb|pl|lua|kt)$/i;
var withDir = (dir, f) => path2.join(dir, f);
async function readDvcFiles(dir) {
  const files = await glob(["**/*.dvc"], { cwd: dir, deep: 4, ignore: ["**/.dvc/**", "**/node_modules/**"] });
  const out = [];
  for (const f of files.sort()) {
    const doc = await readYaml(withDir(dir, f)).catch(() => void 0);
    if (!isObject(doc)) continue;
    for (const e of lockEntries(doc.outs)) {
      out.push(datasetOf({ ...e, path: path2.posix.join(path2.posix.dirname(f), e.path) }));
    }
  }
  return out;
}
async function importDvcProject(dir, opts) {
  const { warn } = opts;
  const where = (f) => opts.commit ? `${opts.commit.sha.slice(0, 7)}:${f}` : withDir(dir, f);
  const hasYaml = await exists(withDir(dir, "dvc.yaml"));
  const dvcYaml = hasYaml ? parseDvcYaml(await readYaml(withDir(dir, "dvc.yaml"))) : parseDvcYaml(void 0);
  const hasLock = await exists(withDir(dir, "dvc.lock"));
  const lock = hasLock ? parseLock(await readYaml(withDir(dir, "dvc.lock"))) : { stages: {} };
  const hasParams = await exists(withDir(dir, "params.yaml"));
  if (!hasYaml && !hasLock && !hasParams && !opts.commit) {
    const any = await Promise.all(USUAL_METRICS.map((f) => exists(withDir(dir, f))));
    if (!any.some(Boolean)) return { skipped: importMessages.notDvc(dir) };
  }
  let params;
  const sourceText = [];
  if (hasParams) {
    const values = await readValuesFile(withDir(dir, "params.yaml"), warn, where("params.yaml"));
    params = paramsOf(values, where("params.yaml"), warn);
    sourceText.push(await readText(withDir(dir, "params.yaml")));
  }
  const otherParamFiles = [...new Set(Object.values(dvcYaml.stages).flatMap((s) => s.paramFiles))].filter(
    (f) => f !== "params.yaml"
  );
  for (const f of otherParamFiles) {
    if (!await exists(withDir(dir, f))) {
      warn(importMessages.dvcParamsMissing(where(f)));
      continue;
    }
    const values = await readValuesFile(withDir(dir, f), warn, where(f));
    params = { ...params, [f]: paramsOf(values, where(f), warn) };
  }
  if (!params) {
    const fromLock = {};
    for (const s of Object.values(lock.stages)) {
      for (const [f, kv] of Object.entries(s.params)) fromLock[f] = { ...fromLock[f], ...kv };
    }
    if (Object.keys(fromLock).length) {
      const tree = {};
      for (const [f, kv] of Object.entries(fromLock)) {
        const t = unflatten(kv);
        if (f === "params.yaml") Object.assign(tree, t);
        else tree[f] = t;
      }
      params = cleanTree(tree, where("dvc.lock"), warn);
      warn(importMessages.dvcParamsFromLock(where("dvc.lock")));
    }
  }
  const listed = [...new Set(dvcYaml.metrics)];
  const candidates = listed.length ? listed : USUAL_METRICS;
  const metrics = {};
  const found = [];
  const missing = [];
  for (const f of candidates) {
    if (!await exists(withDir(dir, f))) {
      if (listed.length) missing.push(f);
      continue;
    }
    found.push(f);
    const values = await readValuesFile(withDir(dir, f), warn, where(f));
    const { metrics: m, skipped } = metricsOf(values, where(f), warn);
    if (skipped.length) warn(importMessages.notNumbers(where(f), skipped));
    mergeInto(metrics, m, where(f), warn);
    await attachDvcLiveSeries(withDir(dir, f), f, metrics, warn);
    sourceText.push(f, await readText(withDir(dir, f)));
  }
  if (found.length === 0) {
    const reason = listed.length ? importMessages.dvcNoMetricsListed(listed) : importMessages.dvcNoMetricsUsual();
    if (opts.commit && !opts.keepEmpty) return { skipped: reason };
    warn(`${opts.commit ? opts.commit.sha.slice(0, 7) : dir}: ${reason}`);
  } else for (const f of missing) warn(importMessages.dvcMetricsMissing(where(f)));
  const produced = new Set(Object.values(lock.stages).flatMap((s) => s.outs.map((o) => o.path)));
  const consumed = new Set(Object.values(lock.stages).flatMap((s) => s.deps.map((d) => d.path)));
  const datasets = /* @__PURE__ */ new Map();
  for (const s of Object.values(lock.stages)) {
    for (const d of s.deps) {
      if (produced.has(d.path) || CODE_FILE.test(d.path) && !URI.test(d.path) || datasets.has(d.path)) continue;
      datasets.set(d.path, datasetOf(d));
    }
  }
  if (!opts.commit) {
    for (const d of await readDvcFiles(dir)) if (!datasets.has(d.name)) datasets.set(d.name, d);
  }
  const artifacts = /* @__PURE__ */ new Map();
  for (const s of Object.values(lock.stages)) {
    for (const o of s.outs) {
      const named = dvcYaml.artifactKinds.has(o.path);
      if (consumed.has(o.path) && !named || artifacts.has(o.path) || found.includes(o.path)) continue;
      artifacts.set(o.path, artifactOf(o, dvcYaml.artifactKinds.get(o.path)));
    }
  }
  if (hasLock) sourceText.push(await readText(withDir(dir, "dvc.lock")));
  const stageCmds = Object.entries(dvcYaml.stages).filter(([, s]) => s.cmd);
  const lockCmds = Object.entries(lock.stages).map(
    ([n, s]) => [n, Array.isArray(s.cmd) ? s.cmd.join(" && ") : s.cmd]
  );
  const cmds = stageCmds.length ? stageCmds.map(([n, s]) => [n, s.cmd]) : lockCmds.filter(([, c2]) => c2);
  const c = opts.commit;
  const notesParts = [
    c?.subject ? `${c.subject}` : void 0,
    cmds.length ? `DVC stages (dvc repro):
${cmds.map(([n, cmd]) => `  ${n}: ${cmd}`).join("\n")}` : void 0,
    c?.refs.length ? `refs: ${c.refs.join(", ")}` : void 0
  ].filter(Boolean);
  let code;
  if (c) {
    const heads = c.refs.filter((r) => r.startsWith("refs/heads/")).map((r) => r.slice("refs/heads/".length));
    code = { commit: c.sha, ...heads[0] ? { branch: heads[0] } : {} };
  } else {
    const git = await gitState(dir, process.env, () => {
    });
    const own = git.root !== void 0 && await realpath(git.root) === await realpath(dir);
    if (own || await exists(withDir(dir, ".dvc"))) code = git.code;
  }
  const tags = { source: "dvc" };
  if (c) {
    if (c.parents.length) tags["git.parents"] = c.parents.join(" ");
    if (c.refs.length) tags["git.refs"] = truncateList(c.refs, 1e3);
  }
  const name = opts.name ?? opts.defaultName ?? path2.basename(path2.resolve(dir));
  const startedAt = c?.authorDate;
  const manifest = {
    schemaVersion: 1,
    run: {
      id: c ? `dvc-${c.sha}` : stableId("dvc", code?.commit ?? "", code?.diffDigest ?? "", ...sourceText),
      name,
      ...startedAt ? { startedAt } : {},
      ...cmds.length ? { command: ["dvc", "repro"] } : {},
      tags,
      ...notesParts.length ? { notes: notesParts.join("\n\n").slice(0, 1e4) } : {}
    },
    ...code && Object.keys(code).length ? { code } : {},
    ...params ? { params: redactDeep(params) } : {},
    ...datasets.size ? { datasets: [...datasets.values()] } : {},
    metrics,
    ...artifacts.size ? { artifacts: [...artifacts.values()] } : {}
  };
  const source = c ? `${dir} (commit ${c.sha})` : dir;
  return {
    run: {
      manifest: await checked(manifest, source, opts.warn),
      source,
      fileName: safeFileName(c ? `${c.authorDate ?? ""}-${c.sha.slice(0, 12)}` : name) + ".json"
    }
  };
}
function truncateList(items, max) {
  let out = "";
  for (let i = 0; i < items.length; i++) {
    const next = out ? `${out} ${items[i]}` : items[i];
    const rest = ` (+${items.length - i} more)`;
    if (next.length + rest.length > max && i < items.length - 1) return out + rest;
    out = next;
  }
  return out.slice(0, max);
}

// src/import/dvc-history.ts
import { readdir } from "node:fs/promises";
import path3 from "node:path";
async function isDvcHistory(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (e.isDirectory() && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(e.name) && await exists(path3.join(dir, e.name, "COMMIT")))
      return true;
  }
  return false;
}
function parseCommitFile(text, folder) {
  const lines = text.split(/\r?\n/);
  const sha = lines[0]?.trim() ?? "";
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return importMessages.historyBadCommit(folder, "line 1 is not a commit sha");
  const parents = (lines[1] ?? "").trim().split(/\s+/).filter(Boolean);
  if (parents.some((p) => !/^[0-9a-f]{7,64}$/.test(p)))
    return importMessages.historyBadCommit(folder, "line 2 is not a list of parent shas");
  const authorDate = lines[2]?.trim() ? isoFromText(lines[2].trim()) : void 0;
  if (lines[2]?.trim() && !authorDate)
    return importMessages.historyBadCommit(folder, `line 3 ${JSON.stringify(lines[2])} is not a date`);
  const subject = lines.slice(3).join("\n").trim();
  return { sha, parents, ...authorDate ? { authorDate } : {}, ...subject ? { subject } : {}, refs: [] };
}
async function importDvcHistoryRuns(dir, opts) {
  const warnings = [];
  const warn = (w) => {
    warnings.push(w);
    opts.warn?.(w);
  };
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const commits = [];
  const skipped = [];
  for (const folder of entries.sort()) {
    const file = path3.join(dir, folder, "COMMIT");
    if (!await exists(file)) continue;
    const info = parseCommitFile(await readText(file), folder);
    if (typeof info === "string") {
      skipped.push({ commit: folder, reason: info });
      warn(info);
      continue;
    }
    const refsFile = path3.join(dir, folder, "REFS");
    if (await exists(refsFile))
      info.refs = (await readText(refsFile)).split(/\r?\n/).map((r) => r.trim()).filter(Boolean);
    commits.push({ folder, info });
  }
  commits.sort(
    (a, b) => (a.info.authorDate ?? "").localeCompare(b.info.authorDate ?? "") || a.info.sha.localeCompare(b.info.sha)
  );
  const defaultName = path3.basename(path3.resolve(dir)).replace(/-history$/, "");
  const runs = [];
  for (const { folder, info } of commits) {
    const r = await importDvcProject(path3.join(dir, folder), {
      warn,
      commit: info,
      defaultName,
      ...opts.keepEmpty ? { keepEmpty: true } : {},
      ...opts.name ? { name: opts.name } : {}
    });
    if (r.run) runs.push({ ...r.run, commit: info });
    else {
      const reason = r.skipped ?? "no manifest";
      skipped.push({ commit: info.sha, reason });
      warn(importMessages.historySkipped(info.sha, reason));
    }
  }
  return { runs, warnings, skipped };
}

// src/import/hf-trainer.ts
import { readdir as readdir2 } from "node:fs/promises";
import path4 from "node:path";
var NOT_METRICS = /* @__PURE__ */ new Set(["step", "epoch"]);
var STATE_PARAMS = [
  "train_batch_size",
  "num_train_epochs",
  "max_steps",
  "logging_steps",
  "eval_steps",
  "save_steps",
  "is_hyper_param_search",
  "trial_name",
  "trial_params"
];
async function findState(dir) {
  const direct = path4.join(dir, "trainer_state.json");
  if (await exists(direct)) return direct;
  const checkpoints = (await readdir2(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && /^checkpoint-\d+$/.test(e.name)).map((e) => e.name).sort((a, b) => Number(a.slice(11)) - Number(b.slice(11)));
  for (const c of checkpoints.reverse()) {
    const f = path4.join(dir, c, "trainer_state.json");
    if (await exists(f)) return f;
  }
  return void 0;
}
async function importHfTrainer(p, opts) {
  const { warn } = opts;
  const isFile = p.endsWith(".json");
  const dir = isFile ? path4.dirname(p) : p;
  const stateFile = isFile && path4.basename(p) === "trainer_state.json" ? p : await findState(dir);
  const resultFiles = (await readdir2(dir).catch(() => [])).filter((f) => /_results\.json$/.test(f)).sort();
  if (!stateFile && resultFiles.length === 0) return [];
  const sourceText = [];
  const metrics = {};
  const params = {};
  let bestStep;
  let bestMetric;
  if (stateFile) {
    const state = await readJson(stateFile, warn);
    sourceText.push(await readText(stateFile));
    if (!isObject(state)) throw new UserError(importMessages.unparsable(stateFile, "expected a JSON object"));
    const history = Array.isArray(state.log_history) ? state.log_history : [];
    if (!Array.isArray(state.log_history)) warn(importMessages.hfNoHistory(stateFile));
    const series = /* @__PURE__ */ new Map();
    history.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const step = isFiniteNumber(entry.step) ? entry.step : void 0;
      if (step === void 0) {
        warn(importMessages.hfNoStep(stateFile, i));
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
      metrics[k] = { value: points[points.length - 1].value, series: points };
    }
    for (const k of STATE_PARAMS) if (k in state && state[k] !== null) params[k] = state[k];
    if (isFiniteNumber(state.best_metric)) bestMetric = state.best_metric;
    if (isFiniteNumber(state.best_global_step)) bestStep = state.best_global_step;
    else if (typeof state.best_model_checkpoint === "string") {
      const m = /checkpoint-(\d+)\/?$/.exec(state.best_model_checkpoint);
      if (m) bestStep = Number(m[1]);
    }
    if (isFiniteNumber(state.global_step)) params.global_step = state.global_step;
  }
  for (const f of resultFiles) {
    const file = path4.join(dir, f);
    const doc = await readJson(file, warn);
    sourceText.push(await readText(file));
    if (!isObject(doc)) continue;
    for (const [k, v] of Object.entries(doc)) {
      if (isFiniteNumber(v)) metrics[k] = { ...metrics[k], value: v };
    }
  }
  if (bestMetric !== void 0) {
    const matches = Object.entries(metrics).filter(
      ([, m]) => m.series?.some((pt) => pt.value === bestMetric && (bestStep === void 0 || pt.step === bestStep))
    );
    if (matches.length === 1) {
      const [name2, m] = matches[0];
      const values = m.series.map((pt) => pt.value);
      const isMin = bestMetric === Math.min(...values);
      const isMax = bestMetric === Math.max(...values);
      if (isMin !== isMax) {
        m.goal = isMin ? "minimize" : "maximize";
        metrics.best_metric = { value: bestMetric, goal: m.goal };
      } else metrics.best_metric = { value: bestMetric };
      params.metric_for_best_model = name2;
    } else {
      metrics.best_metric = { value: bestMetric };
      warn(importMessages.hfBestUnknown(stateFile ?? dir));
    }
    if (bestStep !== void 0) params.best_global_step = bestStep;
  }
  const out = {};
  for (const [k, m] of Object.entries(metrics)) out[k] = m.series || m.goal ? m : m.value;
  const name = opts.name ?? path4.basename(path4.resolve(dir));
  const manifest = {
    schemaVersion: 1,
    run: { id: stableId("hf-trainer", ...sourceText), name, tags: { source: "hf-trainer" } },
    ...Object.keys(params).length ? { params } : {},
    metrics: out
  };
  return [{ manifest: await checked(manifest, dir, opts.warn), source: dir, fileName: `${safeFileName(name)}.json` }];
}

// src/import/lm-eval.ts
import path6 from "node:path";

// src/import/lm-eval-samples.ts
import { readdir as readdir3 } from "node:fs/promises";
import path5 from "node:path";
async function samplesCases(resultsFile, warn) {
  const date = /^results_(.+)\.json$/.exec(path5.basename(resultsFile))?.[1];
  if (!date) return [];
  const dir = path5.dirname(resultsFile);
  const files = (await readdir3(dir)).filter((f) => f.startsWith("samples_") && f.endsWith(`_${date}.jsonl`)).sort();
  const cases = [];
  for (const f of files) {
    const task = f.slice("samples_".length, -`_${date}.jsonl`.length);
    const file = path5.join(dir, f);
    const taskCases = [];
    let binary = true;
    for (const [i, line] of (await readText(file)).split(/\r?\n/).entries()) {
      if (!line.trim()) continue;
      const parsed = parseJson(line, `${file}:${i + 1}`, { nonFinite: "missing" });
      if (!parsed.ok || !isObject(parsed.value)) {
        warn(importMessages.lmBadSample(file, i + 1));
        continue;
      }
      const s = parsed.value;
      const names = Array.isArray(s.metrics) ? s.metrics.filter((m) => typeof m === "string") : [];
      const primary = names[0] ?? ["acc", "exact_match"].find((m) => m in s);
      const score = primary === void 0 ? void 0 : s[primary];
      if (!isFiniteNumber(score) || s.doc_id === void 0) continue;
      if (score !== 0 && score !== 1) binary = false;
      const filter = typeof s.filter === "string" && s.filter !== "none" ? `,${s.filter}` : "";
      const metrics = {};
      for (const n of names) if (isFiniteNumber(s[n])) metrics[n] = s[n];
      taskCases.push({
        id: `${task}/${String(s.doc_id)}${filter}`,
        outcome: score === 1 ? "pass" : "fail",
        score,
        ...Object.keys(metrics).length > 1 ? { metrics } : {}
      });
    }
    if (!binary) warn(importMessages.lmNotBinary(file));
    else cases.push(...taskCases);
  }
  return cases;
}

// src/import/lm-eval.ts
var CONFIG_PARAMS = [
  "model",
  "model_args",
  "model_revision",
  "model_sha",
  "model_dtype",
  "batch_size",
  "device",
  "limit",
  "bootstrap_iters",
  "gen_kwargs",
  "random_seed",
  "numpy_seed",
  "torch_seed",
  "fewshot_seed"
];
function parseEnvInfo(text) {
  const line = (label) => new RegExp(`^${label}:\\s*(.+)$`, "m").exec(text)?.[1]?.trim();
  const env = {};
  const py = line("Python version");
  const pyVersion = py && /^(\d+\.\d+\.\d+)/.exec(py)?.[1];
  if (pyVersion) env.python = pyVersion;
  const platform = line("Python platform") ?? "";
  if (/^Linux/i.test(platform)) env.os = "linux";
  else if (/^(macOS|Darwin)/i.test(platform)) env.os = "darwin";
  else if (/^Windows/i.test(platform)) env.os = "windows";
  const arch = /(x86_64|aarch64|arm64|AMD64)/.exec(platform)?.[1];
  if (arch) env.arch = arch === "aarch64" ? "arm64" : arch === "AMD64" ? "x86_64" : arch;
  const torch = line("PyTorch version");
  const packages = {};
  if (torch && torch !== "N/A") packages.torch = torch;
  for (const m of text.matchAll(/^\[(?:pip3?|conda)\]\s+([A-Za-z0-9._-]+)(?:==|\s+)(\S+)/gm)) {
    packages[m[1].toLowerCase()] ??= m[2];
  }
  if (Object.keys(packages).length) env.packages = packages;
  const gpus = [...text.matchAll(/^GPU \d+: (.+)$/gm)].map((m) => m[1].trim());
  const driver = line("Nvidia driver version");
  const cuda = line("CUDA used to build PyTorch");
  const cpu = line("Model name");
  const cpus = Number(line("CPU\\(s\\)"));
  const hw = {
    ...cpu ? { cpu } : {},
    ...Number.isSafeInteger(cpus) && cpus > 0 ? { cpus } : {},
    ...gpus.length ? { gpus: gpus.map((name) => ({ name, ...driver && driver !== "N/A" ? { driver } : {} })) } : {},
    ...cuda && cuda !== "N/A" && cuda !== "None" ? { cuda } : {}
  };
  if (Object.keys(hw).length) env.hardware = hw;
  return env;
}
function modelName(doc, config) {
  const args = typeof config.model_args === "string" ? config.model_args : "";
  const pretrained = /(?:^|,)\s*pretrained=([^,]+)/.exec(args)?.[1];
  const raw = pretrained ?? (typeof doc.model_name === "string" ? doc.model_name : void 0);
  if (!raw) return typeof config.model === "string" ? config.model : void 0;
  return raw.startsWith("/") || raw.startsWith(".") ? path6.basename(raw) : raw;
}
async function importOne(file, opts) {
  const { warn } = opts;
  const doc = await readJson(file, warn);
  if (!isObject(doc) || !isObject(doc.results)) {
    warn(importMessages.lmNoResults(file));
    return void 0;
  }
  const higher = isObject(doc.higher_is_better) ? doc.higher_is_better : {};
  const metrics = {};
  const sections = [doc.results, isObject(doc.groups) ? doc.groups : {}];
  for (const section of sections) {
    for (const [task, values] of Object.entries(section)) {
      if (!isObject(values)) continue;
      const goals = isObject(higher[task]) ? higher[task] : {};
      for (const [key, v] of Object.entries(values)) {
        if (key === "alias" || key === "samples" || /_stderr(,|$)/.test(key)) continue;
        const [metric, filter] = key.split(",", 2);
        if (!isFiniteNumber(v)) {
          if (typeof v === "number" || v === null) warn(importMessages.nonFiniteValue(file, `results.${task}["${key}"]`));
          continue;
        }
        const name2 = `${task}/${key}`;
        if (name2 in metrics) continue;
        const m = { value: v };
        const g = goals[metric];
        if (g === true) m.goal = "maximize";
        else if (g === false) m.goal = "minimize";
        const se = values[filter === void 0 ? `${metric}_stderr` : `${metric}_stderr,${filter}`];
        if (isFiniteNumber(se) && se >= 0) m.stderr = se;
        metrics[name2] = m;
      }
    }
  }
  const config = isObject(doc.config) ? doc.config : {};
  const params = {};
  for (const k of CONFIG_PARAMS) {
    const v = config[k];
    if (v !== void 0 && v !== null) params[k] = typeof v === "string" ? redactText(v) : v;
  }
  if (isObject(doc["n-shot"])) params["n-shot"] = doc["n-shot"];
  if (isObject(doc.versions)) params.task_versions = doc.versions;
  if (typeof doc.transformers_version === "string") params.transformers_version = doc.transformers_version;
  const datasets = [];
  const configs = isObject(doc.configs) ? doc.configs : {};
  const samples = isObject(doc["n-samples"]) ? doc["n-samples"] : {};
  for (const [task, c] of Object.entries(configs)) {
    if (!isObject(c) || typeof c.dataset_path !== "string") continue;
    const n = isObject(samples[task]) ? samples[task].effective : void 0;
    datasets.push({
      name: task,
      uri: c.dataset_path.includes("://") ? c.dataset_path : `hf://datasets/${c.dataset_path}`,
      ...typeof c.dataset_name === "string" ? { version: c.dataset_name } : {},
      ...typeof c.test_split === "string" ? { split: c.test_split } : {},
      ...Number.isSafeInteger(n) && n >= 0 ? { records: n } : {}
    });
  }
  let startedAt;
  let endedAt;
  if (isFiniteNumber(doc.date)) {
    startedAt = isoFromSeconds(doc.date);
    const total = Number(doc.total_evaluation_time_seconds);
    if (Number.isFinite(total) && total >= 0) endedAt = isoFromSeconds(doc.date + total);
  } else if (doc.date !== void 0) warn(importMessages.lmBadDate(file, doc.date));
  const gitHash = typeof doc.git_hash === "string" ? doc.git_hash.trim() : "";
  const code = /^[0-9a-f]{7,64}$/.test(gitHash) ? { commit: gitHash } : void 0;
  if (gitHash && !code) warn(importMessages.lmBadGitHash(file, gitHash));
  const environment = typeof doc.pretty_env_info === "string" ? parseEnvInfo(doc.pretty_env_info) : void 0;
  if (environment && typeof doc.transformers_version === "string")
    environment.packages = { ...environment.packages, transformers: doc.transformers_version };
  const model = modelName(doc, config);
  const name = opts.name ?? `lm-eval/${model ?? path6.basename(path6.dirname(file))}`;
  const seed = config.random_seed;
  const manifest = {
    schemaVersion: 1,
    run: {
      id: stableId("lm-eval", await readText(file)),
      name,
      ...Number.isSafeInteger(seed) ? { seed } : {},
      ...startedAt ? { startedAt } : {},
      ...endedAt ? { endedAt } : {},
      tags: { source: "lm-eval" }
    },
    ...code ? { code } : {},
    params,
    ...datasets.length ? { datasets } : {},
    ...environment && Object.keys(environment).length ? { environment } : {},
    metrics
  };
  const cases = await samplesCases(file, warn);
  if (cases.length) manifest.cases = cases;
  const base = path6.basename(file, ".json");
  return {
    manifest: await checked(manifest, file, opts.warn),
    source: file,
    fileName: `${safeFileName(`${name}-${base}`)}.json`
  };
}
async function importLmEval(p, opts, isDir) {
  const files = isDir ? (await glob(["**/results*.json"], { cwd: p, deep: 6, absolute: true })).sort() : [p];
  const out = [];
  for (const f of files) {
    const r = await importOne(f, opts);
    if (r) out.push(r);
  }
  return out;
}

// src/import/mlflow-files.ts
import { readdir as readdir4 } from "node:fs/promises";
import path7 from "node:path";

// src/import/mlflow-common.ts
var STATUS = {
  "1": "running",
  "2": "running",
  "3": "succeeded",
  "4": "failed",
  "5": "killed",
  RUNNING: "running",
  SCHEDULED: "running",
  FINISHED: "succeeded",
  FAILED: "failed",
  KILLED: "killed"
};
function mlflowStatus(v) {
  return v === void 0 || v === null ? void 0 : STATUS[String(v).trim().toUpperCase()];
}
var PERSONAL_TAGS = /* @__PURE__ */ new Set(["mlflow.user", "mlflow.source.name", "mlflow.databricks.notebookPath"]);
var MAX_DOUBLE = 17976931348623157e292;
function keepPoint(value, isNan, source, key, warn) {
  if (isNan || !Number.isFinite(value) || Math.abs(value) === MAX_DOUBLE) {
    warn(importMessages.nonFiniteValue(source, `metric ${JSON.stringify(key)}`));
    return false;
  }
  return true;
}
async function mlflowManifest(run2, opts) {
  const metrics = {};
  for (const [key, points] of run2.metrics) {
    if (points.length === 0) continue;
    const sorted = [...points].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
    const last = sorted[sorted.length - 1];
    metrics[key] = sorted.length === 1 ? last.value : {
      value: last.value,
      series: sorted.map((p) => ({ step: p.step, value: p.value, timestamp: isoFromMillis(p.timestamp) }))
    };
  }
  const t = run2.tags;
  const code = {};
  const commit = t["mlflow.source.git.commit"]?.trim();
  if (commit && /^[0-9a-f]{7,64}$/.test(commit)) code.commit = commit;
  else if (commit) opts.warn(importMessages.mlflowBadCommit(run2.source, commit));
  const repo = t["mlflow.source.git.repoURL"] ?? t["mlflow.gitRepoURL"];
  if (repo) code.repository = repositoryFromUrl(repo);
  if (t["mlflow.source.git.branch"]) code.branch = t["mlflow.source.git.branch"];
  const userTags = { source: "mlflow", "mlflow.runId": run2.runId };
  for (const [k, v] of Object.entries(t)) {
    if (k.startsWith("mlflow.") || PERSONAL_TAGS.has(k)) continue;
    userTags[k] = redactText(v).slice(0, 1e3);
  }
  const status = mlflowStatus(run2.status);
  if (run2.status !== void 0 && run2.status !== null && !status)
    opts.warn(importMessages.mlflowBadStatus(run2.source, run2.status));
  const name = opts.name ?? run2.runName ?? t["mlflow.runName"] ?? run2.runId;
  const notes = t["mlflow.note.content"];
  const manifest = {
    schemaVersion: 1,
    run: {
      id: `mlflow-${run2.runId}`,
      name,
      ...run2.experimentName ? { group: run2.experimentName } : {},
      ...status ? { status } : {},
      ...run2.startTime ? { startedAt: isoFromMillis(run2.startTime) } : {},
      ...run2.endTime ? { endedAt: isoFromMillis(run2.endTime) } : {},
      tags: userTags,
      ...notes ? { notes: redactText(notes).slice(0, 1e4) } : {}
    },
    ...Object.keys(code).length ? { code } : {},
    ...Object.keys(run2.params).length ? { params: redactDeep(run2.params) } : {},
    ...run2.datasets?.length ? { datasets: run2.datasets } : {},
    metrics
  };
  return {
    manifest: await checked(manifest, run2.source, opts.warn),
    source: run2.source,
    fileName: `${safeFileName(`${run2.experimentName ?? run2.experimentId}-${name}-${run2.runId.slice(0, 8)}`)}.json`
  };
}

// src/import/mlflow-files.ts
async function filesUnder(dir) {
  const out = [];
  const walk = async (d, rel) => {
    for (const e of await readdir4(d, { withFileTypes: true }).catch(() => [])) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path7.join(d, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  await walk(dir, "");
  return out.sort();
}
function parseMetricLines(text, source, key, warn) {
  const points = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [ts, val, step] = line.trim().split(/\s+/);
    const timestamp = Number(ts);
    const value = Number(val);
    if (!Number.isFinite(timestamp) || val === void 0 || Number.isNaN(value) && !/^nan$/i.test(val)) {
      warn(importMessages.mlflowBadLine(source, i + 1, line));
      return;
    }
    if (!keepPoint(value, false, `${source}:${i + 1}`, key, warn)) return;
    points.push({ timestamp, value, step: step === void 0 ? 0 : Number(step) || 0 });
  });
  return points;
}
async function readKeyValues(dir) {
  const out = {};
  for (const rel of await filesUnder(dir)) out[rel] = (await readText(path7.join(dir, rel))).replace(/\r?\n$/, "");
  return out;
}
async function readRun(runDir, experimentName2, opts) {
  const meta = await readYaml(path7.join(runDir, "meta.yaml"));
  if (!isObject(meta)) {
    opts.warn(importMessages.mlflowBadMeta(path7.join(runDir, "meta.yaml")));
    return void 0;
  }
  if (meta.lifecycle_stage === "deleted") {
    opts.warn(importMessages.mlflowDeleted(runDir));
    return void 0;
  }
  const metrics = /* @__PURE__ */ new Map();
  const metricsDir = path7.join(runDir, "metrics");
  for (const key of await filesUnder(metricsDir)) {
    const source = path7.join(metricsDir, key);
    metrics.set(key, parseMetricLines(await readText(source), source, key, opts.warn));
  }
  const runId = String(meta.run_id ?? meta.run_uuid ?? path7.basename(runDir));
  return {
    runId,
    ...typeof meta.run_name === "string" && meta.run_name ? { runName: meta.run_name } : {},
    experimentId: String(meta.experiment_id ?? path7.basename(path7.dirname(runDir))),
    ...experimentName2 ? { experimentName: experimentName2 } : {},
    status: meta.status,
    ...typeof meta.start_time === "number" ? { startTime: meta.start_time } : {},
    ...typeof meta.end_time === "number" ? { endTime: meta.end_time } : {},
    metrics,
    params: await readKeyValues(path7.join(runDir, "params")),
    tags: await readKeyValues(path7.join(runDir, "tags")),
    source: runDir
  };
}
async function experimentName(expDir) {
  const f = path7.join(expDir, "meta.yaml");
  if (!await exists(f)) return void 0;
  const meta = await readYaml(f).catch(() => void 0);
  return isObject(meta) && typeof meta.name === "string" ? meta.name : void 0;
}
async function isRunDir(d) {
  const f = path7.join(d, "meta.yaml");
  if (!await exists(f)) return false;
  const meta = await readYaml(f).catch(() => void 0);
  return isObject(meta) && ("run_id" in meta || "run_uuid" in meta);
}
async function importMlflowFiles(p, opts) {
  const runDirs = [];
  if (await isRunDir(p)) runDirs.push({ dir: p, exp: path7.dirname(p) });
  else {
    const level = async (expDir) => {
      for (const e of (await readdir4(expDir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        const d = path7.join(expDir, e.name);
        if (e.isDirectory() && await isRunDir(d)) runDirs.push({ dir: d, exp: expDir });
      }
    };
    await level(p);
    if (runDirs.length === 0) {
      for (const e of (await readdir4(p, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        if (!e.isDirectory() || e.name === ".trash" || e.name === "models" || e.name.startsWith(".")) continue;
        await level(path7.join(p, e.name));
      }
    }
  }
  const out = [];
  const names = /* @__PURE__ */ new Map();
  for (const { dir, exp } of runDirs) {
    if (!names.has(exp)) names.set(exp, await experimentName(exp));
    const run2 = await readRun(dir, names.get(exp), opts);
    if (run2) out.push(await mlflowManifest(run2, opts));
  }
  return out;
}

// src/import/mlflow-sqlite.ts
var parseObject = (text) => {
  try {
    const v = JSON.parse(text ?? "");
    return v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
};
function datasetOf2(d) {
  const source = parseObject(d.dataset_source);
  const uri = [source.uri, source.url, source.path, source.table_name].find((u) => typeof u === "string");
  const rows = parseObject(d.dataset_profile).num_rows;
  return {
    name: d.name,
    ...uri ? { uri: redactText(uri) } : {},
    ...d.digest ? { version: d.digest } : {},
    ...d.context ? { split: d.context } : {},
    ...typeof rows === "number" && Number.isSafeInteger(rows) && rows >= 0 ? { records: rows } : {}
  };
}
async function openDatabase(file) {
  let Driver;
  try {
    const mod = await import("better-sqlite3");
    Driver = mod.default;
  } catch (e) {
    throw new UserError(importMessages.sqliteUnavailable(e.message.split("\n")[0] ?? ""));
  }
  try {
    return new Driver(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new UserError(importMessages.unreadable(file, e.message));
  }
}
async function importMlflowSqlite(file, opts) {
  const db = await openDatabase(file);
  try {
    let runs;
    try {
      runs = db.prepare(
        `SELECT r.run_uuid, r.name, r.status, r.start_time, r.end_time, r.lifecycle_stage, r.experiment_id,
                  e.name AS experiment_name
             FROM runs r LEFT JOIN experiments e ON e.experiment_id = r.experiment_id
            ORDER BY r.start_time, r.run_uuid`
      ).all();
    } catch (e) {
      throw new UserError(importMessages.notMlflowDb(file, e.message));
    }
    const metricRows = db.prepare("SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ?");
    const paramRows = db.prepare("SELECT key, value FROM params WHERE run_uuid = ?");
    const tagRows = db.prepare("SELECT key, value FROM tags WHERE run_uuid = ?");
    const tables = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map(
        (t) => t.name
      )
    );
    const datasetRows = tables.has("inputs") && tables.has("datasets") ? db.prepare(
      `SELECT d.name, d.digest, d.dataset_source, d.dataset_profile,
                    ${tables.has("input_tags") ? "(SELECT t.value FROM input_tags t WHERE t.input_uuid = i.input_uuid AND t.name = 'mlflow.data.context')" : "NULL"} AS context
               FROM inputs i JOIN datasets d ON d.dataset_uuid = i.source_id
              WHERE i.source_type = 'DATASET' AND i.destination_type = 'RUN' AND i.destination_id = ?
              ORDER BY d.name`
    ) : void 0;
    const out = [];
    for (const r of runs) {
      const source = `${file} (run ${r.run_uuid})`;
      if (r.lifecycle_stage === "deleted") {
        opts.warn(importMessages.mlflowDeleted(source));
        continue;
      }
      const metrics = /* @__PURE__ */ new Map();
      for (const m of metricRows.all(r.run_uuid)) {
        if (!keepPoint(m.value, Boolean(m.is_nan), source, m.key, opts.warn)) continue;
        const list2 = metrics.get(m.key) ?? [];
        list2.push({ value: m.value, timestamp: Number(m.timestamp), step: Number(m.step ?? 0) });
        metrics.set(m.key, list2);
      }
      const kv = (rows) => Object.fromEntries(rows.map((x) => [x.key, x.value ?? ""]));
      const run2 = {
        runId: r.run_uuid,
        ...r.name ? { runName: r.name } : {},
        experimentId: String(r.experiment_id),
        ...r.experiment_name ? { experimentName: r.experiment_name } : {},
        status: r.status,
        ...r.start_time ? { startTime: Number(r.start_time) } : {},
        ...r.end_time ? { endTime: Number(r.end_time) } : {},
        metrics,
        params: kv(paramRows.all(r.run_uuid)),
        tags: kv(tagRows.all(r.run_uuid)),
        datasets: datasetRows ? datasetRows.all(r.run_uuid).map(datasetOf2) : [],
        source
      };
      out.push(await mlflowManifest(run2, opts));
    }
    return out;
  } finally {
    db.close();
  }
}

// src/import/wandb.ts
import { readdir as readdir5 } from "node:fs/promises";
import path9 from "node:path";

// src/import/wandb-metadata.ts
import path8 from "node:path";
function gib(v, unit) {
  const n = typeof v === "string" ? Number(v) : v;
  if (!isFiniteNumber(n) || n < 0) return void 0;
  return Math.round((unit === "bytes" ? n / 2 ** 30 : n) * 10) / 10;
}
function metadataFacts(meta) {
  const env = {};
  if (typeof meta.os === "string") {
    const os = meta.os;
    env.os = /^Linux/i.test(os) ? "linux" : /^(macOS|Darwin)/i.test(os) ? "darwin" : /^Windows/i.test(os) ? "windows" : os;
    const arch = /(x86_64|aarch64|arm64|AMD64)/.exec(os)?.[1];
    if (arch) env.arch = arch === "aarch64" ? "arm64" : arch === "AMD64" ? "x86_64" : arch;
  }
  if (typeof meta.python === "string")
    env.python = /^(?:CPython\s+)?(\d+\.\d+\.\d+)/.exec(meta.python)?.[1] ?? meta.python;
  const gpus = [];
  if (Array.isArray(meta.gpu_nvidia)) {
    for (const g of meta.gpu_nvidia) {
      if (isObject(g) && typeof g.name === "string") {
        const mem = gib(g.memoryTotal, "bytes");
        gpus.push({ name: g.name, ...mem !== void 0 ? { memoryGiB: mem } : {} });
      }
    }
  } else if (Array.isArray(meta.gpu_devices)) {
    for (const g of meta.gpu_devices) {
      if (isObject(g) && typeof g.name === "string") {
        const mem = gib(g.memory_total, "bytes");
        gpus.push({ name: g.name, ...mem !== void 0 ? { memoryGiB: mem } : {} });
      }
    }
  } else if (typeof meta.gpu === "string") {
    const n = isFiniteNumber(meta.gpu_count) ? meta.gpu_count : 1;
    for (let i = 0; i < n; i++) gpus.push({ name: meta.gpu });
  }
  const cuda = typeof meta.cudaVersion === "string" ? meta.cudaVersion : typeof meta.cuda === "string" ? meta.cuda : void 0;
  const memory = isObject(meta.memory) ? typeof meta.memory.total === "string" ? gib(meta.memory.total, "bytes") : gib(meta.memory.total, "GB") : void 0;
  const cpus = isFiniteNumber(meta.cpu_count_logical) ? meta.cpu_count_logical : isFiniteNumber(meta.cpu_count) ? meta.cpu_count : void 0;
  const hw = {
    ...cpus !== void 0 ? { cpus } : {},
    ...memory !== void 0 ? { memoryGiB: memory } : {},
    ...gpus.length ? { gpus } : {},
    ...cuda ? { cuda } : {}
  };
  if (Object.keys(hw).length) env.hardware = hw;
  if (typeof meta.docker === "string" && meta.docker) env.container = { image: redactText(meta.docker) };
  const code = {};
  const git = isObject(meta.git) ? meta.git : {};
  if (typeof git.commit === "string" && /^[0-9a-f]{7,64}$/.test(git.commit)) code.commit = git.commit;
  if (typeof git.remote === "string" && git.remote) code.repository = repositoryFromUrl(git.remote);
  const program = typeof meta.codePathLocal === "string" ? meta.codePathLocal : typeof meta.codePath === "string" ? meta.codePath : typeof meta.program === "string" && !path8.isAbsolute(meta.program) ? meta.program : typeof meta.program === "string" ? path8.basename(meta.program) : void 0;
  const args = Array.isArray(meta.args) ? redactArgv(meta.args.filter((a) => typeof a === "string")) : [];
  const startedAt = typeof meta.startedAt === "string" ? isoFromText(
    meta.startedAt.endsWith("Z") || /[+-]\d\d:?\d\d$/.test(meta.startedAt) ? meta.startedAt : `${meta.startedAt}Z`
  ) : void 0;
  return {
    environment: env,
    code,
    ...program ? { command: ["python", program, ...args] } : {},
    ...startedAt ? { startedAt } : {}
  };
}

// src/import/wandb.ts
var RUN_DIR = /^(?:offline-)?run-(\d{8})_(\d{6})-([a-z0-9]+)$/;
function unwrapConfig(doc) {
  const config = {};
  let wandb = {};
  if (!isObject(doc)) return { config, wandb };
  const wrapped = (v) => isObject(v) && "value" in v && Object.keys(v).every((k) => k === "value" || k === "desc");
  for (const [k, v] of Object.entries(doc)) {
    if (k === "wandb_version") continue;
    const value = wrapped(v) ? v.value : v;
    if (k === "_wandb") wandb = isObject(value) ? value : {};
    else config[k] = value;
  }
  return { config, wandb };
}
function summaryMetrics(doc, file, warn) {
  const metrics = {};
  const skipped = [];
  const walk = (v, key) => {
    if (typeof v === "number") {
      if (Number.isFinite(v)) metrics[key] = v;
      else warn(importMessages.nonFiniteValue(file, key));
    } else if (isObject(v) && !("_type" in v)) for (const [k, x] of Object.entries(v)) walk(x, `${key}.${k}`);
    else if (v !== null && v !== void 0) skipped.push(key);
  };
  if (isObject(doc)) {
    for (const [k, v] of Object.entries(doc)) if (!k.startsWith("_")) walk(v, k);
  }
  return { metrics, skipped };
}
async function historySeries(file, metrics, warn) {
  const series = /* @__PURE__ */ new Map();
  const lines = (await readText(file)).split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = parseJson(line, `${file}:${i + 1}`, { nonFinite: "missing" });
    if (!parsed.ok) {
      warn(importMessages.wandbBadHistoryLine(file, i + 1));
      return;
    }
    for (const p of parsed.missing) warn(importMessages.nonFinite(`${file}:${i + 1}`, p));
    const row = parsed.value;
    if (!isObject(row)) return;
    const step = isFiniteNumber(row._step) ? row._step : i;
    for (const [k, v] of Object.entries(row)) {
      if (k.startsWith("_") || !isFiniteNumber(v)) continue;
      const s = series.get(k) ?? [];
      s.push({ step, value: v });
      series.set(k, s);
    }
  });
  for (const [k, s] of series) {
    const current = metrics[k];
    const value = current === void 0 ? s[s.length - 1].value : typeof current === "number" ? current : current.value;
    metrics[k] = { value, series: s };
  }
}
async function importRun(runDir, defaultName, opts) {
  const { warn } = opts;
  const files = path9.join(runDir, "files");
  const base = await exists(files) ? files : runDir;
  const folder = RUN_DIR.exec(path9.basename(runDir));
  const configFile = path9.join(base, "config.yaml");
  const summaryFile = path9.join(base, "wandb-summary.json");
  const metaFile = path9.join(base, "wandb-metadata.json");
  const historyFile = path9.join(base, "wandb-history.jsonl");
  const [hasConfig, hasSummary, hasMeta, hasHistory] = await Promise.all(
    [configFile, summaryFile, metaFile, historyFile].map(exists)
  );
  if (!hasConfig && !hasSummary) {
    warn(importMessages.wandbEmpty(runDir));
    return void 0;
  }
  const { config, wandb } = hasConfig ? unwrapConfig(await readYaml(configFile)) : { config: {}, wandb: {} };
  const summary = hasSummary ? await readJson(summaryFile, warn) : void 0;
  if (!hasSummary) warn(importMessages.wandbNoSummary(runDir));
  const { metrics, skipped } = summaryMetrics(summary, summaryFile, warn);
  if (skipped.length) warn(importMessages.notNumbers(summaryFile, skipped));
  if (hasHistory) await historySeries(historyFile, metrics, warn);
  else if ((await readdir5(runDir).catch(() => [])).some((f) => f.endsWith(".wandb")))
    warn(importMessages.wandbBinaryLog(runDir));
  const facts = hasMeta ? metadataFacts(await readJson(metaFile, warn)) : void 0;
  const s = isObject(summary) ? summary : {};
  const started = isFiniteNumber(wandb.start_time) ? isoFromSeconds(wandb.start_time) : facts?.startedAt;
  const startSeconds = isFiniteNumber(wandb.start_time) ? wandb.start_time : started ? Date.parse(started) / 1e3 : void 0;
  const ended = isFiniteNumber(s._timestamp) ? isoFromSeconds(s._timestamp) : startSeconds !== void 0 && isFiniteNumber(s._runtime) ? isoFromSeconds(startSeconds + s._runtime) : void 0;
  const environment = { ...facts?.environment };
  if (!environment.python && typeof wandb.python_version === "string") environment.python = wandb.python_version;
  const packages = {};
  if (typeof wandb.cli_version === "string") packages.wandb = wandb.cli_version;
  if (Object.keys(packages).length) environment.packages = { ...environment.packages, ...packages };
  const seed = config.seed;
  const id = folder?.[3] ?? path9.basename(runDir);
  const name = opts.name ?? defaultName;
  const manifest = {
    schemaVersion: 1,
    run: {
      id: `wandb-${id}`,
      name,
      ...Number.isSafeInteger(seed) ? { seed } : {},
      ...started ? { startedAt: started } : {},
      ...ended && started && ended >= started ? { endedAt: ended } : {},
      ...facts?.command ? { command: facts.command } : {},
      tags: { source: "wandb", "wandb.runId": id }
    },
    ...facts && Object.keys(facts.code).length ? { code: facts.code } : {},
    ...Object.keys(config).length ? { params: redactDeep(config) } : {},
    ...Object.keys(environment).length ? { environment } : {},
    metrics
  };
  return {
    manifest: await checked(manifest, runDir, opts.warn),
    source: runDir,
    fileName: `${safeFileName(`${name}-${id}`)}.json`
  };
}
async function importWandb(p, opts) {
  const abs = path9.resolve(p);
  const isRun = RUN_DIR.test(path9.basename(abs)) || await exists(path9.join(abs, "files", "wandb-summary.json"));
  const projectOf = (wandbDir2) => path9.basename(path9.dirname(wandbDir2));
  if (isRun) {
    const r = await importRun(abs, projectOf(path9.dirname(abs)), opts);
    return r ? [r] : [];
  }
  const wandbDir = await exists(path9.join(abs, "wandb")) ? path9.join(abs, "wandb") : abs;
  const runs = (await readdir5(wandbDir, { withFileTypes: true })).filter((e) => e.isDirectory() && RUN_DIR.test(e.name)).map((e) => e.name).sort();
  const out = [];
  for (const r of runs) {
    const imported = await importRun(path9.join(wandbDir, r), projectOf(wandbDir), opts);
    if (imported) out.push(imported);
  }
  return out;
}

// src/import/index.ts
var FORMATS = ["dvc", "hf-trainer", "lm-eval", "mlflow", "wandb"];
var SQLITE = /\.(db|sqlite3?)$/i;
async function importRuns(format, p, opts, keepEmpty = false) {
  if (!await exists(p)) throw new UserError(importMessages.pathMissing(p));
  const dir = await isDirectory(p);
  switch (format) {
    case "dvc": {
      if (dir && await isDvcHistory(p)) {
        const r2 = await importDvcHistoryRuns(p, {
          warn: opts.warn,
          ...opts.name ? { name: opts.name } : {},
          ...keepEmpty ? { keepEmpty } : {}
        });
        return { runs: r2.runs, skipped: r2.skipped.map((s) => ({ source: s.commit, reason: s.reason })) };
      }
      const projectDir = dir ? p : path10.dirname(p);
      const r = await importDvcProject(projectDir, opts);
      return r.run ? { runs: [r.run], skipped: [] } : { runs: [], skipped: [{ source: projectDir, reason: r.skipped ?? "" }] };
    }
    case "hf-trainer":
      return { runs: await importHfTrainer(p, opts), skipped: [] };
    case "lm-eval":
      return { runs: await importLmEval(p, opts, dir), skipped: [] };
    case "mlflow": {
      if (!dir && SQLITE.test(p)) return { runs: await importMlflowSqlite(p, opts), skipped: [] };
      if (dir && !await exists(path10.join(p, "meta.yaml")) && await exists(path10.join(p, "mlflow.db")) && !await exists(path10.join(p, "mlruns")))
        return { runs: await importMlflowSqlite(path10.join(p, "mlflow.db"), opts), skipped: [] };
      const root = dir && await exists(path10.join(p, "mlruns")) ? path10.join(p, "mlruns") : p;
      return { runs: await importMlflowFiles(root, opts), skipped: [] };
    }
    case "wandb":
      return { runs: await importWandb(p, opts), skipped: [] };
  }
}

// src/commands/import.ts
var run = async (args, io) => {
  const { values, positionals } = parseCommandArgs("import", args, {
    out: { type: "string" },
    name: { type: "string" },
    "keep-empty": { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(`usage: runledger ${commandSummaries.import}
`);
    return 0;
  }
  const [format, source, ...extra] = positionals;
  if (!format || !FORMATS.includes(format)) throw new UserError(importMessages.badFormat(format, FORMATS));
  if (!source) throw new UserError(importMessages.noPath(format));
  if (extra.length) throw new UserError(importMessages.tooManyPaths(extra));
  if (values.name !== void 0 && (values.name.trim() === "" || values.name.length > 200))
    throw new UserError(importMessages.badName(values.name));
  const { runs, skipped } = await importRuns(
    format,
    path11.resolve(io.cwd, source),
    {
      warn: (w) => io.stderr(importMessages.warning(w)),
      ...values.name ? { name: values.name } : {}
    },
    Boolean(values["keep-empty"])
  );
  if (runs.length === 0) {
    io.stderr(importMessages.noRuns(format, source) + "\n");
    return 1;
  }
  if (!values.out) {
    if (runs.length > 1) throw new UserError(importMessages.needOut(runs.length));
    io.stdout(JSON.stringify(runs[0].manifest, null, 2) + "\n");
  } else {
    const dir = path11.resolve(io.cwd, values.out);
    await mkdir(dir, { recursive: true });
    const used = /* @__PURE__ */ new Set();
    for (const r of runs) {
      let name = r.fileName;
      for (let i = 2; used.has(name); i++) name = r.fileName.replace(/\.json$/, `-${i}.json`);
      used.add(name);
      await writeFile(path11.join(dir, name), JSON.stringify(r.manifest, null, 2) + "\n");
    }
    io.stderr(importMessages.wrote(runs.length, values.out));
  }
  if (skipped.length) io.stderr(importMessages.skippedSummary(skipped.length));
  return 0;
};
export {
  run
};
