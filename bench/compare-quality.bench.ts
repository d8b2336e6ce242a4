// Verdict quality (issue: comparison engine). Simulated PRs: 20 metrics × 5 seeds per side. Pure-noise
// PRs vs PRs with one metric dropped by 2σ, 3σ or 4σ (σ: that metric's seed-to-seed spread). Reported:
// the share of noise PRs with any false regression, and the share of injected drops found, for
// runledger's verdict and, on the same data, for fixed-threshold rules like github-action-benchmark's
// (alert when worse by more than a fixed ratio). Two settings: every metric with the same noise (where
// a fixed threshold can be tuned to it), and metrics with different noise (as real metrics are).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { compare, parsePolicy, type Policy } from '../src/compare/index.js';
import type { RunManifest } from '../src/manifest/index.js';
import { machine, root } from './machine.js';

const METRICS = 20;
const SEEDS = 5;
const PRS = Number(process.env.BENCH_PRS ?? 1000);
const MEAN = 100;
const DROPS = [0, 2, 3, 4];

// mulberry32 + Box-Muller: the same numbers on every run
let state = 20261127;
function uniform(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function normal(): number {
  return Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** values[metric][seed]; metric `target` lowered by `drop` of its σ */
function side(sigmas: readonly number[], target: number, drop: number): number[][] {
  return sigmas.map((sigma, k) =>
    Array.from({ length: SEEDS }, () => MEAN + sigma * normal() - (k === target ? drop * sigma : 0)),
  );
}

function manifests(values: number[][], which: string): RunManifest[] {
  return Array.from({ length: SEEDS }, (_, s) => ({
    schemaVersion: 1 as const,
    run: { id: `${which}-${s}`, name: 'sim', seed: s },
    metrics: Object.fromEntries(values.map((v, k) => [`m${k}`, v[s]!])),
  }));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

interface Tally {
  flagged: number;
  found: number;
}

/** rule -> drop -> tally */
function simulate(sigmas: readonly number[], policies: Record<string, Policy>, fixed: readonly number[]) {
  const out = new Map<string, Map<number, Tally>>();
  const bump = (rule: string, drop: number, flagged: boolean, found: boolean) => {
    if (!out.has(rule)) out.set(rule, new Map());
    const t = out.get(rule)!.get(drop) ?? { flagged: 0, found: 0 };
    t.flagged += flagged ? 1 : 0;
    t.found += found ? 1 : 0;
    out.get(rule)!.set(drop, t);
  };
  for (const drop of DROPS) {
    for (let pr = 0; pr < PRS; pr++) {
      const target = pr % METRICS; // every noise level gets its share of drops
      const b = side(sigmas, target, 0);
      const c = side(sigmas, target, drop);
      const falseAlarm = (flags: boolean[]) => flags.some((x, k) => x && (k !== target || drop === 0));
      const baseline = manifests(b, 'b');
      const current = manifests(c, 'c');
      for (const [name, policy] of Object.entries(policies)) {
        const r = compare({ baseline, current, policy });
        const regressed = new Set(r.runs[0]!.metrics.filter((m) => m.verdict === 'regressed').map((m) => m.name));
        const flags = sigmas.map((_, k) => regressed.has(`m${k}`));
        bump(`runledger, threshold ${name}`, drop, falseAlarm(flags), flags[target]!);
      }
      for (const pct of fixed) {
        const worse = (bv: number, cv: number) => (bv - cv) / bv > pct / 100;
        // github-action-benchmark style: one result per side (seed 0), alert when worse by more than pct%
        const single = b.map((v, k) => worse(v[0]!, c[k]![0]!));
        bump(
          `fixed ${pct}% (github-action-benchmark style), one run per side`,
          drop,
          falseAlarm(single),
          single[target]!,
        );
        // the same rule on the means of the seeds
        const means = b.map((v, k) => worse(mean(v), mean(c[k]!)));
        bump(`fixed ${pct}%, on the means of ${SEEDS} seeds`, drop, falseAlarm(means), means[target]!);
      }
    }
  }
  return out;
}

const pct = (n: number) => `${((n / PRS) * 100).toFixed(1)}%`;
/** with the 95% normal-approximation interval of a share of PRS */
const pctCi = (n: number) => {
  const p = n / PRS;
  return `${pct(n)} ± ${(1.96 * Math.sqrt((p * (1 - p)) / PRS) * 100).toFixed(1)}`;
};
function table(results: Map<string, Map<number, Tally>>): string {
  const rows = [...results].map(
    ([rule, t]) =>
      `| ${rule} | ${pctCi(t.get(0)!.flagged)} | ${[2, 3, 4].map((d) => pct(t.get(d)!.found)).join(' | ')} |`,
  );
  return [
    '| rule | noise PRs with a false regression (target ≤ 5%) | 2σ drop found | 3σ drop found | 4σ drop found (target ≥ 90%) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const policy = (threshold: string) =>
  parsePolicy(`defaults: {threshold: "${threshold}"}\nmetrics:\n  "*": {goal: maximize}\n`, 'bench.yml');
const t0 = performance.now();
// every metric σ = 1 (1% of the mean): a fixed threshold can be tuned to it
const same = simulate(Array<number>(METRICS).fill(1), { '"0%"': policy('0%'), '"1%" (= 1σ)': policy('1%') }, [1, 2, 3]);
// σ from 0.25 to 4 (0.25% to 4% of the mean), log-spaced: no single fixed threshold fits all
const sigmas = Array.from({ length: METRICS }, (_, k) => 0.25 * 16 ** (k / (METRICS - 1)));
const mixed = simulate(sigmas, { '"0%"': policy('0%') }, [1, 2, 3]);
const seconds = (performance.now() - t0) / 1000;

const out = `# Verdict quality

Measured by \`npm run bench compare-quality\` (bench/compare-quality.bench.ts) on ${machine()}, ${new Date().toISOString().slice(0, 10)}.

Simulated PRs: ${METRICS} metrics × ${SEEDS} seeds per side, goal maximize, values N(${MEAN}, σ) per seed.
For each setting, ${PRS} pure-noise PRs and ${PRS} PRs each with one metric (a different one in turn)
dropped by 2σ, 3σ and 4σ of its own σ (fixed random seed). "False regression" is the share of noise PRs
in which any metric is called a regression (± its 95% interval); "found" is the share of drop PRs in
which the dropped metric is called a regression.

## Every metric with the same noise (σ = 1, i.e. 1% of the value)

${table(same)}

## Metrics with different noise (σ from 0.25 to 4, log-spaced, i.e. 0.25% to 4% of the value)

${table(mixed)}

runledger: Welch's t-test per metric on the ${SEEDS} vs ${SEEDS} seeds, one-sided for the gate's question ("did it
get worse?"), Benjamini-Hochberg across the ${METRICS} metrics at α = 0.05, and the threshold (docs/statistics.md).
When nothing changed, the chance of any false regression is α by construction (5%); set a smaller
\`alpha\` in runledger.yml for fewer.

The fixed-threshold rule has no notion of noise. With one run per side (what github-action-benchmark
compares: its \`alert-threshold\` ratio between the new and the previous result) it raises false alarms on
most noise PRs at any threshold that catches real drops. On the means of the seeds it does well only
when its threshold happens to suit the noise of every metric (first table, 2%); when metrics differ in
noise (second table), a threshold low enough for the quiet metrics cries wolf on the noisy ones, and one
high enough for the noisy ones misses the drops of the quiet ones. runledger estimates each metric's
noise from its seeds. ${seconds.toFixed(1)} s in all.
`;
// formatted as the repository's prettier --check expects
writeFileSync(path.join(root, 'bench/results/compare-quality.md'), await prettier.format(out, { parser: 'markdown' }));
console.log(out);
