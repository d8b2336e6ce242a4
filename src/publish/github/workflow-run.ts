// workflow-run: the trusted follow-up of a fork PR's run. The report artifact is DATA (read, size-capped,
// validated, re-rendered by us; never executed) from under RUNNER_TEMP. The PR is found from the trusted
// workflow_run payload and the API, and its head SHA must match both the triggering run and the report.
import { UserError } from '../../errors.js';
import { actionMessages as msg } from '../../messages/action.js';
import { renderMarkdown } from '../../render/comment/index.js';
import type { Settings } from '../../settings/index.js';
import { createClient, statusOf, type GitHubClient } from './client.js';
import { GitHubWriteError, upsertComment } from './comment.js';
import { readEvent, workflowRunOf, type WorkflowRunEvent } from './event.js';
import { runUrl } from './evaluate.js';
import { checkReportDir, readReportFiles, type PrClaim } from './report-files.js';
import { emptyOutputs, log, setOutputs, writeSummary } from './runner.js';

/** The PR the triggering run belongs to, with its head SHA from the API, cross-checked. */
async function verifiedPr(
  client: GitHubClient,
  settings: Settings,
  run: WorkflowRunEvent,
  claim: PrClaim,
): Promise<number> {
  const { owner, repo } = settings.runner.repository;
  let candidates = run.pullRequests;
  if (candidates.length === 0) {
    // fork PRs: GitHub leaves pull_requests empty; ask which PRs have the run's head commit
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: run.headSha,
    });
    candidates = data.filter((p) => p.state === 'open').map((p) => p.number);
  }
  if (candidates.length > 0 && !candidates.includes(claim.number))
    throw new UserError(msg.prMismatch(claim.number, candidates[0]!), 1);
  let headSha: string;
  try {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: claim.number });
    headSha = data.head.sha;
  } catch (e) {
    if (statusOf(e) === 404) throw new UserError(msg.noPullRequest(run.headSha), 1);
    throw e;
  }
  if (headSha !== run.headSha || claim.headSha !== run.headSha)
    throw new UserError(msg.headMismatch(claim.number, headSha, claim.headSha, run.headSha), 1);
  return claim.number;
}

export async function workflowRunFlow(settings: Settings): Promise<number> {
  const out = emptyOutputs();
  const run = workflowRunOf(await readEvent(settings.runner.eventPath));
  const dir = await checkReportDir(settings.reportDir, settings.runner.temp);
  const { report, pr: claim } = await readReportFiles(dir);
  const { owner, repo } = settings.runner.repository;
  if (claim.repository.toLowerCase() !== `${owner}/${repo}`.toLowerCase())
    throw new UserError(msg.wrongRepository(claim.repository, `${owner}/${repo}`), 1);

  const client = createClient({
    token: settings.token,
    baseUrl: settings.runner.apiUrl,
    retryScale: settings.runner.retryScale,
    log: log.warning,
  });
  const number = await verifiedPr(client, settings, run, claim);
  const reportUrl = runUrl(settings, run.runId ? String(run.runId) : undefined);
  const body = renderMarkdown(report, {
    maxLength: settings.maxCommentLength,
    marker: claim.marker,
    ...(reportUrl ? { reportUrl } : {}),
  });
  out.verdict = report.verdict;
  out.regressions = report.counts.regressed;
  out['baseline-commit'] = report.baseline.commit ?? '';
  out['report-path'] = dir;
  if (settings.comment) {
    try {
      const c = await upsertComment(client, { owner, repo, issue: number, marker: claim.marker, body });
      out['comment-url'] = c.url;
      out['comment-id'] = String(c.id);
      log.info(msg.commented(c.url, c.created));
    } catch (e) {
      // here commenting is the whole job: a failure fails the step
      if (e instanceof GitHubWriteError) throw new UserError(e.message, 1);
      throw e;
    }
  }
  await writeSummary(body.replace(claim.marker, '') + '\n');
  setOutputs(out);
  return 0;
}
