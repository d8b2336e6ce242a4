import type { ThresholdSpec } from './policy-types.js';

/** "1%" -> relative 0.01; a number -> absolute. Assumes the schema already checked the shape. */
export function parseThreshold(t: string | number): ThresholdSpec {
  if (typeof t === 'number') return { kind: 'absolute', value: t, text: t };
  return { kind: 'relative', value: Number(t.slice(0, -1)) / 100, text: t };
}

/** Is the move from baseline to current beyond the threshold? "0%" and 0 count any move. */
export function beyondThreshold(t: ThresholdSpec, baseline: number, current: number): boolean {
  const delta = Math.abs(current - baseline);
  if (delta === 0) return false;
  const limit = t.kind === 'relative' ? t.value * Math.abs(baseline) : t.value;
  // a relative threshold on a zero baseline: any move counts (there is nothing to be relative to)
  return delta > limit;
}

export function formatThreshold(t: ThresholdSpec): string {
  return typeof t.text === 'string' ? t.text : String(t.text);
}
