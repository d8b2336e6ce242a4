import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  REDACTED,
  captureMessages,
  execQuiet,
  gitState,
  isSecretName,
  mergeInto,
  metricsOf,
  paramsOf,
  readValuesFile,
  redactArgv,
  redactDeep,
  redactText
} from "./chunk-YN5JHWKQ.js";
import "./chunk-XC46B5WS.js";
import {
  parseCommandArgs
} from "./chunk-63MMJX6R.js";
import {
  commandSummaries
} from "./chunk-Y2NQTQQF.js";
import {
  formatProblem,
  mapLimit,
  validateManifest
} from "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/commands/capture.ts
import { mkdir, writeFile } from "node:fs/promises";
import path4 from "node:path";

// src/capture/index.ts
import { randomUUID } from "node:crypto";
import { stat as stat2 } from "node:fs/promises";
import path3 from "node:path";

// src/capture/digest.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
var RECORD_FORMATS = /\.(csv|tsv|jsonl|ndjson)$/i;
var CHUNK = 1 << 20;
async function hashFile(file, countLines, onBytes) {
  const hash = createHash("sha256");
  let newlines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    const buf = chunk;
    hash.update(buf);
    if (countLines && buf.length > 0) {
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) newlines++;
      last = buf[buf.length - 1];
    }
    onBytes(buf.length);
  }
  return { hex: hash.digest("hex"), newlines, endsWithNewline: last === 10 };
}
function recordsOf(rel, h, size) {
  if (size === 0) return 0;
  const lines = h.newlines + (h.endsWithNewline ? 0 : 1);
  return /\.(csv|tsv)$/i.test(rel) ? Math.max(0, lines - 1) : lines;
}
async function listFiles(root) {
  const found = [];
  const seen = /* @__PURE__ */ new Set([await realpath(root)]);
  const walk = async (dir, rel) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isFile()) found.push({ rel: r, abs });
      else if (e.isDirectory()) await walk(abs, r);
      else if (e.isSymbolicLink()) {
        const st = await stat(abs).catch(() => void 0);
        if (st?.isFile()) found.push({ rel: r, abs });
        else if (st?.isDirectory()) {
          const real = await realpath(abs);
          if (!seen.has(real)) {
            seen.add(real);
            await walk(abs, r);
          }
        }
      }
    }
  };
  await walk(root, "");
  const sized = await mapLimit(found, 32, async (f) => ({ ...f, size: (await stat(f.abs)).size }));
  return sized.sort((a, b) => Buffer.compare(Buffer.from(a.rel), Buffer.from(b.rel)));
}
async function digestPath(p, onProgress) {
  const st = await stat(p);
  if (st.isFile()) {
    let done2 = 0;
    const h = await hashFile(p, RECORD_FORMATS.test(p), (n) => onProgress?.(done2 += n, st.size));
    const records2 = RECORD_FORMATS.test(p) ? recordsOf(p, h, st.size) : void 0;
    return {
      digest: `sha256:${h.hex}`,
      bytes: st.size,
      files: 1,
      kind: "file",
      ...records2 === void 0 ? {} : { records: records2 }
    };
  }
  const files = await listFiles(p);
  const total = files.reduce((s, f) => s + f.size, 0);
  const countRecords = files.length > 0 && files.every((f) => RECORD_FORMATS.test(f.rel));
  let done = 0;
  const hashes = await mapLimit(
    files,
    4,
    (f) => hashFile(f.abs, countRecords, (n) => onProgress?.(done += n, total))
  );
  const listing = createHash("sha256");
  let records = 0;
  files.forEach((f, i) => {
    const h = hashes[i];
    listing.update(`${h.hex}  ${f.rel}
`);
    if (countRecords) records += recordsOf(f.rel, h, f.size);
  });
  return {
    digest: `sha256:${listing.digest("hex")}`,
    bytes: total,
    files: files.length,
    kind: "directory",
    ...countRecords ? { records } : {}
  };
}

