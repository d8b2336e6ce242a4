// A worker's first charts and change-point searches cost several times the later ones: the JIT
// compiles vega's code paths as it meets them. A worker started early (pool.warm) meets them on
// made-up data while the builder is still reading the saved state and the new entries, so that the
// real pages start at full speed. It writes nothing and changes no later chart (each chart is laid
// out from scratch: charts.ts).
import { detect } from '../../compare/changepoint.js';
import { historyChart, sparkline, type HistoryPoint } from './charts.js';

export async function warmUp(): Promise<void> {
  const values = Array.from({ length: 2000 }, (_, i) => 1 + (i >= 1000 ? 0.1 : 0) + 0.01 * Math.sin(i * 1.7));
  const { segments, sigma } = detect(values);
  const last = segments[segments.length - 1]!;
  const points: HistoryPoint[] = values.slice(-120).map((value, j) => ({ n: 1881 + j, value }));
  const band = [{ from: 1881, to: 2000, lo: last.mean - 2 * sigma, hi: last.mean + 2 * sigma }];
  const text = { title: 'warm-up', description: 'not shown' };
  for (let k = 0; k < 4; k++) {
    await historyChart(points, band, [1950], text, 'w');
    await sparkline(values.slice(-30), text, 'w');
  }
}
