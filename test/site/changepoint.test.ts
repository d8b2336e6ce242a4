import { describe, expect, it } from 'vitest';
import { changePoints, median5, noiseScale } from '../../src/compare/changepoint.js';

// deterministic noise (mulberry32 + Box-Muller) so the tests never flake
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function gaussian(seed: number) {
  const r = rng(seed);
  return () => Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r());
}
function series(levels: [number, number][], sd: number, seed: number): number[] {
  const g = gaussian(seed);
  return levels.flatMap(([len, level]) => Array.from({ length: len }, () => level + sd * g()));
}

describe('changePoints', () => {
  it('finds one step at the right place', () => {
    const xs = series(
      [
        [60, 0.8],
        [40, 0.75],
      ],
      0.01,
      1,
    );
    const cps = changePoints(xs);
    expect(cps.map((c) => c.index)).toEqual([60]);
    expect(cps[0]!.delta).toBeCloseTo(-0.05, 2);
    expect(cps[0]!.relative).toBeCloseTo(-0.0625, 2);
  });

  it('finds two steps, up then down, within two points of the truth', () => {
    const xs = series(
      [
        [50, 10],
        [30, 12],
        [50, 11],
      ],
      0.3,
      2,
    );
    const cps = changePoints(xs);
    expect(cps).toHaveLength(2);
    expect(Math.abs(cps[0]!.index - 50)).toBeLessThanOrEqual(2);
    expect(Math.abs(cps[1]!.index - 80)).toBeLessThanOrEqual(2);
    expect(cps[0]!.delta).toBeGreaterThan(0);
    expect(cps[1]!.delta).toBeLessThan(0);
  });

  it('finds nothing in a constant series, a short series or a single outlier', () => {
    expect(changePoints(Array(50).fill(1))).toEqual([]);
    expect(changePoints([1, 2, 3])).toEqual([]);
    const xs = series([[80, 5]], 0.1, 3);
    xs[40] = 9;
    expect(changePoints(xs)).toEqual([]);
  });

  it('rarely reports a change on pure noise (false-positive rate below 5% of series)', () => {
    let withFalse = 0;
    const trials = 200;
    for (let s = 0; s < trials; s++) if (changePoints(series([[100, 0]], 1, 1000 + s)).length) withFalse++;
    expect(withFalse / trials).toBeLessThan(0.05);
  });

  it('finds the steps of a long history (10,000 values, three steps of one σ)', () => {
    const xs = series(
      [
        [2500, 0],
        [2500, 1],
        [2500, 0],
        [2500, 1],
      ],
      1,
      5,
    );
    const cps = changePoints(xs);
    expect(cps).toHaveLength(3);
    cps.forEach((c, i) => expect(Math.abs(c.index - 2500 * (i + 1))).toBeLessThanOrEqual(50));
  });

  it('estimates noise robustly despite a step', () => {
    const xs = series(
      [
        [100, 0],
        [100, 50],
      ],
      1,
      4,
    );
    expect(noiseScale(xs)).toBeGreaterThan(0.7);
    expect(noiseScale(xs)).toBeLessThan(1.4);
  });
});

describe('median5', () => {
  it('is the middle of the five values sorted, for every order of values with and without ties', () => {
    // every 5-tuple over {0, 1, 2, 3, 4}: all orders, all patterns of ties
    for (let code = 0; code < 5 ** 5; code++) {
      const v = Array.from({ length: 5 }, (_, k) => Math.floor(code / 5 ** k) % 5);
      const sorted = [...v].sort((a, b) => a - b);
      expect(median5(v[0]!, v[1]!, v[2]!, v[3]!, v[4]!)).toBe(sorted[2]);
    }
  });
});
