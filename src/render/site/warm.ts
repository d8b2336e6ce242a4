// A worker's first pages cost several times the later ones: the JIT compiles vega's code paths and
// the change-point search as it meets them (a fresh worker's first 20 charts took 14 ms each, its
// 100th 3 ms). A worker started early (pool.warm) meets them on made-up data while the builder is
// still reading the saved state and the new entries, and goes on until its first real task arrives,
// so that the real pages start nearer full speed. It writes nothing and changes no later chart (each
// chart is laid out the same whatever was drawn before it: charts.ts).
import { detect } from '../../compare/changepoint.js';
import { historyChart, sparkline, type HistoryPoint } from './charts.js';

/** made-up charts drawn at most (a few hundred milliseconds of a fresh worker's time) */
const MAX_CHARTS = 60;

/** Draws made-up charts until `stop` says a real task is waiting (checked between charts). */
export async function warmUp(stop: () => boolean = () => false): Promise<void> {
  const values = Float64Array.from({ length: 2000 }, (_, i) => 1 + (i >= 1000 ? 0.1 : 0) + 0.01 * Math.sin(i * 1.7));
  const text = { title: 'warm-up', description: 'not shown' };
  for (let k = 0; k < MAX_CHARTS && !stop(); k++) {
    const { segments, sigma } = detect(values.subarray(0, 1000 + 10 * k));
    const last = segments[segments.length - 1]!;
    // a different window each time, with a spread, dots and change points now and then: the paths
    // real charts take
    const from = 7 * k;
    const points: HistoryPoint[] = Array.from(values.subarray(from, from + 120), (value, j) => ({
      n: from + j + 1,
      value,
      ...(j % 9 === 0 ? { min: value - 0.01, max: value + 0.01 } : {}),
      ...(k % 3 === 0 || j === 119 ? { dot: true } : {}),
    }));
    const band = [{ from: from + 1, to: from + 120, lo: last.mean - 2 * sigma, hi: last.mean + 2 * sigma }];
    await historyChart(points, band, k % 2 ? [from + 60] : [], text, 'w');
    if (k % 4 === 0) await sparkline(Array.from(values.subarray(from, from + 30)), text, 'w');
    // a turn of the event loop, so that a task posted meanwhile is seen
    await new Promise((resolve) => setImmediate(resolve));
  }
}