// src/capture/environment.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile, readdir as readdir2 } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";
var CI_ALLOWLIST = [
  "GITHUB_ACTIONS",
  "GITHUB_REPOSITORY",
  "GITHUB_SHA",
  "GITHUB_REF",
  "GITHUB_REF_NAME",
  "GITHUB_HEAD_REF",
  "GITHUB_BASE_REF",
  "GITHUB_EVENT_NAME",
  "GITHUB_WORKFLOW",
  "GITHUB_WORKFLOW_REF",
  "GITHUB_JOB",
  "GITHUB_RUN_ID",
  "GITHUB_RUN_NUMBER",
  "GITHUB_RUN_ATTEMPT",
  "GITHUB_SERVER_URL",
  "RUNNER_OS",
  "RUNNER_ARCH",
  "RUNNER_NAME",
  "RUNNER_ENVIRONMENT"
];
var VARIABLE_ALLOWLIST = [
  "CUDA_VISIBLE_DEVICES",
  "CUBLAS_WORKSPACE_CONFIG",
  "PYTHONHASHSEED",
  "OMP_NUM_THREADS",
  "MKL_NUM_THREADS",
  "OPENBLAS_NUM_THREADS",
  "TF_DETERMINISTIC_OPS",
  "TF_CUDNN_DETERMINISTIC",
  "PYTORCH_CUDA_ALLOC_CONF",
  "TOKENIZERS_PARALLELISM",
  "HF_HUB_OFFLINE",
  "TRANSFORMERS_OFFLINE",
  "XLA_FLAGS",
  "JAX_PLATFORMS"
];
var LOCKFILES = [
  /^uv\.lock$/,
  /^poetry\.lock$/,
  /^Pipfile\.lock$/,
  /^pdm\.lock$/,
  /^conda-lock\.ya?ml$/,
  /^requirements.*\.txt$/,
  /^environment\.ya?ml$/
];
function safeValue(name, value) {
  return isSecretName(name) ? REDACTED : redactText(value);
}
function pickVariables(env, names) {
  const out = {};
  for (const n of names) {
    const v = env[n];
    if (v !== void 0 && v !== "") out[n] = safeValue(n, v);
  }
  return Object.keys(out).length ? out : void 0;
}
var normArch = (a) => ({ x64: "x86_64", arm64: "arm64", ia32: "x86", arm: "arm" })[a] ?? a;
var normOs = (p) => ({ win32: "windows" })[p] ?? p;
function parseFreeze(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    let m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*===?\s*(\S+)/.exec(line);
    if (m) {
      out[m[1].toLowerCase()] = m[2];
      continue;
    }
    m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*@\s*(\S+)/.exec(line);
    if (m) {
      out[m[1].toLowerCase()] = redactText(m[2]);
      continue;
    }
    m = /^-e\s+(\S+?)#egg=([A-Za-z0-9._-]+)/.exec(line);
    if (m) out[m[2].toLowerCase()] = redactText(m[1]);
  }
  return out;
}
async function python(opts) {
  const run2 = (exe, args, timeoutMs) => execQuiet(exe, args, { cwd: opts.cwd, env: opts.env, timeoutMs });
  for (const exe of ["python3", "python"]) {
    const v = await run2(exe, ["-c", 'import sys; print(".".join(map(str, sys.version_info[:3])))'], 1e4);
    if (!v.ok) continue;
    const version = v.stdout.trim();
    const freeze = await run2(exe, ["-m", "pip", "freeze", "--all", "--disable-pip-version-check"], 3e4);
    if (!freeze.ok) {
      opts.warn(freeze.timedOut ? captureMessages.pipTimedOut() : captureMessages.pipFailed());
      return { python: version };
    }
    const packages = parseFreeze(freeze.stdout);
    return Object.keys(packages).length ? { python: version, packages } : { python: version };
  }
  return {};
}
async function lockfileDigest(root) {
  let names;
  try {
    names = (await readdir2(root)).sort();
  } catch {
    return void 0;
  }
  for (const re of LOCKFILES) {
    const found = names.filter((n) => re.test(n));
    if (found.length === 0) continue;
    const h = createHash2("sha256");
    if (found.length === 1) h.update(await readFile(path2.join(root, found[0])));
    else
      for (const f of found)
        h.update(`${f}\0`).update(await readFile(path2.join(root, f))).update("\0");
    return `sha256:${h.digest("hex")}`;
  }
  return void 0;
}
async function nvidia(cwd, env) {
  const q = await execQuiet(
    "nvidia-smi",
    ["--query-gpu=name,memory.total,driver_version", "--format=csv,noheader,nounits"],
    { cwd, env, timeoutMs: 15e3 }
  );
  if (!q.ok) return {};
  const gpus = [];
  for (const line of q.stdout.split(/\r?\n/)) {
    const [name, mem, driver] = line.split(",").map((s) => s.trim());
    if (!name) continue;
    const mib = Number(mem);
    gpus.push({
      name,
      ...Number.isFinite(mib) && mem ? { memoryGiB: Math.round(mib / 1024 * 10) / 10 } : {},
      ...driver ? { driver } : {}
    });
  }
  const banner = await execQuiet("nvidia-smi", [], { cwd, env, timeoutMs: 15e3 });
  const cuda = /CUDA Version:\s*([0-9.]+)/.exec(banner.stdout)?.[1];
  return { ...gpus.length ? { gpus } : {}, ...cuda ? { cuda } : {} };
}
function container(env) {
  const ref = env.RUNLEDGER_CONTAINER_IMAGE?.trim();
  if (!ref) return void 0;
  const m = /^(.*)@(sha256:[0-9a-f]{64})$/.exec(ref);
  return m ? { image: redactText(m[1]), digest: m[2] } : { image: redactText(ref) };
}
async function captureEnvironment(opts) {
  const cpu = os.cpus()[0]?.model.trim();
  const [py, lock, gpu] = await Promise.all([
    opts.python === false ? Promise.resolve({}) : python(opts),
    lockfileDigest(opts.root),
    nvidia(opts.cwd, opts.env)
  ]);
  const ci = pickVariables(opts.env, CI_ALLOWLIST);
  const variables = pickVariables(opts.env, VARIABLE_ALLOWLIST);
  const image = container(opts.env);
  return {
    os: normOs(process.platform),
    arch: normArch(process.arch),
    node: process.versions.node,
    ...py,
    ...lock ? { lockfileDigest: lock } : {},
    hardware: {
      ...cpu ? { cpu } : {},
      cpus: os.availableParallelism(),
      memoryGiB: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
      ...gpu
    },
    ...image ? { container: image } : {},
    ...ci ? { ci } : {},
    ...variables ? { variables } : {}
  };
}

