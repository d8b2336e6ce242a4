// A ledger on a git branch of a real (local bare) origin as the baseline: the nearest recorded ancestor,
// and the base branch's history as the noise estimate of single-value metrics (with a sparkline).
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerdictReport } from '../../src/compare/index.js';
import { renderMarkdown } from '../../src/render/comment/index.js';
import { runCommand } from '../helpers/cli.js';
import { cleanup, makeRepo, manifest, writeManifest } from '../ledger/helpers.js';

afterAll(cleanup);

describe('compare --baseline git:<branch>', () => {
  const { work, shas } = makeRepo(6);
  const history = [0.9, 0.904, 0.897, 0.902, 0.899];
  const record = async (i: number) => {
    const f = writeManifest(
      path.join(work, '.runs', `c${i}`),
      manifest(`base-${i}`, 'model', { accuracy: history[i]! }, shas[i]),
    );
    const r = await runCommand('record', ['--ledger', 'git:runledger', '--commit', shas[i]!, f], work);
    expect(r.code, r.stderr).toBe(0);
  };
  writeFileSync(path.join(work, 'runledger.yml'), 'defaults: {threshold: "0%"}\n');
  beforeAll(async () => {
    for (let i = 0; i < 5; i++) await record(i);
  }, 60_000);

  const compareWith = async (accuracy: number) => {
    const f = writeManifest(
      path.join(work, '.runs', `head-${accuracy}`),
      manifest(`head-${accuracy}`, 'model', { accuracy }, shas[5]),
    );
    const r = await runCommand(
      'compare',
      [
        '--baseline',
        'git:runledger',
        '--baseline-commit',
        shas[4]!,
        '--current',
        f,
        '--commit',
        shas[5]!,
        '--format',
        'json',
      ],
      work,
    );
    return { code: r.code, report: JSON.parse(r.stdout) as VerdictReport };
  };

  it('uses the merge-base entry and the history of the base branch', async () => {
    const { code, report } = await compareWith(0.85);
    expect(report.baseline.commit).toBe(shas[4]);
    const m = report.runs[0]!.metrics[0]!;
    expect(m).toMatchObject({
      name: 'accuracy',
      test: 'history',
      verdict: 'regressed',
      baseline: 0.899,
      current: 0.85,
    });
    expect(m.history).toEqual(history);
    expect(code).toBe(1);
    expect(renderMarkdown(report)).toMatch(/`[▁▂▃▄▅▆▇█]{6}`/);
  });

  it("a move inside the history's spread is inconclusive, not a regression", async () => {
    const { code, report } = await compareWith(0.896);
    expect(report.runs[0]!.metrics[0]).toMatchObject({ test: 'history', verdict: 'inconclusive' });
    expect(code).toBe(0);
  });
});
