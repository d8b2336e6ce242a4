// Talking to the runner: step outputs (GITHUB_OUTPUT), the job summary (GITHUB_STEP_SUMMARY), workflow
// annotations and log lines, all through @actions/core's implementation of the runner's file protocol.
import path from 'node:path';
import * as core from '@actions/core';
import type { Problem } from '../../manifest/index.js';
import { formatProblem } from '../../manifest/index.js';

export interface Outputs {
  verdict: 'pass' | 'fail' | 'invalid' | 'skipped';
  regressions: number;
  'report-path': string;
  'comment-url': string;
  'comment-id': string;
  'baseline-commit': string;
  recorded: boolean;
  'ledger-commit': string;
  'site-path': string;
}

export const emptyOutputs = (): Outputs => ({
  verdict: 'skipped',
  regressions: 0,
  'report-path': '',
  'comment-url': '',
  'comment-id': '',
  'baseline-commit': '',
  recorded: false,
  'ledger-commit': '',
  'site-path': '',
});

export function setOutputs(o: Outputs): void {
  for (const [k, v] of Object.entries(o)) core.setOutput(k, String(v));
}

/** Appends markdown to the job summary (no-op outside a runner). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/**
 * One error annotation per problem, on the file (and line when known), titled with the JSON pointer.
 * Files are named relative to the workspace (the repository root), as GitHub expects.
 */
export function annotateProblems(problems: readonly Problem[], workdir: string, workspace: string): void {
  for (const p of problems) {
    core.error(p.message, {
      title: `invalid run manifest${p.pointer ? ` at ${p.pointer}` : ''}`,
      file: path.relative(workspace, path.resolve(workdir, p.file)).split(path.sep).join('/'),
      ...(p.line !== undefined
        ? { startLine: p.line, ...(p.column !== undefined ? { startColumn: p.column } : {}) }
        : {}),
    });
  }
}

export { formatProblem };
export const log = {
  info: (s: string) => core.info(s),
  warning: (s: string) => core.warning(s),
  error: (s: string) => core.error(s),
  notice: (s: string) => core.notice(s),
};

/** Runs one phase and logs its duration as a debug line (`::debug::runledger timing <phase>: <ms> ms`). */
export async function timed<T>(phase: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    core.debug(`runledger timing ${phase}: ${Math.round(performance.now() - start)} ms`);
  }
}
