// The verdict for a terminal: one line per moved metric, colour when stdout is a TTY.
import type { VerdictReport } from '../../compare/verdict.gen.js';
import { formatP } from '../../messages/compare.js';
import { plural } from '../../messages/describe.js';
import { oneLine } from './inert.js';
import { change, evidence, jsonText, metricsWhere, reproKinds, value } from './format.js';
import { sparkline } from './sparkline.js';

const codes = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;
type Colour = keyof typeof codes;

export function renderText(report: VerdictReport, opts: { color: boolean }): string {
  const paint = (c: Colour, s: string) => (opts.color ? `\u001b[${codes[c]}m${s}\u001b[0m` : s);
  // manifest strings: one line, and no terminal escape sequences of their own
  const s = (x: string) => oneLine(x, 200);
  const lines: string[] = [];
  lines.push(
    paint(
      'bold',
      paint(report.verdict === 'pass' ? 'green' : 'red', `runledger compare: ${s(report.headline ?? report.verdict)}`),
    ),
  );
  lines.push(
    paint(
      'dim',
      `baseline ${report.baseline.commit?.slice(0, 7) ?? 'unknown'} (${s(report.baseline.source)}) → current ${report.current.commit?.slice(0, 7) ?? 'unknown'}; policy ${report.policy.file ?? 'defaults'}; α ${report.policy.alpha}`,
    ),
  );
  for (const g of report.gates.filter((x) => x.failed)) lines.push(paint('red', `✗ gate ${g.kind}: ${g.message}`));

  const section = (title: string, colour: Colour, verdicts: string[], trend: boolean) => {
    const rows = metricsWhere(report, (m) => verdicts.includes(m.verdict));
    if (rows.length === 0) return;
    lines.push('', paint('bold', `${title} (${rows.length})`));
    for (const { run, m } of rows) {
      const spark = trend ? sparkline([...(m.history ?? []), ...(m.current === null ? [] : [m.current])]) : '';
      const tag = paint(colour, m.verdict.padEnd(12));
      lines.push(
        `  ${tag} ${s(run)} ${paint('bold', s(m.name))}: ${value(m.baseline)} → ${value(m.current)} ${change(m)}${m.gating ? '' : ' (not gating)'}${spark ? ' ' + spark : ''}`,
      );
      lines.push(paint('dim', `               ${evidence(m) || s(m.reason)}`));
    }
  };
  section('Regressions', 'red', ['regressed'], true);
  section('Improvements', 'green', ['improved'], true);
  section('Other moves', 'yellow', ['inconclusive', 'changed', 'new', 'missing'], false);

  for (const r of report.runs) {
    const c = r.cases;
    if (!c || (c.newlyFailing.length === 0 && c.newlyPassing.length === 0)) continue;
    lines.push('', paint('bold', `Cases of ${s(r.name)}`));
    if (c.newlyFailing.length) lines.push(paint('red', `  newly failing: ${c.newlyFailing.map(s).join(', ')}`));
    if (c.newlyPassing.length) lines.push(paint('green', `  newly passing: ${c.newlyPassing.map(s).join(', ')}`));
    if (c.pValue !== null) lines.push(paint('dim', `  exact McNemar p = ${formatP(c.pValue)}`));
  }
  const changes: string[] = [];
  for (const r of report.runs) {
    const ch = r.changes;
    if (ch.code && ch.code.from !== ch.code.to)
      changes.push(`${s(r.name)}: code ${ch.code.from.slice(0, 7)}..${ch.code.to.slice(0, 7)}`);
    for (const p of ch.params)
      changes.push(`${s(r.name)}: param ${s(p.key)} ${s(jsonText(p.baseline))} → ${s(jsonText(p.current))}`);
    for (const d of ch.datasets)
      changes.push(
        `${s(r.name)}: dataset ${s(d.name)} ${d.change === 'modified' ? `${d.field} ${s(jsonText(d.baseline))} → ${s(jsonText(d.current))}` : d.change}`,
      );
    for (const e of ch.environment)
      changes.push(`${s(r.name)}: environment ${s(e.key)} ${s(jsonText(e.baseline))} → ${s(jsonText(e.current))}`);
  }
  if (changes.length) lines.push('', paint('bold', 'What changed'), ...changes.map((c) => `  ${c}`));
  const findings = report.runs.flatMap((r) => r.findings.filter((f) => reproKinds.has(f.kind)).map((f) => ({ r, f })));
  if (findings.length) {
    lines.push('', paint('bold', 'Reproducibility'));
    for (const { r, f } of findings)
      lines.push(
        `  ${paint(f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'dim', f.severity.padEnd(7))} ${s(r.name)}: ${f.kind}: ${s(f.message)}`,
      );
  }
  if (report.counts.unchanged > 0)
    lines.push(
      '',
      paint(
        'dim',
        `${plural(report.counts.unchanged, 'unchanged metric')} not listed (--format markdown or json lists them)`,
      ),
    );
  return lines.join('\n') + '\n';
}
