// compare(): each verdict kind, replicas as samples, goals from policy globs, noise, history, gates.
import { describe, expect, it } from 'vitest';
import { compare, defaultPolicy, parsePolicy, type MetricReport, type VerdictReport } from '../../src/compare/index.js';
import { BASE_SHA, HEAD_SHA, replicas, run } from './make.js';

const metric = (r: VerdictReport, name: string, runName?: string): MetricReport => {
  const runs = runName ? r.runs.filter((x) => x.name === runName) : r.runs;
  const m = runs.flatMap((x) => x.metrics).find((x) => x.name === name);
  if (!m) throw new Error(`no metric ${name}`);
  return m;
};

describe('verdicts with one value per side: the threshold decides', () => {
  const r = compare({
    baseline: [
      run(
        'm',
        {
          acc: { value: 0.9, goal: 'maximize' },
          loss: { value: 0.5, goal: 'minimize' },
          f1: 0.8,
          auc: 0.7,
          speed: 100,
          old: 1,
        },
        { side: 'baseline' },
      ),
    ],
    current: [
      run('m', {
        acc: { value: 0.85, goal: 'maximize' },
        loss: { value: 0.45, goal: 'minimize' },
        f1: 0.9,
        auc: 0.701,
        speed: 100,
        fresh: 2,
      }),
    ],
  });
  it('regressed, improved, changed (no goal), unchanged (within 1%), new, missing', () => {
    expect(metric(r, 'acc')).toMatchObject({
      verdict: 'regressed',
      test: 'threshold',
      pValue: null,
      delta: expect.closeTo(-0.05, 10),
    });
    expect(metric(r, 'acc').relativeDelta).toBeCloseTo(-0.05 / 0.9, 10);
    expect(metric(r, 'loss').verdict).toBe('improved');
    expect(metric(r, 'f1')).toMatchObject({ verdict: 'changed', goal: null });
    expect(metric(r, 'f1').reason).toContain('no goal');
    expect(metric(r, 'auc').verdict).toBe('unchanged');
    expect(metric(r, 'speed').verdict).toBe('unchanged');
    expect(metric(r, 'fresh')).toMatchObject({ verdict: 'new', baseline: null, delta: null });
    expect(metric(r, 'old')).toMatchObject({ verdict: 'missing', current: null });
  });
  it('explains unchanged metrics unless told not to (explainUnchanged: false), and decides the same', () => {
    expect(metric(r, 'auc').reason).toMatch(/^moved .*within the threshold/);
    const quiet = compare({
      baseline: [run('m', { auc: 0.7, acc: { value: 0.9, goal: 'maximize' } }, { side: 'baseline' })],
      current: [run('m', { auc: 0.701, acc: { value: 0.85, goal: 'maximize' } })],
      explainUnchanged: false,
    });
    expect(metric(quiet, 'auc')).toMatchObject({ verdict: 'unchanged', reason: '' });
    expect(metric(quiet, 'acc').verdict).toBe('regressed');
    expect(metric(quiet, 'acc').reason).toContain('beyond');
  });
  it('counts every verdict, regressions first, and fails on the regression and the missing metric', () => {
    expect(r.counts).toEqual({
      regressed: 1,
      improved: 1,
      unchanged: 2,
      changed: 1,
      inconclusive: 0,
      new: 1,
      missing: 1,
    });
    expect(r.runs[0]!.metrics[0]!.name).toBe('acc');
    expect(r.verdict).toBe('fail');
    expect(r.gates.filter((g) => g.failed).map((g) => g.kind)).toEqual(['regression', 'missing']);
    expect(r.headline).toMatch(/^fail: 1 regression \(acc on m\)/);
  });
});

