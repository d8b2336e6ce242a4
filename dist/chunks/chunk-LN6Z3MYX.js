import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  FileSink,
  HISTORY_FOR_COMPARE,
  RecentValues,
  entryRows,
  flatten,
  jsonText,
  num,
  pValue,
  page,
  paths,
  percent,
  runAnchor,
  safeHref,
  shortSha,
  signed,
  when
} from "./chunk-QN2CCJ5G.js";
import {
  compare
} from "./chunk-AUDU37RY.js";
import {
  metricsOf
} from "./chunk-SVJAMWSF.js";

// src/render/site/report-view.ts
function verdictTone(v) {
  switch (v) {
    case "improved":
    case "pass":
      return "good";
    case "regressed":
    case "fail":
    case "missing":
    case "error":
      return "bad";
    case "inconclusive":
    case "warning":
      return "warn";
    case "changed":
    case "new":
    case "info":
      return "info";
    default:
      return "";
  }
}
function reportView(r, links = {}, abridged = false) {
  const counts = Object.keys(r.counts).filter((k) => r.counts[k] > 0).map((k) => ({ label: k, count: r.counts[k], tone: verdictTone(k) }));
  let unchangedMetrics = 0;
  const quiet = [];
  const runs = r.runs.flatMap((run) => {
    if (!abridged) return [{ run, metrics: run.metrics }];
    const metrics = run.metrics.filter((m) => m.verdict !== "unchanged");
    unchangedMetrics += run.metrics.length - metrics.length;
    const c = run.changes;
    const moved = metrics.length || run.findings.length || c.params.length || c.datasets.length || c.environment.length || run.cases?.newlyFailing.length || run.cases?.newlyPassing.length;
    if (moved) return [{ run, metrics }];
    quiet.push({ name: run.name, href: links.run?.(run.name) });
    return [];
  });
  return {
    verdict: r.verdict,
    headline: r.headline,
    gates: r.gates.filter((g) => g.failed).map((g) => ({ kind: g.kind, message: g.message, tone: "bad" })),
    abridged: abridged && (unchangedMetrics > 0 || quiet.length > 0),
    unchangedMetrics,
    quiet,
    tone: verdictTone(r.verdict),
    baseline: r.baseline.commit ? `${shortSha(r.baseline.commit)} (${r.baseline.source})` : r.baseline.source,
    current: r.current.commit ? shortSha(r.current.commit) : r.current.source ?? "current runs",
    counts,
    runs: runs.map(({ run, metrics }) => ({
      name: run.name,
      href: links.run?.(run.name),
      status: run.status,
      metrics: metrics.map((m) => ({
        name: m.name,
        href: links.metric?.(run.name, m.name),
        goal: m.goal ?? "\u2014",
        baseline: num(m.baseline),
        current: num(m.current),
        delta: signed(m.delta),
        relative: percent(m.relativeDelta),
        p: pValue(m.adjustedPValue ?? m.pValue),
        verdict: m.verdict,
        tone: verdictTone(m.verdict),
        gating: m.gating,
        reason: m.reason
      })),
      cases: run.cases && (run.cases.newlyFailing.length || run.cases.newlyPassing.length || run.cases.pValue !== null) ? {
        newlyFailing: run.cases.newlyFailing,
        newlyPassing: run.cases.newlyPassing,
        p: run.cases.pValue === null ? "" : pValue(run.cases.pValue)
      } : null,
      findings: run.findings.map((f) => ({ ...f, tone: verdictTone(f.severity) })),
      changes: [
        ...run.changes.code ? [{ what: "code", key: "commit", from: shortSha(run.changes.code.from), to: shortSha(run.changes.code.to) }] : [],
        ...run.changes.params.map((c) => ({
          what: "param",
          key: c.key,
          from: jsonText(c.baseline),
          to: jsonText(c.current)
        })),
        ...run.changes.datasets.map((c) => ({
          what: `dataset ${c.change}`,
          key: c.field ? `${c.name}.${c.field}` : c.name,
          from: jsonText(c.baseline),
          to: jsonText(c.current)
        })),
        ...run.changes.environment.map((c) => ({
          what: "environment",
          key: c.key,
          from: jsonText(c.baseline),
          to: jsonText(c.current)
        }))
      ]
    }))
  };
}
function verdictBadge(r) {
  const n = r.counts.regressed;
  return r.verdict === "fail" ? { label: n ? `fail \xB7 ${n} regressed` : "fail", tone: "bad" } : { label: r.counts.improved ? `pass \xB7 ${r.counts.improved} improved` : "pass", tone: "good" };
}

