// push: validate, compare with the previous recorded commit (job summary), record the runs on the
// ledger branch of origin (never touching the checkout; concurrent pushes retried by the ledger).
import type { Settings } from '../../settings/index.js';
import { actionMessages as msg } from '../../messages/action.js';
import { appendToLedger } from '../ledger/index.js';
import { ensureHistory, headCommit, isNullSha, parentsOf } from './checkout.js';
import { pushOf, readEvent } from './event.js';
import { baselineAt, evaluate, policyFor, runUrl, validManifestsOrReport } from './evaluate.js';
import { writeReportFiles } from './report-files.js';
import { emptyOutputs, log, setOutputs, timed, writeSummary, type Outputs } from './runner.js';
import { commentMarker } from './comment.js';

export async function pushFlow(settings: Settings): Promise<number> {
  const out: Outputs = emptyOutputs();
  const event = pushOf(await readEvent(settings.runner.eventPath));
  const manifests = await timed('validate', () => validManifestsOrReport(settings));
  if (!manifests) return 1;
  const { runner } = settings;
  const cwd = settings.workdir;
  const commit = (await headCommit(cwd)) ?? runner.sha;
  const parents = await timed('history', async () => {
    await ensureHistory(cwd, [commit, ...(isNullSha(event.before) ? [] : [event.before!])]);
    return parentsOf(cwd, commit);
  });
  const previous = parents[0];

  const [policy, baseline] = await timed('baseline', () =>
    Promise.all([policyFor(settings), baselineAt(settings, previous)]),
  );
  const reportUrl = runUrl(settings);
  const ev = await timed('compare', () =>
    evaluate(manifests, policy, baseline, {
      commitUnderTest: commit,
      currentSource: `${runner.ref.replace(/^refs\/heads\//, '')} @ ${commit.slice(0, 7)}`,
      marker: commentMarker(runner.workflow, runner.job, settings.commentKey),
      maxLength: settings.maxCommentLength,
      ...(reportUrl ? { reportUrl } : {}),
    }),
  );
  out.verdict = ev.report.verdict;
  out.regressions = ev.report.counts.regressed;
  out['baseline-commit'] = ev.baseline.commit ?? '';
  await writeReportFiles(settings.reportDir, { comment: ev.markdown, report: ev.report, pr: undefined });
  out['report-path'] = settings.reportDir;

  const branch = runner.ref.replace(/^refs\/heads\//, '');
  const isDefault = event.defaultBranch !== undefined && branch === event.defaultBranch;
  const record = settings.record === 'always' || (settings.record === 'auto' && isDefault);
  const notes: string[] = [];
  if (record) {
    const r = await timed('record', () =>
      appendToLedger(
        `git:${settings.ledgerBranch}`,
        {
          commit,
          parents,
          branch,
          source: {
            tool: 'action',
            ...(runner.workflow ? { workflow: runner.workflow } : {}),
            ...(runner.job ? { job: runner.job } : {}),
            ...(runner.runId ? { runId: runner.runId } : {}),
            ...(runner.runAttempt ? { runAttempt: runner.runAttempt } : {}),
          },
          runs: manifests.map((m) => m.manifest),
        },
        { cwd, backoffMs: Math.max(1, 100 * runner.retryScale) },
      ),
    );
    out.recorded = r.added > 0;
    out['ledger-commit'] = r.ledgerCommit ?? '';
    const line = msg.recorded(r.added, r.skipped, settings.ledgerBranch, r.ledgerCommit, r.retries);
    log.info(line);
    notes.push(line);
    // the site builder (vega and friends) loads only when a site is asked for
    const site =
      settings.siteDir || settings.siteBranch ? await (await import('./site.js')).publishSite(settings) : undefined;
    if (site) {
      out['site-path'] = site.path;
      notes.push(site.note);
    }
  } else if (settings.record === 'auto') notes.push(msg.notRecorded(runner.ref, event.defaultBranch));

  const marker = commentMarker(runner.workflow, runner.job, settings.commentKey);
  await writeSummary(ev.markdown.replace(marker, '') + (notes.length ? `\n\n> ${notes.join('\n> ')}\n` : '\n'));
  setOutputs(out);
  return 0;
}
