// End to end: `node dist/index.js` as the runner starts it, against a local bare origin and the
// OpenAPI-validating fake GitHub. One repository, a story: record on push, then PRs.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/publish/ledger/index.js';
import { FakeGitHub } from './fake-github/server.js';
import {
  commitRuns,
  EXAMPLES,
  git,
  prPayload,
  pushPayload,
  runAction,
  sandbox,
  type RunOptions,
  type Sandbox,
} from './harness.js';

const gh = new FakeGitHub();
let box: Sandbox;
const baselineRuns = path.join(EXAMPLES, 'image-classifier/baseline');
const currentRuns = path.join(EXAMPLES, 'image-classifier/current');
let mainSha = '';

beforeAll(async () => {
  await gh.start();
  box = sandbox();
});
afterAll(async () => {
  await gh.stop();
  box.cleanup();
});
afterEach(() => {
  expect(gh.violations).toEqual([]);
  gh.reset();
});

const base = (o: Partial<RunOptions> & Pick<RunOptions, 'event' | 'payload' | 'sha' | 'ref'>): RunOptions => ({
  cwd: box.work,
  temp: box.temp,
  apiUrl: gh.url,
  ...o,
  inputs: { manifests: 'runs/*.json', ...o.inputs },
});

/** runs the action on a pull_request event for PR n with the given head */
function runPr(n: number, head: string, o: Partial<RunOptions> & { headRef?: string; headRepo?: string } = {}) {
  const { headRef = 'regress', headRepo = 'acme/vision', ...rest } = o;
  return runAction(
    base({
      event: 'pull_request',
      payload: prPayload(n, { sha: mainSha, ref: 'main' }, { sha: head, ref: headRef }, headRepo),
      sha: head,
      ref: `refs/pull/${n}/merge`,
      ...rest,
    }),
  );
}

/** a PR branch with the given runs, pushed to origin; returns its head SHA */
function prBranch(name: string, runs: string, edit?: Parameters<typeof commitRuns>[3]): string {
  git(box.work, 'checkout', '-q', '-B', name, mainSha);
  const sha = commitRuns(box.work, runs, `runs for ${name}`, edit);
  git(box.work, 'push', '-q', '-f', 'origin', name);
  return sha;
}

