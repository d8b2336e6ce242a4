// The hand-written statistics against published reference values.
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, mcnemarExact, oneSided, prediction, welch } from '../../src/compare/stats.js';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import ttest2 from '@stdlib/stats-ttest2';

describe("Welch's t-test", () => {
  it('agrees with @stdlib/stats-ttest2 (variance: unequal)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10;
    for (let i = 0; i < 50; i++) {
      const b = Array.from({ length: 3 + (i % 5) }, rnd);
      const c = Array.from({ length: 2 + (i % 7) }, () => rnd() + (i % 3));
      expect(welch(b, c).pValue).toBeCloseTo(ttest2(c, b, { variance: 'unequal' }).pValue, 12);
    }
  });
  it('matches the worked example of Wikipedia "Welch\'s t-test" (t = -2.46, df 24.9, p = 0.021)', () => {
    const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const r = welch(a2, a1); // current a1 vs baseline a2
    expect(r.pValue).toBeCloseTo(0.021, 3);
    expect(r.effect).toBeLessThan(0);
  });
  it('gives p 0 for a difference without spread and 1 for none', () => {
    expect(welch([1, 1, 1], [2, 2, 2]).pValue).toBe(0);
    expect(welch([1, 1, 1], [1, 1, 1]).pValue).toBe(1);
  });
});

describe('one-sided p-values', () => {
  it('halve the two-sided p in the direction of the difference', () => {
    expect(oneSided({ pValue: 0.04, direction: -1, effect: null })).toEqual({ up: 0.98, down: 0.02 });
    expect(oneSided({ pValue: 0.04, direction: 1, effect: null })).toEqual({ up: 0.02, down: 0.98 });
    expect(oneSided({ pValue: 1, direction: 0, effect: null })).toEqual({ up: 0.5, down: 0.5 });
  });
});

describe('prediction interval test', () => {
  it('puts a value at the edge of the 95% prediction interval at p = 0.05', () => {
    const ys = [10, 11, 9, 10.5, 9.5, 10.2];
    const n = ys.length;
    const m = ys.reduce((a, b) => a + b) / n;
    const s = Math.sqrt(ys.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
    const edge = m + tQuantile(0.975, n - 1) * s * Math.sqrt(1 + 1 / n);
    expect(prediction(ys, edge).pValue).toBeCloseTo(0.05, 10);
    expect(prediction(ys, m).pValue).toBeCloseTo(1, 10);
  });
});

describe('Benjamini-Hochberg', () => {
  it('rejects exactly the first four of the 15 p-values of Benjamini & Hochberg (1995), at q = 0.05', () => {
    const ps = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0,
    ];
    const q = benjaminiHochberg(ps);
    expect(q.map((x) => x <= 0.05)).toEqual([true, true, true, true, ...Array(11).fill(false)]);
  });
  it('matches R p.adjust(method = "BH") and keeps the input order', () => {
    // p.adjust(c(0.04, 0.01, 0.03, 0.02, 0.05), "BH") = 0.05 0.05 0.05 0.05 0.05
    for (const q of benjaminiHochberg([0.04, 0.01, 0.03, 0.02, 0.05])) expect(q).toBeCloseTo(0.05, 12);
    // p.adjust(c(0.001, 0.5, 0.02), "BH") = 0.003 0.5 0.03
    const q = benjaminiHochberg([0.001, 0.5, 0.02]);
    expect(q[0]).toBeCloseTo(0.003, 12);
    expect(q[1]).toBeCloseTo(0.5, 12);
    expect(q[2]).toBeCloseTo(0.03, 12);
  });
});

describe('exact McNemar test', () => {
  it('is the two-sided binomial test on the discordant pairs', () => {
    // R: binom.test(3, 13)$p.value = 0.09229 (= 2 * 378 / 8192)
    expect(mcnemarExact(3, 10)).toBeCloseTo((2 * 378) / 8192, 12);
    expect(mcnemarExact(10, 3)).toBeCloseTo(0.0922852, 6);
    // 6 flips all one way: 2 / 2^6
    expect(mcnemarExact(6, 0)).toBeCloseTo(0.03125, 12);
    // 3 vs 1: 2 * (1 + 4) / 16
    expect(mcnemarExact(3, 1)).toBeCloseTo(0.625, 12);
    expect(mcnemarExact(2, 2)).toBe(1);
    expect(mcnemarExact(0, 0)).toBe(1);
  });
});

describe('why not a rank test (docs/statistics.md)', () => {
  it('a 5 vs 5 Mann-Whitney test cannot go below p = 2/252 ≈ 0.0079, above the 0.05/20 a 20-metric correction asks of a lone change', () => {
    // the most extreme arrangement (all current below all baseline) is 1 of C(10,5) = 252 equally likely ones
    let c = 1;
    for (let k = 1; k <= 5; k++) c = (c * (5 + k)) / k;
    expect(c).toBe(252);
    expect(2 / c).toBeGreaterThan(0.05 / 20);
    expect(2 / c).toBeCloseTo(0.0079, 4);
  });
});