// src/render/site/run-view.ts
var MAX_CASES = 500;
function shellQuote(arg) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function reproduceText(m) {
  const lines = [];
  const code = m.code;
  if (code?.repository) {
    const repo = /^[\w.-]+\/[\w.-]+$/.test(code.repository) ? `https://github.com/${code.repository}` : code.repository;
    lines.push(`git clone ${shellQuote(repo)} repo && cd repo`);
  }
  if (code?.commit) lines.push(`git checkout ${shellQuote(code.commit)}`);
  else lines.push("# no code commit was recorded: the exact code is unknown");
  if (code?.dirty)
    lines.push("# the working tree was dirty when this ran" + (code.diffDigest ? ` (diff ${code.diffDigest})` : ""));
  const ds = m.datasets ?? [];
  if (ds.length) {
    lines.push("# data: check these digests before running");
    for (const d of ds) lines.push(`#   ${d.name}${d.uri ? `  ${d.uri}` : ""}  ${d.digest ?? "(no digest recorded)"}`);
  }
  const env = m.environment;
  if (env?.container?.image)
    lines.push(`# container: ${env.container.image}${env.container.digest ? `@${env.container.digest}` : ""}`);
  if (env?.python) lines.push(`# python ${env.python}${env.lockfileDigest ? `, lockfile ${env.lockfileDigest}` : ""}`);
  if (m.run.command?.length) lines.push(m.run.command.map(shellQuote).join(" "));
  else lines.push("# no command was recorded");
  return lines.join("\n");
}
function sharedProvenance(runs) {
  const same = (f) => {
    if (runs.length < 2) return false;
    const first = JSON.stringify(f(runs[0]) ?? null);
    return runs.every((m) => JSON.stringify(f(m) ?? null) === first);
  };
  const s = {
    code: same((m) => m.code),
    params: same((m) => m.params),
    datasets: same((m) => m.datasets),
    environment: same((m) => m.environment)
  };
  return { ...s, any: s.code || s.params || s.datasets || s.environment };
}
function runView(m, anchor, links, shared) {
  const r = m.run;
  const runRows = [
    ...r.group ? [{ key: "group", value: r.group }] : [],
    ...r.status ? [{ key: "status", value: r.status }] : [],
    ...r.seed !== void 0 ? [{ key: "seed", value: String(r.seed) }] : [],
    ...r.replica !== void 0 ? [{ key: "replica", value: String(r.replica) }] : [],
    ...r.startedAt ? [{ key: "started", value: when(r.startedAt) }] : [],
    ...r.endedAt ? [{ key: "ended", value: when(r.endedAt) }] : [],
    ...r.command?.length ? [{ key: "command", value: r.command.map(shellQuote).join(" "), code: true }] : [],
    ...r.tags && Object.keys(r.tags).length ? flatten(r.tags, "tags") : [],
    ...r.notes ? [{ key: "notes", value: r.notes, pre: true }] : []
  ];
  const c = m.code;
  const codeRows = c ? [
    ...c.repository ? [{ key: "repository", value: c.repository }] : [],
    ...c.commit ? [{ key: "commit", value: c.commit, code: true }] : [],
    ...c.branch ? [{ key: "branch", value: c.branch }] : [],
    ...c.dirty !== void 0 ? [{ key: "dirty tree", value: c.dirty ? "yes" : "no" }] : [],
    ...c.diffDigest ? [{ key: "diff digest", value: c.diffDigest, code: true }] : []
  ] : [];
  const metrics = [...metricsOf(m)].map(([name, o]) => ({
    name,
    value: num(o.value),
    goal: o.goal ?? "",
    unit: o.unit ?? "",
    samples: o.samples?.length ? String(o.samples.length) : ""
  }));
  const allCases = m.cases ?? [];
  const cases = allCases.slice(0, MAX_CASES).map((k) => ({
    id: k.id,
    outcome: k.outcome ?? "",
    tone: k.outcome === "pass" ? "good" : k.outcome === "fail" || k.outcome === "error" ? "bad" : "",
    score: k.score === void 0 ? "" : num(k.score),
    metrics: k.metrics ? Object.entries(k.metrics).map(([a, b]) => `${a}=${jsonText(b)}`).join(", ") : ""
  }));
  const passed = allCases.filter((k) => k.outcome === "pass").length;
  return {
    id: r.id,
    name: r.name,
    anchor,
    shared,
    runNameHref: links.runName,
    cols: {
      unit: metrics.some((x) => x.unit),
      samples: metrics.some((x) => x.samples)
    },
    reproduce: reproduceText(m),
    runRows,
    codeRows,
    metrics,
    params: flatten(m.params ?? {}),
    datasets: (m.datasets ?? []).map((d) => ({
      name: d.name,
      uri: d.uri ?? "",
      href: safeHref(d.uri),
      digest: d.digest ?? "",
      version: d.version ?? "",
      split: d.split ?? "",
      records: d.records === void 0 ? "" : num(d.records),
      bytes: d.bytes === void 0 ? "" : num(d.bytes)
    })),
    environment: flatten(m.environment ?? {}),
    artifacts: (m.artifacts ?? []).map((a) => ({
      name: a.name,
      kind: a.kind ?? "",
      uri: a.uri ?? "",
      href: safeHref(a.uri),
      digest: a.digest ?? "",
      bytes: a.bytes === void 0 ? "" : num(a.bytes)
    })),
    cases,
    caseCount: allCases.length,
    casesClipped: allCases.length > cases.length,
    caseSummary: allCases.length ? `${passed} of ${allCases.length} cases passed.` : ""
  };
}

