// Small builders for mdast nodes. Every string from a manifest goes through txt() or code().
import type { Html, InlineCode, PhrasingContent, RootContent, Table, TableCell, Text } from 'mdast';
import { code as codeText, inert } from './inert.js';

/** Text from a manifest (or mixed with manifest strings): made inert. */
export const txt = (s: string, max?: number): Text => ({ type: 'text', value: inert(s, max) });
/** A code span from a manifest string. */
export const code = (s: string, max?: number): InlineCode => ({ type: 'inlineCode', value: codeText(s, max) });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const para = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2 | 3 | 4 | 5 | 6, ...children: PhrasingContent[]): RootContent => ({
  type: 'heading',
  depth,
  children,
});
/** Raw HTML of our own making (never manifest strings). */
export const html = (value: string): Html => ({ type: 'html', value });

export function table(header: readonly string[], rows: readonly PhrasingContent[][][], align?: Table['align']): Table {
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  return {
    type: 'table',
    ...(align ? { align } : {}),
    children: [
      { type: 'tableRow', children: header.map((h) => cell([{ type: 'text', value: h }])) },
      ...rows.map((r) => ({ type: 'tableRow' as const, children: r.map(cell) })),
    ],
  };
}

export function bulletList(items: readonly PhrasingContent[][]): RootContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }],
    })),
  };
}

/** Interleaves phrasing nodes with a separator text. */
export function joined(nodes: readonly PhrasingContent[], sep = ', '): PhrasingContent[] {
  return nodes.flatMap((n, i) => (i === 0 ? [n] : [{ type: 'text', value: sep } as Text, n]));
}
