// Number, date and value formatting for the site's tables (plain strings; templates escape them).

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

export function pValue(p: number | null | undefined): string {
  if (p === null || p === undefined) return '—';
  return p < 1e-4 ? '< 0.0001' : String(Number(p.toPrecision(2)));
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

/** A JSON object flattened to dotted keys (arrays kept whole), for key/value tables. */
export function flatten(v: unknown, prefix = '', out: { key: string; value: string }[] = []) {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.push({ key: prefix, value: '{}' });
    for (const [k, x] of entries) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out.push({ key: prefix, value: jsonText(v) });
  return out;
}
