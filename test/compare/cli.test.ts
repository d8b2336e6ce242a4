// runledger compare end to end (in-process, from source): the bundled examples, real DVC values,
// output formats, exit codes, usage and input errors, the default policy file, a ledger baseline.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateVerdict, type VerdictReport } from '../../src/compare/index.js';
import { repoRoot, runCommand } from '../helpers/cli.js';

const example = (name: string) => [
  '--baseline',
  `examples/${name}/baseline`,
  '--current',
  `examples/${name}/current`,
  '--policy',
  'examples/runledger.yml',
];

async function json(args: string[], cwd = repoRoot): Promise<{ code: number; report: VerdictReport }> {
  const r = await runCommand('compare', [...args, '--format', 'json'], cwd);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as unknown;
  expect(validateVerdict(report), JSON.stringify(validateVerdict.errors)).toBe(true);
  return { code: r.code, report: report as VerdictReport };
}

const metric = (r: VerdictReport, name: string) => r.runs.flatMap((x) => x.metrics).find((m) => m.name === name)!;

describe('the bundled examples', () => {
  it('image-classifier: the 1.2-point accuracy drop across 5 seeds is a significant regression (exit 1)', async () => {
    const { code, report } = await json(example('image-classifier'));
    expect(code).toBe(1);
    expect(metric(report, 'accuracy')).toMatchObject({
      verdict: 'regressed',
      test: 'welch-t',
      samples: { baseline: 5, current: 5 },
    });
    expect(metric(report, 'top5_accuracy').verdict).toBe('unchanged');
    expect(report.runs[0]!.changes.params).toContainEqual({ key: 'optimizer.lr', baseline: 0.1, current: 0.4 });
    const text = await runCommand('compare', example('image-classifier'));
    expect(text.stdout).toMatch(/regressed\s+resnet50\/cifar10 accuracy: 0\.9127 → 0\.9007/);
  });
  it('llm-finetune: improves (exit 0), and says the dataset changed', async () => {
    const { code, report } = await json(example('llm-finetune'));
    expect(code).toBe(0);
    expect(metric(report, 'eval/exact_match').verdict).toBe('improved');
    expect(metric(report, 'eval/loss').verdict).toBe('improved');
    expect(report.runs[0]!.findings.map((f) => f.kind)).toContain('dataset-changed');
  });
  it('agent-eval: lists the newly failing cases with the exact McNemar p', async () => {
    const { report } = await json(example('agent-eval'));
    const c = report.runs[0]!.cases!;
    expect(c.newlyFailing).toEqual(['task-017', 'task-023', 'task-031']);
    expect(c.pValue).toBeCloseTo(0.25, 12); // 3 flips, all one way: 2 / 2^3
    expect(c.passRate).toMatchObject({ baseline: 0.8, current: 0.725 });
  });
});

describe('real values: iterative/example-get-started 940e993 -> f8fb2db (DVC)', () => {
  it('train metrics improved, test metrics unchanged, the random-forest params explain it', async () => {
    const dir = 'test/fixtures/compare/dvc-get-started';
    const { code, report } = await json([
      '--baseline',
      `${dir}/baseline`,
      '--current',
      `${dir}/current`,
      '--policy',
      `${dir}/policy.yml`,
    ]);
    expect(code).toBe(0);
    expect(metric(report, 'avg_prec.train').verdict).toBe('improved');
    expect(metric(report, 'roc_auc.train').verdict).toBe('improved');
    expect(metric(report, 'avg_prec.test').verdict).toBe('unchanged');
    expect(metric(report, 'roc_auc.test').verdict).toBe('unchanged');
    expect(report.runs[0]!.changes.params).toEqual([
      { key: 'train.n_est', baseline: 50, current: 100 },
      { key: 'train.min_split', baseline: 0.01, current: 8 },
    ]);
    expect(report.runs[0]!.findings).toContainEqual(
      expect.objectContaining({ kind: 'provenance', item: 'environment' }),
    );
  });
});