describe('replicas and samples', () => {
  it('pools replicas of one name into samples: a tight real drop is a regression', () => {
    const r = compare({
      baseline: replicas('cls', { acc: [0.912, 0.913, 0.912, 0.914, 0.913] }, 'baseline'),
      current: replicas('cls', { acc: [0.901, 0.9, 0.902, 0.899, 0.901] }, 'current'),
    });
    const m = metric(r, 'acc');
    expect(m).toMatchObject({ verdict: 'regressed', test: 'welch-t', samples: { baseline: 5, current: 5 } });
    expect(m.pValue!).toBeLessThan(0.001);
    expect(m.effect!).toBeLessThan(-3);
    expect(r.runs[0]!.replicas).toEqual({ baseline: 5, current: 5 });
  });
  it('a small noisy move beyond the threshold is inconclusive, not a regression', () => {
    const r = compare({
      baseline: replicas('cls', { acc: [0.9, 0.95, 0.86, 0.93, 0.88] }, 'baseline'),
      current: replicas('cls', { acc: [0.88, 0.93, 0.84, 0.9, 0.87] }, 'current'),
    });
    const m = metric(r, 'acc');
    expect(m.relativeDelta!).toBeLessThan(-0.01);
    expect(m.verdict).toBe('inconclusive');
    expect(r.verdict).toBe('pass');
  });
  it("uses a metric's samples array as its samples", () => {
    const r = compare({
      baseline: [
        run('m', { loss: { value: 0.3, goal: 'minimize', samples: [0.3, 0.301, 0.299, 0.3] } }, { side: 'baseline' }),
      ],
      current: [run('m', { loss: { value: 0.35, goal: 'minimize', samples: [0.35, 0.351, 0.349, 0.35] } })],
    });
    expect(metric(r, 'loss')).toMatchObject({
      verdict: 'regressed',
      test: 'welch-t',
      samples: { baseline: 4, current: 4 },
    });
  });
  it('one value against replicas uses a prediction interval', () => {
    const r = compare({
      baseline: replicas('m', { acc: [0.9, 0.91, 0.89, 0.9, 0.905] }, 'baseline'),
      current: [run('m', { acc: { value: 0.8, goal: 'maximize' } })],
    });
    expect(metric(r, 'acc')).toMatchObject({ verdict: 'regressed', test: 'prediction' });
  });
});

describe('history: a noise estimate for single values', () => {
  const base = [run('m', { acc: { value: 0.9, goal: 'maximize' } }, { side: 'baseline' })];
  it('a move inside the normal spread of the base branch is inconclusive', () => {
    const r = compare({
      baseline: base,
      current: [run('m', { acc: { value: 0.88, goal: 'maximize' } })],
      history: { m: { acc: [0.9, 0.87, 0.92, 0.89, 0.91, 0.88, 0.9] } },
    });
    expect(metric(r, 'acc')).toMatchObject({ verdict: 'inconclusive', test: 'history' });
    expect(metric(r, 'acc').history).toHaveLength(7);
  });
  it('a move far outside it is a regression', () => {
    const r = compare({
      baseline: base,
      current: [run('m', { acc: { value: 0.85, goal: 'maximize' } })],
      history: { m: { acc: [0.9, 0.901, 0.899, 0.9, 0.902, 0.898] } },
    });
    expect(metric(r, 'acc')).toMatchObject({ verdict: 'regressed', test: 'history' });
  });
  it('too short a history (fewer than 4 values) leaves the threshold to decide', () => {
    const r = compare({
      baseline: base,
      current: [run('m', { acc: { value: 0.85, goal: 'maximize' } })],
      history: { m: { acc: [0.9, 0.7] } },
    });
    expect(metric(r, 'acc').test).toBe('threshold');
  });
});

describe('many metrics at once', () => {
  it('200 metrics of pure noise across 5 seeds do not cry wolf (Benjamini-Hochberg)', () => {
    // deterministic pseudo-noise, N(0, 1)-like via a fixed LCG and Box-Muller
    let s = 12345;
    const u = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) + 1) / (2 ** 31 + 1);
    const g = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
    const side = (which: 'baseline' | 'current') =>
      replicas(
        'big',
        Object.fromEntries(
          Array.from({ length: 200 }, (_, i) => [`m${i}`, Array.from({ length: 5 }, () => 100 + g())]),
        ),
        which,
      );
    const r = compare({
      baseline: side('baseline'),
      current: side('current'),
      policy: parsePolicy('defaults: {threshold: "0%"}', 'p.yml'),
    });
    const raw = r.runs[0]!.metrics.filter((m) => (m.pValue ?? 1) < 0.05).length;
    expect(raw).toBeGreaterThan(0); // without the correction, some would be flagged
    expect(r.counts.regressed + r.counts.improved).toBe(0);
    expect(r.verdict).toBe('pass');
  });
});

