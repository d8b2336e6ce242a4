// The sticky comment and the API client against the OpenAPI-validating fake GitHub.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/publish/github/client.js';
import { commentMarker, GitHubWriteError, isCommentMarker, upsertComment } from '../../src/publish/github/comment.js';
import { FakeGitHub } from './fake-github/server.js';

const gh = new FakeGitHub();
beforeAll(async () => {
  await gh.start();
});
afterAll(() => gh.stop());
afterEach(() => {
  expect(gh.violations).toEqual([]);
  gh.reset();
});

const client = (token = 'ghs_write') => createClient({ token, baseUrl: gh.url, retryScale: 0.001 });
let pr = 1;
function newPr(): number {
  const n = pr++;
  gh.pulls.set(n, { number: n, headSha: 'a'.repeat(40), headRef: 'feature', baseSha: 'b'.repeat(40), baseRef: 'main' });
  return n;
}
const target = (issue: number, body: string, marker = commentMarker('CI', 'eval')) => ({
  owner: 'acme',
  repo: 'vision',
  issue,
  marker,
  body,
});

describe('sticky comment', () => {
  it('markers are unambiguous and cannot close the HTML comment', () => {
    expect(commentMarker('CI', 'eval')).toBe('<!-- runledger:CI:eval -->');
    expect(commentMarker('a:b -->', 'j', 'k')).toBe('<!-- runledger:a%3Ab%20%2D%2D%3E:j:k -->');
    expect(isCommentMarker(commentMarker('My workflow', 'job-1', 'x.y'))).toBe(true);
    expect(isCommentMarker('<!-- runledger:a:b --> <script>')).toBe(false);
  });

  it('creates one comment, then updates it in place on reruns', async () => {
    const n = newPr();
    const first = await upsertComment(client(), target(n, 'verdict 1'));
    expect(first.created).toBe(true);
    const second = await upsertComment(client(), target(n, 'verdict 2'));
    expect(second).toMatchObject({ id: first.id, created: false });
    expect(gh.commentsOn(n).map((c) => c.body)).toEqual([`${commentMarker('CI', 'eval')}\nverdict 2`]);
    // another job's marker gets its own comment
    await upsertComment(client(), target(n, 'other', commentMarker('CI', 'eval', 'gpu')));
    expect(gh.commentsOn(n)).toHaveLength(2);
  });

  it('finds its own comment behind 150 comments by others, ignoring copies of the marker by others', async () => {
    const n = newPr();
    const marker = commentMarker('CI', 'eval');
    gh.addComment(n, `${marker}\nquoted by a human`, 'octocat', 'User');
    for (let i = 0; i < 150; i++)
      gh.addComment(n, `comment ${i}`, i % 2 ? 'octocat' : 'dependabot[bot]', i % 2 ? 'User' : 'Bot');
    const mine = gh.addComment(n, `${marker}\nold verdict`, 'github-actions[bot]', 'Bot');
    const r = await upsertComment(client(), target(n, 'new verdict'));
    expect(r).toMatchObject({ id: mine.id, created: false });
    expect(gh.comments.find((c) => c.id === mine.id)?.body).toContain('new verdict');
    expect(gh.commentsOn(n)[0]?.body).toContain('quoted by a human');
    const pages = gh.requests.filter((q) => q.operationId === 'issues/list-comments');
    expect(pages.length).toBe(2);
  });

  it('when a concurrent run created the comment meanwhile, keeps the oldest: still one comment', async () => {
    const n = newPr();
    const marker = commentMarker('CI', 'eval');
    let racer = 0;
    gh.beforeCreate = (issue) => {
      racer = gh.addComment(issue, `${marker}\nfrom the other run`, 'github-actions[bot]', 'Bot').id;
    };
    const r = await upsertComment(client(), target(n, 'from this run'));
    expect(r).toMatchObject({ id: racer, created: false });
    expect(gh.commentsOn(n).map((c) => c.body)).toEqual([`${marker}\nfrom this run`]);
    expect(gh.requests.map((q) => q.operationId)).toContain('issues/delete-comment');
  });

  it('with a personal token, matches on the login GET /user returns', async () => {
    const n = newPr();
    const marker = commentMarker('CI', 'eval');
    gh.addComment(n, `${marker}\nby the actions bot`, 'github-actions[bot]', 'Bot');
    const r = await upsertComment(client('ghp_user'), target(n, 'by release-bot'));
    expect(r.created).toBe(true);
    expect(gh.commentsOn(n).map((c) => c.login)).toEqual(['github-actions[bot]', 'release-bot']);
  });

  it('a read-only token fails with a message naming the permission, without retries', async () => {
    const n = newPr();
    const e = await upsertComment(client('ghs_read'), target(n, 'x')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubWriteError);
    expect((e as GitHubWriteError).status).toBe(403);
    expect((e as Error).message).toMatch(/pull-requests: write/);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(1);
  });

  it('an unknown PR is a clear 404, not retried', async () => {
    const e = await upsertComment(client(), target(999, 'x')).catch((x: unknown) => x);
    expect((e as GitHubWriteError).status).toBe(404);
    expect((e as Error).message).toMatch(/does not exist or the token cannot see/);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(1);
  });

  it('retries 502, 429 and secondary rate limits', async () => {
    const n = newPr();
    gh.faults = [
      { method: 'GET', path: '/comments', status: 502, times: 2 },
      { method: 'POST', path: '/comments', status: 403, kind: 'secondary', times: 1 },
      { method: 'POST', path: '/comments', status: 429, times: 1 },
    ];
    const r = await upsertComment(client(), target(n, 'after faults'));
    expect(r.created).toBe(true);
    expect(gh.faults.every((f) => f.times === 0)).toBe(true);
    expect(gh.commentsOn(n)).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([
      403, 429, 201,
    ]);
  });
});
