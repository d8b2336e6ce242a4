const bars = '▁▂▃▄▅▆▇█';

/** A unicode sparkline of the values (oldest first), at most `width` of the latest. Empty for < 2 values. */
export function sparkline(values: readonly number[], width = 20): string {
  const v = values.filter(Number.isFinite).slice(-width);
  if (v.length < 2) return '';
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  const span = hi - lo;
  return v.map((x) => bars[span === 0 ? 3 : Math.round(((x - lo) / span) * (bars.length - 1))]).join('');
}
