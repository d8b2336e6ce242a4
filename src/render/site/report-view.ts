// A VerdictReport (compare's output) as the template context of the report partial.
import type { VerdictReport } from '../../compare/index.js';
import { jsonText, num, percent, pValue, shortSha, signed } from './format.js';

export type Tone = 'good' | 'bad' | 'warn' | 'info' | '';

export function verdictTone(v: string): Tone {
  switch (v) {
    case 'improved':
    case 'pass':
      return 'good';
    case 'regressed':
    case 'fail':
    case 'missing':
    case 'error':
      return 'bad';
    case 'inconclusive':
    case 'warning':
      return 'warn';
    case 'changed':
    case 'new':
    case 'info':
      return 'info';
    default:
      return '';
  }
}

/** Links the report may point at: a run name's page and a metric's page, when the site has them. */
export interface ReportLinks {
  run?(name: string): string | undefined;
  metric?(run: string, metric: string): string | undefined;
}

/**
 * The report as the template's context. `abridged` (the commit pages, which a big ledger has
 * thousands of) leaves out unchanged metrics and runs with nothing to report; the comparison
 * report (runledger report --compare) is never abridged.
 */
export function reportView(r: VerdictReport, links: ReportLinks = {}, abridged = false) {
  const counts = (Object.keys(r.counts) as (keyof typeof r.counts)[])
    .filter((k) => r.counts[k] > 0)
    .map((k) => ({ label: k, count: r.counts[k], tone: verdictTone(k) }));
  let unchangedMetrics = 0;
  const quiet: { name: string; href: string | undefined }[] = [];
  const runs = r.runs.flatMap((run) => {
    if (!abridged) return [{ run, metrics: run.metrics }];
    const metrics = run.metrics.filter((m) => m.verdict !== 'unchanged');
    unchangedMetrics += run.metrics.length - metrics.length;
    const c = run.changes;
    const moved =
      metrics.length ||
      run.findings.length ||
      c.params.length ||
      c.datasets.length ||
      c.environment.length ||
      run.cases?.newlyFailing.length ||
      run.cases?.newlyPassing.length;
    if (moved) return [{ run, metrics }];
    quiet.push({ name: run.name, href: links.run?.(run.name) });
    return [];
  });
  return {
    verdict: r.verdict,
    headline: r.headline,
    gates: r.gates.filter((g) => g.failed).map((g) => ({ kind: g.kind, message: g.message, tone: 'bad' })),
    abridged: abridged && (unchangedMetrics > 0 || quiet.length > 0),
    unchangedMetrics,
    quiet,
    tone: verdictTone(r.verdict),
    baseline: r.baseline.commit ? `${shortSha(r.baseline.commit)} (${r.baseline.source})` : r.baseline.source,
    current: r.current.commit ? shortSha(r.current.commit) : (r.current.source ?? 'current runs'),
    counts,
    runs: runs.map(({ run, metrics }) => ({
      name: run.name,
      href: links.run?.(run.name),
      status: run.status,
      metrics: metrics.map((m) => ({
        name: m.name,
        href: links.metric?.(run.name, m.name),
        goal: m.goal ?? '—',
        baseline: num(m.baseline),
        current: num(m.current),
        delta: signed(m.delta),
        relative: percent(m.relativeDelta),
        p: pValue(m.adjustedPValue ?? m.pValue),
        verdict: m.verdict,
        tone: verdictTone(m.verdict),
        gating: m.gating,
        reason: m.reason,
      })),
      cases:
        run.cases && (run.cases.newlyFailing.length || run.cases.newlyPassing.length || run.cases.pValue !== null)
          ? {
              newlyFailing: run.cases.newlyFailing,
              newlyPassing: run.cases.newlyPassing,
              p: run.cases.pValue === null ? '' : pValue(run.cases.pValue),
            }
          : null,
      findings: run.findings.map((f) => ({ ...f, tone: verdictTone(f.severity) })),
      changes: [
        ...(run.changes.code
          ? [{ what: 'code', key: 'commit', from: shortSha(run.changes.code.from), to: shortSha(run.changes.code.to) }]
          : []),
        ...run.changes.params.map((c) => ({
          what: 'param',
          key: c.key,
          from: jsonText(c.baseline),
          to: jsonText(c.current),
        })),
        ...run.changes.datasets.map((c) => ({
          what: `dataset ${c.change}`,
          key: c.field ? `${c.name}.${c.field}` : c.name,
          from: jsonText(c.baseline),
          to: jsonText(c.current),
        })),
        ...run.changes.environment.map((c) => ({
          what: 'environment',
          key: c.key,
          from: jsonText(c.baseline),
          to: jsonText(c.current),
        })),
      ],
    })),
  };
}

/** The one-word summary of a report for tables: pass/fail with the regressions counted. */
export function verdictBadge(r: VerdictReport): { label: string; tone: Tone } {
  const n = r.counts.regressed;
  return r.verdict === 'fail'
    ? { label: n ? `fail · ${n} regressed` : 'fail', tone: 'bad' }
    : { label: r.counts.improved ? `pass · ${r.counts.improved} improved` : 'pass', tone: 'good' };
}
