// The site's chart specs in vega-lite. scripts/gen-templates.mjs compiles them to vega specs at
// build time (into src/render/site/templates.gen.js), so the CLI carries vega but not vega-lite.
// Colours are the Okabe–Ito palette, used as sentinels that site.css re-maps per colour scheme.
export const COLOURS = {
  value: '#0072b2',
  band: '#56b4e9',
  spread: '#009e73',
  change: '#d55e00',
};

const font = 'sans-serif'; // the stylesheet sets the page's font on chart text
// a View draws chart after chart (charts.ts reuses it): without resize, 'pad' only ever grows the
// padding, and a chart's size would depend on the charts drawn before it in the same thread
const autosize = { type: 'pad', resize: true };
const config = {
  aria: false,
  background: null,
  font,
  view: { stroke: null },
  // the values handed over are numbers (charts.ts): no filter of invalid ones in the dataflow
  mark: { invalid: null },
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
  // horizontal grid lines only, and few ticks: each tick, grid line and label is a mark to lay out
  // and write, and an axis is most of the cost of a chart
  axisX: { grid: false, tickCount: 6, labelOverlap: false },
  // five labels on a 240-pixel axis cannot overlap: no overlap removal pass; the grid lines mark
  // the values, so no ticks or axis line (two marks fewer to lay out and write per chart)
  axisY: { tickCount: 5, labelOverlap: false, ticks: false, domain: false, labelPadding: 8 },
};

const history = {
  width: 640,
  height: 240,
  autosize,
  config,
  layer: [
    {
      // the noise band: one rectangle per segment between change points (its mean ± 2σ)
      data: { name: 'band' },
      mark: { type: 'rect', color: COLOURS.band, opacity: 0.25 },
      encoding: {
        x: {
          field: 'from',
          type: 'quantitative',
          title: 'recorded commit (oldest → newest)',
          // the window of values shown, not 0..its end: the last 120 of 10,000 would be a sliver
          scale: { zero: false, nice: false },
          axis: { tickMinStep: 1, format: 'd' },
        },
        x2: { field: 'to' },
        y: { field: 'lo', type: 'quantitative', scale: { zero: false }, title: null },
        y2: { field: 'hi' },
      },
    },
    {
      // the values that summarise several samples (charts.ts hands these, and the dotted ones, over
      // as data sets of their own: a filter in the dataflow costs more than the marks it leaves)
      data: { name: 'spread' },
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
      encoding: {
        x: { field: 'n', type: 'quantitative' },
        y: { field: 'value', type: 'quantitative' },
        // in the order handed over (oldest first), not sorted again
        order: { value: null },
      },
    },
    {
      // a dot per value while there are few enough to tell apart; on a longer window the line alone,
      // with the latest value dotted (a dot per value is also most of a chart's drawing time)
      data: { name: 'dots' },
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

const spark = {
  width: 120,
  height: 28,
  autosize,
  padding: 2,
  config: { ...config, axis: undefined },
  data: { name: 'pts' },
  mark: { type: 'line', color: COLOURS.value, strokeWidth: 1.5 },
  encoding: {
    x: { field: 'n', type: 'quantitative', axis: null },
    y: { field: 'value', type: 'quantitative', axis: null, scale: { zero: false } },
    order: { value: null },
  },
};

export const charts = { history, spark };
