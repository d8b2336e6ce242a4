// The statistics of a comparison. The distributions come from @stdlib (Student t and binomial CDFs);
// what is written here (the Welch and prediction t statistics, Hedges' g, Benjamini-Hochberg, exact
// McNemar) is small and unit-tested against published reference values and against
// @stdlib/stats-ttest2 (test/compare/stats.test.ts).
// Why these tests: docs/statistics.md.
import tcdf from '@stdlib/stats-base-dists-t-cdf';
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample variance (n - 1 in the denominator); 0 for fewer than two values. */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return s / (xs.length - 1);
}

export interface TestResult {
  /** two-sided p-value */
  pValue: number;
  /** sign of the tested difference (current - reference): -1, 0 or 1 */
  direction: number;
  /** standardised effect size; null when there is no spread to scale by */
  effect: number | null;
}

/** Both sides without spread: the difference is certain (p 0) or there is none (p 1). */
function degenerate(diff: number): TestResult {
  return { pValue: diff === 0 ? 1 : 0, direction: Math.sign(diff), effect: null };
}

/**
 * Welch's unequal-variance t-test of current against baseline (two-sided), with Hedges' g (bias-
 * corrected standardised mean difference) as the effect size. Needs at least two values per side.
 */
export function welch(baseline: readonly number[], current: readonly number[]): TestResult {
  const vb = variance(baseline);
  const vc = variance(current);
  const diff = mean(current) - mean(baseline);
  if (vb === 0 && vc === 0) return degenerate(diff);
  const nb = baseline.length;
  const nc = current.length;
  // t = diff / sqrt(vb/nb + vc/nc), Welch-Satterthwaite degrees of freedom; the same as
  // @stdlib/stats-ttest2 with variance 'unequal' (cross-checked in the tests), without its per-call
  // argument checking and result object, which dominated a 10,000-metric comparison
  const sb = vb / nb;
  const sc = vc / nc;
  const se2 = sb + sc;
  const df = (se2 * se2) / ((sb * sb) / (nb - 1) + (sc * sc) / (nc - 1));
  const t = diff / Math.sqrt(se2);
  const r = { pValue: Math.min(1, 2 * tcdf(-Math.abs(t), df)) };
  const pooled = Math.sqrt(((nb - 1) * vb + (nc - 1) * vc) / (nb + nc - 2));
  const j = 1 - 3 / (4 * (nb + nc) - 9);
  return { pValue: r.pValue, direction: Math.sign(diff), effect: pooled > 0 ? (diff / pooled) * j : null };
}

/**
 * Is one new value `x` consistent with the distribution the values `ys` came from? The two-sided
 * p-value of x under the Student-t prediction interval of one future observation:
 * t = (x - mean) / (s * sqrt(1 + 1/n)), n - 1 degrees of freedom. The effect is (x - mean) / s.
 * Used for one value against replicas of the other side, and for one value against a metric's history.
 */
export function prediction(ys: readonly number[], x: number): TestResult {
  const n = ys.length;
  const m = mean(ys);
  const s = Math.sqrt(variance(ys));
  if (s === 0) return degenerate(x - m);
  const t = (x - m) / (s * Math.sqrt(1 + 1 / n));
  return { pValue: Math.min(1, 2 * tcdf(-Math.abs(t), n - 1)), direction: Math.sign(x - m), effect: (x - m) / s };
}

/**
 * One-sided p-values from a two-sided one of a symmetric test: in the direction of the observed
 * difference p/2, against it 1 - p/2.
 */
export function oneSided(r: TestResult): { up: number; down: number } {
  const half = r.pValue / 2;
  if (r.direction > 0) return { up: half, down: 1 - half };
  if (r.direction < 0) return { up: 1 - half, down: half };
  return { up: 0.5, down: 0.5 };
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in the input order: q_(i) = min_{j>=i} p_(j) m / j,
 * capped at 1. Rejecting q <= alpha keeps the false discovery rate at alpha (and the chance of any false
 * alarm at alpha when nothing changed at all).
 */
export function benjaminiHochberg(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => ps[a]! - ps[b]!);
  const q = new Array<number>(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k]!;
    running = Math.min(running, (ps[i]! * m) / (k + 1));
    q[i] = running;
  }
  return q;
}

/**
 * Exact McNemar test on paired pass/fail outcomes: of the n = b + c discordant pairs (b newly failing,
 * c newly passing), under no change each is equally likely to go either way, so the two-sided p-value is
 * min(1, 2 * P(X <= min(b, c))) with X ~ Binomial(n, 1/2). 1 when there are no discordant pairs.
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  return Math.min(1, 2 * binomialCdf(Math.min(b, c), n, 0.5));
}
