// Each run name's history across the ledger, one row per entry that recorded it: the value of every
// metric (mean over the run's replicas), the spread of its samples, and where it came from.
// Columns are growable Float64Arrays aligned with the rows (NaN where a metric was not recorded):
// a 10,000-entry history of 400 series is 32 MB of doubles that the garbage collector never scans,
// that a worker is handed by a memory copy and that the build cache saves as it is.
import type { LedgerEntry } from '../../publish/ledger/types.js';
import type { RunManifest } from '../../manifest/manifest.gen.js';

/** What a metric column is, without its values. */
export interface ColumnMeta {
  name: string;
  goal?: 'maximize' | 'minimize';
  unit?: string;
}

export interface MetricColumn extends ColumnMeta {
  /** rows filled */
  length: number;
  /** each row's value (NaN where the metric was not recorded); its capacity may exceed `length` */
  value: Float64Array;
  /**
   * each row's smallest and largest sample and how many samples the value summarises; kept only
   * once some row is more than one plain sample (replicas, samples), else (value, value, 1) or, where
   * nothing was recorded, (NaN, NaN, 0)
   */
  spread?: { min: Float64Array; max: Float64Array; count: Float64Array };
}

export const countAt = (c: MetricColumn, i: number): number =>
  c.spread ? c.spread.count[i]! : Number.isNaN(c.value[i]!) ? 0 : 1;
export const minAt = (c: MetricColumn, i: number): number => (c.spread ? c.spread.min[i]! : c.value[i]!);
export const maxAt = (c: MetricColumn, i: number): number => (c.spread ? c.spread.max[i]! : c.value[i]!);

export function emptyColumn(name: string): MetricColumn {
  return { name, length: 0, value: new Float64Array(16) };
}

