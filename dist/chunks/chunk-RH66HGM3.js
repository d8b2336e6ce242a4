import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-SNOHGSQL.js";

// src/messages/action.ts
var actionMessages = {
  badInput: (name, value, allowed) => `runledger: input "${name}" is ${JSON.stringify(value)}; allowed: ${allowed}`,
  badRunnerEnv: (name, expected) => `runledger: environment variable ${name} is missing or malformed (expected ${expected}); this step must run inside GitHub Actions or set it`,
  rateLimited: (kind, method, url, after, retrying) => `GitHub ${kind} rate limit on ${method} ${url}: ${retrying ? `retrying after ${after}s` : "giving up"}`,
  forbidden: (where) => `GitHub refused to comment on ${where} (403): the token cannot write pull-request comments. Give the job \`permissions: pull-requests: write\`; for pull requests from forks (read-only token) use the two-workflow recipe in docs/action.md (the report is written as files for a workflow_run job)`,
  notFound: (where) => `GitHub answered 404 for ${where}: the pull request does not exist or the token cannot see the repository (check github-token and GITHUB_REPOSITORY)`,
  unauthorized: () => "GitHub rejected the token (401): check the github-token input",
  apiFailed: (where, status, detail) => `GitHub API call for ${where} failed (${status}): ${detail}`,
  eventUnreadable: (file, detail) => `runledger: cannot read the event payload ${file}: ${detail}`,
  notPullRequestEvent: () => "runledger: the event payload has no pull_request with number, head.sha and base.sha; run on pull_request or set mode",
  notWorkflowRunEvent: () => "runledger: mode workflow-run needs the workflow_run event (on: workflow_run) whose payload names the head commit",
  unknownEvent: (event) => `runledger: cannot tell what to do on the ${JSON.stringify(event)} event; run on pull_request, push or workflow_run, or set the input "mode" (pr, push or workflow-run)`,
  noManifests: () => 'runledger: input "manifests" is empty; give the files or globs of the run manifests this job wrote, e.g. manifests: runs/**/*.json',
  invalidTitle: () => "## runledger: invalid run manifests",
  moreProblems: (n) => `- \u2026 and ${plural(n, "more problem")} (run \`runledger validate\` for all)`,
  invalidHeadline: (badFiles, files, problems) => `${plural(badFiles, "file")} of ${plural(files, "file")} failed validation (${plural(problems, "problem")}); each problem is annotated on its file. Fix them, or run \`runledger validate\` locally.`,
  invalidFailed: (problems) => `runledger: ${plural(problems, "problem")} in the run manifests (see the annotations)`,
  reportFileMissing: (file) => `runledger: report file ${file} is missing; was the report artifact downloaded into report-dir?`,
  reportFileNotRegular: (file) => `runledger: report file ${file} is not a regular file (symlinks are refused)`,
  reportFileTooLarge: (file, limit) => `runledger: report file ${file} is over ${limit} bytes`,
  reportFileInvalid: (file, detail) => `runledger: report file ${file} is not a valid runledger report: ${detail}`,
  reportFileField: (file, key, expected) => `runledger: report file ${file}: "${key}" must be ${expected}`,
  reportDirMissing: (dir) => `runledger: report-dir ${dir} does not exist; download the report artifact into it first (actions/download-artifact with path: \${{ runner.temp }}/runledger-report)`,
  reportDirOutsideTemp: (dir, temp) => `runledger: report-dir ${dir} is not under RUNNER_TEMP (${temp}); in workflow-run mode the report is untrusted data and must be downloaded under RUNNER_TEMP, away from the checkout`,
  wrongRepository: (claimed, actual) => `runledger: refusing the report: it was made for ${claimed}, this is ${actual}`,
  noPullRequest: (sha) => `runledger: no open pull request has head commit ${sha} (the triggering run's head); nothing to comment on`,
  headMismatch: (pr, apiSha, claimed, runSha) => `runledger: refusing the report for #${pr}: the pull request's head is ${apiSha} (GitHub API), the triggering run built ${runSha}, the report claims ${claimed}; they must all agree (a newer push supersedes this report)`,
  prMismatch: (claimed, found) => `runledger: refusing the report: it claims PR #${claimed} but the triggering run belongs to #${found}`,
  commentSkippedForbidden: (detail) => `Could not comment: ${detail}. The report is in the job summary and in report-path.`,
  commentFailed: (detail) => `Could not comment (${detail}); the report is in the job summary and in report-path.`,
  commented: (url, created) => `${created ? "Created" : "Updated"} the sticky comment: ${url}`,
  recorded: (added, skipped, branch, commit, retries) => `Recorded ${plural(added, "run")} on the ledger branch ${branch}${commit ? ` (${commit.slice(0, 7)})` : ""}${skipped ? `, ${skipped} already recorded` : ""}${retries ? `, after ${plural(retries, "retry", "retries")} on concurrent pushes` : ""}`,
  notRecorded: (ref, defaultBranch) => `Not recording: ${ref} is not the default branch${defaultBranch ? ` (${defaultBranch})` : ""}; set record: always to record every push`,
  gateFailed: (headline) => `runledger: ${headline}`,
  internal: (detail) => `runledger: internal error: ${detail} (set RUNLEDGER_DEBUG=1 for the stack; please report it)`,
  siteBuilt: (dir, entries) => `Built the report site from ${plural(entries, "ledger entry", "ledger entries")} into ${dir}`,
  sitePushed: (branch, sha) => `Published the report site to the branch ${branch} (${sha.slice(0, 7)})`,
  sitePushFailed: (branch, detail) => `runledger: could not publish the report site to the branch ${branch}: ${detail} (the job needs contents: write)`,
  baselineNote: (source) => `Baseline: ${source}`
};

export {
  actionMessages
};