// src/capture/run-command.ts
import { spawn } from "node:child_process";
import { constants } from "node:os";
var iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
function runWrapped(command, opts) {
  const [file, ...args] = command;
  const started = /* @__PURE__ */ new Date();
  return new Promise((resolve) => {
    const ignore = () => {
    };
    const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: "inherit" });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", ignore);
    process.on("SIGTERM", forward);
    process.on("SIGHUP", forward);
    const done = (o) => {
      process.off("SIGINT", ignore);
      process.off("SIGTERM", forward);
      process.off("SIGHUP", forward);
      resolve({ startedAt: iso(started), endedAt: iso(/* @__PURE__ */ new Date()), ...o });
    };
    child.on(
      "error",
      (e) => done({ exitCode: e.code === "ENOENT" ? 127 : 126, status: "failed", spawnError: e.code ?? e.message })
    );
    child.on("exit", (code, signal) => {
      if (signal) {
        const n = constants.signals[signal] ?? 0;
        done({ exitCode: 128 + n, status: "killed", signal });
      } else done({ exitCode: code ?? 1, status: code === 0 ? "succeeded" : "failed" });
    });
  });
}

// src/capture/index.ts
var URI = /^[a-z][a-z0-9+.-]*:\/\//i;
function splitNamed(spec) {
  const m = /^([^=/\\:]+)=(.+)$/.exec(spec);
  return m ? { name: m[1], target: m[2] } : { name: spec, target: spec };
}
async function exists(p) {
  return stat2(p).then(
    () => true,
    () => false
  );
}
async function datasetRef(spec, opts) {
  const { name, target } = splitNamed(spec);
  if (URI.test(target)) return { name: redactText(name), uri: redactText(target) };
  const abs = path3.resolve(opts.cwd, target);
  if (!await exists(abs)) throw new UserError(captureMessages.datasetMissing(target));
  const d = await digestPath(abs, opts.progress?.(target));
  return {
    name,
    uri: target,
    digest: d.digest,
    bytes: d.bytes,
    ...d.records !== void 0 ? { records: d.records } : {}
  };
}
async function artifactRef(spec, opts, ran) {
  const { name, target } = splitNamed(spec);
  if (URI.test(target)) return { name: redactText(name), uri: redactText(target) };
  const abs = path3.resolve(opts.cwd, target);
  if (!await exists(abs)) {
    if (!ran) throw new UserError(captureMessages.artifactMissing(target));
    opts.warn(captureMessages.artifactNotProduced(target));
    return { name, uri: target };
  }
  const d = await digestPath(abs, opts.progress?.(target));
  return { name, uri: target, digest: d.digest, bytes: d.bytes };
}
async function readParams(files, opts) {
  if (files.length === 0) return void 0;
  const params = {};
  for (const f of files) {
    const values = await readValuesFile(path3.resolve(opts.cwd, f), opts.warn, f);
    for (const [k, v] of Object.entries(paramsOf(values, f, opts.warn))) {
      if (k in params) opts.warn(captureMessages.duplicateParam(k, f));
      params[k] = v;
    }
  }
  return params;
}
async function readMetricsFile(f, opts, outcome) {
  const abs = path3.resolve(opts.cwd, f);
  if (outcome) {
    const st = await stat2(abs).catch(() => void 0);
    if (!st) {
      opts.warn(captureMessages.metricsNotWritten(f, outcome.exitCode));
      return void 0;
    }
    if (st.mtimeMs < Date.parse(outcome.startedAt)) opts.warn(captureMessages.metricsStale(f));
  }
  const values = await readValuesFile(abs, opts.warn, f);
  const { metrics, skipped } = metricsOf(values, f, opts.warn);
  if (skipped.length) opts.warn(captureMessages.notNumbers(f, skipped));
  for (const k of Object.keys(metrics)) {
    if (k.length <= 200) continue;
    opts.warn(captureMessages.longMetricName(f, k));
    delete metrics[k];
  }
  return metrics;
}
async function captureManifest(opts) {
  if (!opts.name.trim()) throw new UserError(captureMessages.noName());
  if (opts.name.length > 200) throw new UserError(captureMessages.tooLong("--name", 200));
  if (opts.group !== void 0 && opts.group.length > 200) throw new UserError(captureMessages.tooLong("--group", 200));
  for (const [k, v] of Object.entries(opts.tags ?? {}))
    if (v.length > 1e3) throw new UserError(captureMessages.tooLong(`--tag ${k}`, 1e3));
  const git = await gitState(opts.cwd, opts.env, opts.warn);
  const environment = await captureEnvironment({
    cwd: opts.cwd,
    env: opts.env,
    root: git.root ?? opts.cwd,
    warn: opts.warn,
    ...opts.python === void 0 ? {} : { python: opts.python }
  });
  const datasets = [];
  for (const spec of opts.datasets ?? []) datasets.push(await datasetRef(spec, opts));
  const paramFiles = opts.params ?? [];
  const paramsBefore = await Promise.all(paramFiles.map((f) => exists(path3.resolve(opts.cwd, f))));
  let params = paramsBefore.every(Boolean) ? await readParams(paramFiles, opts) : void 0;
  let outcome;
  if (opts.command && opts.command.length > 0) {
    outcome = await runWrapped(opts.command, { cwd: opts.cwd, env: opts.env });
    if (outcome.spawnError) opts.warn(captureMessages.commandDidNotStart(opts.command[0], outcome.spawnError));
  }
  const after = async (read, fallback) => {
    if (!outcome) return read();
    try {
      return await read();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      opts.warn(e.message.replace(/^runledger capture: /, ""));
      return fallback;
    }
  };
  if (!params && paramFiles.length) params = await after(() => readParams(paramFiles, opts), void 0);
  const metrics = {};
  for (const f of opts.metrics ?? []) {
    const m = await after(() => readMetricsFile(f, opts, outcome), void 0);
    if (m) mergeInto(metrics, m, f, opts.warn);
  }
  const artifacts = [];
  for (const spec of opts.artifacts ?? []) {
    const a = await after(() => artifactRef(spec, opts, outcome !== void 0), void 0);
    if (a) artifacts.push(a);
  }
  const tags = opts.tags && Object.keys(opts.tags).length ? opts.tags : void 0;
  const manifest = {
    schemaVersion: 1,
    run: {
      id: randomUUID(),
      name: opts.name,
      ...opts.group ? { group: opts.group } : {},
      ...opts.seed !== void 0 ? { seed: opts.seed } : {},
      ...outcome ? {
        status: outcome.status,
        startedAt: outcome.startedAt,
        endedAt: outcome.endedAt,
        command: redactArgv(opts.command),
        exitCode: outcome.exitCode
      } : {},
      ...tags ? { tags: Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, redactText(v)])) } : {}
    },
    ...git.code ? { code: git.code } : {},
    ...params ? { params: redactDeep(params) } : {},
    ...datasets.length ? { datasets } : {},
    environment,
    metrics,
    ...artifacts.length ? { artifacts } : {}
  };
  const checked = await validateManifest(manifest, "(captured manifest)");
  if (!checked.ok) throw new Error(captureMessages.invalidOutput(checked.problems.map(formatProblem).join("\n")));
  return { manifest, exitCode: outcome?.exitCode ?? 0 };
}