function grow(a: Float64Array, n: number): Float64Array {
  if (n <= a.length) return a;
  const b = new Float64Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Appends a row to a column. */
export function appendRow(c: MetricColumn, value: number, min: number, max: number, count: number): void {
  const i = c.length;
  c.value = grow(c.value, i + 1);
  c.value[i] = value;
  const plain = Number.isNaN(value) ? count === 0 : count === 1 && min === value && max === value;
  if (!plain && !c.spread) {
    const spread = {
      min: new Float64Array(c.value.length),
      max: new Float64Array(c.value.length),
      count: new Float64Array(c.value.length),
    };
    for (let k = 0; k < i; k++) {
      spread.min[k] = spread.max[k] = c.value[k]!;
      spread.count[k] = Number.isNaN(c.value[k]!) ? 0 : 1;
    }
    c.spread = spread;
  }
  if (c.spread) {
    const s = c.spread;
    s.min = grow(s.min, i + 1);
    s.max = grow(s.max, i + 1);
    s.count = grow(s.count, i + 1);
    s.min[i] = min;
    s.max[i] = max;
    s.count[i] = count;
  }
  c.length = i + 1;
}

/**
 * The column with arrays of `capacity` rows (default: exactly its length). Copies: for a worker, or
 * for the build cache, which keeps room for the next rows (a rebuild then appends without copying).
 */
export function trimmed(c: MetricColumn, capacity = c.length): MetricColumn {
  const out: MetricColumn = { ...c, value: sized(c.value, c.length, capacity) };
  if (c.spread)
    out.spread = {
      min: sized(c.spread.min, c.length, capacity),
      max: sized(c.spread.max, c.length, capacity),
      count: sized(c.spread.count, c.length, capacity),
    };
  return out;
}

/** A copy of an array's first `length` values in an array of `capacity` (the rest 0). */
function sized(a: Float64Array, length: number, capacity: number): Float64Array {
  const out = new Float64Array(capacity);
  out.set(a.subarray(0, Math.min(length, capacity)));
  return out;
}

/**
 * What a run name's history is, without its values: its rows' entries and its metrics. The builder's
 * thread needs no more to plan a rebuild's work (the values stay in the build cache, which the run
 * name's task reads: resume.ts).
 */
export interface RunMeta {
  name: string;
  group?: string;
  /** rows filled */
  length: number;
  /** per row: the seq of the ledger entry that recorded it (capacity may exceed `length`) */
  seq: Float64Array;
  metrics: Map<string, ColumnMeta>;
}

export interface RunHistory extends RunMeta {
  /** per row: the ids of the runs it summarises (one id as itself, several as an array) */
  runIds: (string | string[])[];
  /** per row: the commit its entry recorded */
  commits: (string | null)[];
  metrics: Map<string, MetricColumn>;
}

/** A history with no rows yet. */
export const emptyHistory = (name: string): RunHistory => ({
  name,
  length: 0,
  seq: new Float64Array(16),
  runIds: [],
  commits: [],
  metrics: new Map(),
});

/** A row to add to a run name's history: its entry's seq and commit, and what the entry recorded. */
export interface AddedRow {
  seq: number;
  commit: string | null;
  row: EntryRow;
}

/** Adds a row to a history (pad the columns once the last row is in: padColumns). */
export function addRow(h: RunHistory, { seq, commit, row }: AddedRow): void {
  const i = addMetaRow(h, seq, row, emptyColumn);
  h.runIds.push(row.runIds.length === 1 ? row.runIds[0]! : row.runIds);
  h.commits.push(commit);
  for (const [metric, v] of row.metrics) {
    const col = h.metrics.get(metric)!;
    while (col.length < i) appendRow(col, NaN, NaN, NaN, 0);
    appendRow(col, v.value, v.min, v.max, v.count);
  }
}

/**
 * Adds a row's entry and metrics to what a history is (a metric seen for the first time as
 * `newColumn` makes it); returns the row's index.
 */
export function addMetaRow(
  m: RunMeta,
  seq: number,
  row: EntryRow,
  newColumn: (name: string) => ColumnMeta = (name) => ({ name }),
): number {
  if (row.group) m.group = row.group;
  const i = m.length;
  m.seq = grow(m.seq, i + 1);
  m.seq[i] = seq;
  m.length = i + 1;
  for (const [metric, v] of row.metrics) {
    let col = m.metrics.get(metric);
    if (!col) m.metrics.set(metric, (col = newColumn(metric)));
    if (v.goal) col.goal = v.goal;
    if (v.unit) col.unit = v.unit;
  }
  return i;
}

/** Pads every column to its run's row count (once the last row is in). */
export function padColumns(h: RunHistory): void {
  for (const col of h.metrics.values()) while (col.length < h.length) appendRow(col, NaN, NaN, NaN, 0);
}

/** The run ids of a row. */
export function runIdsAt(h: RunHistory, i: number): string[] {
  const r = h.runIds[i];
  return r === undefined ? [] : typeof r === 'string' ? [r] : r;
}

/** The first run id of a row ('' when it has none). */
export const firstRunId = (h: RunHistory, i: number): string => runIdsAt(h, i)[0] ?? '';

/** The history with arrays of `capacity` rows (default: exactly its length; copies, see trimmed). */
export function trimmedHistory(h: RunHistory, capacity = h.length): RunHistory {
  return {
    ...h,
    seq: sized(h.seq, h.length, capacity),
    runIds: h.runIds.slice(0, h.length),
    commits: h.commits.slice(0, h.length),
    metrics: new Map([...h.metrics].map(([k, c]) => [k, trimmed(c, capacity)])),
  };
}

/** The buffers of a history's typed arrays (to hand a copy of it to a worker without copying it again). */
export function historyBuffers(h: RunHistory): ArrayBuffer[] {
  const out = [h.seq.buffer];
  for (const c of h.metrics.values()) {
    out.push(c.value.buffer);
    if (c.spread) out.push(c.spread.min.buffer, c.spread.max.buffer, c.spread.count.buffer);
  }
  return out as ArrayBuffer[];
}

/**
 * The capacity a saved history keeps: the next multiple of 256 rows above its length. Growing a
 * column doubles it, which for 400 columns of 10,000 rows is 64 MB to allocate and 32 MB to copy
 * at a rebuild's first new row; with room saved, the next 1 to 256 rebuilds copy nothing.
 */
export const savedCapacity = (length: number) => (Math.floor(length / 256) + 1) * 256;

/** One run name's row of an entry: the mean over its replicas of each metric, and the samples' spread. */
export interface EntryRow {
  group?: string;
  runIds: string[];
  metrics: Map<string, { value: number; min: number; max: number; count: number; goal?: Goal; unit?: string }>;
}

type Goal = 'maximize' | 'minimize';

/** The rows an entry adds, by run name (in first-seen order). */
export function entryRows(entry: LedgerEntry): Map<string, EntryRow> {
  const byName = new Map<string, RunManifest[]>();
  for (const m of entry.runs) {
    const list = byName.get(m.run.name);
    if (list) list.push(m);
    else byName.set(m.run.name, [m]);
  }
  const out = new Map<string, EntryRow>();
  for (const [name, replicas] of byName) {
    const acc = new Map<string, { values: number[]; samples: number[]; goal?: Goal; unit?: string }>();
    for (const r of replicas)
      for (const metric in r.metrics) {
        if (!Object.hasOwn(r.metrics, metric)) continue;
        const o = r.metrics[metric]!;
        let a = acc.get(metric);
        if (!a) acc.set(metric, (a = { values: [], samples: [] }));
        if (typeof o === 'number') {
          a.values.push(o);
          a.samples.push(o);
          continue;
        }
        a.values.push(o.value);
        if (o.samples?.length) a.samples.push(...o.samples);
        else a.samples.push(o.value);
        if (o.goal) a.goal = o.goal;
        if (o.unit) a.unit = o.unit;
      }
    const metrics: EntryRow['metrics'] = new Map();
    for (const [metric, a] of acc) {
      let sum = 0;
      for (const v of a.values) sum += v;
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of a.samples) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      metrics.set(metric, {
        value: sum / a.values.length,
        min: lo,
        max: hi,
        count: a.samples.length,
        ...(a.goal ? { goal: a.goal } : {}),
        ...(a.unit ? { unit: a.unit } : {}),
      });
    }
    const group = replicas.find((r) => r.run.group)?.run.group;
    out.set(name, { ...(group ? { group } : {}), runIds: replicas.map((r) => r.run.id), metrics });
  }
  return out;
}

