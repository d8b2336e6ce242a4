// Number, date and value formatting for the site's tables (plain strings; templates escape them).
import { flatten as flattenKeys } from '../../compare/changes.js';
import { formatP } from '../../messages/compare.js';

export function num(v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v.toLocaleString('en-US');
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e9)) return v.toExponential(3);
  return String(Number(v.toPrecision(5)));
}

export function signed(v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  return (v > 0 ? '+' : v < 0 ? '−' : '±') + num(Math.abs(v));
}

export function percent(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const p = v * 100;
  return (p > 0 ? '+' : p < 0 ? '−' : '±') + Number(Math.abs(p).toPrecision(3)) + '%';
}

/** As the PR comment writes it, so the page and the comment agree. */
export function pValue(p: number | null | undefined): string {
  return p === null || p === undefined ? '—' : formatP(p);
}

export function shortSha(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : '(no commit)';
}

/** `2026-11-20 10:00 UTC` from an RFC 3339 time; the text itself when it does not parse. */
export function when(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** Any JSON value as one line of text. */
export function jsonText(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? '';
}

/**
 * A JSON object as key/value rows, flattened to dotted keys by the same rules `compare` diffs params
 * with, so the keys on a run page are the keys a comparison names.
 */
export function flatten(v: unknown, prefix = ''): { key: string; value: string }[] {
  return [...flattenKeys(v, prefix)].map(([key, value]) => ({ key, value: jsonText(value) }));
}