// src/capture/progress.ts
var MIN_BYTES = 64 * 2 ** 20;
function progressBar(write, label) {
  let lastDraw = 0;
  let finished = false;
  return (done, total) => {
    if (total < MIN_BYTES || finished) return;
    const now = Date.now();
    if (done < total && now - lastDraw < 100) return;
    lastDraw = now;
    const width = 30;
    const filled = Math.round(done / total * width);
    const pct = (done / total * 100).toFixed(0).padStart(3);
    const mib = (n) => (n / 2 ** 20).toFixed(0);
    write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${pct}% ${mib(done)}/${mib(total)} MiB`);
    if (done >= total) {
      finished = true;
      write("\n");
    }
  };
}

// src/commands/capture.ts
var run = async (args, io) => {
  const dash = args.indexOf("--");
  const own = dash === -1 ? args : args.slice(0, dash);
  const command = dash === -1 ? void 0 : args.slice(dash + 1);
  const { values } = parseCommandArgs(
    "capture",
    own,
    {
      name: { type: "string" },
      metrics: { type: "string", multiple: true },
      params: { type: "string", multiple: true },
      dataset: { type: "string", multiple: true },
      artifact: { type: "string", multiple: true },
      seed: { type: "string" },
      group: { type: "string" },
      tag: { type: "string", multiple: true },
      out: { type: "string" },
      "no-python": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout(`usage: runledger ${commandSummaries.capture}
`);
    return 0;
  }
  if (!values.name) throw new UserError(captureMessages.noName());
  if (command && command.length === 0) throw new UserError(captureMessages.noCommand());
  let seed;
  if (values.seed !== void 0) {
    seed = Number(values.seed);
    if (!/^-?\d+$/.test(values.seed.trim()) || !Number.isSafeInteger(seed))
      throw new UserError(captureMessages.badSeed(values.seed));
  }
  const tags = {};
  for (const t of values.tag ?? []) {
    const i = t.indexOf("=");
    if (i <= 0) throw new UserError(captureMessages.badTag(t));
    tags[t.slice(0, i)] = t.slice(i + 1);
  }
  const showProgress = io.isTTY && Boolean(process.stderr.isTTY);
  const warn = (text2) => io.stderr(captureMessages.warning(text2));
  const { manifest, exitCode } = await captureManifest({
    name: values.name,
    cwd: io.cwd,
    env: io.env,
    metrics: values.metrics ?? [],
    params: values.params ?? [],
    datasets: values.dataset ?? [],
    artifacts: values.artifact ?? [],
    ...seed !== void 0 ? { seed } : {},
    ...values.group ? { group: values.group } : {},
    tags,
    ...command ? { command } : {},
    python: !values["no-python"],
    ...showProgress ? { progress: (label) => progressBar(io.stderr, `digest ${label}`) } : {},
    warn
  });
  const text = JSON.stringify(manifest, null, 2) + "\n";
  if (values.out) {
    const file = path4.resolve(io.cwd, values.out);
    await mkdir(path4.dirname(file), { recursive: true });
    await writeFile(file, text);
    io.stderr(captureMessages.wrote(values.out));
  } else io.stdout(text);
  return exitCode;
};
export {
  run
};
