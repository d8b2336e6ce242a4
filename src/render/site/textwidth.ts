// A text-width estimate for chart labels, installed into vega so that axes are sized for the text
// they hold. Vega without a canvas guesses 0.8 em for every character, which pads every axis; these
// widths are per character class of a typical sans-serif (Helvetica/Arial metrics, in em).
import * as vega from 'vega';

/**
 * The estimate's table: widths in em per character class, and the code-point ranges of full-width
 * characters. Data, not code, so that the chart cache can key on it (charts.ts: specsHash).
 */
export const TEXT_WIDTHS = {
  narrow: { chars: " .,:;'!|iIjlft()[]{}/\\`", em: 0.28 },
  wide: { chars: 'mwMW@%', em: 0.85 },
  digit: 0.556,
  upper: 0.667,
  lower: 0.5,
  dash: { chars: '-−r', em: 0.333 },
  /** CJK and other full-width characters take about one em */
  full: {
    ranges: [
      [0x1100, 0x115f],
      [0x2e80, 0xa4cf],
      [0xac00, 0xd7a3],
      [0xf900, 0xfaff],
      [0xff00, 0xff60],
    ],
    em: 1,
  },
  other: 0.6,
} as const;

const narrow = new Set(TEXT_WIDTHS.narrow.chars);
const wide = new Set(TEXT_WIDTHS.wide.chars);
const dash = new Set(TEXT_WIDTHS.dash.chars);

export function charWidthEm(ch: string): number {
  const t = TEXT_WIDTHS;
  if (narrow.has(ch)) return t.narrow.em;
  if (wide.has(ch)) return t.wide.em;
  if (ch >= '0' && ch <= '9') return t.digit;
  if (ch >= 'A' && ch <= 'Z') return t.upper;
  if (ch >= 'a' && ch <= 'z') return t.lower;
  if (dash.has(ch)) return t.dash.em;
  const cp = ch.codePointAt(0) ?? 0;
  for (const [lo, hi] of t.full.ranges) if (cp >= lo && cp <= hi) return t.full.em;
  return t.other;
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
