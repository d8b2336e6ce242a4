import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  reportView,
  subjectOf
} from "./chunk-LN6Z3MYX.js";
import {
  CACHE_DAMAGED,
  changeText,
  chartPack,
  openChunk,
  planDownloads,
  pruneParts,
  savedParts,
  specsHash,
  tasks
} from "./chunk-KBBSZCMI.js";
import {
  CACHE_DIR,
  COMMITS_PER_PAGE,
  ChartCache,
  HISTORY_FOR_COMPARE,
  RecentValues,
  SiteWriter,
  addMetaRow,
  addRow,
  emptyHistory,
  entryRows,
  historyBuffers,
  num,
  padColumns,
  page,
  paths,
  shortSha,
  siteAssets,
  specs,
  takeState,
  trimmedHistory,
  trusted,
  when
} from "./chunk-QN2CCJ5G.js";

// src/render/site/build.ts
import { createHash as createHash2 } from "node:crypto";

// src/render/site/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
function workerScript() {
  if (false) return void 0;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  if (path.basename(dir) === "chunks") dir = path.dirname(dir);
  const file = path.join(dir, "site-worker.js");
  return existsSync(file) ? pathToFileURL(file) : void 0;
}
function defaultJobs() {
  const n = availableParallelism();
  return n > 1 ? Math.min(n, 8) : 0;
}
function createPool(jobs = defaultJobs()) {
  const script = jobs > 0 ? workerScript() : void 0;
  return script ? new WorkerPool(script, jobs) : inProcess();
}
var localPool = () => inProcess();
function inProcess() {
  let last = Promise.resolve();
  return {
    size: 0,
    warm: () => void 0,
    run(kind, input) {
      const task = tasks[kind];
      const result = last.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => task(input)).then((r) => structuredClone(r));
      last = result.catch(() => void 0);
      return result;
    },
    close: async () => void 0
  };
}
var DEPTH = 2;
function taskError(r) {
  const e = new Error(r.message);
  if (r.stack) e.stack = r.stack;
  if (r.code) e.code = r.code;
  if (r.path) e.path = r.path;
  return e;
}
var WorkerPool = class {
  constructor(script, size) {
    this.script = script;
    this.size = size;
  }
  script;
  size;
  slots = [];
  queue = [];
  nextId = 1;
  failure;
  /** closed: no task is dispatched any more (a late reply must not start a new worker) */
  closed = false;
  warm() {
    while (this.slots.length < this.size) {
      const slot = this.spawn();
      slot.worker.postMessage({ id: this.nextId++, kind: "warm", input: void 0 });
    }
  }
  run(kind, input, transfer) {
    if (this.closed) return Promise.reject(new Error("the site build workers are closed"));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({
        req: { id: this.nextId++, kind, input },
        ...transfer ? { transfer } : {},
        resolve,
        reject
      });
      this.dispatch();
    });
  }
  dispatch() {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((s) => !s.jobs.length);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      slot ??= this.slots.find((s) => s.jobs.length < DEPTH);
      if (!slot) return;
      const job = this.queue.shift();
      slot.jobs.push(job);
      slot.worker.postMessage(job.req, job.transfer);
    }
  }
  spawn() {
    const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 32 } });
    const slot = { worker, jobs: [] };
    worker.on("message", (r) => {
      const job = slot.jobs[0];
      if (!job || job.req.id !== r.id) return;
      slot.jobs.shift();
      if (r.ok) job.resolve(r.value);
      else job.reject(taskError(r));
      this.dispatch();
    });
    const broken = (e) => {
      this.failure ??= e;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const job of slot.jobs.splice(0)) job.reject(e);
      for (const job of this.queue.splice(0)) job.reject(e);
    };
    worker.on("error", broken);
    worker.on("exit", (code) => {
      if (this.slots.includes(slot)) broken(new Error(`a site build worker stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }
  async close() {
    this.closed = true;
    this.queue.splice(0);
    const all = this.slots.splice(0);
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
};

// src/render/site/resume.ts
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path2 from "node:path";
import { deserialize, serialize } from "node:v8";
var FORMAT = 7;
var HEADER = "resume.json";
var BODY = "resume.bin";
var savedMeta = (m) => ({
  name: m.name,
  ...m.group !== void 0 ? { group: m.group } : {},
  length: m.length,
  seq: m.seq.slice(0, m.length),
  metrics: [...m.metrics.values()].map((c) => ({
    name: c.name,
    ...c.goal ? { goal: c.goal } : {},
    ...c.unit ? { unit: c.unit } : {}
  }))
});
function meta(m) {
  const ok = typeof m?.name === "string" && Number.isInteger(m.length) && m.seq instanceof Float64Array && m.seq.length === m.length && Array.isArray(m.metrics) && m.metrics.every((c) => typeof c?.name === "string");
  return ok ? { ...m, metrics: new Map(m.metrics.map((c) => [c.name, c])) } : void 0;
}
var isPart = (p) => typeof p?.file === "string" && typeof p.sha256 === "string";
var files = (out) => ({ header: path2.join(out, CACHE_DIR, HEADER), body: path2.join(out, CACHE_DIR, BODY) });
function dropResume(out) {
  const f = files(out);
  rmSync(f.header, { force: true });
  rmSync(f.body, { force: true });
}
function prepareResume(out, version, s) {
  const f = files(out);
  const head = serialize({
    count: s.count,
    commits: s.commits,
    entryHash: s.entryHash,
    lastByBranch: s.lastByBranch,
    lastRunBadge: s.lastRunBadge,
    recent: s.recent,
    runs: [...s.runs].map(savedMeta)
  });
  let series = 0;
  for (const m of s.runs) series += m.metrics.size;
  return {
    commit(pages, parts) {
      const tail = Buffer.from(JSON.stringify([[...pages], [...parts]]));
      writeFileSync(f.body, Buffer.concat([head, tail]));
      const sha256 = createHash("sha256").update(head).update(tail).digest("hex");
      const header = {
        format: FORMAT,
        version,
        head: s.head,
        sha256,
        parts: [head.length, tail.length],
        series
      };
      writeFileSync(f.header, JSON.stringify(header));
      pruneParts(out, parts.values());
    }
  };
}
function resumeHead(out, version) {
  try {
    const h = JSON.parse(readFileSync(files(out).header, "utf8"));
    const ok = h.format === FORMAT && h.version === version && Number.isInteger(h.head?.seq) && typeof h.head.hash === "string" && typeof h.sha256 === "string" && Number.isInteger(h.series) && Array.isArray(h.parts) && h.parts.every((n) => Number.isInteger(n) && n > 0);
    return ok ? h : void 0;
  } catch {
    return void 0;
  }
}
function loadResume(out, header) {
  try {
    const body = readFileSync(files(out).body);
    const [n0, n1] = header.parts;
    if (header.parts.length !== 2 || body.length !== n0 + n1) return void 0;
    if (createHash("sha256").update(body).digest("hex") !== header.sha256) return void 0;
    const v = deserialize(body.subarray(0, n0));
    const [pages, parts] = JSON.parse(body.subarray(n0).toString("utf8"));
    const partOf = new Map(parts);
    const present = new Set(savedParts(out));
    const runs = /* @__PURE__ */ new Map();
    for (const saved of v.runs) {
      const m = meta(saved);
      const part = m && partOf.get(m.name);
      if (!m || !isPart(part) || !present.has(part.file)) return void 0;
      runs.set(m.name, { meta: m, part });
    }
    const ok = v.commits.length === v.count && v.entryHash.get(header.head.seq) === header.head.hash && v.recent instanceof Map && runs.size === partOf.size;
    return ok ? { ...v, head: header.head, runs, pages: new Map(pages) } : void 0;
  } catch {
    return void 0;
  }
}

// src/render/site/run-store.ts
var metaOf = (r) => "history" in r ? r.history : r.meta;
function taskHistory(r) {
  return "history" in r ? { history: r.history, added: [] } : { history: { saved: r.saved, name: r.meta.name, length: r.meta.length - r.added.length }, added: r.added };
}
var RunStore = class {
  runs = /* @__PURE__ */ new Map();
  /** starts empty, or with the histories a previous build saved (as their files and what they are) */
  constructor(saved) {
    for (const [name, s] of saved ?? []) this.runs.set(name, { meta: s.meta, saved: s.part, added: [] });
  }
  add(entry, rows = entryRows(entry)) {
    for (const [name, row] of rows) {
      const r = this.runs.get(name) ?? { history: emptyHistory(name) };
      this.runs.set(name, r);
      const added = { seq: entry.seq, commit: entry.commit, row };
      if ("history" in r) addRow(r.history, added);
      else {
        addMetaRow(r.meta, entry.seq, row);
        r.added.push(added);
      }
    }
  }
  /** Pads the columns of the histories kept in full (once the last entry is in). */
  finish() {
    for (const r of this.runs.values()) if ("history" in r) padColumns(r.history);
  }
  metas() {
    return [...this.runs.values()].map(metaOf);
  }
};

// src/render/site/build.ts
var BUILDER_VERSION = "3";
var RECENT_COMMITS = 15;
var RECENT_CHANGES = 25;
var ENTRIES_PER_TASK = 32;
var WORKER_ENTRIES = 128;
var WORKER_SERIES = 64;
function siteVersion(version) {
  const h = createHash2("sha256");
  h.update(BUILDER_VERSION + version + specsHash);
  h.update(JSON.stringify(Object.keys(specs)));
  for (const s of Object.values(specs))
    h.update(String(JSON.stringify(s, (_k, v) => typeof v === "function" ? v.toString() : v)));
  for (const a of Object.values(siteAssets)) h.update(a);
  return h.digest("hex").slice(0, 16);
}
var isAsync = (x) => typeof x[Symbol.asyncIterator] === "function";
var isResumable = (x) => typeof x.from === "function";
function iterate(entries) {
  return isAsync(entries) ? entries[Symbol.asyncIterator]() : entries[Symbol.iterator]();
}
async function start(source, out, header, writer) {
  const state = header && loadResume(out, header);
  dropResume(out);
  if (!isResumable(source)) return { rest: iterate(source) };
  if (state && writer.keepUpTo(state.head.seq, state.entryHash)) {
    const rest = iterate(await source.from(state.head.seq));
    const first = await rest.next();
    if (!first.done && first.value.seq === state.head.seq && first.value.hash === state.head.hash)
      return { state, rest };
    await rest.return?.();
    writer.keepNone();
  }
  return { rest: iterate(await source.from(0)) };
}
async function buildSite(entries, opts) {
  const siteVer = siteVersion(opts.version ?? "dev");
  const previous = takeState(opts.out, siteVer);
  try {
    return await buildOnce(entries, opts, siteVer, previous, true);
  } catch (e) {
    if (e.code !== CACHE_DAMAGED) throw e;
    return buildOnce(entries, opts, siteVer, previous, false);
  }
}
async function buildOnce(entries, opts, siteVer, previous, fromCache) {
  const timings = { resume: 0, entries: 0, runs: 0, finish: 0 };
  let lap = performance.now();
  const tick = (phase) => {
    const now = performance.now();
    timings[phase] = Math.round(now - lap);
    lap = now;
  };
  const version = opts.version ?? "dev";
  const writer = new SiteWriter(opts.out, siteVer, previous);
  const charts = new ChartCache(opts.out);
  const layoutBase = { source: opts.source, version, builtAt: opts.builtAt };
  const pool = createPool(opts.jobs);
  const local = localPool();
  try {
    const header = fromCache && isResumable(entries) ? resumeHead(opts.out, siteVer) : void 0;
    const explicit = opts.jobs !== void 0;
    if (explicit || (header?.series ?? 0) >= WORKER_SERIES || (opts.total ?? 0) >= WORKER_ENTRIES) pool.warm();
    let usedWorkers = false;
    const use = (big) => {
      const p = explicit || big ? pool : local;
      usedWorkers ||= p.size > 0;
      return p;
    };
    const { state: resumed, rest } = await start(entries, opts.out, header, writer);
    const store = new RunStore(resumed?.runs);
    const recent = new RecentValues(HISTORY_FOR_COMPARE, resumed?.recent);
    const commits = resumed?.commits ?? [];
    const entryHash = resumed?.entryHash ?? /* @__PURE__ */ new Map();
    const rendered = /* @__PURE__ */ new Set();
    const lastByBranch = resumed?.lastByBranch ?? /* @__PURE__ */ new Map();
    const lastRunBadge = resumed?.lastRunBadge ?? /* @__PURE__ */ new Map();
    let count = resumed?.count ?? 0;
    tick("resume");
    let batch = [];
    const inflight = [];
    const window = Math.max(2, pool.size * 2);
    let done = count;
    let read = resumed ? 1 : 0;
    const flush = () => {
      if (!batch.length) return;
      const b = batch;
      batch = [];
      let task = null;
      if (b.some((p) => !p.kept)) {
        const names = new Set(b.flatMap((p) => [...p.rows.keys()]));
        const last = /* @__PURE__ */ new Map();
        for (const p of b) {
          const prev = lastByBranch.get(p.entry.branch ?? "");
          if (prev) last.set(p.entry.branch ?? "", prev);
        }
        task = {
          out: opts.out,
          layoutBase,
          last,
          recent: recent.of(names),
          entries: b.map((p) => ({ entry: p.entry, kept: Boolean(p.kept) }))
        };
      }
      for (const p of b) {
        recent.add(p.rows);
        lastByBranch.set(p.entry.branch ?? "", p.entry);
      }
      const many = (opts.total ?? 0) - (resumed?.count ?? 0) >= WORKER_ENTRIES || read >= WORKER_ENTRIES;
      const result = task && use(many).run("entries", task);
      result?.catch(() => void 0);
      inflight.push({ batch: b, result });
    };
    const settle = async () => {
      const { batch: b, result } = inflight.shift();
      const res = result && await result;
      if (res) writer.count(res.stats);
      b.forEach((p, i) => {
        const seq = p.entry.seq;
        const r = res?.results[i];
        const record = p.kept ?? {
          hash: p.entry.hash,
          badge: r.badge,
          files: r.files,
          runBadges: r.runBadges
        };
        if (!p.kept) rendered.add(seq);
        writer.keepEntry(seq, record);
        p.commit.badge = record.badge;
        for (const [name, badge] of Object.entries(record.runBadges ?? {}))
          lastRunBadge.set(name, { badge, seq });
        if (++done % 250 === 0) opts.onProgress?.("entries", done, opts.total);
      });
    };
    for (let r = await rest.next(); !r.done; r = await rest.next(), read++) {
      const e = r.value;
      count++;
      const rows = entryRows(e);
      store.add(e, rows);
      entryHash.set(e.seq, e.hash);
      const commit = {
        seq: e.seq,
        commit: e.commit,
        branch: e.branch ?? "",
        recordedAt: e.recordedAt,
        runs: e.runs.length,
        subject: subjectOf(e),
        badge: null
      };
      commits.push(commit);
      batch.push({ entry: e, rows, kept: writer.keptEntry(e.seq, e.hash), commit });
      if (batch.length >= ENTRIES_PER_TASK) flush();
      while (inflight.length >= window) await settle();
    }
    flush();
    store.finish();
    tick("entries");
    const bySeq = new Map(commits.map((c) => [c.seq, c]));
    let series = 0;
    for (const r of store.runs.values()) series += metaOf(r).metrics.size;
    const runPool = use(series >= WORKER_SERIES);
    const size = (r) => metaOf(r).length * metaOf(r).metrics.size;
    const biggestFirst = [...store.runs.values()].sort((a, b) => size(b) - size(a));
    const ledgerSize = (commits[commits.length - 1]?.seq ?? -1) + 1;
    const savedPages = resumed?.pages ?? /* @__PURE__ */ new Map();
    const pagesKeys = /* @__PURE__ */ new Map();
    let runNamesRendered = 0;
    const byName = new Map(
      biggestFirst.map((r) => {
        const h = metaOf(r);
        const downloads = plannedDownloads(h, writer, entryHash, ledgerSize);
        const key = pagesKey(h, siteVer, layoutBase, entryHash, ledgerSize);
        pagesKeys.set(h.name, key);
        const saved = savedPages.get(h.name);
        if ("saved" in r && saved?.key === key && downloads.every((d) => d.kept) && Object.keys(saved.files).every((f) => writer.exists(f))) {
          const unchanged = Object.keys(saved.files).length;
          const skipped = {
            ...saved,
            part: r.saved,
            stats: { written: 0, unchanged, bytes: 0 },
            charts: { used: [chartPack(h.name)], rendered: 0, reused: 0, renderMs: 0 }
          };
          return [h.name, Promise.resolve(skipped)];
        }
        runNamesRendered++;
        const task = runNameTask(r, downloads, { out: opts.out, layoutBase, writer, bySeq });
        let result;
        if (runPool.size && "history" in r) {
          const history = trimmedHistory(r.history);
          result = runPool.run("runName", { ...task, history }, historyBuffers(history));
        } else result = runPool.run("runName", task);
        result.catch(() => void 0);
        return [h.name, result];
      })
    );
    const runTasks = [...store.runs.keys()].map((name) => byName.get(name));
    while (inflight.length) await settle();
    opts.onProgress?.("entries", count, opts.total);
    const latestSeqs = new Set([...lastRunBadge.values()].map((b) => b.seq));
    for (const [seq, rec] of Object.entries(writer.state.entries))
      if (rec.runBadges && !latestSeqs.has(Number(seq))) {
        const { runBadges: _drop, ...kept } = rec;
        writer.state.entries[seq] = kept;
      }
    const pause = () => new Promise((resolve) => setImmediate(resolve));
    await writeCommitPages(commits, entryHash, writer, layoutBase, siteVer, pause);
    const head = commits[commits.length - 1];
    const resume = head && prepareResume(opts.out, siteVer, {
      head: { seq: head.seq, hash: entryHash.get(head.seq) },
      count,
      runs: store.metas(),
      recent: recent.data,
      commits,
      entryHash,
      lastByBranch,
      lastRunBadge
    });
    const allChanges = [];
    const overviewRuns = [];
    let metricCount = 0;
    const pages = /* @__PURE__ */ new Map();
    const parts = /* @__PURE__ */ new Map();
    for (const [i, task] of runTasks.entries()) {
      const r = await task;
      const { stats: _stats, charts: _charts, part, ...kept } = r;
      pages.set(r.overview.name, { ...kept, key: pagesKeys.get(r.overview.name) });
      parts.set(r.overview.name, part);
      for (const [rel, hash] of Object.entries(r.files)) writer.record(rel, hash);
      writer.count(r.stats);
      charts.merge(r.charts);
      metricCount += r.metrics;
      for (const c of r.changes) allChanges.push({ ...c, run: r.overview.name });
      const verdict = lastRunBadge.get(r.overview.name);
      overviewRuns.push({
        ...r.overview,
        spark: r.overview.spark ? trusted(r.overview.spark) : "",
        verdict: verdict ? { ...verdict.badge, href: paths.entry(verdict.seq) } : null
      });
      opts.onProgress?.("metrics", i + 1, runTasks.length);
    }
    tick("runs");
    writer.write(
      paths.overview,
      page("overview", { ...layoutBase, title: "Overview", root: "" }, overviewView(commits, allChanges, overviewRuns))
    );
    writeAssets(writer);
    charts.prune();
    const removed = await writer.finish();
    resume?.commit(pages, parts);
    tick("finish");
    return {
      entries: count,
      entriesRead: read,
      entriesRendered: rendered.size,
      runs: store.runs.size,
      metrics: metricCount,
      written: writer.written,
      unchanged: writer.unchanged,
      removed,
      chartsRendered: charts.rendered,
      chartsReused: charts.reused,
      chartMs: Math.round(charts.renderMs),
      runNamesRendered,
      bytesWritten: writer.bytes,
      workers: usedWorkers ? pool.size : 0,
      timings
    };
  } finally {
    await pool.close();
  }
}
function pagesKey(h, siteVer, layoutBase, entryHash, ledgerSize) {
  const last = h.seq[h.length - 1];
  return createHash2("sha1").update(
    JSON.stringify([
      siteVer,
      layoutBase,
      h.name,
      h.group ?? null,
      h.length,
      last,
      entryHash.get(last) ?? null,
      openChunk(ledgerSize),
      [...h.metrics.values()].map((c) => [c.name, c.goal ?? null, c.unit ?? null])
    ])
  ).digest("base64url");
}
function plannedDownloads(h, writer, entryHash, entries) {
  const downloads = planDownloads(
    h,
    entryHash,
    entries,
    (rel, key) => writer.previousOf(rel) === key && writer.exists(rel)
  );
  for (const d of downloads) {
    writer.record(d.csv, d.key);
    writer.record(d.json, d.key);
    if (d.kept) writer.count({ written: 0, unchanged: 2, bytes: 0 });
  }
  return downloads;
}
function runNameTask(r, downloads, c) {
  const h = metaOf(r);
  const from = downloads.find((d) => !d.kept)?.from ?? h.length;
  const previous = {};
  for (const rel of [paths.runName(h.name), ...[...h.metrics.keys()].map((m) => paths.metric(h.name, m))]) {
    const p = c.writer.previousOf(rel);
    if (p) previous[rel] = p;
  }
  return {
    out: c.out,
    layoutBase: c.layoutBase,
    ...taskHistory(r),
    recordedAt: Array.from(h.seq.subarray(from, h.length), (seq) => c.bySeq.get(seq)?.recordedAt ?? ""),
    recordedFrom: from,
    downloads,
    previous
  };
}
function overviewView(commits, changes, runs) {
  const latest = commits[commits.length - 1];
  return {
    entryCount: commits.length,
    runCount: commits.reduce((s, c) => s + c.runs, 0),
    commitCount: new Set(commits.map((c) => c.commit ?? `#${c.seq}`)).size,
    latest: latest ? { href: paths.entry(latest.seq), short: shortSha(latest.commit), when: when(latest.recordedAt) } : null,
    changes: [...changes].sort((a, b) => b.seq - a.seq).slice(0, RECENT_CHANGES).map(({ run, metric, goal, seq, commit, cp }) => ({
      run,
      metric,
      href: paths.metric(run, metric),
      commit: shortSha(commit),
      commitHref: paths.entry(seq),
      before: num(cp.before),
      after: num(cp.after),
      ...changeText(cp, goal)
    })),
    runs,
    recent: commitRows(commits.slice(-RECENT_COMMITS).reverse())
  };
}
function writeAssets(writer) {
  for (const [name, text] of Object.entries(siteAssets)) writer.write(`assets/${name}`, text);
}
function commitRows(rows) {
  return rows.map((c) => ({
    href: paths.entry(c.seq),
    short: shortSha(c.commit),
    subject: c.subject,
    branch: c.branch,
    when: when(c.recordedAt),
    runs: c.runs,
    verdict: c.badge
  }));
}
function pager(k, n) {
  if (n < 2) return [];
  const link = (p, label) => ({
    label,
    href: paths.commitsPage(p, n).slice("commits/".length),
    current: p === k
  });
  const out = [link(n, "newest")];
  if (k + 1 < n) out.push(link(k + 1, "newer"));
  if (k < n && k > 1) out.push(link(k, `page ${k}`));
  if (k - 1 > 1) out.push(link(k - 1, "older"));
  out.push(link(1, "oldest"));
  return out;
}
async function writeCommitPages(commits, entryHash, writer, layoutBase, version, pause) {
  const pageCount = Math.max(1, Math.ceil(commits.length / COMMITS_PER_PAGE));
  for (let k = 1; k <= pageCount; k++) {
    if (k % 8 === 0) await pause();
    const slice = commits.slice((k - 1) * COMMITS_PER_PAGE, k * COMMITS_PER_PAGE);
    const produce = () => page(
      "commits",
      { ...layoutBase, title: "Recorded commits", root: "../", crumbs: [{ href: "index.html", label: "Overview" }] },
      {
        first: slice.length ? (k - 1) * COMMITS_PER_PAGE + 1 : 0,
        last: (k - 1) * COMMITS_PER_PAGE + slice.length,
        // only the newest page counts them all: a full page stays as it is until the pages grow
        total: k === pageCount ? commits.length : null,
        pages: pager(k, pageCount),
        rows: commitRows([...slice].reverse())
      }
    );
    if (k === pageCount) writer.write(paths.commitsPage(k, pageCount), produce());
    else {
      const last = slice[slice.length - 1].seq;
      const key = createHash2("sha1").update(JSON.stringify([version, layoutBase, k, k + 1 === pageCount, slice[0].seq, last, entryHash.get(last)])).digest("base64url");
      writer.writeKeyed(paths.commitsPage(k, pageCount), key, produce);
    }
  }
}

// src/render/site/comparison.ts
async function writeComparisonSite(report, opts) {
  const version = opts.version ?? "dev";
  const writer = new SiteWriter(opts.out, `comparison-${version}`);
  const title = `Comparison report: ${report.verdict}`;
  writer.write(
    "index.html",
    page(
      "comparison",
      { title, root: "", source: opts.source, version, builtAt: opts.builtAt, compareOnly: true },
      { report: reportView(report) }
    )
  );
  writer.write("report.json", JSON.stringify(report, null, 2) + "\n");
  writeAssets(writer);
  await writer.finish();
  return { written: writer.written };
}

export {
  buildSite,
  writeComparisonSite
};
