// A worker's first pages cost several times the later ones: the JIT compiles the change-point search,
// vega's code paths and the templates as it meets them (a fresh worker's first charts took 15 to
// 30 ms, its 100th 3 ms). A worker started early (pool.warm) meets them on made-up metric pages,
// rendered by the same code as real ones (run-pages.ts: metricPage) from data shaped like real data,
// while the builder is still reading the saved state and the new entries; it goes on until its first
// real task arrives. It writes nothing and changes no later page (each chart is laid out the same
// whatever was drawn before it: charts.ts).
import { sparkline } from './charts.js';
import type { MetricColumn, RunHistory } from './history.js';
import { metricPage } from './run-pages.js';

/** made-up metric pages rendered at most (a few hundred milliseconds of a fresh worker's time) */
const MAX_PAGES = 60;
const ROWS = 1500;
const METRICS = 6;

/** Renders made-up metric pages until `stop` says a real task is waiting (checked between pages). */
export async function warmUp(stop: () => boolean = () => false): Promise<void> {
  const h = madeUpHistory();
  const columns = [...h.metrics.values()];
  const layoutBase = { source: 'warm-up', version: 'warm-up' };
  for (let k = 0; k < MAX_PAGES && !stop(); k++) {
    // a shorter history each time: other values in the chart's window, other ticks
    const length = ROWS - 7 * k;
    const col = columns[k % columns.length]!;
    await metricPage({ ...h, length }, { ...col, length }, [], (_key, render) => render(), layoutBase);
    if (k % 4 === 0) {
      const text = { title: 'warm-up', description: 'not shown' };
      await sparkline(Array.from(col.value.subarray(length - 30, length)), text, 'w');
    }
    // a turn of the event loop, so that a task posted meanwhile is seen
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A run name's history: levels that step, noise, a spread of samples in some columns, a gap. */
function madeUpHistory(): RunHistory {
  const seq = Float64Array.from({ length: ROWS }, (_, i) => i);
  const runIds = Array.from({ length: ROWS }, (_, i) => `warm-up-${i}`);
  const metrics = new Map<string, MetricColumn>();
  for (let m = 0; m < METRICS; m++) {
    const value = Float64Array.from(
      { length: ROWS },
      (_, i) => 0.5 + 0.02 * Math.floor((i + 97 * m) / 400) + 0.003 * Math.sin(i * 1.7 + m),
    );
    if (m === 1) value.fill(NaN, 200, 260);
    const col: MetricColumn = { name: `warm-up/${m}`, length: ROWS, value, ...(m % 2 ? {} : { goal: 'maximize' }) };
    if (m % 3 === 0)
      col.spread = {
        min: value.map((v) => v - 0.001),
        max: value.map((v) => v + 0.001),
        count: value.map(() => 2),
      };
    metrics.set(col.name, col);
  }
  const commits = Array.from({ length: ROWS }, (_, i) => i.toString(16).padStart(40, '0'));
  return { name: 'warm-up', length: ROWS, seq, runIds, commits, metrics };
}
