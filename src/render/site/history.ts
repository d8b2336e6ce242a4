// Each run name's history across the ledger, one row per entry that recorded it: the value of every
// metric (mean over the run's replicas), the spread of its samples, and where it came from.
// Columns are plain number arrays aligned with the rows (NaN where a metric was not recorded).
import type { LedgerEntry } from '../../publish/ledger/types.js';
import type { RunManifest } from '../../manifest/manifest.gen.js';
import { metricsOf } from '../../manifest/metric.js';

export interface HistoryRow {
  seq: number;
  commit: string | null;
  recordedAt: string;
  /** run ids of the replicas recorded in this entry */
  runIds: string[];
}

export interface MetricColumn {
  name: string;
  goal?: 'maximize' | 'minimize';
  unit?: string;
  value: number[];
  min: number[];
  max: number[];
  /** how many samples the value summarises */
  count: number[];
}

export interface RunHistory {
  name: string;
  group?: string;
  rows: HistoryRow[];
  metrics: Map<string, MetricColumn>;
}

export class HistoryStore {
  /** starts empty, or with the histories a previous build saved (see resume.ts) */
  constructor(readonly runs = new Map<string, RunHistory>()) {}

  add(entry: LedgerEntry): void {
    const byName = new Map<string, RunManifest[]>();
    for (const m of entry.runs) {
      const list = byName.get(m.run.name);
      if (list) list.push(m);
      else byName.set(m.run.name, [m]);
    }
    for (const [name, replicas] of byName) this.addRow(entry, name, replicas);
  }

  private addRow(entry: LedgerEntry, name: string, replicas: RunManifest[]) {
    let h = this.runs.get(name);
    if (!h) {
      h = { name, rows: [], metrics: new Map() };
      this.runs.set(name, h);
    }
    const group = replicas.find((r) => r.run.group)?.run.group;
    if (group) h.group = group;
    const i = h.rows.length;
    h.rows.push({
      seq: entry.seq,
      commit: entry.commit,
      recordedAt: entry.recordedAt,
      runIds: replicas.map((r) => r.run.id),
    });
    const acc = new Map<
      string,
      { values: number[]; samples: number[]; goal?: 'maximize' | 'minimize'; unit?: string }
    >();
    for (const r of replicas)
      for (const [metric, o] of metricsOf(r)) {
        let a = acc.get(metric);
        if (!a) acc.set(metric, (a = { values: [], samples: [] }));
        a.values.push(o.value);
        if (o.samples?.length) a.samples.push(...o.samples);
        else a.samples.push(o.value);
        if (o.goal) a.goal = o.goal;
        if (o.unit) a.unit = o.unit;
      }
    for (const [metric, a] of acc) {
      let col = h.metrics.get(metric);
      if (!col) {
        col = { name: metric, value: [], min: [], max: [], count: [] };
        h.metrics.set(metric, col);
      }
      if (a.goal) col.goal = a.goal;
      if (a.unit) col.unit = a.unit;
      while (col.value.length < i) {
        col.value.push(NaN);
        col.min.push(NaN);
        col.max.push(NaN);
        col.count.push(0);
      }
      let sum = 0;
      for (const v of a.values) sum += v;
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of a.samples) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      col.value.push(sum / a.values.length);
      col.min.push(lo);
      col.max.push(hi);
      col.count.push(a.samples.length);
    }
  }

  /** Pads every column to its run's row count (call once, after the last add). */
  finish(): void {
    for (const h of this.runs.values())
      for (const col of h.metrics.values())
        while (col.value.length < h.rows.length) {
          col.value.push(NaN);
          col.min.push(NaN);
          col.max.push(NaN);
          col.count.push(0);
        }
  }
}

/** The recorded values of one column with the row index of each (missing values dropped). */
export function presentValues(col: MetricColumn): { idx: number[]; values: number[] } {
  const idx: number[] = [];
  const values: number[] = [];
  col.value.forEach((v, i) => {
    if (!Number.isNaN(v)) {
      idx.push(i);
      values.push(v);
    }
  });
  return { idx, values };
}
