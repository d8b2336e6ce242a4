// The static report site: build it from ledger entries, or write one comparison's full report.
export { buildSite, paths, CHART_POINTS, TABLE_ROWS, CHUNK, COMMITS_PER_PAGE } from './build.js';
export type { BuildOptions, BuildSummary } from './build.js';
export { writeComparisonSite } from './comparison.js';
export type { ComparisonOptions } from './comparison.js';
export { estimateTextWidth } from './textwidth.js';
