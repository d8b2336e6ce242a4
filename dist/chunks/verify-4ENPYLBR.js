import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  gitBranchOf,
  ledgerMessages,
  rebuildIndex,
  verifyLedger
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
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/commands/verify.ts
var help = `usage: runledger verify --ledger <dir|git:branch> [--rebuild-index]

Re-checks the whole ledger: every entry's hash, every link of the hash chain, every manifest against
the schema, the marker and the derived index. Prints the first broken entry and what is wrong with it.

  --rebuild-index   rebuild index.json (derived) from the entries, when the entries are intact
                    (directory ledgers)

Exit 0 intact, 1 tampered or corrupt, 2 usage error or unreadable ledger.
`;
var run = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    "verify",
    args,
    { ledger: { type: "string" }, "rebuild-index": { type: "boolean" }, help: { type: "boolean", short: "h" } },
    false
  );
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  void positionals;
  if (!values.ledger) throw new UserError(ledgerMessages.noLedger("verify"));
  if (values["rebuild-index"]) {
    if (gitBranchOf(values.ledger) !== void 0) throw new UserError(ledgerMessages.rebuildGit());
    const { rebuilt, report: report2 } = await rebuildIndex(values.ledger, { cwd: io.cwd });
    if (!rebuilt) {
      const first2 = report2.problems[0];
      io.stderr(
        ledgerMessages.verifyBroken(`ledger ${values.ledger}`, first2.file, first2.problem, report2.problems.length - 1) + "\n"
      );
      return 1;
    }
    io.stdout(ledgerMessages.indexRebuilt(`ledger ${values.ledger}`) + "\n");
  }
  const report = await verifyLedger(values.ledger, { cwd: io.cwd, env: io.env });
  if (!report.exists) throw new UserError(ledgerMessages.noSuchLedger(report.label));
  const first = report.problems[0];
  if (first) {
    io.stderr(ledgerMessages.verifyBroken(report.label, first.file, first.problem, report.problems.length - 1) + "\n");
    io.stdout(ledgerMessages.verifyBrokenSummary(report.label, report.problems.length) + "\n");
    return 1;
  }
  io.stdout(ledgerMessages.verifyOk(report.label, report.entries, report.runs) + "\n");
  return 0;
};
export {
  run
};