// src/render/site/entry-page.ts
async function renderEntries(t) {
  const sink = new FileSink(t.out);
  const recent = new RecentValues(HISTORY_FOR_COMPARE, t.recent);
  const results = [];
  for (const { entry: e, kept } of t.entries) {
    const branch = e.branch ?? "";
    const prev = t.last.get(branch);
    if (kept) results.push(null);
    else {
      const report = prev ? compareEntries(prev, e, recent) : null;
      results.push({
        badge: report ? verdictBadge(report) : null,
        runBadges: report ? runBadgesOf(report) : {},
        files: renderEntry(e, prev, report, sink, t.layoutBase)
      });
    }
    recent.add(entryRows(e));
    t.last.set(branch, e);
  }
  await sink.settle();
  return { results, stats: sink.stats };
}
function compareEntries(prev, e, recent) {
  const history = {};
  for (const name of new Set(e.runs.map((r) => r.run.name))) {
    const per = recent.get(name);
    if (per) history[name] = per;
  }
  return compare({
    baseline: prev.runs,
    current: e.runs,
    history,
    baselineInfo: { commit: prev.commit, source: `ledger entry #${prev.seq}` },
    currentSource: `ledger entry #${e.seq}`,
    // the page lists only what moved: the reasons of unchanged metrics would go unread
    explainUnchanged: false,
    ...e.commit ? { commitUnderTest: e.commit } : {}
  });
}
function runBadgesOf(r) {
  const out = {};
  for (const run of r.runs) {
    const reg = run.metrics.filter((m) => m.verdict === "regressed").length;
    const imp = run.metrics.filter((m) => m.verdict === "improved").length;
    out[run.name] = run.status !== "compared" ? { label: run.status, tone: verdictTone(run.status) } : reg ? { label: `${reg} regressed`, tone: "bad" } : imp ? { label: `${imp} improved`, tone: "good" } : { label: "unchanged", tone: "" };
  }
  return out;
}
function renderEntry(e, prev, report, sink, layoutBase) {
  const root = "../";
  const title = `Commit ${shortSha(e.commit)} \xB7 #${e.seq}`;
  const shared = sharedProvenance(e.runs);
  const used = /* @__PURE__ */ new Set();
  const runs = e.runs.map((m) => {
    let anchor = runAnchor(m.run.id);
    for (let i = 2; used.has(anchor); i++) anchor = `${runAnchor(m.run.id)}-${i}`;
    used.add(anchor);
    return runView(m, anchor, { runName: root + paths.runName(m.run.name) }, shared);
  });
  const names = new Set(e.runs.map((r) => r.run.name));
  const series = new Set(e.runs.flatMap((r) => Object.keys(r.metrics).map((k) => `${r.run.name}\0${k}`)));
  const body = {
    subject: subjectOf(e),
    recordedAt: when(e.recordedAt),
    branch: e.branch,
    previous: prev ? { href: `${prev.seq}.html`, short: shortSha(prev.commit) } : null,
    runs,
    shared: { ...shared, view: shared.any ? runs[0] : null },
    report: report ? reportView(
      report,
      {
        run: (n) => names.has(n) ? root + paths.runName(n) : void 0,
        metric: (n, metric) => series.has(`${n}\0${metric}`) ? root + paths.metric(n, metric) : void 0
      },
      true
    ) : null
  };
  const f = paths.entry(e.seq);
  sink.put(
    f,
    page("commit", { ...layoutBase, title, root, crumbs: [{ href: "commits/index.html", label: "Commits" }] }, body)
  );
  return [f];
}
function subjectOf(e) {
  if (e.source?.subject) return e.source.subject;
  const firsts = new Set(e.runs.map((r) => (r.run.notes ?? "").split("\n", 1)[0].trim()));
  const [only] = firsts;
  return firsts.size === 1 && only ? only : "";
}

export {
  reportView,
  renderEntries,
  subjectOf
};
