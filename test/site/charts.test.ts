// The history chart on a long history: its x axis spans the window of values it shows; and a chart is
// the same whatever chart its thread drew before it.
import { describe, expect, it, vi } from 'vitest';
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

  it('draws a chart to the same markup whatever was drawn before it, and keeps no data of it', async () => {
    const text = { title: 't', description: 'd' };
    // values near 0.5 with a spread; then values near 0.5 again, sharing some ticks with the first,
    // without a spread, band or change point
    const first: HistoryPoint[] = Array.from({ length: 40 }, (_, j) => ({
      n: j + 1,
      value: 0.5 + 0.01 * Math.sin(j),
      dot: true,
      ...(j % 3 ? { min: 0.47, max: 0.53 } : {}),
    }));
    const second: HistoryPoint[] = Array.from({ length: 10 }, (_, j) => ({
      n: j + 1,
      value: 0.5 + 0.005 * Math.cos(j),
    }));
    const band = [{ from: 1, to: 40, lo: 0.46, hi: 0.54 }];
    vi.resetModules();
    const fresh = (await import('../../src/render/site/charts.js')) as typeof import('../../src/render/site/charts.js');
    const alone = await fresh.historyChart(second, [], [], text, 'c');
    vi.resetModules();
    const used = (await import('../../src/render/site/charts.js')) as typeof import('../../src/render/site/charts.js');
    await used.historyChart(first, band, [20], text, 'c');
    const after = await used.historyChart(second, [], [], text, 'c');
    expect(after).toBe(alone);
    // as many values as the chart before: drawn by changing the tuples the View holds, to the same markup
    const third = first.map((p, j) => ({
      n: p.n + 5,
      value: 0.7 - 0.01 * Math.cos(j),
      ...(j % 4 ? {} : { dot: true }),
    }));
    vi.resetModules();
    const fresh3 =
      (await import('../../src/render/site/charts.js')) as typeof import('../../src/render/site/charts.js');
    const alone3 = await fresh3.historyChart(third, [{ from: 6, to: 45, lo: 0.65, hi: 0.75 }], [], text, 'c');
    await used.historyChart(first, band, [20], text, 'c');
    expect(await used.historyChart(third, [{ from: 6, to: 45, lo: 0.65, hi: 0.75 }], [], text, 'c')).toBe(alone3);
    // the y axis spans the second chart's values, not the first one's spread or band
    const ys = labels(alone)
      .filter((t) => /^0\.\d+$/.test(t))
      .map(Number);
    expect(Math.min(...ys)).toBeGreaterThan(0.49);
    expect(Math.max(...ys)).toBeLessThan(0.51);
  });
});
