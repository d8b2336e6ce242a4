// The GitHub API client: @actions/github's Octokit with retries (5xx, 429) and throttling (primary and
// secondary rate limits honoured, Retry-After respected). 4xx answers other than rate limits are not
// retried: they do not get better by asking again.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { actionMessages as msg } from '../../messages/action.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** multiplies every wait (1 in production; tests make it tiny) */
  retryScale?: number;
  /** how many times one request is retried */
  retries?: number;
  log?: (line: string) => void;
}

/** 4xx statuses that are final (rate limits arrive as 403/429 and are handled by the throttling plugin). */
export const DO_NOT_RETRY = [400, 401, 403, 404, 405, 409, 410, 422, 451];

export function createClient(opts: ClientOptions): GitHubClient {
  const scale = opts.retryScale ?? 1;
  const retries = opts.retries ?? 3;
  const log = opts.log ?? (() => {});
  // GitHub asks for writes at least 1s apart and notifying writes (comments) 3s apart; the plugin
  // spaces them. Tests scale the spacing like every other wait.
  const spacing =
    scale === 1
      ? {}
      : {
          write: new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: 1000 * scale }),
          notifications: new Bottleneck.Group({ id: 'octokit-notifications', maxConcurrent: 1, minTime: 3000 * scale }),
        };
  return getOctokit(
    opts.token,
    {
      baseUrl: opts.baseUrl,
      retry: { doNotRetry: DO_NOT_RETRY, retries, retryAfterBaseValue: 1000 * scale },
      throttle: {
        retryAfterBaseValue: 1000 * scale,
        fallbackSecondaryRateRetryAfter: 60,
        ...spacing,
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, count: number) => {
          log(msg.rateLimited('primary', options.method, options.url, retryAfter, count < retries));
          return count < retries;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          log(msg.rateLimited('secondary', options.method, options.url, retryAfter, count < retries));
          return count < retries;
        },
      },
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError, or undefined for other errors. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}
