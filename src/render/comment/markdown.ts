// The PR comment: an mdast tree stringified by remark-stringify with GFM tables. Regressions first, then
// improvements, other moves, cases, what changed, reproducibility; unchanged metrics folded away.
import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { MetricReport, RunReport, ValueChange, VerdictReport } from '../../compare/verdict.gen.js';
import { formatP } from '../../messages/compare.js';
import { change, evidence, jsonText, metricsWhere, reproKinds, shortCommit, value, verdictIcon } from './format.js';
import { bulletList, code, heading, html, joined, para, strong, table, txt } from './mdast.js';
import { sparkline } from './sparkline.js';

export interface MarkdownOptions {
  /** the body never exceeds this many characters (GitHub's limit for a comment is 65,536) */
  maxLength?: number;
  /** link to the full report (the report site's comparison page) */
  reportUrl?: string;
  /** hidden marker that identifies the sticky comment */
  marker?: string;
}

export const DEFAULT_MARKER = '<!-- runledger:compare -->';
export const GITHUB_COMMENT_LIMIT = 65_536;

/** How much detail fits: rows per table and list (Infinity = all), and whether unchanged metrics are listed. */
interface Detail {
  rows: number;
  unchanged: boolean;
}

const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

function stringify(root: Root): string {
  return processor.stringify(root);
}

function capped<T>(items: readonly T[], detail: Detail): { shown: readonly T[]; hidden: number } {
  if (items.length <= detail.rows) return { shown: items, hidden: 0 };
  return { shown: items.slice(0, detail.rows), hidden: items.length - detail.rows };
}

const more = (hidden: number, what: string): RootContent[] =>
  hidden > 0
    ? [
        para({
          type: 'emphasis',
          children: [{ type: 'text', value: `… and ${hidden} more ${what} (see the full report)` }],
        }),
      ]
    : [];

function metricTable(
  rows: readonly { run: string; m: MetricReport }[],
  showRun: boolean,
  detail: Detail,
  trend: boolean,
): RootContent[] {
  const { shown, hidden } = capped(rows, detail);
  trend &&= shown.some(({ m }) => (m.history?.length ?? 0) > 0);
  const header = [
    ...(showRun ? ['run'] : []),
    'metric',
    'baseline',
    'current',
    'change',
    'evidence',
    ...(trend ? ['trend'] : []),
  ];
  const body = shown.map(({ run, m }) => {
    const spark = sparkline([...(m.history ?? []), ...(m.current === null ? [] : [m.current])]);
    const unit = m.unit ? [txt(` ${m.unit}`, 20)] : [];
    return [
      ...(showRun ? [[code(run, 120)]] : []),
      [
        txt(`${verdictIcon[m.verdict]} `),
        code(m.name, 120),
        ...(m.verdict === 'regressed' || m.verdict === 'improved' || m.verdict === 'unchanged'
          ? []
          : [txt(` ${m.verdict}`)]),
        ...(m.gating ? [] : [txt(' (not gating)')]),
      ],
      [txt(value(m.baseline)), ...unit],
      [txt(value(m.current)), ...unit],
      [txt(change(m))],
      [txt(evidence(m))],
      ...(trend ? [spark ? [{ type: 'inlineCode' as const, value: spark }] : []] : []),
    ] as PhrasingContent[][];
  });
  return [table(header, body), ...more(hidden, 'metrics')];
}

/** A titled bullet list, capped to the detail level; nothing when there are no items. */
function listSection(title: string, items: readonly PhrasingContent[][], detail: Detail, what: string): RootContent[] {
  if (items.length === 0) return [];
  const { shown, hidden } = capped(items, detail);
  return [heading(4, { type: 'text', value: title }), bulletList(shown), ...more(hidden, what)];
}

function casesSection(runs: readonly RunReport[], showRun: boolean, detail: Detail): RootContent[] {
  const items: PhrasingContent[][] = [];
  for (const r of runs) {
    const c = r.cases;
    if (!c) continue;
    const ids = (list: readonly string[]) => {
      const { shown, hidden } = capped(list, { ...detail, rows: Math.min(detail.rows, 20) });
      return [...joined(shown.map((id) => code(id, 80))), ...(hidden ? [txt(` and ${hidden} more`)] : [])];
    };
    const line: PhrasingContent[] = showRun ? [code(r.name, 120), txt(': ')] : [];
    const pr = c.passRate;
    if (pr && pr.baseline !== null && pr.current !== null && pr.delta !== null)
      line.push(
        txt(
          `pass rate ${(pr.baseline * 100).toFixed(1)}% → ${(pr.current * 100).toFixed(1)}% (${pr.delta >= 0 ? '+' : ''}${(pr.delta * 100).toFixed(1)} points)`,
        ),
      );
    line.push(txt(`; ${c.newlyFailing.length} newly failing`));
    if (c.newlyFailing.length) line.push(txt(': '), ...ids(c.newlyFailing));
    line.push(txt(`; ${c.newlyPassing.length} newly passing`));
    if (c.newlyPassing.length) line.push(txt(': '), ...ids(c.newlyPassing));
    if (c.pValue !== null)
      line.push(txt(`; exact McNemar p = ${formatP(c.pValue)}${c.pValue > 0.05 ? ' (could be noise)' : ''}`));
    if (c.added?.length) line.push(txt(`; ${c.added.length} new cases`));
    if (c.removed?.length) line.push(txt(`; ${c.removed.length} cases no longer run`));
    items.push(line);
  }
  return listSection('Eval cases', items, detail, 'runs with cases');
}

