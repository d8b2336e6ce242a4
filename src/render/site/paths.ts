// Where each page of the site lives, and the sizes that shape the pages.
import { slug } from './slug.js';

/** values drawn in a metric chart (the table lists the latest, the CSV/JSON downloads hold them all) */
export const CHART_POINTS = 120;
/** up to this many values in a chart, each gets a dot; beyond it only the latest */
export const CHART_DOTS = 60;
/** rows in a metric page's table */
export const TABLE_ROWS = 50;
/** entries per commit-list page and per data download chunk */
export const COMMITS_PER_PAGE = 200;
export const CHUNK = 1000;
/** the chunk still growing (the newest) is written in blocks of this many entries, so that a new
 * entry rewrites one small block instead of the whole chunk */
export const BLOCK = 100;
/** values of a run name's history a commit's single value is tested against */
export const HISTORY_FOR_COMPARE = 20;

export const runAnchor = (id: string) => `run-${slug(id)}`;

export const paths = {
  overview: 'index.html',
  commitsPage: (k: number, last: number) => (k === last ? 'commits/index.html' : `commits/page-${k}.html`),
  /** one file per entry in one folder: a folder per entry would cost a mkdir each */
  entry: (seq: number) => `c/${seq}.html`,
  /** a recorded run: its section on its commit's page */
  run: (seq: number, id: string) => `c/${seq}.html#${runAnchor(id)}`,
  runName: (name: string) => `r/${slug(name)}/index.html`,
  metric: (name: string, metric: string) => `r/${slug(name)}/${slug(metric)}.html`,
  /** chunk k (its block b, while it is the open chunk) of a run name's history */
  data: (name: string, k: number, ext: 'csv' | 'json', b?: number) =>
    `data/${slug(name)}/history-${k + 1}${b === undefined ? '' : `-${b + 1}`}.${ext}`,
};