describe('formats and files', () => {
  it('--out writes the markdown comment (format from the extension) and says so', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rl-compare-'));
    const out = path.join(dir, 'sub/comment.md');
    const r = await runCommand('compare', [
      ...example('image-classifier'),
      '--out',
      out,
      '--report-url',
      'https://example.org/r',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`report written to ${out}`);
    const md = await readFile(out, 'utf8');
    expect(md).toMatch(/^<!-- runledger:compare -->/);
    expect(md).toContain('#### Regressions (2)');
    expect(md).toContain('[full report](https://example.org/r)');
  });
  it('--commit checks commit-match against the commit under test', async () => {
    const { report } = await json([...example('llm-finetune'), '--commit', '1111111111111111111111111111111111111111']);
    expect(report.current.commit).toBe('1111111111111111111111111111111111111111');
    expect(report.runs[0]!.findings).toContainEqual(
      expect.objectContaining({ kind: 'provenance', item: 'commit-match' }),
    );
  });
  it('reads runledger.yml from the working directory by default', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rl-compare-'));
    await cp(path.join(repoRoot, 'examples/llm-finetune'), path.join(dir, 'ex'), { recursive: true });
    await writeFile(path.join(dir, 'runledger.yml'), 'metrics:\n  "eval/exact_match": {goal: minimize}\n');
    const { code, report } = await json(['--baseline', 'ex/baseline', '--current', 'ex/current'], dir);
    expect(report.policy.file).toBe('runledger.yml');
    expect(metric(report, 'eval/exact_match').verdict).toBe('regressed');
    expect(code).toBe(1);
  });
});

describe('errors: exit 2, a message, no stack', () => {
  const fails = async (args: string[], pattern: RegExp) => {
    await expect(runCommand('compare', args)).rejects.toThrow(pattern);
  };
  it('usage', async () => {
    await fails(['--current', 'x'], /--baseline is required/);
    await fails(['--baseline', 'x'], /--current is required/);
    await fails(
      [...example('llm-finetune'), '--format', 'html'],
      /--format "html" is not allowed; expected "markdown", "json" or "text"/,
    );
    await fails([...example('llm-finetune'), '--bogus'], /Unknown option '--bogus'/);
  });
  it('unreadable or invalid input names the file and the place', async () => {
    await fails(
      ['--baseline', 'nowhere/', '--current', 'examples/llm-finetune/current'],
      /problem in the baseline manifests[\s\S]*nowhere/,
    );
    await fails(
      ['--baseline', 'examples/llm-finetune/baseline', '--current', 'test/fixtures/invalid/bad-goal'],
      /bad-goal\/manifest\.json#\/metrics/,
    );
    await fails(
      [...example('llm-finetune').slice(0, 4), '--policy', 'test/fixtures/compare/dvc-get-started/nope.yml'],
      /nope\.yml: cannot read the policy file/,
    );
  });
  it('NaN is an input error by default, a missing value (and a finding) with --non-finite missing', async () => {
    const dir = 'test/fixtures/compare/dvc-get-started';
    const args = [
      '--baseline',
      `${dir}/baseline`,
      '--current',
      'test/fixtures/compare/nan/current',
      '--policy',
      `${dir}/policy.yml`,
    ];
    await fails(args, /current\/run\.json#\/metrics\/roc_auc\.test: NaN is not valid JSON/);
    const { code, report } = await json([...args, '--non-finite', 'missing']);
    expect(metric(report, 'roc_auc.test').verdict).toBe('missing');
    expect(report.runs[0]!.findings).toContainEqual(expect.objectContaining({ kind: 'non-finite' }));
    expect(code).toBe(1);
  });
});

const ledgerModule = path.join(repoRoot, 'src/publish/ledger/index.ts');

describe.runIf(existsSync(ledgerModule))('ledger baseline', () => {
  it('compares against the runs recorded in a directory ledger', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rl-ledger-'));
    const ledger = path.join(dir, 'ledger');
    const rec = await runCommand('record', ['--ledger', ledger, 'examples/image-classifier/baseline']);
    expect(rec.code, rec.stderr).toBe(0);
    const { code, report } = await json([
      '--baseline',
      ledger,
      '--current',
      'examples/image-classifier/current',
      '--policy',
      'examples/runledger.yml',
    ]);
    expect(code).toBe(1);
    expect(report.baseline.commit).toBe('3f1d2c9a8b7e6f5d4c3b2a1908f7e6d5c4b3a291');
    expect(report.baseline.source).toContain('3f1d2c9');
    expect(metric(report, 'accuracy').verdict).toBe('regressed');
  });
});