/** The last values of each run name's metrics, as plain data (what a worker is sent). */
export type Recent = Map<string, Map<string, number[]>>;

/**
 * The last `keep` recorded (not missing) values of every metric of every run name: the history a
 * commit's comparison tests a single value against. Small, so that a worker can be handed the part
 * it needs and carry it forward through a run of entries itself.
 */
export class RecentValues {
  constructor(
    readonly keep: number,
    private readonly values: Recent = new Map(),
  ) {}

  /** The values kept, by run name and metric (what a build saves for the next one to go on with). */
  get data(): Recent {
    return this.values;
  }

  add(rows: Map<string, EntryRow>): void {
    for (const [name, row] of rows) {
      let per = this.values.get(name);
      if (!per) this.values.set(name, (per = new Map()));
      for (const [metric, v] of row.metrics) {
        if (Number.isNaN(v.value)) continue;
        const list = per.get(metric);
        if (!list) per.set(metric, [v.value]);
        else {
          list.push(v.value);
          if (list.length > this.keep) list.shift();
        }
      }
    }
  }

  /** The recent values of one run name, by metric (as compare takes them). */
  get(name: string): Record<string, number[]> | undefined {
    const per = this.values.get(name);
    return per && Object.fromEntries(per);
  }

  /** A copy of the recent values of these run names (run names never seen are left out). */
  of(names: Iterable<string>): Recent {
    const out: Recent = new Map();
    for (const n of names) {
      const per = this.values.get(n);
      if (per) out.set(n, new Map([...per].map(([k, v]) => [k, v.slice()])));
    }
    return out;
  }
}

/** 0, 1, 2, …: shared, grown as needed (the row indexes of a column that misses no value). */
let identity = new Int32Array(0);

/**
 * The recorded values of one column with the row index of each (missing values dropped). Views, not
 * copies, when the column misses no value (the common case: a metric recorded by every entry).
 */
export function presentValues(col: MetricColumn): { idx: Int32Array; values: Float64Array } {
  let present = 0;
  for (let i = 0; i < col.length; i++) if (!Number.isNaN(col.value[i]!)) present++;
  if (present === col.length) {
    if (identity.length < present)
      identity = Int32Array.from({ length: Math.max(present, identity.length * 2) }, (_, i) => i);
    return { idx: identity.subarray(0, present), values: col.value.subarray(0, present) };
  }
  const idx = new Int32Array(present);
  const values = new Float64Array(present);
  for (let i = 0, k = 0; i < col.length; i++) {
    const v = col.value[i]!;
    if (!Number.isNaN(v)) {
      idx[k] = i;
      values[k++] = v;
    }
  }
  return { idx, values };
}
