// The static report site: build it from ledger entries, or write one comparison's full report.
export { buildSite } from './build.js';
export { paths, CHART_POINTS, TABLE_ROWS, CHUNK, COMMITS_PER_PAGE } from './paths.js';
export type { BuildOptions, BuildSummary } from './build.js';
export { writeComparisonSite } from './comparison.js';
export type { ComparisonOptions } from './comparison.js';
export { estimateTextWidth } from './textwidth.js';
