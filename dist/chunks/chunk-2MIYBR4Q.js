import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  describeValue,
  oneOfList,
  plural,
  writeFailure
} from "./chunk-SNOHGSQL.js";

// src/messages/compare.ts
function formatNumber(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toPrecision(3);
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(4)));
}
function formatPercent(rel) {
  const p = rel * 100;
  const digits = Math.abs(p) >= 10 ? 1 : 2;
  return `${p >= 0 ? "+" : ""}${p.toFixed(digits)}%`;
}
function formatP(p) {
  if (p < 1e-4) return "< 0.0001";
  return p < 1e-3 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
}
function formatDelta(delta, rel) {
  const abs = `${delta >= 0 ? "+" : ""}${formatNumber(delta)}`;
  return rel === null ? abs : `${abs} (${formatPercent(rel)})`;
}
var thresholdText = (t) => t.kind === "relative" ? `\xB1${t.value * 100}%` : `\xB1${t.value}`;
var testNames = {
  "welch-t": "Welch's t-test",
  prediction: "prediction interval",
  history: "prediction interval from the base branch history",
  threshold: "threshold only",
  none: "none"
};
var moved = (f) => `moved ${formatDelta(f.delta, f.relativeDelta)}`;
var sampleText = (f) => f.test === "history" ? "vs history" : `${f.samples.baseline} vs ${f.samples.current} values`;
var compareMessages = {
  // policy
  policyUnreadable: (file, reason) => `${file}: cannot read the policy file: ${reason}`,
  policyYaml: (file, line, col, detail) => `${file}${line ? `:${line}:${col ?? 1}` : ""}: invalid YAML: ${detail}`,
  policyInvalid: (file, problems) => `${file}: invalid policy (see docs/policy.md):
${problems.map((p) => `  ${p}`).join("\n")}`,
  policyUnknownKey: (key, allowed) => `${key}: unknown key; allowed here: ${allowed.join(", ")}`,
  policyBadThreshold: (key, value) => `${key}: ${describeValue(value)} is not a threshold; expected a relative threshold like "1%" (quoted, "0%" for any significant move) or an absolute number of at least 0 like 0.01`,
  policyBadEnum: (key, value, allowed) => `${key}: ${describeValue(value)} is not allowed; expected ${oneOfList(allowed.map((a) => JSON.stringify(a)))}`,
  policyBadType: (key, value, type) => `${key}: expected ${type === "object" ? "a mapping" : type === "array" ? "a list" : type === "boolean" ? "true or false" : `a ${type}`}, got ${describeValue(value)}`,
  policyBadRange: (key, value, comparison, limit) => `${key}: ${describeValue(value)} is out of range; expected a number ${{ "<": "below", "<=": "of at most", ">": "above", ">=": "of at least" }[comparison] ?? comparison} ${limit}`,
  policyBadValue: (key, value, detail) => `${key}: ${describeValue(value)}: ${detail}`,
  policyDuplicate: (key, value) => `${key}: ${JSON.stringify(value)} is listed twice`,
  policyEmptyPattern: () => "metrics: an empty metric name or glob matches nothing",
  // metric verdict reasons
  reasonNew: () => "only in the current runs",
  reasonMissing: () => "in the baseline runs, not in the current runs",
  reasonWithin: (f) => `${moved(f)}, within the threshold ${thresholdText(f.threshold)}`,
  reasonNotSignificant: (f) => `${moved(f)}, beyond ${thresholdText(f.threshold)} but not significant (${testNames[f.test]}, ${sampleText(f)}, q = ${f.q === null ? "n/a" : formatP(f.q)} > \u03B1 ${f.alpha}): could be noise`,
  reasonNoGoal: (f) => `${moved(f)}, beyond ${thresholdText(f.threshold)}; no goal (maximize/minimize) in the policy or manifest, so neither better nor worse`,
  reasonThresholdOnly: (f) => `${moved(f)}, beyond ${thresholdText(f.threshold)}; one value per side and no history, so the threshold alone decides`,
  reasonSignificant: (f) => `${moved(f)}, beyond ${thresholdText(f.threshold)} and significant (${testNames[f.test]}, ${sampleText(f)}, q = ${formatP(f.q ?? 0)} \u2264 \u03B1 ${f.alpha})`,
  // findings
  provNoCommit: (n, total) => `${of(n, total)} ${verb(total, "records", "record")} no code commit (code.commit)`,
  provCommitMismatch: (commit, expected, n, total) => `${of(n, total)} ran commit ${commit.slice(0, 12)}, not the commit under test ${expected.slice(0, 12)}`,
  provCommitsDisagree: (k) => `the replicas ran ${k} different commits`,
  provDirty: (n, total) => `${of(n, total)} ran on a dirty working tree (code.dirty is true)`,
  provDirtyUnknown: (n, total) => `${of(n, total)} ${verb(total, "does", "do")} not record whether the working tree was clean (code.dirty)`,
  provNoDatasets: (n, total) => `${of(n, total)} ${verb(total, "records", "record")} no datasets, so the data cannot be checked`,
  provNoDigest: (names) => `dataset${names.length === 1 ? "" : "s"} ${names.map((n) => JSON.stringify(n)).join(", ")} without a content digest`,
  provNoEnvironment: (n, total) => `${of(n, total)} ${verb(total, "records", "record")} no environment (python/node version, packages, lock file or container)`,
  determinism: (metric, seed, count, a, b, rel, tol) => `${count} replicas with seed ${seed} disagree on ${metric}: ${formatNumber(a)} vs ${formatNumber(b)} (relative difference ${rel.toPrecision(2)} > tolerance ${tol})`,
  datasetChanged: (name, list) => {
    const first = list[0];
    if (first?.change === "added") return `dataset ${name} is new in the current runs`;
    if (first?.change === "removed") return `dataset ${name} is no longer read by the current runs`;
    return `dataset ${name} changed: ${list.map((d) => `${d.field} ${short(d.baseline)} \u2192 ${short(d.current)}`).join(", ")}`;
  },
  environmentChanged: (list) => `environment changed: ${changeList(list)}`,
  paramsChanged: (list) => `params changed: ${changeList(list)}`,
  runFailed: (runs) => `run${runs.length === 1 ? "" : "s"} did not succeed: ${runs.join(", ")}`,
  nonFinite: (id, pointers) => `run ${id}: ${plural(pointers.length, "non-finite value")} (NaN/Infinity) read as missing: ${pointers.slice(0, 5).join(", ")}${pointers.length > 5 ? ", \u2026" : ""}`,
  // gates and headline
  gate: (kind, count, enabled, missingRuns) => {
    const what = {
      regression: `${plural(count, "gating metric")} regressed`,
      missing: `${plural(count, "gating metric or run", "gating metrics or runs")} missing${missingRuns ? ` (${plural(missingRuns, "whole run")})` : ""}`,
      irreproducible: `${plural(count, "metric")} disagree between replicas with the same seed`,
      provenance: `${plural(count, "provenance finding")}`
    };
    return `${what[kind]}${count > 0 && !enabled ? ` (not in fail-on: reported only)` : ""}`;
  },
  headline: (verdict, counts, runs, gates) => {
    const regressed = runs.flatMap(
      (r) => r.metrics.filter((m) => m.verdict === "regressed").map((m) => `${m.name} on ${r.name}`)
    );
    const parts = [];
    if (counts.regressed)
      parts.push(
        `${plural(counts.regressed, "regression")} (${regressed.slice(0, 3).join(", ")}${regressed.length > 3 ? ", \u2026" : ""})`
      );
    if (counts.improved) parts.push(`${counts.improved} improved`);
    if (counts.inconclusive) parts.push(`${counts.inconclusive} inconclusive`);
    if (counts.changed) parts.push(`${counts.changed} changed`);
    if (counts.missing) parts.push(`${counts.missing} missing`);
    if (counts.new) parts.push(`${counts.new} new`);
    if (counts.unchanged) parts.push(`${counts.unchanged} unchanged`);
    const failed = gates.filter((g) => g.failed && g.kind !== "regression").map((g) => `${g.kind} gate failed`);
    return `${verdict === "pass" ? "pass" : "fail"}: ${[...parts, ...failed].join(", ") || "no metrics to compare"}`;
  },
  // CLI
  noBaseline: (command) => `runledger ${command}: --baseline is required (a directory, a glob, a ledger directory or git:<branch>)`,
  noCurrent: (command) => `runledger ${command}: --current is required (a directory or a glob of the current run manifests)`,
  inputInvalid: (command, side, count) => `runledger ${command}: ${plural(count, "problem")} in the ${side} manifests (fix them or run runledger validate):`,
  noRuns: (command, side, arg) => `runledger ${command}: no ${side} manifests found in ${JSON.stringify(arg)}`,
  championUnsupported: (command, arg) => `runledger ${command}: the policy asks for baseline: champion, but the ledger ${JSON.stringify(arg)} has no way to mark champion runs yet; use merge-base or latest`,
  cannotWrite: (file, code) => `runledger compare: cannot write ${file}: ${writeFailure(code)}`,
  wroteReport: (file, verdict) => `runledger compare: ${verdict}; report written to ${file}
`
};
function verb(total, one, many) {
  return total === 1 ? one : many;
}
function of(n, total) {
  return total === 1 ? "the run" : n === total ? `all ${total} replicas` : `${n} of ${total} replicas`;
}
function short(v) {
  if (v === void 0) return "(none)";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return /^(sha256|sha512|sha1|md5):/.test(s) ? s.slice(0, s.indexOf(":") + 13) + "\u2026" : s.length > 40 ? s.slice(0, 39) + "\u2026" : s;
}
function changeList(list) {
  const shown = list.slice(0, 4).map((c) => `${c.key} ${short(c.baseline)} \u2192 ${short(c.current)}`);
  return shown.join(", ") + (list.length > 4 ? ` and ${list.length - 4} more` : "");
}

