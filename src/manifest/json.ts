import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { manifestMessages as msg } from '../messages/manifest.js';
import { pointerOf, type Problem } from './problem.js';

export const MAX_DEPTH = 64;

export interface ParseOptions {
  /** How to treat NaN / Infinity tokens (which Python's json writes): reject them, or read them as missing. */
  nonFinite?: 'error' | 'missing';
  maxDepth?: number;
}

export type ParseResult = { ok: true; value: unknown; missing: string[] } | { ok: false; problems: Problem[] };

interface Scan {
  depth: number;
  /** offsets of bare NaN / Infinity / -Infinity tokens outside strings */
  nonFinite: { offset: number; token: string }[];
}

/** One pass over the text outside string literals: nesting depth and non-finite number tokens. */
function scan(text: string, limit: number): Scan | { tooDeep: number } {
  let depth = 0;
  let max = 0;
  const nonFinite: Scan['nonFinite'] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return { tooDeep: i };
      }
    } else if (c === 125 || c === 93) depth--;
    else if (c === 78 /* N */ && text.startsWith('NaN', i)) nonFinite.push({ offset: i, token: 'NaN' });
    else if (c === 73 /* I */ && text.startsWith('Infinity', i)) {
      const neg = text.charCodeAt(i - 1) === 45;
      nonFinite.push({ offset: neg ? i - 1 : i, token: neg ? '-Infinity' : 'Infinity' });
      i += 7;
    }
  }
  return { depth: max, nonFinite };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Offset of a JSON.parse failure, across the message formats of Node 20 to 24. */
function errorOffset(e: Error, text: string): number | undefined {
  const pos = /at position (\d+)/.exec(e.message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) {
    let offset = 0;
    for (let l = 1; l < Number(lc[1]); l++) offset = text.indexOf('\n', offset) + 1;
    return offset + Number(lc[2]) - 1;
  }
  if (/end of (JSON|data) input|Unterminated string/i.test(e.message)) return text.length;
  return undefined;
}

const SENTINEL = '\u0000runledger:nonfinite\u0000';

/** Replaces each non-finite token with a sentinel string, parses, and returns the pointers of the sentinels. */
function parseWithSentinels(
  text: string,
  tokens: Scan['nonFinite'],
): { value: unknown; pointers: Map<string, string> } {
  let out = '';
  let from = 0;
  for (const t of tokens) {
    out += text.slice(from, t.offset) + JSON.stringify(SENTINEL + t.token);
    from = t.offset + t.token.length;
  }
  out += text.slice(from);
  const value: unknown = JSON.parse(out);
  const pointers = new Map<string, string>();
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (typeof v === 'string' && v.startsWith(SENTINEL)) {
      pointers.set(pointerOf(path), v.slice(SENTINEL.length));
      return undefined;
    }
    if (Array.isArray(v)) {
      // a non-finite value inside an array is dropped when read as missing
      return v.map((x, i) => walk(x, [...path, i])).filter((x) => x !== undefined);
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        const w = walk(o[k], [...path, k]);
        if (w === undefined) delete o[k];
        else o[k] = w;
      }
    }
    return v;
  };
  return { value: walk(value, []), pointers };
}

/**
 * Parses JSON text for a manifest: line and column for syntax errors, a specific message for NaN and
 * Infinity (with the JSON pointer of each), a nesting-depth cap, never a stack overflow.
 */
export function parseJson(text: string, file: string, opts: ParseOptions = {}): ParseResult {
  const limit = opts.maxDepth ?? MAX_DEPTH;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problems: [{ file, pointer: '', message: msg.empty() }] };
  // Fast path: the native parser (iterative in V8, so deep input cannot overflow it), then a depth check
  // over the parsed nodes. Only a failure pays for the character scan that finds NaN and Infinity.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const s = scan(text, limit);
    if ('tooDeep' in s) {
      return {
        ok: false,
        problems: [{ file, pointer: '', message: msg.tooDeep(limit), ...lineColumn(text, s.tooDeep) }],
      };
    }
    if (s.nonFinite.length === 0) return { ok: false, problems: [syntaxProblem(e as Error, text, file)] };
    return parseNonFinite(text, file, s.nonFinite, e as Error, opts);
  }
  const deep = tooDeepAt(value, limit);
  if (deep !== undefined) return { ok: false, problems: [{ file, pointer: deep, message: msg.tooDeep(limit) }] };
  return { ok: true, value, missing: [] };
}

/** Pointer of the first value nested deeper than `limit`, found without recursion. */
function tooDeepAt(root: unknown, limit: number): string | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  // every container seen: its value, depth, and where it hangs (for the pointer of the culprit)
  const nodes: { v: object; depth: number; parent: number; key: string | number }[] = [
    { v: root, depth: 1, parent: -1, key: '' },
  ];
  const stack = [0];
  while (stack.length > 0) {
    const i = stack.pop()!;
    const { v, depth } = nodes[i]!;
    if (depth > limit) {
      const path: (string | number)[] = [];
      for (let n = i; n > 0; n = nodes[n]!.parent) path.unshift(nodes[n]!.key);
      return pointerOf(path);
    }
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, k) => [k, x]) : Object.entries(v);
    for (const [key, child] of entries) {
      if (child !== null && typeof child === 'object')
        stack.push(nodes.push({ v: child, depth: depth + 1, parent: i, key }) - 1);
    }
  }
  return undefined;
}

function parseNonFinite(
  text: string,
  file: string,
  tokens: Scan['nonFinite'],
  original: Error,
  opts: ParseOptions,
): ParseResult {
  let parsed: ReturnType<typeof parseWithSentinels>;
  try {
    parsed = parseWithSentinels(text, tokens);
  } catch {
    // The tokens were not where numbers go (or the file is broken elsewhere): report the first one plainly.
    const first = tokens[0]!;
    const err = syntaxProblem(original, text, file);
    return {
      ok: false,
      problems: [{ ...err, message: msg.syntax(`unexpected ${first.token}`), ...lineColumn(text, first.offset) }],
    };
  }
  if (opts.nonFinite === 'missing') return { ok: true, value: parsed.value, missing: [...parsed.pointers.keys()] };
  return {
    ok: false,
    problems: [...parsed.pointers].map(([pointer, token]) => ({ file, pointer, message: msg.nonFinite(token) })),
  };
}

/**
 * Locates a JSON syntax error. JSON.parse's messages differ across Node versions and some carry no
 * position, so a strict pass of jsonc-parser (comments and trailing commas disallowed) finds it.
 */
function syntaxProblem(e: Error, text: string, file: string): Problem {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  const offset = first?.offset ?? errorOffset(e, text);
  const end = text.trimEnd().length;
  const atEnd = first ? first.offset + first.length >= end : offset !== undefined && offset >= end;
  const detail = first
    ? describeParseError(printParseErrorCode(first.error))
    : e.message.replace(/ in JSON at position \d+.*$/s, '');
  const where = offset === undefined ? {} : lineColumn(text, Math.min(offset, text.length));
  return { file, pointer: '', message: atEnd ? msg.truncated() : msg.syntax(detail), ...where };
}

/** jsonc-parser's error codes in words. */
function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected a colon after the property name',
    CommaExpected: 'expected a comma',
    CloseBraceExpected: 'expected } to close the object',
    CloseBracketExpected: 'expected ] to close the array',
    EndOfFileExpected: 'unexpected content after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'comments are not allowed in JSON',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'malformed number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character in a string',
    InvalidCharacter: 'control character in a string (escape it)',
  };
  return words[code] ?? code;
}
