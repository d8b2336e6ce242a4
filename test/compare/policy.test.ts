import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, loadPolicy, parsePolicy, settingsFor } from '../../src/compare/index.js';
import { isUserError } from '../../src/errors.js';
import { repoRoot } from '../helpers/cli.js';

function errorOf(text: string): string {
  try {
    parsePolicy(text, 'runledger.yml');
  } catch (e) {
    expect(isUserError(e)).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected the policy to be rejected');
}

describe('policy defaults', () => {
  it('gives every key its documented default', () => {
    const p = defaultPolicy();
    expect(p).toMatchObject({
      file: null,
      baseline: 'merge-base',
      alpha: 0.05,
      threshold: { kind: 'relative', value: 0.01 },
      gate: true,
      metrics: [],
      failOn: ['regression', 'missing', 'irreproducible'],
      require: ['commit-match', 'clean-tree', 'dataset-digests', 'environment'],
      tolerance: 1e-6,
      nonFinite: 'error',
    });
    expect(parsePolicy('', 'empty.yml')).toMatchObject({ ...p, file: 'empty.yml', metrics: [] });
  });

  it('reads the bundled examples/runledger.yml', async () => {
    const text = await readFile(path.join(repoRoot, 'examples/runledger.yml'), 'utf8');
    const p = parsePolicy(text, 'examples/runledger.yml');
    expect(p.tolerance).toBe(1e-6);
    expect(settingsFor(p, 'accuracy')).toMatchObject({
      goal: 'maximize',
      threshold: { kind: 'relative', value: 0.005 },
      gate: true,
    });
    expect(settingsFor(p, 'val/loss')).toMatchObject({ goal: 'minimize', source: 'metrics."val/*"' });
    expect(settingsFor(p, 'latency_p50_ms')).toMatchObject({ goal: 'minimize', gate: false });
  });
});

describe('metric globs', () => {
  const p = parsePolicy(
    `
defaults: {threshold: 0.02, gate: false}
metrics:
  "val/loss": {goal: minimize, threshold: "0%"}
  "val/*": {goal: maximize}
  "**/latency*": {goal: minimize, threshold: "10%", gate: true}
  "acc[top1]": {goal: maximize}
`,
    'p.yml',
  );
  it('first match wins, in file order', () => {
    expect(settingsFor(p, 'val/loss')).toMatchObject({ goal: 'minimize', threshold: { kind: 'relative', value: 0 } });
    expect(settingsFor(p, 'val/acc')).toMatchObject({ goal: 'maximize', threshold: { kind: 'absolute', value: 0.02 } });
  });
  it('* stays within a path segment, ** crosses them', () => {
    expect(settingsFor(p, 'val/sub/x').source).toBe('defaults');
    expect(settingsFor(p, 'serve/p50/latency_ms')).toMatchObject({ goal: 'minimize', gate: true });
  });
  it('a name with glob characters matches itself exactly', () => {
    expect(settingsFor(p, 'acc[top1]').goal).toBe('maximize');
  });
  it('unmatched metrics take the defaults and no goal', () => {
    const s = settingsFor(p, 'f1');
    expect(s).toEqual({ threshold: { kind: 'absolute', value: 0.02, text: 0.02 }, gate: false, source: 'defaults' });
  });
});

describe('policy errors name the file, the key, the value and what is allowed', () => {
  it('unknown top-level key', () => {
    const m = errorOf('alpah: 0.1\n');
    expect(m).toContain('runledger.yml');
    expect(m).toContain('alpah: unknown key; allowed here: baseline, alpha, defaults, metrics, fail-on');
  });
  it('unknown key inside a metric entry', () => {
    expect(errorOf('metrics:\n  "val/*": {goal: minimize, treshold: "1%"}\n')).toContain(
      'metrics."val/*".treshold: unknown key; allowed here: goal, threshold, gate',
    );
  });
  it('bad goal', () => {
    expect(errorOf('metrics:\n  accuracy: {goal: maximise}\n')).toContain(
      'metrics.accuracy.goal: the string "maximise" is not allowed; expected "maximize" or "minimize"',
    );
  });
  it('bad thresholds', () => {
    expect(errorOf('defaults: {threshold: "1 percent"}\n')).toContain(
      'defaults.threshold: the string "1 percent" is not a threshold; expected a relative threshold like "1%"',
    );
    expect(errorOf('defaults: {threshold: -1}\n')).toContain('defaults.threshold: the number -1 is not a threshold');
  });
  it('alpha out of range', () => {
    expect(errorOf('alpha: 5\n')).toContain('alpha: the number 5 is out of range; expected a number below 1');
    expect(errorOf('alpha: 0\n')).toContain('alpha: the number 0 is out of range; expected a number above 0');
  });
  it('bad fail-on item, duplicate, bad require, bad non-finite, bad baseline', () => {
    expect(errorOf('fail-on: [regresion]\n')).toContain(
      'fail-on.0: the string "regresion" is not allowed; expected "regression", "missing", "irreproducible" or "provenance"',
    );
    expect(errorOf('fail-on: [missing, missing]\n')).toContain('fail-on: "missing" is listed twice');
    expect(errorOf('reproducibility: {require: [git]}\n')).toContain(
      'reproducibility.require.0: the string "git" is not allowed',
    );
    expect(errorOf('non-finite: skip\n')).toContain(
      'non-finite: the string "skip" is not allowed; expected "error" or "missing"',
    );
    expect(errorOf('baseline: main\n')).toContain(
      'baseline: the string "main" is not allowed; expected "merge-base", "latest" or "champion"',
    );
  });
  it('wrong types', () => {
    expect(errorOf('metrics: [accuracy]\n')).toContain('metrics: expected a mapping, got an array');
    expect(errorOf('reproducibility: {tolerance: small}\n')).toContain(
      'reproducibility.tolerance: expected a number, got the string "small"',
    );
  });
  it('reports every problem at once', () => {
    const m = errorOf('alpha: 2\nbaseline: x\n');
    expect(m).toContain('alpha:');
    expect(m).toContain('baseline:');
  });
  it('YAML syntax errors carry the line', () => {
    expect(errorOf('metrics:\n  accuracy: {goal: maximize\n')).toMatch(/^runledger\.yml:\d+:\d+: invalid YAML/);
    expect(errorOf('alpha: 0.1\nalpha: 0.2\n')).toMatch(/invalid YAML/);
  });
});

describe('loadPolicy', () => {
  it('uses runledger.yml in cwd when present, the defaults when not, and fails on a named missing file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rl-policy-'));
    expect((await loadPolicy(undefined, dir)).file).toBeNull();
    await writeFile(path.join(dir, 'runledger.yml'), 'alpha: 0.01\n');
    expect(await loadPolicy(undefined, dir)).toMatchObject({ alpha: 0.01, file: 'runledger.yml' });
    await expect(loadPolicy('nope.yml', dir)).rejects.toThrow('nope.yml: cannot read the policy file: ENOENT');
  });
});
