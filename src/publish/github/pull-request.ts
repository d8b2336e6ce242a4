// pull_request: validate, compare with the merge-base's nearest recorded ancestor, write the report
// files, upsert the sticky comment (never failing because of it), summarise, fail exactly on a gate.
import type { Settings } from '../../settings/index.js';
import { actionMessages as msg } from '../../messages/action.js';
import { ensureHistory, headCommit, mergeBase } from './checkout.js';
import { createClient } from './client.js';
import { commentMarker, GitHubWriteError, upsertComment } from './comment.js';
import { pullRequestOf, readEvent } from './event.js';
import { baselineAt, evaluate, policyFor, runUrl, validManifestsOrReport } from './evaluate.js';
import { writeReportFiles } from './report-files.js';
import { emptyOutputs, log, setOutputs, timed, writeSummary, type Outputs } from './runner.js';

export async function pullRequestFlow(settings: Settings): Promise<number> {
  const out: Outputs = emptyOutputs();
  const pr = pullRequestOf(await readEvent(settings.runner.eventPath));
  const manifests = await timed('validate', () => validManifestsOrReport(settings));
  if (!manifests) return 1;

  const cwd = settings.workdir;
  const base = await timed('merge-base', async () => {
    await ensureHistory(cwd, [pr.baseSha, pr.headSha]);
    return (await mergeBase(cwd, pr.baseSha, pr.headSha)) ?? pr.baseSha;
  });
  const [policy, baseline] = await timed('baseline', () =>
    Promise.all([policyFor(settings), baselineAt(settings, base)]),
  );
  const { runner } = settings;
  const marker = commentMarker(runner.workflow, runner.job, settings.commentKey);
  const reportUrl = runUrl(settings);
  const commitUnderTest = (await headCommit(cwd)) ?? runner.sha;
  const ev = await timed('compare', () =>
    evaluate(manifests, policy, baseline, {
      commitUnderTest,
      currentSource: `#${pr.number} @ ${pr.headSha.slice(0, 7)}`,
      marker,
      maxLength: settings.maxCommentLength,
      ...(reportUrl ? { reportUrl } : {}),
    }),
  );
  out.verdict = ev.report.verdict;
  out.regressions = ev.report.counts.regressed;
  out['baseline-commit'] = ev.baseline.commit ?? '';

  // the report as files, always: a follow-up workflow_run job comments for fork PRs
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
      verdict: ev.report.verdict,
    },
  });
  out['report-path'] = settings.reportDir;

  const notes: string[] = [];
  if (settings.comment) {
    try {
      const client = createClient({
        token: settings.token,
        baseUrl: runner.apiUrl,
        retryScale: runner.retryScale,
        log: log.warning,
      });
      const c = await timed('comment', () =>
        upsertComment(client, { owner, repo, issue: pr.number, marker, body: ev.markdown }),
      );
      out['comment-url'] = c.url;
      out['comment-id'] = String(c.id);
      log.info(msg.commented(c.url, c.created));
    } catch (e) {
      // never fail the step because commenting is impossible (fork PRs, Dependabot, outages)
      const detail = e instanceof GitHubWriteError ? e.message : String((e as Error)?.message ?? e);
      const note =
        e instanceof GitHubWriteError && e.status === 403
          ? msg.commentSkippedForbidden(detail)
          : msg.commentFailed(detail);
      log.warning(note);
      notes.push(note);
    }
  }

  await writeSummary(ev.markdown.replace(marker, '') + (notes.length ? `\n\n> ${notes.join('\n> ')}\n` : '\n'));
  setOutputs(out);
  if (ev.report.verdict === 'fail') {
    log.error(msg.gateFailed(ev.report.headline ?? 'a gate failed'));
    return 1;
  }
  return 0;
}
