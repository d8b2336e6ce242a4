// Charts: vega-lite specs (templates/site/charts.js) compiled to vega at build time, parsed once,
// then rendered to SVG strings by a headless vega View (renderer 'none', no canvas). Colours are
// sentinel values that the site's CSS maps to light- and dark-mode colours; axes and text use
// currentColor.
import { createHash } from 'node:crypto';
import { parse, View, type Runtime, type Spec } from 'vega';
import { escapeHtml } from './escape.js';
import { vegaSpecs } from './templates.gen.js';
import { installTextMetrics, TEXT_WIDTHS } from './textwidth.js';

export interface HistoryPoint {
  /** position in the history, 1-based */
  n: number;
  value: number;
  /** spread of samples (replicas, seeds) when there are several */
  min?: number;
  max?: number;
  /** drawn with a dot */
  dot?: boolean;
}

const runtimes = new Map<string, Runtime>();
function runtime(name: string): Runtime {
  let rt = runtimes.get(name);
  if (!rt) {
    const spec = vegaSpecs[name];
    if (!spec) throw new Error(`no chart spec ${name}`);
    installTextMetrics();
    rt = parse(spec as Spec);
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
    .update(JSON.stringify([specsHash, kind, data, text]))
    .digest('hex')
    .slice(0, 32);
}

/** bump when the way charts are drawn changes in ways the specs do not show (e.g. inValueOrder) */
const RENDERER = 2;

/**
 * A new chart spec, text-width table or renderer draws every chart again. The estimate enters by its
 * table (textwidth.ts), not by its source text, which a bundler may rename identifiers in: the same
 * builder bundled another way keeps its cache.
 */
export const specsHash = createHash('sha256')
  .update(JSON.stringify([vegaSpecs, TEXT_WIDTHS, RENDERER]))
  .digest('hex');

// One View per chart kind, reused: building a View parses the dataflow, which costs more than
// drawing a chart. Renders are serialised (a View holds one dataset at a time).
const views = new Map<string, View>();
let queue: Promise<unknown> = Promise.resolve();

async function render(kind: string, data: Record<string, object[]>, text: ChartText, id: string) {
  const job = queue.then(async () => {
    let view = views.get(kind);
    if (!view) {
      view = new View(runtime(kind), { renderer: 'none' });
      views.set(kind, view);
    }
    for (const [name, values] of Object.entries(data)) view.data(name, values);
    await view.runAsync();
    inValueOrder(view.scenegraph() as unknown as { root: SceneMark });
    return accessible(await view.toSVG(), text, id);
  });
  queue = job.catch(() => undefined);
  return job;
}

interface SceneMark {
  role?: string;
  items?: { datum?: { value?: unknown }; items?: SceneMark[] }[];
}

const AXIS_ROLES = new Set(['axis-tick', 'axis-grid', 'axis-label']);

/**
 * Puts every axis's ticks, grid lines and labels in the order of their values. A reused View keeps
 * the items that a chart shares with the chart drawn before it (items are keyed by their value) and
 * appends the new ones, so without this a chart's markup would depend on which chart its thread drew
 * before it. (Emptying the View between charts does the same at a third of the cost of a chart.)
 */
function inValueOrder(scene: { root: SceneMark }): void {
  const visit = (mark: SceneMark) => {
    if (!mark.items) return;
    if (mark.role && AXIS_ROLES.has(mark.role))
      mark.items.sort((a, b) => Number(a.datum?.value) - Number(b.datum?.value));
    for (const item of mark.items) item.items?.forEach(visit);
  };
  visit(scene.root);
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

/** The noise band over positions from..to: a segment's mean ± 2σ. */
export interface BandSegment {
  from: number;
  to: number;
  lo: number;
  hi: number;
}

export function historyChart(
  points: HistoryPoint[],
  band: BandSegment[],
  changes: number[],
  text: ChartText,
  id: string,
) {
  const data = {
    pts: points,
    spread: points.filter((p) => p.min !== undefined),
    dots: points.filter((p) => p.dot),
    band,
    cps: changes.map((n) => ({ n })),
  };
  return render('history', data, text, id);
}

export function sparkline(values: number[], text: ChartText, id: string) {
  return render('spark', { pts: values.map((value, i) => ({ n: i + 1, value })) }, text, id);
}
