// Escaping for text we assemble outside handlebars (chart titles inside SVG, CSV cells).
const map: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`=]/g, (c) => map[c]!);
}

/** A link target from a manifest, or null: only absolute http(s) URLs ever become links. */
export function safeHref(uri: unknown): string | null {
  if (typeof uri !== 'string') return null;
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
}

/** One CSV cell (RFC 4180), with a leading quote on cells a spreadsheet would run as a formula. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  // a number has no quote, comma or line break, and is no formula
  if (typeof v === 'number') return String(v);
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