function changesSection(runs: readonly RunReport[], showRun: boolean, detail: Detail): RootContent[] {
  const items: PhrasingContent[][] = [];
  // one code range for all runs (the usual case) is said once
  const ranges = new Set(runs.map((r) => (r.changes.code ? `${r.changes.code.from}..${r.changes.code.to}` : '')));
  const shared = ranges.size === 1 ? runs[0]?.changes.code : undefined;
  const codeRange = (prefix: PhrasingContent[], c: NonNullable<RunReport['changes']['code']>): PhrasingContent[] => [
    ...prefix,
    strong(txt('code')),
    txt(' '),
    code(`${shortCommit(c.from)}..${shortCommit(c.to)}`),
    ...(c.repository ? [txt(' in '), code(c.repository, 120)] : []),
  ];
  if (shared && shared.from !== shared.to) items.push(codeRange([], shared));
  for (const r of runs) {
    const prefix: PhrasingContent[] = showRun ? [code(r.name, 120), txt(': ')] : [];
    const ch = r.changes;
    if (!shared && ch.code && ch.code.from !== ch.code.to) items.push(codeRange(prefix, ch.code));
    const valueChange = (what: string, c: ValueChange): PhrasingContent[] => [
      ...prefix,
      strong(txt(what)),
      txt(' '),
      code(c.key, 120),
      txt(' '),
      code(jsonText(c.baseline), 80),
      txt(' → '),
      code(jsonText(c.current), 80),
    ];
    for (const p of ch.params) items.push(valueChange('param', p));
    for (const d of ch.datasets) {
      const what: PhrasingContent[] =
        d.change === 'modified'
          ? [txt(` ${d.field ?? ''} `), code(jsonText(d.baseline), 80), txt(' → '), code(jsonText(d.current), 80)]
          : [txt(d.change === 'added' ? ' added' : ' removed')];
      items.push([...prefix, strong(txt('dataset')), txt(' '), code(d.name, 120), ...what]);
    }
    for (const e of ch.environment) items.push(valueChange('environment', e));
  }
  return listSection('What changed', items, detail, 'changes');
}

function reproSection(runs: readonly RunReport[], showRun: boolean, detail: Detail): RootContent[] {
  const items: PhrasingContent[][] = [];
  for (const r of runs)
    for (const f of r.findings) {
      if (!reproKinds.has(f.kind)) continue;
      const icon = f.severity === 'error' ? '⛔' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
      items.push([
        txt(`${icon} `),
        ...(showRun ? [code(r.name, 120), txt(': ')] : []),
        strong(txt(f.kind)),
        txt(': '),
        txt(f.message),
      ]);
    }
  return listSection('Reproducibility', items, detail, 'findings');
}

