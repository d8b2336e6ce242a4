// The report as files, for fork PRs: the PR run writes them, a follow-up workflow_run job reads them
// back as DATA only (never executed, parsed with size limits, every field checked) and comments.
import { lstat, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validateVerdict, type VerdictReport } from '../../compare/index.js';
import { UserError } from '../../errors.js';
import { actionMessages as msg } from '../../messages/action.js';
import { isCommentMarker } from './comment.js';

export const REPORT_FILES = { comment: 'comment.md', verdict: 'verdict.json', pr: 'pr.json' } as const;
const MAX_FILE = 8 * 2 ** 20;

/** What the PR run claims about itself. Untrusted in workflow-run mode: cross-checked with the API. */
export interface PrClaim {
  schemaVersion: 1;
  repository: string;
  number: number;
  headSha: string;
  baseSha: string;
  marker: string;
  verdict: 'pass' | 'fail';
}

export async function writeReportFiles(
  dir: string,
  files: { comment: string; report: VerdictReport; pr: PrClaim | undefined },
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, REPORT_FILES.comment), files.comment);
  await writeFile(path.join(dir, REPORT_FILES.verdict), JSON.stringify(files.report, null, 2) + '\n');
  if (files.pr) await writeFile(path.join(dir, REPORT_FILES.pr), JSON.stringify(files.pr, null, 2) + '\n');
}

async function readData(dir: string, name: string): Promise<unknown> {
  const file = path.join(dir, name);
  const st = await lstat(file).catch(() => undefined);
  if (!st) throw new UserError(msg.reportFileMissing(file), 1);
  if (!st.isFile()) throw new UserError(msg.reportFileNotRegular(file), 1);
  if (st.size > MAX_FILE) throw new UserError(msg.reportFileTooLarge(file, MAX_FILE), 1);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (e) {
    throw new UserError(msg.reportFileInvalid(file, (e as Error).message), 1);
  }
}

/** The report directory must sit under RUNNER_TEMP (where the artifact is downloaded), symlinks resolved. */
export async function checkReportDir(dir: string, runnerTemp: string): Promise<string> {
  const real = await realpath(dir).catch(() => undefined);
  if (!real) throw new UserError(msg.reportDirMissing(dir), 1);
  const temp = await realpath(runnerTemp).catch(() => path.resolve(runnerTemp));
  if (!real.startsWith(temp + path.sep)) throw new UserError(msg.reportDirOutsideTemp(dir, runnerTemp), 1);
  return real;
}

export async function readReportFiles(dir: string): Promise<{ report: VerdictReport; pr: PrClaim }> {
  const rawPr = await readData(dir, REPORT_FILES.pr);
  const p = (rawPr && typeof rawPr === 'object' ? rawPr : {}) as Record<string, unknown>;
  const prFile = path.join(dir, REPORT_FILES.pr);
  const bad = (key: string, expected: string) => new UserError(msg.reportFileField(prFile, key, expected), 1);
  if (p.schemaVersion !== 1) throw bad('schemaVersion', '1');
  if (typeof p.number !== 'number' || !Number.isInteger(p.number) || p.number < 1) throw bad('number', 'a PR number');
  for (const k of ['headSha', 'baseSha'] as const)
    if (typeof p[k] !== 'string' || !/^[0-9a-f]{40}$/.test(p[k])) throw bad(k, 'a 40-hex commit SHA');
  if (typeof p.repository !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(p.repository))
    throw bad('repository', 'owner/repo');
  if (typeof p.marker !== 'string' || !isCommentMarker(p.marker)) throw bad('marker', 'a runledger comment marker');
  if (p.verdict !== 'pass' && p.verdict !== 'fail') throw bad('verdict', 'pass or fail');

  const report = await readData(dir, REPORT_FILES.verdict);
  if (!validateVerdict(report)) {
    const first = validateVerdict.errors?.[0];
    throw new UserError(
      msg.reportFileInvalid(
        path.join(dir, REPORT_FILES.verdict),
        `${first?.instancePath || '/'} ${first?.message ?? ''}`,
      ),
      1,
    );
  }
  return { report: report as VerdictReport, pr: p as unknown as PrClaim };
}
