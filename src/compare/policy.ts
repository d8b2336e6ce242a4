// Parsing runledger.yml: YAML -> schema check with messages that name the key, the value and what is
// allowed -> the resolved Policy with every default filled in (docs/policy.md).
import picomatch from 'picomatch';
import { parseDocument } from 'yaml';
import type { ErrorObject } from 'ajv';
import { UserError } from '../errors.js';
import { compareMessages as msg } from '../messages/compare.js';
import type { PolicyDocument } from './policy.gen.js';
import type { GateKind, MetricRule, MetricSettings, Policy, RequireItem } from './policy-types.js';
import { parseThreshold } from './threshold.js';
import validatePolicyDocument from './validate-policy.gen.js';

export const ALL_GATES: readonly GateKind[] = ['regression', 'missing', 'irreproducible', 'provenance'];
export const DEFAULT_FAIL_ON: readonly GateKind[] = ['regression', 'missing', 'irreproducible'];
export const ALL_REQUIRE: readonly RequireItem[] = ['commit-match', 'clean-tree', 'dataset-digests', 'environment'];

const allowedKeys: Record<string, readonly string[]> = {
  top: ['baseline', 'alpha', 'defaults', 'metrics', 'fail-on', 'reproducibility', 'non-finite', '$schema'],
  defaults: ['threshold', 'gate'],
  metric: ['goal', 'threshold', 'gate'],
  reproducibility: ['require', 'tolerance'],
};

/** JSON pointer segments of an ajv instancePath. */
function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `metrics."val/*".goal` */
export function keyPath(segs: readonly string[]): string {
  return segs.map((s) => (/^[A-Za-z0-9_$-]+$/.test(s) ? s : JSON.stringify(s))).join('.');
}

function valueAt(doc: unknown, segs: readonly string[]): unknown {
  let v = doc;
  for (const s of segs) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

function levelOf(segs: readonly string[]): string {
  if (segs.length === 0) return 'top';
  if (segs[0] === 'metrics' && segs.length === 2) return 'metric';
  return segs[0]!;
}

/** One message per offending key, from ajv's errors. */
function describeErrors(errors: readonly ErrorObject[], doc: unknown): string[] {
  const out = new Map<string, string>();
  for (const e of errors) {
    const segs = segments(e.instancePath);
    const value = valueAt(doc, segs);
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const where = [...segs, key];
      out.set(keyPath(where), msg.policyUnknownKey(keyPath(where), allowedKeys[levelOf(segs)] ?? []));
      continue;
    }
    const key = keyPath(segs) || '(top level)';
    if (e.schemaPath.includes('/$defs/threshold') || e.schemaPath.startsWith('#/$defs/threshold')) {
      out.set(key, msg.policyBadThreshold(key, value));
      continue;
    }
    if (out.has(key)) continue;
    if (e.keyword === 'enum') {
      out.set(key, msg.policyBadEnum(key, value, (e.params as { allowedValues: unknown[] }).allowedValues));
    } else if (e.keyword === 'type') {
      out.set(key, msg.policyBadType(key, value, String((e.params as { type: string }).type)));
    } else if (e.keyword === 'exclusiveMinimum' || e.keyword === 'exclusiveMaximum' || e.keyword === 'minimum') {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      out.set(key, msg.policyBadRange(key, value, comparison, limit));
    } else {
      out.set(key, msg.policyBadValue(key, value, e.message ?? ''));
    }
  }
  return [...out.values()];
}

function duplicates(list: readonly string[] | undefined): string[] {
  if (!list) return [];
  return list.filter((x, i) => list.indexOf(x) !== i);
}

function rule(pattern: string, p: NonNullable<PolicyDocument['metrics']>[string]): MetricRule {
  const glob = picomatch(pattern, { dot: true });
  return {
    pattern,
    matches: (name) => name === pattern || glob(name),
    ...(p.goal ? { goal: p.goal } : {}),
    ...(p.threshold !== undefined ? { threshold: parseThreshold(p.threshold) } : {}),
    ...(p.gate !== undefined ? { gate: p.gate } : {}),
  };
}

/** The policy a repository without runledger.yml gets. */
export function defaultPolicy(): Policy {
  return resolvePolicy({}, null);
}

/** Fills the defaults into a schema-valid document. */
export function resolvePolicy(doc: PolicyDocument, file: string | null): Policy {
  return {
    file,
    baseline: doc.baseline ?? 'merge-base',
    alpha: doc.alpha ?? 0.05,
    threshold: parseThreshold(doc.defaults?.threshold ?? '1%'),
    gate: doc.defaults?.gate ?? true,
    metrics: Object.entries(doc.metrics ?? {}).map(([k, v]) => rule(k, v)),
    failOn: doc['fail-on'] ?? [...DEFAULT_FAIL_ON],
    require: doc.reproducibility?.require ?? [...ALL_REQUIRE],
    tolerance: doc.reproducibility?.tolerance ?? 1e-6,
    nonFinite: doc['non-finite'] ?? 'error',
  };
}

/** Parses runledger.yml text; every problem is reported at once as a UserError naming the file. */
export function parsePolicy(text: string, file: string): Policy {
  const parsed = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    const line = e.linePos?.[0];
    throw new UserError(msg.policyYaml(file, line?.line, line?.col, e.message.split('\n')[0] ?? ''));
  }
  const doc: unknown = parsed.toJS() ?? {};
  if (!validatePolicyDocument(doc)) {
    throw new UserError(msg.policyInvalid(file, describeErrors(validatePolicyDocument.errors ?? [], doc)));
  }
  const valid = doc as PolicyDocument;
  const problems: string[] = [];
  for (const d of duplicates(valid['fail-on'])) problems.push(msg.policyDuplicate('fail-on', d));
  for (const d of duplicates(valid.reproducibility?.require))
    problems.push(msg.policyDuplicate('reproducibility.require', d));
  for (const pattern of Object.keys(valid.metrics ?? {})) {
    if (pattern.trim() === '') problems.push(msg.policyEmptyPattern());
  }
  if (problems.length > 0) throw new UserError(msg.policyInvalid(file, problems));
  return resolvePolicy(valid, file);
}

/** The settings that apply to one metric: the first matching rule's, then the defaults. */
export function settingsFor(policy: Policy, name: string): MetricSettings {
  const r = policy.metrics.find((m) => m.matches(name));
  return {
    ...(r?.goal ? { goal: r.goal } : {}),
    threshold: r?.threshold ?? policy.threshold,
    gate: r?.gate ?? policy.gate,
    source: r ? `metrics.${keyPath([r.pattern])}` : 'defaults',
  };
}
