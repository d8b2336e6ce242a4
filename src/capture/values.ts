// Reads params and metrics from the files jobs write: JSON, YAML, TOML, CSV/TSV and a bare number
// (the formats DVC accepts for metrics), and turns them into manifest values without coercion:
// non-finite numbers are dropped and reported, never turned into null or 0.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { parseJson } from '../manifest/json.js';
import type { MetricValue } from '../manifest/index.js';
import { captureMessages as msg } from '../messages/capture.js';

export type Warn = (message: string) => void;

export type ValuesFormat = 'json' | 'yaml' | 'toml' | 'csv' | 'tsv' | 'number';

export function formatOf(file: string, text: string): ValuesFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.toml') return 'toml';
  if (ext === '.csv') return 'csv';
  if (ext === '.tsv') return 'tsv';
  const t = text.trim();
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(t)) return 'number';
  if (t.startsWith('{') || t.startsWith('[')) return 'json';
  return 'yaml';
}

/** A parsed values file: an object tree, or rows for CSV/TSV. */
export type Values =
  { kind: 'tree'; value: unknown } | { kind: 'table'; columns: string[]; rows: Record<string, string>[] };

/** Parses the text of a params or metrics file. Non-finite JSON tokens are reported and dropped. */
export function parseValues(text: string, file: string, warn: Warn, format = formatOf(file, text)): Values {
  try {
    switch (format) {
      case 'json': {
        const r = parseJson(text, file, { nonFinite: 'missing', maxDepth: 256 });
        if (!r.ok) throw new UserError(msg.unparsable(file, r.problems[0]?.message ?? 'invalid JSON'));
        for (const p of r.missing) warn(msg.nonFiniteDropped(file, p));
        return { kind: 'tree', value: r.value };
      }
      case 'yaml':
        return { kind: 'tree', value: parseYaml(text, { uniqueKeys: false }) as unknown };
      case 'toml':
        return { kind: 'tree', value: parseToml(text) };
      case 'number':
        return { kind: 'tree', value: { [path.basename(file).replace(/\.[^.]*$/, '')]: Number(text.trim()) } };
      case 'csv':
      case 'tsv': {
        const rows = parseCsv(text, {
          columns: true,
          skip_empty_lines: true,
          trim: true,
          delimiter: format === 'tsv' ? '\t' : ',',
          bom: true,
        }) as Record<string, string>[];
        return { kind: 'table', columns: rows[0] ? Object.keys(rows[0]) : [], rows };
      }
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(msg.unparsable(file, (e as Error).message.split('\n')[0] ?? ''));
  }
}

export async function readValuesFile(file: string, warn: Warn, shownAs = file): Promise<Values> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(msg.unreadable(shownAs, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  return parseValues(text, shownAs, warn);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/**
 * A copy of a params tree fit for JSON: non-finite numbers dropped (and reported), dates as ISO
 * strings, bigints as numbers when exact (else strings). Nested keys are kept as they are.
 */
export function cleanTree(value: unknown, file: string, warn: Warn, at = ''): unknown {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    warn(msg.nonFiniteDropped(file, at || '/'));
    return undefined;
  }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value)) {
    return value.map((v, i) => cleanTree(v, file, warn, `${at}/${i}`)).filter((v) => v !== undefined);
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = cleanTree(v, file, warn, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  if (value === undefined) return undefined;
  return value;
}

/** Params from a values file: an object tree (a table's last row, a non-object wrapped by file name). */
export function paramsOf(values: Values, file: string, warn: Warn): Record<string, unknown> {
  if (values.kind === 'table') {
    const last = values.rows[values.rows.length - 1] ?? {};
    return Object.fromEntries(Object.entries(last).map(([k, v]) => [k, numberOrString(v)]));
  }
  const tree = cleanTree(values.value, file, warn);
  if (isPlainObject(tree)) return tree;
  if (tree === undefined || tree === null) return {};
  return { [path.basename(file).replace(/\.[^.]*$/, '')]: tree };
}

function numberOrString(v: string): number | string {
  const n = v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : v;
}

export interface FlatMetrics {
  metrics: Record<string, MetricValue>;
  /** keys whose values were not numbers (strings, booleans, lists): not metrics */
  skipped: string[];
}

/**
 * Metrics from a values file. Trees are flattened with dots (`roc_auc.test`), as `dvc metrics show`
 * names them. A table with a step/epoch column (DVCLive's and many loggers' CSV/TSV) becomes one
 * series per column, its value the last row's; a one-row table gives one metric per column.
 */
export function metricsOf(values: Values, file: string, warn: Warn): FlatMetrics {
  const metrics: Record<string, MetricValue> = {};
  const skipped: string[] = [];
  if (values.kind === 'table') {
    const stepColumn = values.columns.find((c) => /^(step|epoch|iteration|iter)$/i.test(c));
    for (const col of values.columns) {
      if (col === stepColumn || /^timestamp$/i.test(col)) continue;
      const points: { step: number; value: number }[] = [];
      values.rows.forEach((row, i) => {
        const raw = row[col] ?? '';
        const v = Number(raw);
        if (raw.trim() === '') return;
        if (!Number.isFinite(v)) {
          if (/^[-+]?(nan|inf(inity)?)$/i.test(raw.trim()))
            warn(msg.nonFiniteDropped(file, `row ${i + 2}, column ${col}`));
          return;
        }
        const step = stepColumn ? Number(row[stepColumn]) : i;
        points.push({ step: Number.isFinite(step) ? step : i, value: v });
      });
      const last = points[points.length - 1];
      if (!last) {
        skipped.push(col);
        continue;
      }
      metrics[col] = values.rows.length === 1 ? last.value : { value: last.value, series: points };
    }
    return { metrics, skipped };
  }
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'number') {
      if (Number.isFinite(v)) metrics[key] = v;
      else warn(msg.nonFiniteDropped(file, key));
    } else if (isPlainObject(v)) {
      for (const [k, x] of Object.entries(v)) walk(x, key ? `${key}.${k}` : k);
    } else if (v !== undefined && v !== null) {
      skipped.push(key || '(the whole file)');
    }
  };
  walk(values.value, '');
  return { metrics, skipped };
}

/** Merges metrics from several files; a name seen twice keeps the later file's value and says so. */
export function mergeInto(
  target: Record<string, MetricValue>,
  source: Record<string, MetricValue>,
  file: string,
  warn: Warn,
): void {
  for (const [k, v] of Object.entries(source)) {
    if (k in target) warn(msg.duplicateMetric(k, file));
    target[k] = v;
  }
}