function buildTree(report: VerdictReport, opts: MarkdownOptions, detail: Detail): Root {
  const children: RootContent[] = [];
  children.push(html(opts.marker ?? DEFAULT_MARKER));
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  children.push(
    heading(3, { type: 'text', value: `${icon} runledger ` }, txt(report.headline ?? report.verdict, 1000)),
  );

  const meta: PhrasingContent[] = [
    strong({ type: 'text', value: 'baseline' }),
    txt(' '),
    code(shortCommit(report.baseline.commit)),
    txt(` (${report.baseline.source}) → `),
    strong({ type: 'text', value: 'current' }),
    txt(' '),
    code(shortCommit(report.current.commit)),
    txt(` · ${report.runs.length} run${report.runs.length === 1 ? '' : 's'} · policy `),
    code(report.policy.file ?? 'defaults'),
    txt(` · α ${report.policy.alpha} (false discovery rate across all metrics)`),
  ];
  if (opts.reportUrl)
    meta.push(txt(' · '), { type: 'link', url: opts.reportUrl, children: [{ type: 'text', value: 'full report' }] });
  children.push(para(...meta));

  const failed = report.gates.filter((g) => g.failed);
  if (failed.length > 0)
    children.push(
      para(
        strong({ type: 'text', value: 'Failed gates:' }),
        txt(' ' + failed.map((g) => `${g.kind} (${g.message})`).join('; ')),
      ),
    );

  const showRun = report.runs.length > 1;
  const regressed = metricsWhere(report, (m) => m.verdict === 'regressed');
  const improved = metricsWhere(report, (m) => m.verdict === 'improved');
  const other = metricsWhere(report, (m) => ['inconclusive', 'changed', 'new', 'missing'].includes(m.verdict));
  const unchanged = metricsWhere(report, (m) => m.verdict === 'unchanged');
  const missingRuns = report.runs.filter((r) => r.status !== 'compared');

  if (regressed.length)
    children.push(
      heading(4, { type: 'text', value: `Regressions (${regressed.length})` }),
      ...metricTable(regressed, showRun, detail, true),
    );
  if (improved.length)
    children.push(
      heading(4, { type: 'text', value: `Improvements (${improved.length})` }),
      ...metricTable(improved, showRun, detail, true),
    );
  if (missingRuns.length)
    children.push(
      heading(4, { type: 'text', value: 'Runs only on one side' }),
      bulletList(
        capped(missingRuns, detail).shown.map((r) => [
          code(r.name, 120),
          txt(r.status === 'new' ? ': new (no baseline)' : ': missing from the current runs'),
        ]),
      ),
    );
  if (other.length)
    children.push(heading(4, { type: 'text', value: 'Other moves' }), ...metricTable(other, showRun, detail, false));
  children.push(...casesSection(report.runs, showRun, detail));
  children.push(
    ...changesSection(
      report.runs.filter((r) => r.status === 'compared'),
      showRun,
      detail,
    ),
  );
  children.push(...reproSection(report.runs, showRun, detail));

  if (unchanged.length) {
    if (detail.unchanged) {
      children.push(
        html(`<details><summary>${unchanged.length} unchanged metric${unchanged.length === 1 ? '' : 's'}</summary>`),
      );
      children.push(...metricTable(unchanged, showRun, detail, false));
      children.push(html('</details>'));
    } else {
      children.push(para(txt(`${unchanged.length} unchanged metrics (listed in the full report).`)));
    }
  }
  children.push(
    para({
      type: 'emphasis',
      children: [
        txt(
          `Thresholds: default ${report.policy.threshold}${typeof report.policy.threshold === 'string' ? '' : ' (absolute)'}; a move counts when it is beyond its threshold and, with samples or history, significant after the Benjamini-Hochberg correction. `,
        ),
        txt(
          `${report.counts.regressed} regressed, ${report.counts.improved} improved, ${report.counts.inconclusive} inconclusive, ${report.counts.unchanged} unchanged.`,
        ),
      ],
    }),
  );
  return { type: 'root', children };
}

/** No row of a table or list renders shorter than this. */
const MIN_ROW_CHARS = 40;

/** How many rows each capped table or list would have in full, and the unchanged metrics. */
function sectionSizes(report: VerdictReport): { lists: number[]; unchanged: number } {
  const count = (pick: (m: MetricReport) => boolean) => metricsWhere(report, pick).length;
  const compared = report.runs.filter((r) => r.status === 'compared');
  return {
    lists: [
      count((m) => m.verdict === 'regressed'),
      count((m) => m.verdict === 'improved'),
      count((m) => ['inconclusive', 'changed', 'new', 'missing'].includes(m.verdict)),
      report.runs.filter((r) => r.status !== 'compared').length,
      report.runs.filter((r) => r.cases).length,
      compared.reduce(
        (a, r) => a + r.changes.params.length + r.changes.datasets.length + r.changes.environment.length + 1,
        0,
      ),
      report.runs.reduce((a, r) => a + r.findings.filter((f) => reproKinds.has(f.kind)).length, 0),
    ],
    unchanged: count((m) => m.verdict === 'unchanged'),
  };
}

const levels: Detail[] = [
  { rows: Infinity, unchanged: true },
  { rows: Infinity, unchanged: false },
  { rows: 50, unchanged: false },
  { rows: 10, unchanged: false },
  { rows: 3, unchanged: false },
];

/** Renders the comment; collapses detail level by level to fit maxLength, then truncates with a note. */
export function renderMarkdown(report: VerdictReport, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? GITHUB_COMMENT_LIMIT;
  const sizes = sectionSizes(report);
  let text = '';
  for (const [i, level] of levels.entries()) {
    // skip a level whose rows cannot fit even at the shortest row (stringifying a huge table is slow)
    const rows = sizes.lists.reduce((a, n) => a + Math.min(n, level.rows), 0) + (level.unchanged ? sizes.unchanged : 0);
    if (rows * MIN_ROW_CHARS > max && i < levels.length - 1) continue;
    text = stringify(buildTree(report, opts, level));
    if (text.length <= max) return text;
  }
  const note = (n: number) =>
    `\n\n_… truncated: ${n} more characters left out; see the full report${opts.reportUrl ? ` (${opts.reportUrl})` : ''}._\n`;
  let cut = max - note(text.length).length - 8;
  cut = text.lastIndexOf('\n', cut) > 0 ? text.lastIndexOf('\n', cut) : Math.max(0, cut);
  const out = text.slice(0, cut) + note(text.length - cut);
  return out.length <= max ? out : out.slice(0, max);
}
