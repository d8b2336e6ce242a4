// A stand-in for the GitHub REST API on 127.0.0.1: every request is matched to an operation of GitHub's
// OpenAPI description, its path/query parameters and JSON body are validated against it, and answers
// are schema-valid (checked too) objects built from a small in-memory state. Faults (403, 404, 429,
// secondary rate limits, 502) can be injected. Every request and every violation is recorded.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openApi, type OpenApi, type Operation } from './openapi.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, Json>;

export interface Token {
  /** 'app' = an installation token like GITHUB_TOKEN (GET /user answers 403); 'user' = a PAT */
  kind: 'app' | 'user';
  login: string;
  /** false = read-only (fork PRs, Dependabot): writes answer 403 */
  write: boolean;
}

export interface Comment {
  id: number;
  issue: number;
  body: string;
  login: string;
  type: 'User' | 'Bot';
  createdAt: string;
  updatedAt: string;
}

export interface Pull {
  number: number;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  /** head repository full name (a fork's, for fork PRs) */
  headRepo?: string;
}

export interface Fault {
  /** e.g. 'POST' */
  method?: string;
  /** substring of the path */
  path?: string;
  status: 403 | 404 | 429 | 502 | 500;
  /** 'secondary' makes a secondary-rate-limit answer (403 with Retry-After) */
  kind?: 'secondary' | 'plain';
  times: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  body: unknown;
}

const BOT = 'github-actions[bot]';

