import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/manifest/json.js';

describe('parseJson', () => {
  it('gives line and column of a syntax error', () => {
    const r = parseJson('{\n  "a": 1,\n  "b": }\n', 'f.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'f.json', line: 3, column: 8 });
  });
  it('names every NaN and Infinity by pointer, and ignores them inside strings', () => {
    const r = parseJson('{"a": NaN, "b": [1, Infinity], "c": "NaN Infinity", "d": {"e": -Infinity}}', 'f.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.pointer)).toEqual(['/a', '/b/1', '/d/e']);
  });
  it('reads them as missing when asked', () => {
    const r = parseJson('{"a": NaN, "b": [1, Infinity, 2], "c": 3}', 'f.json', { nonFinite: 'missing' });
    expect(r).toEqual({ ok: true, value: { b: [1, 2], c: 3 }, missing: ['/a', '/b/1'] });
  });
  it('caps nesting depth without overflowing the stack', () => {
    const r = parseJson('['.repeat(100000) + ']'.repeat(100000), 'f.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/deeper than 64/);
  });
  it('accepts a byte-order mark and rejects an empty file', () => {
    expect(parseJson('\ufeff{"a":1}', 'f.json')).toMatchObject({ ok: true, value: { a: 1 } });
    expect(parseJson('  \n', 'f.json')).toMatchObject({ ok: false });
  });
});
