// The shared middle of the pull_request and push flows: validate the manifests (annotating invalid
// files), load the policy, resolve the baseline from the ledger branch, compare, render.
import { compare, loadPolicy, type Policy, type VerdictReport } from '../../compare/index.js';
import { readManifests, type LoadedManifest, type Problem } from '../../manifest/index.js';
import { actionMessages as msg } from '../../messages/action.js';
import { renderMarkdown } from '../../render/comment/index.js';
import type { Settings } from '../../settings/index.js';
import { resolveBaseline } from '../ledger/index.js';
import type { BaselineResolution } from '../ledger/types.js';
import { UserError } from '../../errors.js';
import { annotateProblems, emptyOutputs, formatProblem, log, setOutputs, writeSummary } from './runner.js';

export type Validated = { ok: true; manifests: LoadedManifest[] } | { ok: false; problems: Problem[]; files: number };

export async function validateInputs(settings: Settings): Promise<Validated> {
  if (settings.manifests.length === 0) throw new UserError(msg.noManifests());
  const read = await readManifests(settings.manifests, { cwd: settings.workdir });
  if (read.problems.length > 0) {
    annotateProblems(read.problems, settings.workdir, settings.workspace);
    return { ok: false, problems: read.problems, files: read.files.length };
  }
  return { ok: true, manifests: read.manifests };
}

/** The manifests, or undefined after reporting them invalid (annotations, summary, outputs): the step fails. */
export async function validManifestsOrReport(settings: Settings): Promise<LoadedManifest[] | undefined> {
  const valid = await validateInputs(settings);
  if (valid.ok) return valid.manifests;
  await writeSummary(invalidSummary(valid.problems, valid.files));
  setOutputs({ ...emptyOutputs(), verdict: 'invalid' });
  log.error(msg.invalidFailed(valid.problems.length));
  return undefined;
}

export function invalidSummary(problems: readonly Problem[], files: number): string {
  const byFile = new Set(problems.map((p) => p.file)).size;
  return [
    msg.invalidTitle(),
    '',
    msg.invalidHeadline(byFile, files, problems.length),
    '',
    ...problems.slice(0, 200).map((p) => `- \`${formatProblem(p).replace(/`/g, "'")}\``),
    ...(problems.length > 200 ? [msg.moreProblems(problems.length - 200)] : []),
    '',
  ].join('\n');
}

export async function policyFor(settings: Settings): Promise<Policy> {
  const policy = await loadPolicy(settings.policyExplicit ? settings.policy : undefined, settings.workdir);
  return settings.failOn ? { ...policy, failOn: settings.failOn } : policy;
}

export async function baselineAt(settings: Settings, commit: string | undefined): Promise<BaselineResolution> {
  return resolveBaseline({
    location: `git:${settings.ledgerBranch}`,
    cwd: settings.workdir,
    ...(commit ? { commit } : {}),
  });
}

export interface Evaluation {
  report: VerdictReport;
  markdown: string;
  baseline: BaselineResolution;
}

export function evaluate(
  manifests: readonly LoadedManifest[],
  policy: Policy,
  baseline: BaselineResolution,
  opts: { commitUnderTest?: string; currentSource: string; marker: string; maxLength: number; reportUrl?: string },
): Evaluation {
  const nonFinite: Record<string, string[]> = {};
  for (const m of manifests) if (m.missing.length) nonFinite[m.manifest.run.id] = m.missing;
  const report = compare({
    baseline: baseline.runs,
    current: manifests.map((m) => m.manifest),
    policy,
    history: baseline.history,
    baselineInfo: { commit: baseline.commit, source: baseline.source },
    currentSource: opts.currentSource,
    ...(opts.commitUnderTest ? { commitUnderTest: opts.commitUnderTest } : {}),
    ...(Object.keys(nonFinite).length ? { nonFinite } : {}),
  });
  const markdown = renderMarkdown(report, {
    maxLength: opts.maxLength,
    marker: opts.marker,
    ...(opts.reportUrl ? { reportUrl: opts.reportUrl } : {}),
  });
  return { report, markdown, baseline };
}

export function runUrl(settings: Settings, runId = settings.runner.runId): string | undefined {
  if (!runId) return undefined;
  const { owner, repo } = settings.runner.repository;
  return `${settings.runner.serverUrl}/${owner}/${repo}/actions/runs/${runId}`;
}