export class FakeGitHub {
  readonly api: OpenApi = openApi();
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly tokens = new Map<string, Token>();
  readonly comments: Comment[] = [];
  readonly pulls = new Map<number, Pull>();
  faults: Fault[] = [];
  /** runs just before a comment is created (to stage races) */
  beforeCreate: ((issue: number) => void) | undefined;
  owner = 'acme';
  repo = 'vision';
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  constructor() {
    this.tokens.set('ghs_write', { kind: 'app', login: BOT, write: true });
    this.tokens.set('ghs_read', { kind: 'app', login: BOT, write: false });
    this.tokens.set('ghp_user', { kind: 'user', login: 'release-bot', write: true });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e: unknown) => {
        this.violations.push(`server error: ${String((e as Error)?.stack ?? e)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.faults = [];
    this.beforeCreate = undefined;
  }

  addComment(issue: number, body: string, login = 'octocat', type: 'User' | 'Bot' = 'User'): Comment {
    const c = {
      id: this.nextId++,
      issue,
      body,
      login,
      type,
      createdAt: '2026-11-20T10:00:00Z',
      updatedAt: '2026-11-20T10:00:00Z',
    };
    this.comments.push(c);
    return c;
  }

  commentsOn(issue: number): Comment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  // ---- plumbing ------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const rec: RecordedRequest = {
      method,
      path: url.pathname + url.search,
      operationId: undefined,
      status: 0,
      body: undefined,
    };
    this.requests.push(rec);
    const send = (status: number, body: Json | undefined, headers: Record<string, string> = {}, op?: Operation) => {
      rec.status = status;
      if (op && body !== undefined && status < 300 && status !== 204) this.checkResponse(op, status, body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      res.end(body === undefined || status === 204 ? '' : JSON.stringify(body));
    };

    const matched = this.api.match(method, url.pathname);
    if (!matched) {
      this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
      return send(404, this.error('Not Found'));
    }
    const { operation: op, params } = matched;
    rec.operationId = op.id;

    // parameters
    for (const p of this.api.parameters(op)) {
      const name = String(p.name);
      const where = String(p.in);
      if (where !== 'path' && where !== 'query') continue;
      const value = where === 'path' ? params[name] : (url.searchParams.get(name) ?? undefined);
      if (value === undefined) {
        if (p.required === true) this.violations.push(`${method} ${url.pathname}: missing ${where} parameter ${name}`);
        continue;
      }
      const schema = this.api.deref<Obj>(p.schema);
      const typed =
        schema?.type === 'integer' || schema?.type === 'number'
          ? /^-?\d+(\.\d+)?$/.test(value)
            ? Number(value)
            : value
          : value;
      const v = this.api.validator(`${op.id}:${where}:${name}`, p.schema ?? {});
      if (!v(typed))
        this.violations.push(
          `${method} ${url.pathname}: ${where} parameter ${name}=${value}: ${this.api.ajv.errorsText(v.errors)}`,
        );
    }
    const known = new Set(
      this.api
        .parameters(op)
        .filter((p) => p.in === 'query')
        .map((p) => String(p.name)),
    );
    for (const k of url.searchParams.keys())
      if (!known.has(k)) this.violations.push(`${method} ${url.pathname}: unknown query parameter ${k}`);

    // body
    const bodySchema = this.api.requestSchema(op);
    let body: Json | undefined;
    if (raw !== '') {
      try {
        body = JSON.parse(raw) as Json;
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      }
    }
    rec.body = body;
    if (bodySchema) {
      if (body === undefined && (this.api.deref<Obj>(op.op.requestBody)?.required ?? false))
        this.violations.push(`${method} ${url.pathname}: request body required`);
      else if (body !== undefined) {
        const v = this.api.validator(`${op.id}:body`, bodySchema);
        if (!v(body)) this.violations.push(`${method} ${url.pathname}: body: ${this.api.ajv.errorsText(v.errors)}`);
      }
    } else if (body !== undefined) this.violations.push(`${method} ${url.pathname}: this operation takes no body`);

    // auth
    const auth = req.headers.authorization ?? '';
    const token = this.tokens.get(auth.replace(/^(token|bearer)\s+/i, ''));
    if (!token) return send(401, this.error('Bad credentials'));

    // injected faults
    const fault = this.faults.find(
      (f) => f.times > 0 && (!f.method || f.method === method) && (!f.path || url.pathname.includes(f.path)),
    );
    if (fault) {
      fault.times--;
      if (fault.kind === 'secondary')
        return send(
          fault.status,
          this.error('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
          {
            'retry-after': '1',
          },
        );
      if (fault.status === 502) return send(502, { message: 'Server Error' });
      return send(
        fault.status,
        this.error(
          fault.status === 404
            ? 'Not Found'
            : fault.status === 429
              ? 'Too Many Requests'
              : 'Resource not accessible by integration',
        ),
      );
    }

    const answer = this.route(op.id, params, url, body as Obj | undefined, token);
    if (!answer) {
      this.violations.push(`${method} ${url.pathname}: ${op.id} is valid but the fake does not implement it`);
      return send(501, this.error('Not Implemented'));
    }
    return send(answer.status, answer.body, answer.headers, op);
  }

  private checkResponse(op: Operation, status: number, body: Json): void {
    const schema = this.api.responseSchema(op, status);
    if (!schema) return this.violations.push(`${op.id}: no ${status} response in the description`) as unknown as void;
    const v = this.api.validator(`${op.id}:response:${status}`, schema);
    if (!v(body))
      this.violations.push(
        `${op.id}: the fake's own ${status} response is invalid: ${this.api.ajv.errorsText(v.errors)}`,
      );
  }

  private error(message: string): Obj {
    return { message, documentation_url: 'https://docs.github.com/rest' };
  }

  // ---- the API -------------------------------------------------------------------------------------

