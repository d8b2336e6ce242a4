import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  buildSite,
  writeComparisonSite
} from "./chunk-LMYISLV2.js";
import "./chunk-LN6Z3MYX.js";
import {
  version
} from "./chunk-6RLPOZKU.js";
import "./chunk-KBBSZCMI.js";
import "./chunk-QN2CCJ5G.js";
import {
  comparisonOptions,
  runComparison
} from "./chunk-B4NJD7W3.js";
import "./chunk-AUDU37RY.js";
import "./chunk-XC46B5WS.js";
import "./chunk-2MIYBR4Q.js";
import {
  gitBranchOf,
  openLedger
} from "./chunk-VL7W2GWT.js";
import {
  parseCommandArgs
} from "./chunk-63MMJX6R.js";
import "./chunk-Y2NQTQQF.js";
import "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import {
  plural,
  writeFailure
} from "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/commands/report.ts
import { stat } from "node:fs/promises";
import path from "node:path";

// src/messages/site.ts
var siteMessages = {
  noLedger: () => "runledger report: say what to build from: --ledger <dir|git:branch> (the ledger) or --compare --baseline <...> --current <...> (one comparison)",
  noOut: () => "runledger report: --out <dir> is required: the directory the site is written to",
  compareWithLedger: () => "runledger report: use either --ledger (the whole site) or --compare (one report), not both",
  outIsFile: (out) => `runledger report: --out ${out} is a file; expected a directory (it is created if missing)`,
  cannotWrite: (out, code, file) => `runledger report: cannot write the site to ${out}: ${writeFailure(code, file)}`,
  badJobs: (given) => `runledger report: --jobs ${given}: expected a whole number of worker threads from 0 (none: render in one thread) to 64`,
  emptyLedger: (label) => `runledger report: ${label} has no entries yet: record runs first (runledger record)`,
  noLedgerDir: (given, dir) => `runledger report: --ledger ${given}: there is no directory ${dir}; expected a ledger directory or git:<branch>`,
  progress: (phase, done, total) => `\rbuilding site: ${phase} ${done}${total ? `/${total}` : ""}   `,
  summary: (out, s) => `site: ${out}/index.html \xB7 ${plural(s.entries, "ledger entry", "ledger entries")} (${s.entriesRendered} rendered, ${s.entriesRead} read), ${plural(s.metrics, "metric page")}, ${plural(s.written, "file")} written, ${s.unchanged} unchanged, ${s.removed} removed, ${plural(s.chartsRendered, "chart")} drawn, ${(s.ms / 1e3).toFixed(1)} s${s.workers ? ` on ${plural(s.workers, "worker thread")}` : ""}`,
  wroteComparison: (file, verdict) => `report: ${file} (verdict: ${verdict})`
};

// src/commands/report.ts
var help = `usage: runledger report --ledger <dir|git:branch> --out <dir>
       runledger report --compare --baseline <dir|glob|ledger> --current <dir|glob> [--policy F] --out <dir>

Builds the static report site: plain HTML with inline SVG charts that works from file:// and GitHub
Pages with JavaScript off. With --ledger: an overview, one page per run name and metric (history, change
points, values, CSV/JSON downloads), one page per recorded run (provenance, how to reproduce it) and one
per recorded commit (its verdict against the commit recorded before it). Rebuilding into the same
directory rewrites only what changed. With --compare: the full report of one comparison (index.html and
report.json), the page a PR comment links to.

Options:
  --ledger L         a ledger directory (holding ledger.json) or git:<branch> on origin
  --out D            the directory to write (created if missing)
  --compare          write one comparison's report instead of the whole site
  --baseline B, --current C, --policy F, --commit SHA, --baseline-commit SHA, --non-finite M
                     as for runledger compare
  --built-at         print the build time in the footer (off by default: rebuilds stay byte-identical)
  --jobs N           worker threads rendering pages (default: one per core when the site is big enough
                     to pay for them; 0: none); the site is the same byte for byte either way

Exit 0 when the site is written (--compare: 0 when the verdict passes, 1 when a gate fails), 2 for usage
errors and unreadable input.
`;
async function checkOut(out, shown) {
  const s = await stat(out).catch(() => void 0);
  if (s && !s.isDirectory()) throw new UserError(siteMessages.outIsFile(shown));
}
async function comparison(values, out, io) {
  const report = await runComparison("report --compare", values, io);
  await writeComparisonSite(report, {
    out,
    source: `${values.baseline} \u2192 ${values.current}`,
    version,
    ...values["built-at"] ? { builtAt: (/* @__PURE__ */ new Date()).toISOString() } : {}
  });
  io.stdout(siteMessages.wroteComparison(path.join(String(values.out), "index.html"), report.headline ?? report.verdict) + "\n");
  return report.verdict === "pass" ? 0 : 1;
}
var run = async (args, io) => {
  const { values } = parseCommandArgs(
    "report",
    args,
    {
      ledger: { type: "string" },
      out: { type: "string" },
      compare: { type: "boolean" },
      ...comparisonOptions,
      "built-at": { type: "boolean" },
      jobs: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  if (values.compare && values.ledger) throw new UserError(siteMessages.compareWithLedger());
  if (!values.compare && !values.ledger) throw new UserError(siteMessages.noLedger());
  if (!values.out) throw new UserError(siteMessages.noOut());
  const out = path.resolve(io.cwd, values.out);
  const jobs = values.jobs === void 0 ? void 0 : Number(values.jobs);
  if (jobs !== void 0 && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64 && /^\d+$/.test(values.jobs)))
    throw new UserError(siteMessages.badJobs(values.jobs));
  await checkOut(out, values.out);
  if (values.compare) return comparison(values, out, io);
  const started = Date.now();
  const ledger = await openLedger(values.ledger, { cwd: io.cwd, env: io.env });
  try {
    const all = await ledger.stream(0);
    if (!all.count) {
      const dir = path.resolve(io.cwd, values.ledger);
      const missing = gitBranchOf(values.ledger) === void 0 && !await stat(dir).catch(() => void 0);
      throw new UserError(missing ? siteMessages.noLedgerDir(values.ledger, dir) : siteMessages.emptyLedger(ledger.label));
    }
    let shown = false;
    const source = { from: async (seq) => seq === 0 ? all.entries : (await ledger.stream(seq)).entries };
    const summary = await buildSite(source, {
      out,
      source: ledger.label,
      version,
      total: all.count,
      ...jobs !== void 0 ? { jobs } : {},
      ...values["built-at"] ? { builtAt: (/* @__PURE__ */ new Date()).toISOString() } : {},
      ...io.isTTY ? {
        onProgress: (phase, done, total) => {
          shown = true;
          io.stderr(siteMessages.progress(phase, done, total));
        }
      } : {}
    });
    if (shown) io.stderr("\r\x1B[2K");
    io.stdout(siteMessages.summary(values.out, { ...summary, ms: Date.now() - started }) + "\n");
    return 0;
  } catch (e) {
    const code = e.code;
    if (code === "EACCES" || code === "ENOSPC" || code === "EROFS" || code === "ENOTDIR" || code === "EISDIR")
      throw new UserError(siteMessages.cannotWrite(values.out, code, e.path));
    throw e;
  } finally {
    await ledger.close();
  }
};
export {
  run
};
