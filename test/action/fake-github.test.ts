// The fake GitHub must be strict, or the end-to-end tests prove nothing: requests that GitHub's OpenAPI
// description does not allow are recorded as violations; answers follow the description.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github/server.js';

const gh = new FakeGitHub();
beforeAll(async () => {
  await gh.start();
  gh.pulls.set(1, { number: 1, headSha: 'a'.repeat(40), headRef: 'f', baseSha: 'b'.repeat(40), baseRef: 'main' });
});
afterAll(() => gh.stop());
afterEach(() => gh.reset());

const call = (method: string, p: string, body?: unknown) =>
  fetch(gh.url + p, {
    method,
    headers: { authorization: 'token ghs_write', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('the fake GitHub API', () => {
  it('accepts a valid request and answers with a schema-valid comment', async () => {
    const r = await call('POST', '/repos/acme/vision/issues/1/comments', { body: 'hi' });
    expect(r.status).toBe(201);
    expect(((await r.json()) as { user: { login: string } }).user.login).toBe('github-actions[bot]');
    expect(gh.violations).toEqual([]);
    expect(gh.requests[0]).toMatchObject({ operationId: 'issues/create-comment', status: 201 });
  });

  it.each([
    ['POST', '/repos/acme/vision/issues/1/comments', { text: 'hi' }, /body: data must have required property 'body'/],
    ['POST', '/repos/acme/vision/issues/1/comments', { body: 42 }, /body: data\/body must be string/],
    ['PATCH', '/repos/acme/vision/issues/comments/abc', { body: 'x' }, /path parameter comment_id=abc/],
    ['GET', '/repos/acme/vision/issues/1/comments?per_page=many', undefined, /query parameter per_page=many/],
    ['GET', '/repos/acme/vision/issues/1/comments?sort=asc', undefined, /unknown query parameter sort/],
    ['GET', '/repos/acme/vision/issues/1/stickies', undefined, /no such operation/],
    ['PUT', '/repos/acme/vision/issues/1/comments', { body: 'x' }, /no such operation/],
    ['DELETE', '/repos/acme/vision/issues/comments/5', { body: 'x' }, /takes no body/],
  ])('flags %s %s as a violation', async (method, p, body, message) => {
    await call(method, p, body);
    expect(gh.violations.join('\n')).toMatch(message);
  });

  it('paginates with Link headers like GitHub', async () => {
    for (let i = 0; i < 120; i++) gh.addComment(1, `c${i}`);
    const r = await call('GET', '/repos/acme/vision/issues/1/comments?per_page=50&page=2');
    expect(((await r.json()) as unknown[]).length).toBe(50);
    const link = r.headers.get('link') ?? '';
    expect(link).toMatch(/[?&]page=3[^>]*>; rel="next"/);
    expect(link).toMatch(/rel="last"/);
    expect(link).toMatch(/rel="prev"/);
    expect(gh.violations).toEqual([]);
  });

  it('answers 403 to writes with a read-only token, and to GET /user with an installation token', async () => {
    const w = await fetch(`${gh.url}/repos/acme/vision/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: 'token ghs_read' },
      body: JSON.stringify({ body: 'x' }),
    });
    expect(w.status).toBe(403);
    expect((await call('GET', '/user')).status).toBe(403);
    const u = await fetch(`${gh.url}/user`, { headers: { authorization: 'token ghp_user' } });
    expect(((await u.json()) as { login: string }).login).toBe('release-bot');
    expect(gh.violations).toEqual([]);
  });

  it('injects faults: secondary rate limits carry Retry-After', async () => {
    gh.faults = [{ method: 'GET', path: '/comments', status: 403, kind: 'secondary', times: 1 }];
    const r = await call('GET', '/repos/acme/vision/issues/1/comments');
    expect(r.status).toBe(403);
    expect(r.headers.get('retry-after')).toBe('1');
    expect(((await r.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    expect((await call('GET', '/repos/acme/vision/issues/1/comments')).status).toBe(200);
  });
});