describe('goals: policy, then manifest, else changed', () => {
  it('the policy glob overrides the manifest', () => {
    const policy = parsePolicy('metrics:\n  "val/*": {goal: minimize}\n', 'p.yml');
    const r = compare({
      baseline: [run('m', { 'val/err': { value: 0.2, goal: 'maximize' }, 'train/err': 0.2 }, { side: 'baseline' })],
      current: [run('m', { 'val/err': { value: 0.3, goal: 'maximize' }, 'train/err': 0.3 })],
      policy,
    });
    expect(metric(r, 'val/err')).toMatchObject({ goal: 'minimize', verdict: 'regressed' });
    expect(metric(r, 'train/err')).toMatchObject({ goal: null, verdict: 'changed' });
  });
  it('gate: false reports a regression but passes', () => {
    const policy = parsePolicy('metrics:\n  latency: {goal: minimize, gate: false}\n', 'p.yml');
    const r = compare({
      baseline: [run('m', { latency: 100 }, { side: 'baseline' })],
      current: [run('m', { latency: 150 })],
      policy,
    });
    expect(metric(r, 'latency')).toMatchObject({ verdict: 'regressed', gating: false });
    expect(r.verdict).toBe('pass');
  });
  it('absolute and 0% thresholds', () => {
    const abs = parsePolicy('defaults: {threshold: 0.05}\nmetrics:\n  "*": {goal: maximize}\n', 'p.yml');
    const zero = parsePolicy('defaults: {threshold: "0%"}\nmetrics:\n  "*": {goal: maximize}\n', 'p.yml');
    const input = { baseline: [run('m', { a: 0.5 }, { side: 'baseline' })], current: [run('m', { a: 0.46 })] };
    expect(metric(compare({ ...input, policy: abs }), 'a').verdict).toBe('unchanged');
    expect(metric(compare({ ...input, policy: zero }), 'a').verdict).toBe('regressed');
  });
});

describe('runs only on one side', () => {
  it('a run only in the current side is new, a run only in the baseline is missing and fails the missing gate', () => {
    const r = compare({
      baseline: [run('a', { x: 1 }, { side: 'baseline' }), run('gone', { x: 1 }, { side: 'baseline' })],
      current: [run('a', { x: 1 }), run('fresh', { x: 1 })],
    });
    expect(r.runs.find((x) => x.name === 'gone')!.status).toBe('missing');
    expect(r.runs.find((x) => x.name === 'fresh')!.status).toBe('new');
    expect(r.gates.find((g) => g.kind === 'missing')).toMatchObject({ failed: true, count: 1 });
    expect(r.runs[0]!.name).toBe('gone');
  });
  it('missing is not a gate when fail-on leaves it out', () => {
    const r = compare({
      baseline: [run('gone', { x: 1 }, { side: 'baseline' })],
      current: [run('a', { x: 1 })],
      policy: parsePolicy('fail-on: [regression]\n', 'p.yml'),
    });
    expect(r.verdict).toBe('pass');
    expect(r.gates.find((g) => g.kind === 'missing')).toMatchObject({ failed: false, count: 1 });
  });
});

