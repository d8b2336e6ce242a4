import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  comparisonOptions,
  runComparison
} from "./chunk-B4NJD7W3.js";
import {
  renderJson,
  renderMarkdown,
  renderText
} from "./chunk-77SZU4DR.js";
import "./chunk-AUDU37RY.js";
import "./chunk-XC46B5WS.js";
import {
  compareMessages
} from "./chunk-2MIYBR4Q.js";
import {
  oneOfOption,
  parseCommandArgs
} from "./chunk-63MMJX6R.js";
import "./chunk-Y2NQTQQF.js";
import "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/commands/compare.ts
import { mkdir, writeFile } from "node:fs/promises";
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
var run = async (args, io) => {
  const { values } = parseCommandArgs(
    "compare",
    args,
    {
      ...comparisonOptions,
      format: { type: "string" },
      out: { type: "string" },
      "report-url": { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  const inferred = values.out?.endsWith(".md") ? "markdown" : values.out?.endsWith(".json") ? "json" : "text";
  const format = oneOfOption("compare", "format", values.format, ["markdown", "json", "text"], inferred);
  const report = await runComparison("compare", values, io);
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
