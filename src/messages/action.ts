// Every message the GitHub Action shows: input errors, API failures, annotations, the job summary's
// framing. The verdict itself is rendered by src/render/.
import { plural } from './describe.js';

export const actionMessages = {
  badInput: (name: string, value: string, allowed: string) =>
    `runledger: input "${name}" is ${JSON.stringify(value)}; allowed: ${allowed}`,
  badRunnerEnv: (name: string, expected: string) =>
    `runledger: environment variable ${name} is missing or malformed (expected ${expected}); this step must run inside GitHub Actions or set it`,
  rateLimited: (kind: string, method: string, url: string, after: number, retrying: boolean) =>
    `GitHub ${kind} rate limit on ${method} ${url}: ${retrying ? `retrying after ${after}s` : 'giving up'}`,
  forbidden: (where: string) =>
    `GitHub refused to comment on ${where} (403): the token cannot write pull-request comments. Give the job \`permissions: pull-requests: write\`; for pull requests from forks (read-only token) use the two-workflow recipe in docs/action.md (the report is written as files for a workflow_run job)`,
  notFound: (where: string) =>
    `GitHub answered 404 for ${where}: the pull request does not exist or the token cannot see the repository (check github-token and GITHUB_REPOSITORY)`,
  unauthorized: () => 'GitHub rejected the token (401): check the github-token input',
  apiFailed: (where: string, status: number, detail: string) => `GitHub API call for ${where} failed (${status}): ${detail}`,
};

export { plural };
