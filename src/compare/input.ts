import type { RunManifest } from '../manifest/manifest.gen.js';
import type { Policy } from './policy-types.js';

/** Everything a comparison needs, already read: compare() does no I/O. */
export interface CompareInput {
  baseline: readonly RunManifest[];
  current: readonly RunManifest[];
  /** default: the built-in defaults (as with no runledger.yml) */
  policy?: Policy;
  /** recent values on the base branch, oldest first: run name -> metric name -> values */
  history?: Record<string, Record<string, number[]>>;
  /** where the baseline came from; commit defaults to the commit the baseline manifests agree on */
  baselineInfo?: { commit?: string | null; source?: string };
  /** where the current runs came from (for people) */
  currentSource?: string;
  /** the commit under test (commit-match); defaults to the commit the current manifests agree on */
  commitUnderTest?: string;
  /** run id -> JSON pointers of non-finite values read as missing (policy non-finite: missing) */
  nonFinite?: Record<string, string[]>;
  /**
   * false: unchanged metrics get an empty reason (default true). For a caller that shows only what
   * moved (the site's commit pages, thousands of comparisons of hundreds of metrics each), which
   * saves writing out hundreds of numbers per comparison that nobody reads.
   */
  explainUnchanged?: boolean;
}