describe('eval cases', () => {
  const cases = (outcomes: string) =>
    [...outcomes].map((o, i) => ({
      id: `task-${i}`,
      outcome: o === 'P' ? ('pass' as const) : o === 'S' ? ('skip' as const) : ('fail' as const),
      metrics: { tokens: 1000 + i },
    }));
  it('lists newly failing and passing cases, the pass-rate delta and the exact McNemar p', () => {
    const r = compare({
      baseline: [run('agent', { n: 1 }, { side: 'baseline', cases: cases('PPPPPPFFSP') })],
      current: [run('agent', { n: 1 }, { cases: [...cases('FFFFFFPFSP'), { id: 'task-new', outcome: 'pass' }] })],
    });
    const c = r.runs[0]!.cases!;
    expect(c.newlyFailing).toEqual(['task-0', 'task-1', 'task-2', 'task-3', 'task-4', 'task-5']);
    expect(c.newlyPassing).toEqual(['task-6']);
    expect(c.added).toEqual(['task-new']);
    expect(c.passRate!.baseline).toBeCloseTo(7 / 9, 12);
    expect(c.passRate!.current).toBeCloseTo(3 / 10, 12);
    expect(c.pValue).toBeCloseTo((2 * (1 + 7)) / 128, 12); // b = 6, c = 1
  });
  it('compares case metrics like run metrics (cases/<name>, per-case values as samples)', () => {
    const policy = parsePolicy('metrics:\n  "cases/*": {goal: minimize}\n', 'p.yml');
    const many = (tokens: number) =>
      Array.from({ length: 20 }, (_, i) => ({
        id: `t${i}`,
        outcome: 'pass' as const,
        metrics: { tokens: tokens + (i % 5) },
      }));
    const r = compare({
      baseline: [run('agent', { n: 1 }, { side: 'baseline', cases: many(1000) })],
      current: [run('agent', { n: 1 }, { cases: many(1500) })],
      policy,
    });
    expect(metric(r, 'cases/tokens')).toMatchObject({
      verdict: 'regressed',
      test: 'welch-t',
      samples: { baseline: 20, current: 20 },
    });
  });
});

describe('findings', () => {
  const kinds = (r: VerdictReport) =>
    r.runs.flatMap((x) => x.findings.map((f) => `${f.kind}${f.item ? ':' + f.item : ''}:${f.severity}`));
  it('provenance: each required item a current run lacks', () => {
    const bare = run('m', { x: 1 });
    delete bare.code;
    delete bare.datasets;
    delete bare.environment;
    const dirty = run('n', { x: 1 }, { code: { commit: BASE_SHA, dirty: true }, datasets: [{ name: 'raw' }] });
    const r = compare({
      baseline: [run('m', { x: 1 }, { side: 'baseline' }), run('n', { x: 1 }, { side: 'baseline' })],
      current: [bare, dirty],
      commitUnderTest: HEAD_SHA,
    });
    expect(kinds(r)).toEqual(
      expect.arrayContaining([
        'provenance:commit-match:warning',
        'provenance:clean-tree:warning',
        'provenance:dataset-digests:warning',
        'provenance:environment:warning',
      ]),
    );
    const msgs = r.runs.flatMap((x) => x.findings.map((f) => f.message));
    expect(msgs).toContain(
      `the run ran commit ${BASE_SHA.slice(0, 12)}, not the commit under test ${HEAD_SHA.slice(0, 12)}`,
    );
    expect(msgs).toContain('dataset "raw" without a content digest');
    expect(r.verdict).toBe('pass'); // provenance is not in the default fail-on
    const strict = compare({
      baseline: [],
      current: [dirty],
      commitUnderTest: HEAD_SHA,
      policy: parsePolicy('fail-on: [provenance]', 'p.yml'),
    });
    expect(strict.verdict).toBe('fail');
    expect(strict.gates.find((g) => g.kind === 'provenance')!.failed).toBe(true);
  });
  it('a complete current run has no provenance finding; an abbreviated commit matches', () => {
    const r = compare({ baseline: [], current: [run('m', { x: 1 })], commitUnderTest: HEAD_SHA.slice(0, 7) });
    expect(kinds(r)).toEqual([]);
  });
  it('determinism: replicas with the same seed that disagree beyond the tolerance fail the irreproducible gate', () => {
    const a = run('m', { acc: 0.9 }, { run: { seed: 7 } });
    const b = run('m', { acc: 0.9000000001 }, { run: { seed: 7 } });
    const c = run('m', { acc: 0.91 }, { run: { seed: 7 } });
    expect(kinds(compare({ baseline: [], current: [a, b] }))).toEqual([]);
    const r = compare({ baseline: [], current: [a, b, c] });
    expect(kinds(r)).toEqual(['determinism:error']);
    expect(r.runs[0]!.findings[0]!.message).toContain('3 replicas with seed 7 disagree on acc');
    expect(r.gates.find((g) => g.kind === 'irreproducible')!.failed).toBe(true);
  });
  it('dataset-changed, environment-changed, params-changed, run-failed, non-finite', () => {
    const b = run('m', { x: 1 }, { side: 'baseline', params: { lr: 0.1, opt: { name: 'sgd' } } });
    const c = run(
      'm',
      { x: 1 },
      {
        params: { lr: 0.2, opt: { name: 'sgd', nesterov: true } },
        datasets: [{ name: 'train', digest: 'sha256:' + 'cd'.repeat(32), records: 1200 }],
        environment: { python: '3.12.1', packages: { torch: '2.6.0' } },
        run: { status: 'failed' },
      },
    );
    const r = compare({ baseline: [b], current: [c], nonFinite: { [c.run.id]: ['/metrics/loss'] } });
    expect(kinds(r)).toEqual([
      'run-failed:warning',
      'non-finite:warning',
      'dataset-changed:warning',
      'environment-changed:info',
      'params-changed:info',
    ]);
  });
});