describe('the action, end to end', () => {
  it('a PR before anything is recorded passes: every run is new, no baseline', async () => {
    mainSha = git(box.work, 'rev-parse', 'HEAD');
    const head = prBranch('first', currentRuns);
    gh.pulls.set(6, { number: 6, headSha: head, headRef: 'first', baseSha: mainSha, baseRef: 'main' });
    const r = await runPr(6, head, { headRef: 'first' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', regressions: '0', 'baseline-commit': '' });
    expect(gh.commentsOn(6)).toHaveLength(1);
    git(box.work, 'checkout', '-q', 'main');
  });

  it('push to the default branch records the baseline on the ledger branch', async () => {
    const before = git(box.work, 'rev-parse', 'HEAD');
    mainSha = commitRuns(box.work, baselineRuns, 'baseline runs');
    git(box.work, 'push', '-q', 'origin', 'main');
    const r = await runAction(
      base({ event: 'push', payload: pushPayload(before, mainSha), sha: mainSha, ref: 'refs/heads/main' }),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.recorded).toBe('true');
    expect(r.outputs['ledger-commit']).toMatch(/^[0-9a-f]{40}$/);
    expect(r.summary).toContain('Recorded 5 runs on the ledger branch runledger');
    expect(git(box.origin, 'rev-parse', 'refs/heads/runledger')).toBe(r.outputs['ledger-commit']);
    // the user's checkout is untouched
    expect(git(box.work, 'status', '--porcelain')).toBe('');
    expect(git(box.work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    const ledger = await openLedger('git:runledger', { cwd: box.work });
    const entries = await ledger.entries();
    await ledger.close();
    expect(entries.map((e) => e.commit)).toEqual([mainSha]);
    expect(entries[0]?.runs).toHaveLength(5);
  });

  let commentId = '';
  it('a PR with a regression gets one sticky comment and fails the step', async () => {
    const head = prBranch('regress', currentRuns);
    gh.pulls.set(7, { number: 7, headSha: head, headRef: 'regress', baseSha: mainSha, baseRef: 'main' });
    const r = await runPr(7, head, { headRef: 'regress' });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(Number(r.outputs.regressions)).toBeGreaterThan(0);
    expect(r.outputs['baseline-commit']).toBe(mainSha);
    expect(r.stdout).toMatch(/::error::runledger: fail/);
    const comments = gh.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith('<!-- runledger:CI:eval -->')).toBe(true);
    expect(comments[0]?.body).toMatch(/accuracy/);
    expect(r.outputs['comment-id']).toBe(String(comments[0]?.id));
    expect(r.outputs['comment-url']).toContain('#issuecomment-');
    expect(r.summary).toMatch(/accuracy/);
    expect(r.summary).not.toContain('<!-- runledger');
    const files = path.join(box.temp, 'runledger-report');
    expect(JSON.parse(readFileSync(path.join(files, 'pr.json'), 'utf8'))).toMatchObject({ number: 7, headSha: head });
    commentId = r.outputs['comment-id']!;
  });

  it('a rerun updates the same comment, never a second one', async () => {
    const head = git(box.work, 'rev-parse', 'HEAD');
    const r = await runPr(7, head, { headRef: 'regress' });
    expect(r.code).toBe(1);
    expect(r.outputs['comment-id']).toBe(commentId);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === 'issues/update-comment')).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(0);
    // another job of the same workflow keeps its own comment
    const other = await runPr(7, head, { job: 'eval-gpu' });
    expect(other.code).toBe(1);
    expect(gh.commentsOn(7)).toHaveLength(2);
    // fail-on: none reports the regressions without failing the step; comment: false posts nothing
    const lenient = await runPr(7, head, { inputs: { 'fail-on': 'none', comment: 'false' } });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs.verdict).toBe('pass');
    expect(Number(lenient.outputs.regressions)).toBeGreaterThan(0);
    expect(lenient.outputs['comment-id']).toBe('');
    expect(gh.commentsOn(7)).toHaveLength(2);
  });

  it('a PR with 150 comments by others still finds its own; 429, secondary rate limits and 502 are retried', async () => {
    const head = git(box.work, 'rev-parse', 'HEAD');
    gh.pulls.set(8, { number: 8, headSha: head, headRef: 'regress', baseSha: mainSha, baseRef: 'main' });
    gh.addComment(8, '<!-- runledger:CI:eval -->\nquoted by a reviewer', 'octocat');
    for (let i = 0; i < 150; i++)
      gh.addComment(8, `review comment ${i}`, i % 3 ? 'octocat' : 'renovate[bot]', i % 3 ? 'User' : 'Bot');
    const mine = gh.addComment(8, '<!-- runledger:CI:eval -->\nold verdict', 'github-actions[bot]', 'Bot');
    gh.faults = [
      { method: 'GET', path: '/issues/8/comments', status: 429, times: 1 },
      { method: 'GET', path: '/issues/8/comments', status: 502, times: 1 },
      { method: 'PATCH', path: '/issues/comments/', status: 403, kind: 'secondary', times: 1 },
    ];
    const r = await runPr(8, head, { headRef: 'regress' });
    expect(r.code).toBe(1);
    expect(gh.faults.map((f) => f.times)).toEqual([0, 0, 0]);
    expect(r.outputs['comment-id']).toBe(String(mine.id));
    expect(gh.commentsOn(8)).toHaveLength(152);
    expect(gh.comments.find((c) => c.id === mine.id)?.body).toMatch(/accuracy/);
    expect(gh.commentsOn(8)[0]?.body).toContain('quoted by a reviewer');
  });

  it('works from a shallow checkout of the PR merge commit, as actions/checkout leaves it', async () => {
    const head = git(box.origin, 'rev-parse', 'refs/heads/regress');
    // GitHub's test merge of head into base, at refs/pull/7/merge
    git(box.work, 'checkout', '-q', '--detach', mainSha);
    git(box.work, 'merge', '-q', '--no-ff', '-m', 'Merge regress into main', head);
    const merge = git(box.work, 'rev-parse', 'HEAD');
    git(box.work, 'push', '-q', 'origin', `${merge}:refs/pull/7/merge`);
    git(box.work, 'checkout', '-q', 'main');
    // what actions/checkout does: fetch that one commit, depth 1, detached HEAD
    const shallow = path.join(box.root, 'shallow');
    mkdirSync(shallow);
    git(shallow, 'init', '-q');
    git(shallow, 'remote', 'add', 'origin', `file://${box.origin}`);
    git(shallow, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/7/merge:refs/remotes/pull/7/merge');
    git(shallow, 'checkout', '-q', '--detach', 'refs/remotes/pull/7/merge');
    expect(git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const r = await runPr(7, head, { cwd: shallow, sha: merge });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.outputs['baseline-commit']).toBe(mainSha);
    expect(r.outputs['comment-id']).toBe(commentId);
    expect(git(shallow, 'rev-parse', 'HEAD')).toBe(merge);
    expect(git(shallow, 'status', '--porcelain')).toBe('');
  });

  let forkHead = '';
  it('a fork PR with a read-only token passes, warns, and writes the summary and the report files', async () => {
    forkHead = prBranch('fork-docs', baselineRuns, (m) => {
      (m.run as Record<string, unknown>).id += '-fork';
    });
    gh.pulls.set(9, {
      number: 9,
      headSha: forkHead,
      headRef: 'docs',
      baseSha: mainSha,
      baseRef: 'main',
      headRepo: 'forker/vision',
    });
    const r = await runPr(9, forkHead, {
      headRef: 'docs',
      headRepo: 'forker/vision',
      inputs: { 'github-token': 'ghs_read', 'report-dir': path.join(box.temp, 'fork-report') },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout).toMatch(
      /::warning::Could not comment: GitHub refused to comment on acme\/vision#9 \(403\).*pull-requests: write/,
    );
    expect(r.summary).toMatch(/Could not comment/);
    expect(r.summary.length).toBeGreaterThan(200);
    expect(gh.commentsOn(9)).toHaveLength(0);
    expect(r.outputs['report-path']).toBe(path.join(box.temp, 'fork-report'));
    for (const f of ['comment.md', 'verdict.json', 'pr.json'])
      expect(existsSync(path.join(box.temp, 'fork-report', f))).toBe(true);
  });

  const workflowRun = (headSha: string, prs: number[] = []) => ({
    action: 'completed',
    workflow_run: {
      id: 7002,
      head_sha: headSha,
      head_branch: 'docs',
      event: 'pull_request',
      conclusion: 'success',
      pull_requests: prs.map((n) => ({ number: n })),
    },
    repository: { full_name: 'acme/vision', default_branch: 'main' },
  });
  const artifact = (name: string) => {
    const dir = path.join(box.temp, name);
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(box.temp, 'fork-report'), dir, { recursive: true });
    return dir;
  };

  it('workflow-run mode comments on the right PR from the report artifact', async () => {
    const dir = artifact('artifact-ok');
    const r = await runAction(
      base({
        event: 'workflow_run',
        payload: workflowRun(forkHead),
        sha: mainSha,
        ref: 'refs/heads/main',
        inputs: { 'report-dir': dir, manifests: '' },
      }),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const comments = gh.commentsOn(9);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith('<!-- runledger:CI:eval -->')).toBe(true);
    expect(r.outputs['comment-id']).toBe(String(comments[0]?.id));
    expect(gh.requests.map((q) => q.operationId)).toContain('pulls/get');
  });

  it('workflow-run mode refuses a report whose head SHA does not match, and one outside RUNNER_TEMP', async () => {
    const dir = artifact('artifact-forged');
    const pr = JSON.parse(readFileSync(path.join(dir, 'pr.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'pr.json'), JSON.stringify({ ...pr, headSha: mainSha }));
    const before = gh.commentsOn(9).map((c) => c.body);
    const r = await runAction(
      base({
        event: 'workflow_run',
        payload: workflowRun(forkHead),
        sha: mainSha,
        ref: 'refs/heads/main',
        inputs: { 'report-dir': dir },
      }),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::runledger: refusing the report for #9/);
    // another PR's number with this run's head: refused too
    writeFileSync(path.join(dir, 'pr.json'), JSON.stringify({ ...pr, number: 7 }));
    const r2 = await runAction(
      base({
        event: 'workflow_run',
        payload: workflowRun(forkHead),
        sha: mainSha,
        ref: 'refs/heads/main',
        inputs: { 'report-dir': dir },
      }),
    );
    expect(r2.code).toBe(1);
    expect(r2.stdout).toMatch(/refusing the report/);
    const outside = await runAction(
      base({
        event: 'workflow_run',
        payload: workflowRun(forkHead),
        sha: mainSha,
        ref: 'refs/heads/main',
        inputs: { 'report-dir': path.join(box.work, 'runs') },
      }),
    );
    expect(outside.code).toBe(1);
    // the trusted payload names the run's PR: a report claiming another one is refused
    const honest = artifact('artifact-honest');
    const other = await runAction(
      base({
        event: 'workflow_run',
        payload: workflowRun(forkHead, [8]),
        sha: mainSha,
        ref: 'refs/heads/main',
        inputs: { 'report-dir': honest },
      }),
    );
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('it claims PR #9 but the triggering run belongs to #8');
    expect(outside.stdout).toMatch(/not under RUNNER_TEMP/);
    expect(gh.commentsOn(9).map((c) => c.body)).toEqual(before);
    expect(gh.commentsOn(7)).toHaveLength(2);
  });

  it('invalid manifests are annotated with file and JSON pointer and fail the step', async () => {
    const head = prBranch('broken', baselineRuns, (m, f) => {
      if (f === 'seed-1.json') (m.metrics as Record<string, unknown>).accuracy = { value: 0.9, goal: 'up' };
    });
    const r = await runPr(10, head, { headRef: 'broken' });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('invalid');
    expect(r.stdout).toMatch(
      /::error title=invalid run manifest at \/metrics\/accuracy\/goal,file=runs\/seed-1.json::/,
    );
    expect(r.summary).toMatch(/1 file of 5 files failed validation/);
    expect(gh.requests).toHaveLength(0);
  });

  it('bad inputs fail naming the input and what is allowed', async () => {
    const r = await runAction(
      base({ event: 'pull_request', payload: {}, sha: mainSha, ref: 'refs/heads/main', inputs: { comment: 'yes' } }),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error::runledger: input "comment" is "yes"; allowed: true or false');
    const none = await runAction(
      base({
        event: 'push',
        payload: pushPayload(mainSha, mainSha),
        sha: mainSha,
        ref: 'refs/heads/main',
        inputs: { manifests: '' },
      }),
    );
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('::error::runledger: input "manifests" is empty');
  });
});
