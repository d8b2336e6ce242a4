// The comparison stage: policy, pairing, statistics, verdicts, findings, attribution. Pure except loadPolicy.
export { compare } from './engine.js';
export type { CompareInput } from './input.js';
export { parsePolicy, defaultPolicy, resolvePolicy, settingsFor } from './policy.js';
export { loadPolicy, DEFAULT_POLICY_FILE } from './load-policy.js';
export type { Policy, MetricSettings, ThresholdSpec, Goal } from './policy-types.js';
export type * from './verdict.gen.js';
export type { PolicyDocument } from './policy.gen.js';
export { default as validateVerdict } from './validate-verdict.gen.js';
