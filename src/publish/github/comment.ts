// The sticky PR comment: one per workflow + job (+ key), found by a hidden marker among the comments the
// token's own user wrote (every page searched), updated in place on reruns, created only when absent.
import { actionMessages as msg } from '../../messages/action.js';
import { statusOf, type GitHubClient } from './client.js';

export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/** `<!-- runledger:<workflow>:<job>[:key] -->`, parts percent-encoded so no name can end the comment. */
export function commentMarker(workflow: string, job: string, key = ''): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  return `<!-- runledger:${enc(workflow)}:${enc(job)}${key ? `:${enc(key)}` : ''} -->`;
}

/** A marker is data from a report file in workflow-run mode: only the exact shape is accepted. */
export function isCommentMarker(s: string): boolean {
  return /^<!-- runledger:[A-Za-z0-9%._~!*'()]*:[A-Za-z0-9%._~!*'()]*(:[A-Za-z0-9%._~!*'()]+)? -->$/.test(s);
}

export interface Identity {
  login: string;
  /** true when GET /user was refused (an installation token): matched as the Actions bot */
  assumed: boolean;
}

/** The token's own user. GITHUB_TOKEN cannot read /user (403): it posts as github-actions[bot]. */
export async function whoAmI(client: GitHubClient): Promise<Identity> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, assumed: false };
  } catch (e) {
    const s = statusOf(e);
    if (s === 403 || s === 401 || s === 404) return { login: GITHUB_ACTIONS_BOT, assumed: true };
    throw e;
  }
}

export interface UpsertTarget {
  owner: string;
  repo: string;
  issue: number;
  marker: string;
  /** the full body; the marker is added at the top when it is not in it */
  body: string;
}

export interface UpsertResult {
  id: number;
  url: string;
  created: boolean;
}

/** A GitHub API failure the user can act on (missing permission, unknown PR), with its status. */
export class GitHubWriteError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GitHubWriteError';
  }
}

export async function findStickyComment(
  client: GitHubClient,
  t: Omit<UpsertTarget, 'body'>,
  me: Identity,
): Promise<{ id: number; url: string } | undefined> {
  const mine = (u: { login?: string; type?: string } | null | undefined) =>
    !!u && u.login === me.login && (!me.assumed || u.type === 'Bot');
  // every page, oldest first: the first match is the one to keep updating
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issue,
    per_page: 100,
  })) {
    for (const c of page.data) if (mine(c.user) && c.body?.includes(t.marker)) return { id: c.id, url: c.html_url };
  }
  return undefined;
}

export async function upsertComment(client: GitHubClient, t: UpsertTarget): Promise<UpsertResult> {
  const body = t.body.includes(t.marker) ? t.body : `${t.marker}\n${t.body}`;
  const where = `${t.owner}/${t.repo}#${t.issue}`;
  try {
    const me = await whoAmI(client);
    const existing = await findStickyComment(client, t, me);
    if (existing) {
      const { data } = await client.rest.issues.updateComment({
        owner: t.owner,
        repo: t.repo,
        comment_id: existing.id,
        body,
      });
      return { id: data.id, url: data.html_url, created: false };
    }
    const { data } = await client.rest.issues.createComment({
      owner: t.owner,
      repo: t.repo,
      issue_number: t.issue,
      body,
    });
    // Two runs of one job racing (a rerun while the first is still going) may both have found nothing
    // and both created: the oldest comment wins, a newer one we made moves its body there and goes.
    const oldest = await findStickyComment(client, t, me);
    if (oldest && oldest.id < data.id) {
      await client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: oldest.id, body });
      await client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: data.id });
      return { id: oldest.id, url: oldest.url, created: false };
    }
    return { id: data.id, url: data.html_url, created: true };
  } catch (e) {
    const s = statusOf(e);
    if (s === 403) throw new GitHubWriteError(msg.forbidden(where), s);
    if (s === 404) throw new GitHubWriteError(msg.notFound(where), s);
    if (s === 401) throw new GitHubWriteError(msg.unauthorized(), s);
    if (s !== undefined) throw new GitHubWriteError(msg.apiFailed(where, s, (e as Error).message), s);
    throw e;
  }
}
