import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  ensureHistory,
  headCommit,
  isNullSha,
  parentsOf
} from "./chunk-7BB23C6H.js";
import {
  baselineAt,
  commentMarker,
  emptyOutputs,
  evaluate,
  log,
  policyFor,
  pushOf,
  readEvent,
  runUrl,
  setOutputs,
  timed,
  validManifestsOrReport,
  writeReportFiles,
  writeSummary
} from "./chunk-LUQUAO6I.js";
import "./chunk-A4VMMIXO.js";
import {
  actionMessages
} from "./chunk-RH66HGM3.js";
import "./chunk-77SZU4DR.js";
import "./chunk-AUDU37RY.js";
import "./chunk-XC46B5WS.js";
import "./chunk-2MIYBR4Q.js";
import {
  appendToLedger
} from "./chunk-VL7W2GWT.js";
import "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/publish/github/push.ts
async function pushFlow(settings) {
  const out = emptyOutputs();
  const event = pushOf(await readEvent(settings.runner.eventPath));
  const manifests = await timed("validate", () => validManifestsOrReport(settings));
  if (!manifests) return 1;
  const { runner } = settings;
  const cwd = settings.workdir;
  const commit = await headCommit(cwd) ?? runner.sha;
  const parents = await timed("history", async () => {
    await ensureHistory(cwd, [commit, ...isNullSha(event.before) ? [] : [event.before]]);
    return parentsOf(cwd, commit);
  });
  const previous = parents[0];
  const [policy, baseline] = await timed(
    "baseline",
    () => Promise.all([policyFor(settings), baselineAt(settings, previous)])
  );
  const reportUrl = runUrl(settings);
  const ev = await timed(
    "compare",
    () => evaluate(manifests, policy, baseline, {
      commitUnderTest: commit,
      currentSource: `${runner.ref.replace(/^refs\/heads\//, "")} @ ${commit.slice(0, 7)}`,
      marker: commentMarker(runner.workflow, runner.job, settings.commentKey),
      maxLength: settings.maxCommentLength,
      ...reportUrl ? { reportUrl } : {}
    })
  );
  out.verdict = ev.report.verdict;
  out.regressions = ev.report.counts.regressed;
  out["baseline-commit"] = ev.baseline.commit ?? "";
  await writeReportFiles(settings.reportDir, { comment: ev.markdown, report: ev.report, pr: void 0 });
  out["report-path"] = settings.reportDir;
  const branch = runner.ref.replace(/^refs\/heads\//, "");
  const isDefault = event.defaultBranch !== void 0 && branch === event.defaultBranch;
  const record = settings.record === "always" || settings.record === "auto" && isDefault;
  const notes = [];
  if (record) {
    const r = await timed(
      "record",
      () => appendToLedger(
        `git:${settings.ledgerBranch}`,
        {
          commit,
          parents,
          branch,
          source: {
            tool: "action",
            ...runner.workflow ? { workflow: runner.workflow } : {},
            ...runner.job ? { job: runner.job } : {},
            ...runner.runId ? { runId: runner.runId } : {},
            ...runner.runAttempt ? { runAttempt: runner.runAttempt } : {}
          },
          runs: manifests.map((m) => m.manifest)
        },
        { cwd, backoffMs: Math.max(1, 100 * runner.retryScale) }
      )
    );
    out.recorded = r.added > 0;
    out["ledger-commit"] = r.ledgerCommit ?? "";
    const line = actionMessages.recorded(r.added, r.skipped, settings.ledgerBranch, r.ledgerCommit, r.retries);
    log.info(line);
    notes.push(line);
    const site = settings.siteDir || settings.siteBranch ? await (await import("./site-P4SQ5DPA.js")).publishSite(settings) : void 0;
    if (site) {
      out["site-path"] = site.path;
      notes.push(site.note);
    }
  } else if (settings.record === "auto") notes.push(actionMessages.notRecorded(runner.ref, event.defaultBranch));
  const marker = commentMarker(runner.workflow, runner.job, settings.commentKey);
  await writeSummary(ev.markdown.replace(marker, "") + (notes.length ? `

> ${notes.join("\n> ")}
` : "\n"));
  setOutputs(out);
  return 0;
}
export {
  pushFlow
};
