import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  renderJson,
  renderMarkdown,
  renderText
} from "./chunk-P7OJ2FAO.js";
import {
  compare,
  compareMessages,
  loadPolicy
} from "./chunk-PUJ3FESH.js";
import "./chunk-XC46B5WS.js";
import {
  oneOfOption,
  parseCommandArgs
} from "./chunk-VBB72MPI.js";
import "./chunk-ZS4JL4EC.js";
import {
  formatProblem,
  readManifests
} from "./chunk-64UIJ336.js";
import {
  UserError
} from "./chunk-GOYOKSGI.js";
import "./chunk-SN3NTARJ.js";

// src/commands/compare.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var help = `usage: runledger compare --baseline <dir|glob|ledger> --current <dir|glob> [options]

Compares the current runs with the baseline runs (paired by run.name; several manifests of one name are
replicas) and prints the verdict. The baseline is a directory or glob of manifests, or a ledger: a
directory holding ledger.json, or git:<branch>.

Options:
  --policy F               policy file (default: runledger.yml in the current directory, if present)
  --format F               text (default), markdown (the PR comment) or json (schemas/verdict.schema.json)
  --out F                  write the report to F instead of stdout (format from .md/.json when not given)
  --commit SHA             the commit under test (for the commit-match reproducibility check)
  --baseline-commit SHA    with a ledger baseline: the merge-base to compare against (default: newest entry)
  --non-finite error|missing   how NaN/Infinity in manifests are read (default: the policy's non-finite)
  --report-url URL         link to the full report in the markdown comment

Exit 0 when every gate passes, 1 when a gate fails, 2 for usage errors and unreadable or invalid input.
`;
async function looksLikeLedger(arg, cwd) {
  if (arg.startsWith("git:")) return true;
  return (await stat(path.join(path.resolve(cwd, arg), "ledger.json")).catch(() => void 0))?.isFile() ?? false;
}
async function readSide(which, arg, io, nonFinite) {
  const result = await readManifests([arg], { cwd: io.cwd, nonFinite });
  if (result.problems.length > 0) {
    const lines = result.problems.map((p) => "  " + formatProblem(p));
    throw new UserError([compareMessages.inputInvalid(which, result.problems.length), ...lines].join("\n"));
  }
  if (result.manifests.length === 0) throw new UserError(compareMessages.noRuns(which, arg));
  const nf = {};
  for (const m of result.manifests) if (m.missing.length) nf[m.manifest.run.id] = m.missing;
  return { runs: result.manifests.map((m) => m.manifest), nonFinite: nf, source: arg };
}
async function readBaseline(arg, io, nonFinite, commit, mode) {
  const mod = await looksLikeLedger(arg, io.cwd) ? await import("./ledger-VW5WTC7Y.js") : void 0;
  if (mod && await mod.isLedgerLocation(arg, io.cwd)) {
    if (mode === "champion") throw new UserError(compareMessages.championUnsupported(arg));
    const at = mode === "merge-base" ? commit : void 0;
    const r = await mod.resolveBaseline({ location: arg, cwd: io.cwd, ...at ? { commit: at } : {} });
    return { runs: r.runs, nonFinite: {}, commit: r.commit, source: r.source, history: r.history };
  }
  return readSide("baseline", arg, io, nonFinite);
}
var run = async (args, io) => {
  const { values } = parseCommandArgs(
    "compare",
    args,
    {
      baseline: { type: "string" },
      current: { type: "string" },
      policy: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      commit: { type: "string" },
      "baseline-commit": { type: "string" },
      "non-finite": { type: "string" },
      "report-url": { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  if (!values.baseline) throw new UserError(compareMessages.noBaseline());
  if (!values.current) throw new UserError(compareMessages.noCurrent());
  const inferred = values.out?.endsWith(".md") ? "markdown" : values.out?.endsWith(".json") ? "json" : "text";
  const format = oneOfOption("compare", "format", values.format, ["markdown", "json", "text"], inferred);
  const policy = await loadPolicy(values.policy, io.cwd);
  const nonFinite = oneOfOption(
    "compare",
    "non-finite",
    values["non-finite"],
    ["error", "missing"],
    policy.nonFinite
  );
  const baseline = await readBaseline(values.baseline, io, nonFinite, values["baseline-commit"], policy.baseline);
  const current = await readSide("current", values.current, io, nonFinite);
  const report = compare({
    baseline: baseline.runs,
    current: current.runs,
    policy,
    ...baseline.history ? { history: baseline.history } : {},
    baselineInfo: { source: baseline.source, ...baseline.commit !== void 0 ? { commit: baseline.commit } : {} },
    currentSource: current.source,
    ...values.commit ? { commitUnderTest: values.commit } : {},
    nonFinite: { ...baseline.nonFinite, ...current.nonFinite }
  });
  const color = format === "text" && !values.out && io.isTTY;
  const text = format === "json" ? renderJson(report) : format === "markdown" ? renderMarkdown(report, values["report-url"] ? { reportUrl: values["report-url"] } : {}) : renderText(report, { color });
  if (values.out) {
    const file = path.resolve(io.cwd, values.out);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    } catch (e) {
      throw new UserError(compareMessages.cannotWrite(values.out, e.code ?? String(e)));
    }
    io.stdout(compareMessages.wroteReport(values.out, report.headline ?? report.verdict));
  } else {
    io.stdout(text);
  }
  return report.verdict === "pass" ? 0 : 1;
};
export {
  run
};