  private route(
    id: string,
    p: Record<string, string>,
    url: URL,
    body: Obj | undefined,
    token: Token,
  ): { status: number; body: Json; headers?: Record<string, string> } | undefined {
    const repoOk = p.owner === this.owner && p.repo === this.repo;
    const notFound = { status: 404, body: this.error('Not Found') };
    const forbidden = { status: 403, body: this.error('Resource not accessible by integration') };
    switch (id) {
      case 'users/get-authenticated':
        if (token.kind === 'app') return forbidden;
        return { status: 200, body: this.user(token.login, 'User', 'public-user') };
      case 'issues/list-comments': {
        if (!repoOk) return notFound;
        const all = this.commentsOn(Number(p.issue_number));
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const link = (n: number, rel: string) => {
          const u = new URL(url);
          u.searchParams.set('page', String(n));
          u.searchParams.set('per_page', String(perPage));
          links.push(`<${u.toString()}>; rel="${rel}"`);
        };
        if (page < last) link(page + 1, 'next');
        if (page < last) link(last, 'last');
        if (page > 1) link(1, 'first');
        if (page > 1) link(page - 1, 'prev');
        return {
          status: 200,
          body: all.slice((page - 1) * perPage, page * perPage).map((c) => this.comment(c)),
          headers: links.length ? { link: links.join(', ') } : {},
        };
      }
      case 'issues/create-comment': {
        if (!repoOk) return notFound;
        if (!token.write) return forbidden;
        if (!this.pulls.has(Number(p.issue_number))) return notFound;
        this.beforeCreate?.(Number(p.issue_number));
        const c = this.addComment(
          Number(p.issue_number),
          String(body?.body ?? ''),
          token.login,
          token.kind === 'app' ? 'Bot' : 'User',
        );
        return { status: 201, body: this.comment(c) };
      }
      case 'issues/update-comment': {
        if (!repoOk) return notFound;
        if (!token.write) return forbidden;
        const c = this.comments.find((x) => x.id === Number(p.comment_id));
        if (!c) return notFound;
        c.body = String(body?.body ?? '');
        c.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
        return { status: 200, body: this.comment(c) };
      }
      case 'issues/delete-comment': {
        if (!repoOk) return notFound;
        if (!token.write) return forbidden;
        const i = this.comments.findIndex((x) => x.id === Number(p.comment_id));
        if (i < 0) return notFound;
        this.comments.splice(i, 1);
        return { status: 204, body: null };
      }
      case 'pulls/get': {
        const pr = repoOk ? this.pulls.get(Number(p.pull_number)) : undefined;
        if (!pr) return notFound;
        return { status: 200, body: this.pull(pr, 'pull-request') };
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        if (!repoOk) return notFound;
        const prs = [...this.pulls.values()].filter((x) => x.headSha === p.commit_sha && !x.headRepo);
        return { status: 200, body: prs.map((x) => this.pull(x, 'pull-request-simple')) };
      }
      case 'pulls/list': {
        if (!repoOk) return notFound;
        const head = url.searchParams.get('head');
        const prs = [...this.pulls.values()].filter(
          (x) => !head || `${(x.headRepo ?? `${this.owner}/${this.repo}`).split('/')[0]}:${x.headRef}` === head,
        );
        return { status: 200, body: prs.map((x) => this.pull(x, 'pull-request-simple')) };
      }
      default:
        return undefined;
    }
  }

  private user(login: string, type: 'User' | 'Bot', schema = 'simple-user'): Obj {
    const u = this.api.sample({ $ref: `#/components/schemas/${schema}` }) as Obj;
    const id = login === BOT ? 41898282 : 583231;
    return {
      ...u,
      login,
      id,
      node_id: `U_${id}`,
      type,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/${encodeURIComponent(login)}`,
    };
  }

  private comment(c: Comment): Obj {
    const base = this.api.sample({ $ref: '#/components/schemas/issue-comment' }) as Obj;
    return {
      ...base,
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${c.issue}`,
      body: c.body,
      user: this.user(c.login, c.type),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  private pull(pr: Pull, schema: 'pull-request' | 'pull-request-simple'): Obj {
    const base = this.api.sample({ $ref: `#/components/schemas/${schema}` }) as Obj;
    const side = (sha: string, ref: string, repo: string) => ({
      ...((base.head as Obj | undefined) ?? {}),
      sha,
      ref,
      label: `${repo.split('/')[0]}:${ref}`,
      user: this.user(repo.split('/')[0]!, 'User'),
      repo: {
        ...(((base.head as Obj | undefined)?.repo as Obj | undefined) ?? {}),
        full_name: repo,
        name: repo.split('/')[1]!,
      },
    });
    return {
      ...base,
      number: pr.number,
      id: 9000 + pr.number,
      state: 'open',
      title: `PR ${pr.number}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
      head: side(pr.headSha, pr.headRef, pr.headRepo ?? `${this.owner}/${this.repo}`),
      base: side(pr.baseSha, pr.baseRef, `${this.owner}/${this.repo}`),
    };
  }
}
