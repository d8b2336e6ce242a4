import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  compare,
  loadPolicy
} from "./chunk-AUDU37RY.js";
import {
  compareMessages
} from "./chunk-2MIYBR4Q.js";
import {
  oneOfOption
} from "./chunk-63MMJX6R.js";
import {
  formatProblem,
  readManifests
} from "./chunk-OC7DZ7RE.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";

// src/commands/comparison.ts
import { stat } from "node:fs/promises";
import path from "node:path";
var comparisonOptions = {
  baseline: { type: "string" },
  current: { type: "string" },
  policy: { type: "string" },
  commit: { type: "string" },
  "baseline-commit": { type: "string" },
  "non-finite": { type: "string" }
};
async function looksLikeLedger(arg, cwd) {
  if (arg.startsWith("git:")) return true;
  return (await stat(path.join(path.resolve(cwd, arg), "ledger.json")).catch(() => void 0))?.isFile() ?? false;
}
async function readSide(command, which, arg, io, nonFinite) {
  const result = await readManifests([arg], { cwd: io.cwd, nonFinite });
  if (result.problems.length > 0) {
    const lines = result.problems.map((p) => "  " + formatProblem(p));
    throw new UserError([compareMessages.inputInvalid(command, which, result.problems.length), ...lines].join("\n"));
  }
  if (result.manifests.length === 0) throw new UserError(compareMessages.noRuns(command, which, arg));
  const nf = {};
  for (const m of result.manifests) if (m.missing.length) nf[m.manifest.run.id] = m.missing;
  return { runs: result.manifests.map((m) => m.manifest), nonFinite: nf, source: arg };
}
async function readBaseline(command, arg, io, nonFinite, commit, mode) {
  const mod = await looksLikeLedger(arg, io.cwd) ? await import("./ledger-H5E7VP4H.js") : void 0;
  if (mod && await mod.isLedgerLocation(arg, io.cwd)) {
    if (mode === "champion") throw new UserError(compareMessages.championUnsupported(command, arg));
    const at = mode === "merge-base" ? commit : void 0;
    const r = await mod.resolveBaseline({ location: arg, cwd: io.cwd, ...at ? { commit: at } : {} });
    return { runs: r.runs, nonFinite: {}, commit: r.commit, source: r.source, history: r.history };
  }
  return readSide(command, "baseline", arg, io, nonFinite);
}
async function runComparison(command, values, io) {
  if (!values.baseline) throw new UserError(compareMessages.noBaseline(command));
  if (!values.current) throw new UserError(compareMessages.noCurrent(command));
  const policy = await loadPolicy(values.policy, io.cwd);
  const nonFinite = oneOfOption(
    command,
    "non-finite",
    values["non-finite"],
    ["error", "missing"],
    policy.nonFinite
  );
  const baseline = await readBaseline(
    command,
    values.baseline,
    io,
    nonFinite,
    values["baseline-commit"],
    policy.baseline
  );
  const current = await readSide(command, "current", values.current, io, nonFinite);
  return compare({
    baseline: baseline.runs,
    current: current.runs,
    policy,
    ...baseline.history ? { history: baseline.history } : {},
    baselineInfo: { source: baseline.source, ...baseline.commit !== void 0 ? { commit: baseline.commit } : {} },
    currentSource: current.source,
    ...values.commit ? { commitUnderTest: values.commit } : {},
    nonFinite: { ...baseline.nonFinite, ...current.nonFinite }
  });
}

export {
  comparisonOptions,
  runComparison
};
