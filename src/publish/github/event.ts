// The parts of the webhook payload (GITHUB_EVENT_PATH) the action reads. The payload is written by the
// runner, so it is trusted; the fields are still checked before use.
import { readFile } from 'node:fs/promises';
import { UserError } from '../../errors.js';
import { actionMessages as msg } from '../../messages/action.js';

export interface PullRequestEvent {
  number: number;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  /** true when the head branch lives in another repository */
  fork: boolean;
}

export interface PushEvent {
  before: string | undefined;
  after: string | undefined;
  defaultBranch: string | undefined;
}

export interface WorkflowRunEvent {
  headSha: string;
  headBranch: string;
  /** PR numbers GitHub attached to the run (empty for fork PRs) */
  pullRequests: number[];
  event: string;
  conclusion: string | null;
  runId: number;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export async function readEvent(file: string): Promise<Obj> {
  if (!file) return {};
  try {
    return obj(JSON.parse(await readFile(file, 'utf8')));
  } catch (e) {
    throw new UserError(msg.eventUnreadable(file, (e as Error).message));
  }
}

export function pullRequestOf(payload: Obj): PullRequestEvent {
  const pr = obj(payload.pull_request);
  const head = obj(pr.head);
  const base = obj(pr.base);
  const number = pr.number ?? payload.number;
  const headSha = str(head.sha);
  const baseSha = str(base.sha);
  if (typeof number !== 'number' || !headSha || !baseSha) throw new UserError(msg.notPullRequestEvent());
  const headRepo = str(obj(head.repo).full_name);
  const baseRepo = str(obj(base.repo).full_name);
  return {
    number,
    headSha,
    headRef: str(head.ref) ?? '',
    baseSha,
    baseRef: str(base.ref) ?? '',
    fork: !!headRepo && !!baseRepo && headRepo !== baseRepo,
  };
}

export function pushOf(payload: Obj): PushEvent {
  return {
    before: str(payload.before),
    after: str(payload.after),
    defaultBranch: str(obj(payload.repository).default_branch),
  };
}

export function workflowRunOf(payload: Obj): WorkflowRunEvent {
  const run = obj(payload.workflow_run);
  const headSha = str(run.head_sha);
  if (!headSha || !/^[0-9a-f]{40}$/.test(headSha)) throw new UserError(msg.notWorkflowRunEvent());
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    headSha,
    headBranch: str(run.head_branch) ?? '',
    pullRequests: prs.map((p) => obj(p).number).filter((n): n is number => typeof n === 'number'),
    event: str(run.event) ?? '',
    conclusion: str(run.conclusion) ?? null,
    runId: typeof run.id === 'number' ? run.id : 0,
  };
}