// src/compare/pair.ts
function pairRuns(baseline, current) {
  const pairs = /* @__PURE__ */ new Map();
  const get = (name) => {
    let p = pairs.get(name);
    if (!p) pairs.set(name, p = { name, baseline: [], current: [] });
    return p;
  };
  for (const m of baseline) get(m.run.name).baseline.push(m);
  for (const m of current) get(m.run.name).current.push(m);
  return [...pairs.values()];
}
function consensus(values) {
  const first = values[0];
  if (first === void 0) return void 0;
  return values.every((v) => v === first) ? first : void 0;
}

// src/compare/changes.ts
function flatten(value, prefix = "", out = /* @__PURE__ */ new Map()) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, {});
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}
var same = (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b);
function diffFlat(b, c) {
  const out = [];
  for (const [key, bv] of b) {
    if (!c.has(key)) out.push({ key, baseline: bv });
    else if (!same(bv, c.get(key))) out.push({ key, baseline: bv, current: c.get(key) });
  }
  for (const [key, cv] of c) if (!b.has(key)) out.push({ key, current: cv });
  return out;
}
function environmentFacts(e) {
  const out = /* @__PURE__ */ new Map();
  if (!e) return out;
  const put = (k, v) => {
    if (v !== void 0) out.set(k, v);
  };
  put("os", e.os);
  put("arch", e.arch);
  put("python", e.python);
  put("node", e.node);
  for (const [k, v] of Object.entries(e.packages ?? {})) put(`packages.${k}`, v);
  put("lockfileDigest", e.lockfileDigest);
  put("hardware.cpu", e.hardware?.cpu);
  put("hardware.cpus", e.hardware?.cpus);
  put("hardware.memoryGiB", e.hardware?.memoryGiB);
  if (e.hardware?.gpus) put("hardware.gpus", e.hardware.gpus.map((g) => g.name).join(", "));
  put("hardware.cuda", e.hardware?.cuda);
  put("container.image", e.container?.image);
  put("container.digest", e.container?.digest);
  return out;
}
var datasetFields = ["digest", "version", "records", "bytes", "uri", "split"];
function diffDatasets(b, c) {
  const out = [];
  const cur = new Map(c.map((d) => [d.name, d]));
  const base = new Map(b.map((d) => [d.name, d]));
  for (const [name, bd] of base) {
    const cd = cur.get(name);
    if (!cd) {
      out.push({ name, change: "removed" });
      continue;
    }
    for (const f of datasetFields) {
      if (bd[f] === cd[f]) continue;
      out.push({
        name,
        change: "modified",
        field: f,
        ...bd[f] !== void 0 ? { baseline: bd[f] } : {},
        ...cd[f] !== void 0 ? { current: cd[f] } : {}
      });
    }
  }
  for (const name of cur.keys()) if (!base.has(name)) out.push({ name, change: "added" });
  return out;
}
function diffRuns(baseline, current) {
  const b = baseline[0];
  const c = current[0];
  if (!b || !c) return { params: [], datasets: [], environment: [], code: null };
  const from = consensus(baseline.map((m) => m.code?.commit));
  const to = consensus(current.map((m) => m.code?.commit));
  const repository = c.code?.repository ?? b.code?.repository;
  return {
    params: diffFlat(flatten(b.params ?? {}), flatten(c.params ?? {})),
    datasets: diffDatasets(b.datasets ?? [], c.datasets ?? []),
    environment: diffFlat(environmentFacts(b.environment), environmentFacts(c.environment)),
    code: from && to ? { from, to, ...repository ? { repository } : {} } : null
  };
}

export {
  formatNumber,
  formatP,
  formatDelta,
  compareMessages,
  pairRuns,
  consensus,
  flatten,
  diffRuns
};