describe('attribution (changes)', () => {
  it('diffs params as dotted keys, datasets by name, the environment, and the code range', () => {
    const b = run(
      'm',
      { x: 1 },
      {
        side: 'baseline',
        params: { optimizer: { name: 'adamw', lr: 0.01, betas: [0.9, 0.99] }, epochs: 3, old: true },
        datasets: [
          { name: 'train', digest: 'sha256:' + 'ab'.repeat(32), version: 'v1', records: 100 },
          { name: 'gone' },
        ],
        environment: {
          python: '3.11.7',
          packages: { torch: '2.5.1' },
          hardware: { gpus: [{ name: 'A100' }] },
          container: { image: 'img', digest: 'sha256:' + '11'.repeat(32) },
        },
      },
    );
    const c = run(
      'm',
      { x: 1 },
      {
        params: { optimizer: { name: 'adamw', lr: 0.001, betas: [0.9, 0.999] }, epochs: 3, warmup: 100 },
        datasets: [
          { name: 'train', digest: 'sha256:' + 'cd'.repeat(32), version: 'v2', records: 120 },
          { name: 'extra' },
        ],
        environment: {
          python: '3.11.7',
          packages: { torch: '2.6.0', peft: '0.1' },
          hardware: { gpus: [{ name: 'H100' }] },
          container: { image: 'img', digest: 'sha256:' + '22'.repeat(32) },
        },
      },
    );
    const ch = compare({ baseline: [b], current: [c] }).runs[0]!.changes;
    expect(ch.params).toEqual([
      { key: 'optimizer.lr', baseline: 0.01, current: 0.001 },
      { key: 'optimizer.betas', baseline: [0.9, 0.99], current: [0.9, 0.999] },
      { key: 'old', baseline: true },
      { key: 'warmup', current: 100 },
    ]);
    expect(ch.datasets).toEqual([
      {
        name: 'train',
        change: 'modified',
        field: 'digest',
        baseline: 'sha256:' + 'ab'.repeat(32),
        current: 'sha256:' + 'cd'.repeat(32),
      },
      { name: 'train', change: 'modified', field: 'version', baseline: 'v1', current: 'v2' },
      { name: 'train', change: 'modified', field: 'records', baseline: 100, current: 120 },
      { name: 'gone', change: 'removed' },
      { name: 'extra', change: 'added' },
    ]);
    expect(ch.environment).toEqual([
      { key: 'packages.torch', baseline: '2.5.1', current: '2.6.0' },
      { key: 'hardware.gpus', baseline: 'A100', current: 'H100' },
      { key: 'container.digest', baseline: 'sha256:' + '11'.repeat(32), current: 'sha256:' + '22'.repeat(32) },
      { key: 'packages.peft', current: '0.1' },
    ]);
    expect(ch.code).toEqual({ from: BASE_SHA, to: HEAD_SHA, repository: 'acme/ml' });
  });
});

describe('defaults', () => {
  it('a comparison without a policy uses the defaults and records them', () => {
    const r = compare({ baseline: [run('m', { x: 1 }, { side: 'baseline' })], current: [run('m', { x: 1 })] });
    expect(r.policy).toEqual({
      file: null,
      baseline: 'merge-base',
      alpha: 0.05,
      threshold: '1%',
      failOn: defaultPolicy().failOn,
      require: defaultPolicy().require,
      tolerance: 1e-6,
    });
    expect(r.baseline.commit).toBe(BASE_SHA);
    expect(r.current.commit).toBe(HEAD_SHA);
  });
});
