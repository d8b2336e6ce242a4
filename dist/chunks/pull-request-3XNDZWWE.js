import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  ensureHistory,
  headCommit,
  mergeBase
} from "./chunk-7BB23C6H.js";
import {
  GitHubWriteError,
  baselineAt,
  commentMarker,
  createClient,
  emptyOutputs,
  evaluate,
  log,
  policyFor,
  pullRequestOf,
  readEvent,
  runUrl,
  setOutputs,
  timed,
  upsertComment,
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
import "./chunk-VL7W2GWT.js";
import "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/publish/github/pull-request.ts
async function pullRequestFlow(settings) {
  const out = emptyOutputs();
  const pr = pullRequestOf(await readEvent(settings.runner.eventPath));
  const manifests = await timed("validate", () => validManifestsOrReport(settings));
  if (!manifests) return 1;
  const cwd = settings.workdir;
  const base = await timed("merge-base", async () => {
    await ensureHistory(cwd, [pr.baseSha, pr.headSha]);
    return await mergeBase(cwd, pr.baseSha, pr.headSha) ?? pr.baseSha;
  });
  const [policy, baseline] = await timed(
    "baseline",
    () => Promise.all([policyFor(settings), baselineAt(settings, base)])
  );
  const { runner } = settings;
  const marker = commentMarker(runner.workflow, runner.job, settings.commentKey);
  const reportUrl = runUrl(settings);
  const commitUnderTest = await headCommit(cwd) ?? runner.sha;
  const ev = await timed(
    "compare",
    () => evaluate(manifests, policy, baseline, {
      commitUnderTest,
      currentSource: `#${pr.number} @ ${pr.headSha.slice(0, 7)}`,
      marker,
      maxLength: settings.maxCommentLength,
      ...reportUrl ? { reportUrl } : {}
    })
  );
  out.verdict = ev.report.verdict;
  out.regressions = ev.report.counts.regressed;
  out["baseline-commit"] = ev.baseline.commit ?? "";
  const { owner, repo } = runner.repository;
  await writeReportFiles(settings.reportDir, {
    comment: ev.markdown,
    report: ev.report,
    pr: {
      schemaVersion: 1,
      repository: `${owner}/${repo}`,
      number: pr.number,
      headSha: pr.headSha,
      baseSha: pr.baseSha,
      marker,
      verdict: ev.report.verdict
    }
  });
  out["report-path"] = settings.reportDir;
  const notes = [];
  if (settings.comment) {
    try {
      const client = createClient({
        token: settings.token,
        baseUrl: runner.apiUrl,
        retryScale: runner.retryScale,
        log: log.warning
      });
      const c = await timed(
        "comment",
        () => upsertComment(client, { owner, repo, issue: pr.number, marker, body: ev.markdown })
      );
      out["comment-url"] = c.url;
      out["comment-id"] = String(c.id);
      log.info(actionMessages.commented(c.url, c.created));
    } catch (e) {
      const detail = e instanceof GitHubWriteError ? e.message : String(e?.message ?? e);
      const note = e instanceof GitHubWriteError && e.status === 403 ? actionMessages.commentSkippedForbidden(detail) : actionMessages.commentFailed(detail);
      log.warning(note);
      notes.push(note);
    }
  }
  await writeSummary(ev.markdown.replace(marker, "") + (notes.length ? `

> ${notes.join("\n> ")}
` : "\n"));
  setOutputs(out);
  if (ev.report.verdict === "fail") {
    log.error(actionMessages.gateFailed(ev.report.headline ?? "a gate failed"));
    return 1;
  }
  return 0;
}
export {
  pullRequestFlow
};
