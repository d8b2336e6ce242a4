// Change points in a metric's history: penalised segmentation with PELT (Killick, Fearnhead & Eckley,
// "Optimal detection of changepoints with a linear computational cost", JASA 2012), the family of
// methods asv uses for its step detection. The cost of a segment is its sum of squared deviations
// from its mean, scaled by a robust noise estimate; each change point costs a penalty of
// `penalty · log(n)`. Pure: numbers in, change points out.

export interface ChangePoint {
  /** index of the first value after the change */
  index: number;
  /** mean of the segment before and after */
  before: number;
  after: number;
  /** after − before */
  delta: number;
  /** delta / |before| (null when before is 0) */
  relative: number | null;
  /** |delta| in units of the noise estimate */
  sigmas: number;
}

export interface ChangePointOptions {
  /** penalty per change point, in multiples of log(n) (default 3: a modified BIC) */
  penalty?: number;
  /** shortest segment (default 3): a single outlier is not a step */
  minSize?: number;
  /** smallest change worth reporting, relative to the segment mean before it (default 0) */
  minRelative?: number;
}

export interface Segment {
  start: number;
  end: number;
  mean: number;
}

/** Robust noise scale: MAD of first differences / (0.6745·√2), so a step does not inflate it. */
export function noiseScale(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 3) return 0;
  const d: number[] = [];
  for (let i = 1; i < n; i++) d.push(Math.abs(xs[i]! - xs[i - 1]!));
  const mad = median(d);
  if (mad > 0) return mad / (0.6745 * Math.SQRT2);
  // many equal neighbours: fall back to the plain standard deviation of the differences
  let s = 0;
  for (const v of d) s += v * v;
  return Math.sqrt(s / d.length / 2);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Optimal segmentation (PELT) of `xs`; returns the segments, oldest first. */
export function segment(xs: ArrayLike<number>, opts: ChangePointOptions = {}): Segment[] {
  const n = xs.length;
  const minSize = Math.max(1, opts.minSize ?? 3);
  const sigma = noiseScale(xs);
  if (n < 2 * minSize || !(sigma > 0)) return n ? [{ start: 0, end: n, mean: mean(xs, 0, n) }] : [];
  const beta = (opts.penalty ?? 3) * Math.log(n);
  // prefix sums of the standardised values
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  const clipped = clipOutliers(xs, sigma);
  for (let i = 0; i < n; i++) {
    const z = clipped[i]! / sigma;
    s1[i + 1] = s1[i]! + z;
    s2[i + 1] = s2[i]! + z * z;
  }
  const cost = (a: number, b: number) => {
    const m = b - a;
    const s = s1[b]! - s1[a]!;
    return s2[b]! - s2[a]! - (s * s) / m;
  };
  const F = new Float64Array(n + 1);
  const last = new Int32Array(n + 1);
  F[0] = -beta;
  let candidates: number[] = [0];
  for (let t = minSize; t <= n; t++) {
    // F[t - minSize] is final now: a segment may start there and still reach minSize by t
    if (t - minSize >= minSize) candidates.push(t - minSize);
    let best = Infinity;
    let bestS = 0;
    const vals = new Float64Array(candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const s = candidates[i]!;
      const v = F[s]! + cost(s, t);
      vals[i] = v;
      if (v + beta < best) {
        best = v + beta;
        bestS = s;
      }
    }
    F[t] = best;
    last[t] = bestS;
    // PELT pruning: a start that is already worse than the optimum by the penalty never wins again
    candidates = candidates.filter((_, i) => vals[i]! <= best);
  }
  const cuts: number[] = [];
  for (let t = n; t > 0; t = last[t]!) cuts.push(t);
  cuts.reverse();
  const segs: Segment[] = [];
  let start = 0;
  for (const end of cuts) {
    segs.push({ start, end, mean: mean(xs, start, end) });
    start = end;
  }
  return segs;
}

/**
 * Values pulled to within 3σ of their running median (window 5): an isolated outlier is not a step,
 * while a real step moves the running median with it and survives.
 */
function clipOutliers(xs: ArrayLike<number>, sigma: number): Float64Array {
  const n = xs.length;
  const out = new Float64Array(n);
  const w: number[] = [];
  for (let i = 0; i < n; i++) {
    w.length = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) w.push(xs[j]!);
    const m = median(w);
    out[i] = Math.min(m + 3 * sigma, Math.max(m - 3 * sigma, xs[i]!));
  }
  return out;
}

function mean(xs: ArrayLike<number>, a: number, b: number): number {
  let s = 0;
  for (let i = a; i < b; i++) s += xs[i]!;
  return b > a ? s / (b - a) : NaN;
}

/** Change points of a series, oldest first. */
export function changePoints(xs: ArrayLike<number>, opts: ChangePointOptions = {}): ChangePoint[] {
  return detect(xs, opts).changes;
}

/** The segmentation, its change points and the noise scale, computed once. */
export function detect(
  xs: ArrayLike<number>,
  opts: ChangePointOptions = {},
): { sigma: number; segments: Segment[]; changes: ChangePoint[] } {
  const segs = segment(xs, opts);
  const sigma = noiseScale(xs);
  const out: ChangePoint[] = [];
  for (let i = 1; i < segs.length; i++) {
    const a = segs[i - 1]!;
    const b = segs[i]!;
    const delta = b.mean - a.mean;
    const relative = a.mean !== 0 ? delta / Math.abs(a.mean) : null;
    if (opts.minRelative && relative !== null && Math.abs(relative) < opts.minRelative) continue;
    out.push({
      index: b.start,
      before: a.mean,
      after: b.mean,
      delta,
      relative,
      sigmas: sigma > 0 ? Math.abs(delta) / sigma : Infinity,
    });
  }
  return { sigma, segments: segs, changes: out };
}
