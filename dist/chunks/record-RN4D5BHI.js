import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  appendToLedger,
  git,
  ledgerMessages
} from "./chunk-VL7W2GWT.js";
import {
  parseCommandArgs
} from "./chunk-63MMJX6R.js";
import "./chunk-Y2NQTQQF.js";
import {
  formatProblem,
  readManifests
} from "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/commands/record.ts
var help = `usage: runledger record --ledger <dir|git:branch> [--commit SHA] [--branch B] <manifests...>

Appends the runs to the ledger as one entry (the runs of one commit): a directory (created on first
use, no git needed) or git:<branch>, that branch on the checkout's origin remote (created as an orphan
branch on first use; the checkout itself is never touched). Runs already recorded (same run.id) are
skipped. A corrupt ledger is refused and left unchanged.

  --commit SHA   the commit the runs belong to (default: the runs' code.commit when they agree,
                 else HEAD of the repository here, else none)
  --branch B     the branch the commit was recorded from (default: the runs' code.branch when they agree)

Exit 0 recorded (or nothing new), 1 invalid manifests or a corrupt ledger, 2 usage or unreadable input.
`;
var COMMIT_RE = /^[0-9a-f]{7,64}$/;
async function gitOut(args, cwd) {
  try {
    const r = await git(args, { cwd });
    return r.code === 0 ? r.stdout.toString().trim() || void 0 : void 0;
  } catch {
    return void 0;
  }
}
var run = async (args, io) => {
  const { values, positionals } = parseCommandArgs("record", args, {
    ledger: { type: "string" },
    commit: { type: "string" },
    branch: { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  if (!values.ledger) throw new UserError(ledgerMessages.noLedger("record"));
  if (positionals.length === 0) throw new UserError(ledgerMessages.noManifests());
  if (values.commit !== void 0 && !COMMIT_RE.test(values.commit))
    throw new UserError(ledgerMessages.badCommitArg(values.commit));
  const read = await readManifests(positionals, { cwd: io.cwd });
  const ids = /* @__PURE__ */ new Map();
  for (const m of read.manifests) {
    const other = ids.get(m.manifest.run.id);
    if (other)
      read.problems.push({
        file: m.file,
        pointer: "/run/id",
        message: ledgerMessages.duplicateInBatch(m.manifest.run.id, other, m.file)
      });
    else ids.set(m.manifest.run.id, m.file);
  }
  if (read.problems.length) {
    for (const p of read.problems) io.stderr(formatProblem(p) + "\n");
    io.stderr(ledgerMessages.invalidManifests(read.problems.length) + "\n");
    return read.unreadable ? 2 : 1;
  }
  const runs = read.manifests.map((m) => m.manifest);
  let commit = values.commit ?? null;
  if (commit === null) {
    const commits = [...new Set(runs.map((r) => r.code?.commit).filter((c) => Boolean(c)))];
    if (commits.length > 1) throw new UserError(ledgerMessages.commitMismatch(commits));
    commit = commits[0] ?? await gitOut(["rev-parse", "HEAD"], io.cwd) ?? null;
  }
  if (commit !== null && commit.length < 40)
    commit = await gitOut(["rev-parse", "--verify", "--quiet", `${commit}^{commit}`], io.cwd) ?? commit;
  const parents = commit !== null ? (await gitOut(["rev-parse", "--verify", "--quiet", `${commit}^@`], io.cwd))?.split("\n") : void 0;
  const branches = [...new Set(runs.map((r) => r.code?.branch).filter((b) => Boolean(b)))];
  const branch = values.branch ?? (branches.length === 1 ? branches[0] : void 0);
  const result = await appendToLedger(
    values.ledger,
    { commit, ...parents?.length ? { parents } : {}, ...branch ? { branch } : {}, source: { tool: "cli" }, runs },
    { cwd: io.cwd, env: io.env }
  );
  io.stdout(
    ledgerMessages.recordSummary(
      `ledger ${values.ledger}`,
      result.added,
      result.skipped,
      result.entry?.seq ?? null,
      commit,
      result.retries
    ) + "\n"
  );
  return 0;
};
export {
  run
};
