// A text-width estimate for chart labels, installed into vega so that axes are sized for the text
// they hold. Vega without a canvas guesses 0.8 em for every character, which pads every axis; these
// widths are per character class of a typical sans-serif (Helvetica/Arial metrics, in em).
import * as vega from 'vega';

const narrow = new Set(" .,:;'!|iIjlft()[]{}/\\`");
const wide = new Set('mwMW@%');

export function charWidthEm(ch: string): number {
  if (narrow.has(ch)) return 0.28;
  if (wide.has(ch)) return 0.85;
  if (ch >= '0' && ch <= '9') return 0.556;
  if (ch >= 'A' && ch <= 'Z') return 0.667;
  if (ch >= 'a' && ch <= 'z') return 0.5;
  if (ch === '-' || ch === '−' || ch === 'r') return 0.333;
  const cp = ch.codePointAt(0) ?? 0;
  // CJK and other full-width characters take about one em
  if (
    cp >= 0x1100 &&
    (cp <= 0x115f ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xff00 && cp <= 0xff60))
  )
    return 1;
  return 0.6;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  limit?: number;
}

let installed = false;
/** Makes vega use estimateTextWidth for every text mark (idempotent). */
export function installTextMetrics(): void {
  if (installed) return;
  installed = true;
  // vega exports textMetrics at run time; its typings leave it out
  (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics.width = (
    item,
    text,
  ) => {
    const t = text ?? item.text;
    const s = Array.isArray(t) ? t.join(' ') : t == null ? '' : String(t);
    return estimateTextWidth(s, item.fontSize ?? 11);
  };
}
