// Verdict quality (issue: comparison engine). Simulated PRs: 20 metrics × 5 seeds per side, each metric
// N(100, σ = 1) per seed. Pure-noise PRs vs PRs with one metric dropped by 2σ, 3σ or 4σ. Reported:
// the share of noise PRs with any false regression, and the share of injected drops found, for
// runledger's verdict and, on the same data, for fixed-threshold rules like github-action-benchmark's
// (one value per side, alert when worse by more than a fixed ratio).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compare, parsePolicy } from '../src/compare/index.js';
import type { RunManifest } from '../src/manifest/index.js';
import { machine, root } from './machine.js';

const METRICS = 20;
const SEEDS = 5;
const PRS = Number(process.env.BENCH_PRS ?? 1000);
const SIGMA = 1;
const MEAN = 100;

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

/** values[metric][seed] */
function side(drop: number): number[][] {
  return Array.from({ length: METRICS }, (_, k) =>
    Array.from({ length: SEEDS }, () => MEAN + SIGMA * normal() - (k === 0 ? drop * SIGMA : 0)),
  );
}

function manifests(values: number[][], which: string): RunManifest[] {
  return Array.from({ length: SEEDS }, (_, s) => ({
    schemaVersion: 1 as const,
    run: { id: `${which}-${s}`, name: 'sim', seed: s },
    metrics: Object.fromEntries(values.map((v, k) => [`m${k}`, v[s]!])),
  }));
}

const policies = {
  '"0%" (any significant move)': parsePolicy(
    'defaults: {threshold: "0%"}\nmetrics:\n  "*": {goal: maximize}\n',
    'bench.yml',
  ),
  '"1%" (= 1σ here)': parsePolicy('defaults: {threshold: "1%"}\nmetrics:\n  "*": {goal: maximize}\n', 'bench.yml'),
};
const fixed = [1, 2, 3]; // fixed thresholds in % (= σ here)

interface Tally {
  flagged: number;
  found: number;
}
const scenarios = [0, 2, 3, 4];
const ours = new Map<string, Tally>();
const theirs = new Map<string, Tally>();
const key = (rule: string, drop: number) => `${rule}|${drop}`;
const bump = (m: Map<string, Tally>, k: string, flagged: boolean, found: boolean) => {
  const t = m.get(k) ?? { flagged: 0, found: 0 };
  t.flagged += flagged ? 1 : 0;
  t.found += found ? 1 : 0;
  m.set(k, t);
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const t0 = performance.now();
for (const drop of scenarios) {
  for (let pr = 0; pr < PRS; pr++) {
    const b = side(0);
    const c = side(drop);
    const baseline = manifests(b, 'b');
    const current = manifests(c, 'c');
    for (const [name, policy] of Object.entries(policies)) {
      const r = compare({ baseline, current, policy, commitUnderTest: undefined });
      const regressed = r.runs[0]!.metrics.filter((m) => m.verdict === 'regressed').map((m) => m.name);
      bump(
        ours,
        key(name, drop),
        regressed.some((n) => n !== 'm0' || drop === 0),
        regressed.includes('m0'),
      );
    }
    for (const pct of fixed) {
      // github-action-benchmark style: one result per side (seed 0), alert when worse by more than pct%
      const worse = (bv: number, cv: number) => (bv - cv) / bv > pct / 100;
      const single = b.map((v, k) => worse(v[0]!, c[k]![0]!));
      bump(
        theirs,
        key(`single run, ${pct}%`, drop),
        single.some((x, k) => x && (k !== 0 || drop === 0)),
        single[0]!,
      );
      // the same rule on the means of the 5 seeds
      const means = b.map((v, k) => worse(mean(v), mean(c[k]!)));
      bump(
        theirs,
        key(`mean of ${SEEDS} seeds, ${pct}%`, drop),
        means.some((x, k) => x && (k !== 0 || drop === 0)),
        means[0]!,
      );
    }
  }
}
const seconds = (performance.now() - t0) / 1000;

const pct = (n: number) => `${((n / PRS) * 100).toFixed(1)}%`;
/** with the 95% normal-approximation interval of a share of PRS */
const pctCi = (n: number) => {
  const p = n / PRS;
  return `${pct(n)} ± ${(1.96 * Math.sqrt((p * (1 - p)) / PRS) * 100).toFixed(1)}`;
};
const row = (rule: string, m: Map<string, Tally>) =>
  `| ${rule} | ${pctCi(m.get(key(rule, 0))!.flagged)} | ${[2, 3, 4].map((d) => pct(m.get(key(rule, d))!.found)).join(' | ')} |`;
const rules = (m: Map<string, Tally>) => [...new Set([...m.keys()].map((k) => k.split('|')[0]!))];

const out = `# Verdict quality

Measured by \`npm run bench compare-quality\` (bench/compare-quality.bench.ts) on ${machine()}, ${new Date().toISOString().slice(0, 10)}.

Simulated PRs: ${METRICS} metrics × ${SEEDS} seeds per side, every value N(${MEAN}, σ = ${SIGMA}), goal maximize.
${PRS} pure-noise PRs, and ${PRS} PRs each with metric 0 dropped by 2σ, 3σ and 4σ (fixed random seed).
"False alarm" is the share of noise PRs in which any metric is called a regression; "found" is the
share of drop PRs in which the dropped metric is called a regression.

| rule | noise PRs with a false regression (target ≤ 5%) | 2σ drop found | 3σ drop found | 4σ drop found (target ≥ 90%) |
|---|---|---|---|---|
${rules(ours)
  .map((r) => row(r, ours).replace(/^\| /, '| runledger, threshold '))
  .join('\n')}
${rules(theirs)
  .map((r) => row(r, theirs).replace(/^\| /, '| fixed threshold (github-action-benchmark style), '))
  .join('\n')}

runledger: Welch's t-test per metric on the 5 vs 5 seeds, one-sided for the gate's question ("did it
get worse?"), Benjamini-Hochberg across the ${METRICS} metrics at α = 0.05, and the threshold. When
nothing changed, the chance of any false regression is α by construction (5%; the simulated share
and its 95% interval are in the table); set a smaller \`alpha\` in runledger.yml for fewer. The fixed-threshold rule sees one value per side (as
github-action-benchmark does: its \`alert-threshold\` compares the new result with the previous one),
or the means of the seeds; it has no notion of noise, so a threshold low enough to catch a 2σ drop
raises false alarms on most noise PRs, and one high enough to stay quiet misses real drops.
See docs/statistics.md for why these tests. ${seconds.toFixed(1)} s for ${PRS * scenarios.length * Object.keys(policies).length} comparisons.
`;
writeFileSync(path.join(root, 'bench/results/compare-quality.md'), out);
console.log(out);
