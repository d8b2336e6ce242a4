import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  GitHubWriteError,
  checkReportDir,
  createClient,
  emptyOutputs,
  log,
  readEvent,
  readReportFiles,
  runUrl,
  setOutputs,
  statusOf,
  upsertComment,
  workflowRunOf,
  writeSummary
} from "./chunk-LUQUAO6I.js";
import "./chunk-A4VMMIXO.js";
import {
  actionMessages
} from "./chunk-RH66HGM3.js";
import {
  renderMarkdown
} from "./chunk-77SZU4DR.js";
import "./chunk-AUDU37RY.js";
import "./chunk-XC46B5WS.js";
import "./chunk-2MIYBR4Q.js";
import "./chunk-VL7W2GWT.js";
import "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/publish/github/workflow-run.ts
async function verifiedPr(client, settings, run, claim) {
  const { owner, repo } = settings.runner.repository;
  let candidates = run.pullRequests;
  if (candidates.length === 0) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: run.headSha
    });
    candidates = data.filter((p) => p.state === "open").map((p) => p.number);
  }
  if (candidates.length > 0 && !candidates.includes(claim.number))
    throw new UserError(actionMessages.prMismatch(claim.number, candidates[0]), 1);
  let headSha;
  try {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: claim.number });
    headSha = data.head.sha;
  } catch (e) {
    if (statusOf(e) === 404) throw new UserError(actionMessages.noPullRequest(run.headSha), 1);
    throw e;
  }
  if (headSha !== run.headSha || claim.headSha !== run.headSha)
    throw new UserError(actionMessages.headMismatch(claim.number, headSha, claim.headSha, run.headSha), 1);
  return claim.number;
}
async function workflowRunFlow(settings) {
  const out = emptyOutputs();
  const run = workflowRunOf(await readEvent(settings.runner.eventPath));
  const dir = await checkReportDir(settings.reportDir, settings.runner.temp);
  const { report, pr: claim } = await readReportFiles(dir);
  const { owner, repo } = settings.runner.repository;
  if (claim.repository.toLowerCase() !== `${owner}/${repo}`.toLowerCase())
    throw new UserError(actionMessages.wrongRepository(claim.repository, `${owner}/${repo}`), 1);
  const client = createClient({
    token: settings.token,
    baseUrl: settings.runner.apiUrl,
    retryScale: settings.runner.retryScale,
    log: log.warning
  });
  const number = await verifiedPr(client, settings, run, claim);
  const reportUrl = runUrl(settings, run.runId ? String(run.runId) : void 0);
  const body = renderMarkdown(report, {
    maxLength: settings.maxCommentLength,
    marker: claim.marker,
    ...reportUrl ? { reportUrl } : {}
  });
  out.verdict = report.verdict;
  out.regressions = report.counts.regressed;
  out["baseline-commit"] = report.baseline.commit ?? "";
  out["report-path"] = dir;
  if (settings.comment) {
    try {
      const c = await upsertComment(client, { owner, repo, issue: number, marker: claim.marker, body });
      out["comment-url"] = c.url;
      out["comment-id"] = String(c.id);
      log.info(actionMessages.commented(c.url, c.created));
    } catch (e) {
      if (e instanceof GitHubWriteError) throw new UserError(e.message, 1);
      throw e;
    }
  }
  await writeSummary(body.replace(claim.marker, "") + "\n");
  setOutputs(out);
  return 0;
}
export {
  workflowRunFlow
};
