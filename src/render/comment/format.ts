// Wording shared by the markdown and text renderers.
import type { MetricReport, VerdictReport } from '../../compare/verdict.gen.js';
import { formatDelta, formatNumber, formatP } from '../../messages/compare.js';

export const verdictIcon: Record<MetricReport['verdict'], string> = {
  regressed: '🔴',
  improved: '🟢',
  inconclusive: '🟡',
  changed: '🔵',
  new: '🆕',
  missing: '⚪',
  unchanged: '▫️',
};

export function value(v: number | null): string {
  return v === null ? '–' : formatNumber(v);
}

export function change(m: MetricReport): string {
  return m.delta === null ? '–' : formatDelta(m.delta, m.relativeDelta);
}

/** How sure: the test, sample sizes and the adjusted p-value. */
export function evidence(m: MetricReport): string {
  const n = m.samples ? `${m.samples.baseline} vs ${m.samples.current}` : '';
  const q = m.adjustedPValue ?? m.pValue;
  const qText =
    q === null || q === undefined ? '' : `, q ${formatP(q).startsWith('<') ? formatP(q) : `= ${formatP(q)}`}`;
  switch (m.test) {
    case 'welch-t':
      return `Welch t, ${n}${qText}`;
    case 'prediction':
      return `prediction interval, ${n}${qText}`;
    case 'history':
      return `vs ${m.history?.length ?? 0} recent values${qText}`;
    case 'threshold':
      return 'threshold only (1 value per side)';
    default:
      return '';
  }
}

export function shortCommit(c: string | null | undefined): string {
  return c ? c.slice(0, 7) : 'unknown';
}

export function jsonText(v: unknown): string {
  if (v === undefined) return '(none)';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Reproducibility findings (as opposed to attribution findings, which the "what changed" section shows). */
export const reproKinds = new Set(['provenance', 'determinism', 'run-failed', 'non-finite']);

export function metricsWhere(report: VerdictReport, pick: (m: MetricReport) => boolean) {
  return report.runs.flatMap((r) => r.metrics.filter(pick).map((m) => ({ run: r.name, m })));
}
