// The report artifact is untrusted data in workflow-run mode: every way it can be wrong is refused
// with a message naming the file and the field.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { readManifests } from '../../src/manifest/index.js';
import { commentMarker } from '../../src/publish/github/comment.js';
import {
  checkReportDir,
  readReportFiles,
  writeReportFiles,
  type PrClaim,
} from '../../src/publish/github/report-files.js';
import { EXAMPLES } from './harness.js';

const temp = mkdtempSync(path.join(tmpdir(), 'runledger-report-files-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const claim: PrClaim = {
  schemaVersion: 1,
  repository: 'acme/vision',
  number: 9,
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
  marker: commentMarker('eval', 'eval'),
  verdict: 'pass',
};
let n = 0;
async function reportDir(edit?: (dir: string) => void): Promise<string> {
  const dir = path.join(temp, `r${n++}`);
  const runs = await readManifests([path.join(EXAMPLES, 'image-classifier/baseline/*.json')]);
  const report = compare({ baseline: [], current: runs.manifests.map((m) => m.manifest) });
  await writeReportFiles(dir, { comment: 'x', report, pr: claim });
  edit?.(dir);
  return dir;
}
const setPr = (dir: string, patch: Record<string, unknown>) =>
  writeFileSync(path.join(dir, 'pr.json'), JSON.stringify({ ...claim, ...patch }));

describe('report files', () => {
  it('round-trip', async () => {
    const r = await readReportFiles(await reportDir());
    expect(r.pr).toEqual(claim);
    expect(r.report.schemaVersion).toBe(1);
  });

  it.each([
    [{ number: '9' }, /"number" must be a PR number/],
    [{ headSha: 'HEAD' }, /"headSha" must be a 40-hex commit SHA/],
    [{ marker: '<!-- runledger:a:b --><img src=x>' }, /"marker" must be a runledger comment marker/],
    [{ repository: 'acme/vision; rm -rf' }, /"repository" must be owner\/repo/],
    [{ schemaVersion: 2 }, /"schemaVersion" must be 1/],
  ])('refuses pr.json with %j', async (patch, message) => {
    const dir = await reportDir((d) => setPr(d, patch));
    await expect(readReportFiles(dir)).rejects.toThrow(message);
  });

  it('refuses a verdict.json that is not a valid report, and symlinked files', async () => {
    const bad = await reportDir((d) =>
      writeFileSync(path.join(d, 'verdict.json'), '{"schemaVersion":1,"verdict":"maybe"}'),
    );
    await expect(readReportFiles(bad)).rejects.toThrow(/verdict.json is not a valid runledger report/);
    const linked = await reportDir((d) => {
      const real = path.join(temp, 'elsewhere.json');
      writeFileSync(real, readFileSync(path.join(d, 'pr.json')));
      rmSync(path.join(d, 'pr.json'));
      symlinkSync(real, path.join(d, 'pr.json'));
    });
    await expect(readReportFiles(linked)).rejects.toThrow(/not a regular file \(symlinks are refused\)/);
    const missing = await reportDir((d) => rmSync(path.join(d, 'verdict.json')));
    await expect(readReportFiles(missing)).rejects.toThrow(/verdict.json is missing/);
  });

  it('the directory must resolve under RUNNER_TEMP, symlinks followed', async () => {
    const runnerTemp = path.join(temp, 'runner-temp');
    mkdirSync(path.join(runnerTemp, 'report'), { recursive: true });
    await expect(checkReportDir(path.join(runnerTemp, 'report'), runnerTemp)).resolves.toContain('report');
    symlinkSync(temp, path.join(runnerTemp, 'escape'));
    await expect(checkReportDir(path.join(runnerTemp, 'escape'), runnerTemp)).rejects.toThrow(/not under RUNNER_TEMP/);
    await expect(checkReportDir(runnerTemp, runnerTemp)).rejects.toThrow(/not under RUNNER_TEMP/);
    await expect(checkReportDir(path.join(runnerTemp, 'nope'), runnerTemp)).rejects.toThrow(/does not exist/);
  });
});
