// The action's inputs, parsed once into one typed object. Every bad value fails here, naming the input
// and what is allowed, before the action touches anything.
import path from 'node:path';
import { UserError } from '../errors.js';
import { actionMessages as msg } from '../messages/action.js';
import { getInput, getListInput, type Env } from './inputs.js';

export { getInput, getListInput, inputEnvName, type Env } from './inputs.js';

/** Every input action.yml declares (a test keeps the two in step). */
export const INPUT_NAMES = [
  'manifests',
  'policy',
  'github-token',
  'ledger-branch',
  'comment',
  'comment-key',
  'fail-on',
  'mode',
  'record',
  'report-dir',
  'working-directory',
  'site-branch',
  'site-dir',
  'max-comment-length',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

export const MODES = ['auto', 'pr', 'push', 'workflow-run'] as const;
export const RECORD_MODES = ['auto', 'always', 'never'] as const;
export const GATES = ['regression', 'missing', 'irreproducible', 'provenance'] as const;
export const GITHUB_MAX_COMMENT = 65536;

export type Mode = (typeof MODES)[number];
export type Gate = (typeof GATES)[number];

export interface Settings {
  manifests: string[];
  /** absolute path of the policy file */
  policy: string;
  /** true when the user named the policy file (a missing file is then an error) */
  policyExplicit: boolean;
  token: string;
  ledgerBranch: string;
  comment: boolean;
  commentKey: string;
  /** undefined = the policy's fail-on */
  failOn: Gate[] | undefined;
  mode: Mode;
  record: (typeof RECORD_MODES)[number];
  /** absolute */
  reportDir: string;
  /** absolute path of the checkout */
  workdir: string;
  /** absolute GITHUB_WORKSPACE: annotation paths are relative to it */
  workspace: string;
  siteBranch: string;
  /** absolute, or '' */
  siteDir: string;
  maxCommentLength: number;
  /** from the runner's environment */
  runner: {
    apiUrl: string;
    serverUrl: string;
    repository: { owner: string; repo: string };
    eventName: string;
    eventPath: string;
    sha: string;
    ref: string;
    workflow: string;
    job: string;
    runId: string;
    runAttempt: string;
    temp: string;
    /** multiplies retry/rate-limit delays (tests set it small) */
    retryScale: number;
  };
}

function oneOf<T extends string>(env: Env, name: InputName, allowed: readonly T[], fallback: T): T {
  const v = getInput(env, name) || fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new UserError(msg.badInput(name, v, allowed.join(', ')));
  return v as T;
}

function bool(env: Env, name: InputName, fallback: boolean): boolean {
  const v = getInput(env, name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UserError(msg.badInput(name, v, 'true or false'));
}

function branchName(env: Env, name: InputName, fallback: string): string {
  const v = getInput(env, name) || fallback;
  // git check-ref-format's rules, the ones a typo can break
  if (v !== '' && (/[\s~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(v) || v.startsWith('refs/')))
    throw new UserError(msg.badInput(name, v, 'a branch name such as runledger or gh-pages (without refs/heads/)'));
  return v;
}

export function readSettings(env: Env = process.env): Settings {
  const input = (name: InputName) => getInput(env, name);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const workdir = path.resolve(workspace, input('working-directory') || '.');
  const temp = env.RUNNER_TEMP || path.join(workdir, '.runledger-tmp');
  const mode = oneOf(env, 'mode', MODES, 'auto');

  const manifests = getListInput(env, 'manifests' satisfies InputName);
  const policyInput = input('policy');

  const commentKey = input('comment-key');
  if (!/^[A-Za-z0-9._-]*$/.test(commentKey))
    throw new UserError(msg.badInput('comment-key', commentKey, 'letters, digits, ".", "_" and "-"'));

  const failOnText = input('fail-on');
  let failOn: Gate[] | undefined;
  if (failOnText === 'none') failOn = [];
  else if (failOnText !== '') {
    failOn = [];
    for (const g of failOnText.split(/[\s,]+/).filter(Boolean)) {
      if (!(GATES as readonly string[]).includes(g))
        throw new UserError(msg.badInput('fail-on', g, `${GATES.join(', ')} (comma-separated), or none`));
      failOn.push(g as Gate);
    }
  }

  const maxText = input('max-comment-length') || '60000';
  const max = Number(maxText);
  if (!Number.isInteger(max) || max < 1000 || max > GITHUB_MAX_COMMENT)
    throw new UserError(
      msg.badInput('max-comment-length', maxText, `a whole number from 1000 to ${GITHUB_MAX_COMMENT}`),
    );

  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) throw new UserError(msg.badRunnerEnv('GITHUB_REPOSITORY', 'owner/repo'));

  const scaleText = env.RUNLEDGER_RETRY_SCALE ?? '1';
  const retryScale = Number(scaleText);
  if (!Number.isFinite(retryScale) || retryScale < 0)
    throw new UserError(msg.badRunnerEnv('RUNLEDGER_RETRY_SCALE', 'a number >= 0'));

  const siteDir = input('site-dir');
  const reportDir = input('report-dir');

  return {
    manifests,
    policy: path.resolve(workdir, policyInput || 'runledger.yml'),
    policyExplicit: policyInput !== '' && policyInput !== 'runledger.yml',
    token: input('github-token'),
    ledgerBranch: branchName(env, 'ledger-branch', 'runledger'),
    comment: bool(env, 'comment', true),
    commentKey,
    failOn,
    mode,
    record: oneOf(env, 'record', RECORD_MODES, 'auto'),
    // one directory per comment key: two runledger steps in one job keep their reports apart
    reportDir: reportDir
      ? path.resolve(workdir, reportDir)
      : path.join(temp, commentKey ? `runledger-report-${commentKey}` : 'runledger-report'),
    workdir,
    workspace,
    siteBranch: branchName(env, 'site-branch', ''),
    siteDir: siteDir ? path.resolve(workdir, siteDir) : '',
    maxCommentLength: max,
    runner: {
      apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
      repository: { owner, repo },
      eventName: env.GITHUB_EVENT_NAME ?? '',
      eventPath: env.GITHUB_EVENT_PATH ?? '',
      sha: env.GITHUB_SHA ?? '',
      ref: env.GITHUB_REF ?? '',
      workflow: env.GITHUB_WORKFLOW ?? '',
      job: env.GITHUB_JOB ?? '',
      runId: env.GITHUB_RUN_ID ?? '',
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
      temp,
      retryScale,
    },
  };
}
