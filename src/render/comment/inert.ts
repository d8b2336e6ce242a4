// Making strings from manifests inert in a GitHub comment: no markup, no mentions, no issue links, no
// autolinks, no line breaks. Markup characters are escaped by remark-stringify (they sit in text nodes);
// what escaping cannot stop on GitHub (@user, #123, org/repo#1, bare URLs) is broken with a zero-width
// joiner, which renders as nothing.
const ZWJ = '\u200d';

/** One line of plain text, at most `max` characters (an ellipsis marks a cut). */
export function oneLine(s: string, max = 300): string {
  // control characters, line and paragraph separators -> space
  // eslint-disable-next-line no-control-regex
  const flat = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** Text for a text node: one line, and nothing GitHub turns into a mention, reference or link. */
export function inert(s: string, max?: number): string {
  return oneLine(s, max)
    .replace(/([@#])/g, `$1${ZWJ}`)
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`);
}

/** Text for a code span: one line (code spans neither link nor mention, so nothing else is needed). */
export function code(s: string, max?: number): string {
  return oneLine(s, max);
}
