// The history chart on a long history: its x axis spans the window of values it shows.
import { describe, expect, it } from 'vitest';
import { historyChart, type HistoryPoint } from '../../src/render/site/charts.js';

const labels = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('historyChart', () => {
  it('draws the last values of a 10,000-value history across the whole width, not squeezed at its end', async () => {
    const points: HistoryPoint[] = Array.from({ length: 120 }, (_, j) => ({
      n: 9881 + j,
      value: 0.5 + 0.01 * Math.sin(j),
    }));
    const svg = await historyChart(
      points,
      [{ from: 9881, to: 10000, lo: 0.48, hi: 0.52 }],
      [9950],
      { title: 't', description: 'd' },
      'c',
    );
    const ticks = labels(svg)
      .filter((t) => /^\d+$/.test(t))
      .map(Number);
    expect(ticks.length).toBeGreaterThan(2);
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(9881);
    expect(Math.max(...ticks)).toBeLessThanOrEqual(10000);
    // the line's points spread over most of the plot: x from the first to the last value
    const line = /<path[^>]*d="M([\d.]+),[\d.]+L[^"]*?L([\d.]+),[\d.]+"[^>]*stroke="#0072b2"/.exec(svg);
    expect(line).not.toBeNull();
    expect(Number(line![2]) - Number(line![1])).toBeGreaterThan(500);
  });
});
