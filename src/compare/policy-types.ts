// The policy after parsing: every key resolved to its value or default (docs/policy.md).

export type Goal = 'maximize' | 'minimize';
export type GateKind = 'regression' | 'missing' | 'irreproducible' | 'provenance';
export type RequireItem = 'commit-match' | 'clean-tree' | 'dataset-digests' | 'environment';

export interface ThresholdSpec {
  kind: 'relative' | 'absolute';
  /** 0.01 for "1%", the amount for absolute thresholds */
  value: number;
  /** as written in the policy: "1%" or 0.01 */
  text: string | number;
}

export interface MetricRule {
  /** the key as written: an exact name or a glob */
  pattern: string;
  matches: (name: string) => boolean;
  goal?: Goal;
  threshold?: ThresholdSpec;
  gate?: boolean;
}

export interface Policy {
  /** the file it was read from; null for the built-in defaults */
  file: string | null;
  baseline: 'merge-base' | 'latest' | 'champion';
  alpha: number;
  threshold: ThresholdSpec;
  gate: boolean;
  metrics: MetricRule[];
  failOn: GateKind[];
  require: RequireItem[];
  tolerance: number;
  nonFinite: 'error' | 'missing';
}

/** What applies to one metric after matching the rules. */
export interface MetricSettings {
  goal?: Goal;
  threshold: ThresholdSpec;
  gate: boolean;
  /** the policy key that matched, or "defaults" */
  source: string;
}
