// Charts: vega-lite specs compiled once, parsed once, then rendered to SVG strings by a headless
// vega View per chart (renderer 'none', no canvas). Colours are sentinel values that the site's CSS
// maps to light- and dark-mode colours; axes and text use currentColor.
import { createHash } from 'node:crypto';
import { parse, View, type Runtime } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { escapeHtml } from './escape.js';
import { installTextMetrics } from './textwidth.js';

/** Okabe–Ito colours, as sentinels the stylesheet re-maps per colour scheme (see site.css). */
export const COLOURS = {
  value: '#0072b2',
  band: '#56b4e9',
  spread: '#009e73',
  change: '#d55e00',
} as const;

export interface HistoryPoint {
  /** position in the history, 1-based */
  n: number;
  value: number;
  /** spread of samples (replicas, seeds) when there are several */
  min?: number;
  max?: number;
  /** the noise band around the segment's mean */
  lo: number;
  hi: number;
}

const font = 'sans-serif'; // the stylesheet sets the page's font on chart text
const config = {
  aria: false,
  background: null,
  font,
  view: { stroke: null },
  axis: {
    domainColor: 'currentColor',
    tickColor: 'currentColor',
    labelColor: 'currentColor',
    titleColor: 'currentColor',
    gridColor: 'currentColor',
    gridOpacity: 0.15,
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 'normal',
  },
} as const;

const historySpec = {
  width: 640,
  height: 240,
  config,
  layer: [
    {
      data: { name: 'pts' },
      mark: { type: 'area', color: COLOURS.band, opacity: 0.25, interpolate: 'step-after' },
      encoding: {
        x: {
          field: 'n',
          type: 'quantitative',
          title: 'recorded commit (oldest → newest)',
          axis: { tickMinStep: 1, format: 'd' },
        },
        y: { field: 'lo', type: 'quantitative', scale: { zero: false }, title: null },
        y2: { field: 'hi' },
      },
    },
    {
      data: { name: 'pts' },
      transform: [{ filter: 'isValid(datum.min)' }],
      mark: { type: 'rule', color: COLOURS.spread, strokeWidth: 2 },
      encoding: {
        x: { field: 'n', type: 'quantitative' },
        y: { field: 'min', type: 'quantitative' },
        y2: { field: 'max' },
      },
    },
    {
      data: { name: 'pts' },
      mark: { type: 'line', color: COLOURS.value, strokeWidth: 1.5 },
      encoding: { x: { field: 'n', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' } },
    },
    {
      data: { name: 'pts' },
      mark: { type: 'point', color: COLOURS.value, filled: true, size: 18, opacity: 1 },
      encoding: { x: { field: 'n', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' } },
    },
    {
      data: { name: 'cps' },
      mark: { type: 'rule', color: COLOURS.change, strokeWidth: 2, strokeDash: [5, 3] },
      encoding: { x: { field: 'n', type: 'quantitative' } },
    },
  ],
};

const sparkSpec = {
  width: 120,
  height: 28,
  padding: 2,
  config: { ...config, axis: undefined },
  data: { name: 'pts' },
  mark: { type: 'line', color: COLOURS.value, strokeWidth: 1.5 },
  encoding: {
    x: { field: 'n', type: 'quantitative', axis: null },
    y: { field: 'value', type: 'quantitative', axis: null, scale: { zero: false } },
  },
};

const runtimes = new Map<string, Runtime>();
function runtime(name: string, spec: object): Runtime {
  let rt = runtimes.get(name);
  if (!rt) {
    installTextMetrics();
    rt = parse(compile(spec as TopLevelSpec).spec);
    runtimes.set(name, rt);
  }
  return rt;
}

export interface ChartText {
  /** short title (read first by a screen reader) */
  title: string;
  /** a sentence summarising what the chart shows */
  description: string;
}

/** The key of a chart in the cache: its kind, data and text. */
export function chartKey(kind: string, data: unknown, text: ChartText): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, data, text]))
    .digest('hex')
    .slice(0, 32);
}

// One View per chart kind, reused: building a View parses the dataflow, which costs more than
// drawing a chart. Renders are serialised (a View holds one dataset at a time).
const views = new Map<string, View>();
let queue: Promise<unknown> = Promise.resolve();

async function render(kind: string, spec: object, data: Record<string, object[]>, text: ChartText, id: string) {
  const job = queue.then(async () => {
    let view = views.get(kind);
    if (!view) {
      view = new View(runtime(kind, spec), { renderer: 'none' });
      views.set(kind, view);
    }
    for (const [name, values] of Object.entries(data)) view.data(name, values);
    return accessible(await view.toSVG(), text, id);
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Adds role="img", a title and a description to vega's SVG, and makes it scale with the page. */
function accessible(svg: string, text: ChartText, id: string): string {
  const open = svg.indexOf('>');
  if (!svg.startsWith('<svg') || open < 0) throw new Error('vega returned no SVG');
  const head = svg
    .slice(0, open)
    .replace(/ class="marks"/, ' class="marks chart"')
    .replace('<svg', `<svg role="img" aria-labelledby="${id}-t ${id}-d"`);
  // the whole chart is one image with one name: vega's per-mark ARIA roles would contradict that
  const body = svg
    .slice(open + 1)
    .replace(/ role="graphics-[a-z-]+"| aria-roledescription="[^"]*"| aria-label="[^"]*"/g, '');
  return `${head}><title id="${id}-t">${escapeHtml(text.title)}</title><desc id="${id}-d">${escapeHtml(text.description)}</desc>${body}`;
}

export function historyChart(points: HistoryPoint[], changes: number[], text: ChartText, id: string) {
  return render('history', historySpec, { pts: points, cps: changes.map((n) => ({ n })) }, text, id);
}

export function sparkline(values: number[], text: ChartText, id: string) {
  return render('spark', sparkSpec, { pts: values.map((value, i) => ({ n: i + 1, value })) }, text, id);
}
