// Every message of the compare stage: policy errors, verdict reasons, findings, headline, CLI.
import { describeValue, oneOfList, plural, writeFailure } from './describe.js';
import type { ThresholdSpec } from '../compare/policy-types.js';

/** A number for people: up to 4 significant digits, no exponent for everyday magnitudes. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toPrecision(3);
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(4)));
}

/** +1.23% / -0.5% */
export function formatPercent(rel: number): string {
  const p = rel * 100;
  const digits = Math.abs(p) >= 10 ? 1 : 2;
  return `${p >= 0 ? '+' : ''}${p.toFixed(digits)}%`;
}

export function formatP(p: number): string {
  if (p < 0.0001) return '< 0.0001';
  return p < 0.001 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
}

export function formatDelta(delta: number, rel: number | null): string {
  const abs = `${delta >= 0 ? '+' : ''}${formatNumber(delta)}`;
  return rel === null ? abs : `${abs} (${formatPercent(rel)})`;
}

const thresholdText = (t: ThresholdSpec) => (t.kind === 'relative' ? `±${t.value * 100}%` : `±${t.value}`);

const testNames: Record<string, string> = {
  'welch-t': "Welch's t-test",
  prediction: 'prediction interval',
  history: 'prediction interval from the base branch history',
  threshold: 'threshold only',
  none: 'none',
};

export interface ReasonFacts {
  delta: number;
  relativeDelta: number | null;
  threshold: ThresholdSpec;
  test: string;
  q: number | null;
  alpha: number;
  samples: { baseline: number; current: number };
}

const moved = (f: ReasonFacts) => `moved ${formatDelta(f.delta, f.relativeDelta)}`;
const sampleText = (f: ReasonFacts) =>
  f.test === 'history' ? 'vs history' : `${f.samples.baseline} vs ${f.samples.current} values`;

export const compareMessages = {
  // policy
  policyUnreadable: (file: string, reason: string) => `${file}: cannot read the policy file: ${reason}`,
  policyYaml: (file: string, line: number | undefined, col: number | undefined, detail: string) =>
    `${file}${line ? `:${line}:${col ?? 1}` : ''}: invalid YAML: ${detail}`,
  policyInvalid: (file: string, problems: readonly string[]) =>
    `${file}: invalid policy (see docs/policy.md):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  policyUnknownKey: (key: string, allowed: readonly string[]) =>
    `${key}: unknown key; allowed here: ${allowed.join(', ')}`,
  policyBadThreshold: (key: string, value: unknown) =>
    `${key}: ${describeValue(value)} is not a threshold; expected a relative threshold like "1%" (quoted, "0%" for any significant move) or an absolute number of at least 0 like 0.01`,
  policyBadEnum: (key: string, value: unknown, allowed: readonly unknown[]) =>
    `${key}: ${describeValue(value)} is not allowed; expected ${oneOfList(allowed.map((a) => JSON.stringify(a)))}`,
  policyBadType: (key: string, value: unknown, type: string) =>
    `${key}: expected ${type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : type === 'boolean' ? 'true or false' : `a ${type}`}, got ${describeValue(value)}`,
  policyBadRange: (key: string, value: unknown, comparison: string, limit: number) =>
    `${key}: ${describeValue(value)} is out of range; expected a number ${({ '<': 'below', '<=': 'of at most', '>': 'above', '>=': 'of at least' } as Record<string, string>)[comparison] ?? comparison} ${limit}`,
  policyBadValue: (key: string, value: unknown, detail: string) => `${key}: ${describeValue(value)}: ${detail}`,
  policyDuplicate: (key: string, value: string) => `${key}: ${JSON.stringify(value)} is listed twice`,
  policyEmptyPattern: () => 'metrics: an empty metric name or glob matches nothing',

  // metric verdict reasons
  reasonNew: () => 'only in the current runs',
  reasonMissing: () => 'in the baseline runs, not in the current runs',
  reasonWithin: (f: ReasonFacts) => `${moved(f)}, within the threshold ${thresholdText(f.threshold)}`,
  reasonNotSignificant: (f: ReasonFacts) =>
    `${moved(f)}, beyond ${thresholdText(f.threshold)} but not significant (${testNames[f.test]}, ${sampleText(f)}, q = ${f.q === null ? 'n/a' : formatP(f.q)} > α ${f.alpha}): could be noise`,
  reasonNoGoal: (f: ReasonFacts) =>
    `${moved(f)}, beyond ${thresholdText(f.threshold)}; no goal (maximize/minimize) in the policy or manifest, so neither better nor worse`,
  reasonThresholdOnly: (f: ReasonFacts) =>
    `${moved(f)}, beyond ${thresholdText(f.threshold)}; one value per side and no history, so the threshold alone decides`,
  reasonSignificant: (f: ReasonFacts) =>
    `${moved(f)}, beyond ${thresholdText(f.threshold)} and significant (${testNames[f.test]}, ${sampleText(f)}, q = ${formatP(f.q ?? 0)} ≤ α ${f.alpha})`,

  // findings
  provNoCommit: (n: number, total: number) =>
    `${of(n, total)} ${verb(total, 'records', 'record')} no code commit (code.commit)`,
  provCommitMismatch: (commit: string, expected: string, n: number, total: number) =>
    `${of(n, total)} ran commit ${commit.slice(0, 12)}, not the commit under test ${expected.slice(0, 12)}`,
  provCommitsDisagree: (k: number) => `the replicas ran ${k} different commits`,
  provDirty: (n: number, total: number) => `${of(n, total)} ran on a dirty working tree (code.dirty is true)`,
  provDirtyUnknown: (n: number, total: number) =>
    `${of(n, total)} ${verb(total, 'does', 'do')} not record whether the working tree was clean (code.dirty)`,
  provNoDatasets: (n: number, total: number) =>
    `${of(n, total)} ${verb(total, 'records', 'record')} no datasets, so the data cannot be checked`,
  provNoDigest: (names: readonly string[]) =>
    `dataset${names.length === 1 ? '' : 's'} ${names.map((n) => JSON.stringify(n)).join(', ')} without a content digest`,
  provNoEnvironment: (n: number, total: number) =>
    `${of(n, total)} ${verb(total, 'records', 'record')} no environment (python/node version, packages, lock file or container)`,
  determinism: (metric: string, seed: number, count: number, a: number, b: number, rel: number, tol: number) =>
    `${count} replicas with seed ${seed} disagree on ${metric}: ${formatNumber(a)} vs ${formatNumber(b)} (relative difference ${rel.toPrecision(2)} > tolerance ${tol})`,
  datasetChanged: (
    name: string,
    list: readonly { change: string; field?: string; baseline?: unknown; current?: unknown }[],
  ) => {
    const first = list[0];
    if (first?.change === 'added') return `dataset ${name} is new in the current runs`;
    if (first?.change === 'removed') return `dataset ${name} is no longer read by the current runs`;
    return `dataset ${name} changed: ${list.map((d) => `${d.field} ${short(d.baseline)} → ${short(d.current)}`).join(', ')}`;
  },
  environmentChanged: (list: readonly { key: string; baseline?: unknown; current?: unknown }[]) =>
    `environment changed: ${changeList(list)}`,
  paramsChanged: (list: readonly { key: string; baseline?: unknown; current?: unknown }[]) =>
    `params changed: ${changeList(list)}`,
  runFailed: (runs: readonly string[]) => `run${runs.length === 1 ? '' : 's'} did not succeed: ${runs.join(', ')}`,
  nonFinite: (id: string, pointers: readonly string[]) =>
    `run ${id}: ${plural(pointers.length, 'non-finite value')} (NaN/Infinity) read as missing: ${pointers.slice(0, 5).join(', ')}${pointers.length > 5 ? ', …' : ''}`,

  // gates and headline
  gate: (kind: string, count: number, enabled: boolean, missingRuns: number) => {
    const what: Record<string, string> = {
      regression: `${plural(count, 'gating metric')} regressed`,
      missing: `${plural(count, 'gating metric or run', 'gating metrics or runs')} missing${missingRuns ? ` (${plural(missingRuns, 'whole run')})` : ''}`,
      irreproducible: `${plural(count, 'metric')} disagree between replicas with the same seed`,
      provenance: `${plural(count, 'provenance finding')}`,
    };
    return `${what[kind]}${count > 0 && !enabled ? ` (not in fail-on: reported only)` : ''}`;
  },
  headline: (
    verdict: string,
    counts: { [K in 'regressed' | 'improved' | 'inconclusive' | 'changed' | 'missing' | 'new' | 'unchanged']: number },
    runs: readonly { name: string; metrics: readonly { name: string; verdict: string; gating: boolean }[] }[],
    gates: readonly { kind: string; failed: boolean; count: number }[],
  ) => {
    const regressed = runs.flatMap((r) =>
      r.metrics.filter((m) => m.verdict === 'regressed').map((m) => `${m.name} on ${r.name}`),
    );
    const parts: string[] = [];
    if (counts.regressed)
      parts.push(
        `${plural(counts.regressed, 'regression')} (${regressed.slice(0, 3).join(', ')}${regressed.length > 3 ? ', …' : ''})`,
      );
    if (counts.improved) parts.push(`${counts.improved} improved`);
    if (counts.inconclusive) parts.push(`${counts.inconclusive} inconclusive`);
    if (counts.changed) parts.push(`${counts.changed} changed`);
    if (counts.missing) parts.push(`${counts.missing} missing`);
    if (counts.new) parts.push(`${counts.new} new`);
    if (counts.unchanged) parts.push(`${counts.unchanged} unchanged`);
    const failed = gates.filter((g) => g.failed && g.kind !== 'regression').map((g) => `${g.kind} gate failed`);
    return `${verdict === 'pass' ? 'pass' : 'fail'}: ${[...parts, ...failed].join(', ') || 'no metrics to compare'}`;
  },

  // CLI
  noBaseline: (command: string) =>
    `runledger ${command}: --baseline is required (a directory, a glob, a ledger directory or git:<branch>)`,
  noCurrent: (command: string) =>
    `runledger ${command}: --current is required (a directory or a glob of the current run manifests)`,
  inputInvalid: (command: string, side: string, count: number) =>
    `runledger ${command}: ${plural(count, 'problem')} in the ${side} manifests (fix them or run runledger validate):`,
  noRuns: (command: string, side: string, arg: string) =>
    `runledger ${command}: no ${side} manifests found in ${JSON.stringify(arg)}`,
  championUnsupported: (command: string, arg: string) =>
    `runledger ${command}: the policy asks for baseline: champion, but the ledger ${JSON.stringify(arg)} has no way to mark champion runs yet; use merge-base or latest`,
  cannotWrite: (file: string, code: string) => `runledger compare: cannot write ${file}: ${writeFailure(code)}`,
  wroteReport: (file: string, verdict: string) => `runledger compare: ${verdict}; report written to ${file}\n`,
};

/** The verb agreeing with `of`'s subject: "the run records", "all 5 replicas record". */
function verb(total: number, one: string, many: string): string {
  return total === 1 ? one : many;
}

function of(n: number, total: number): string {
  return total === 1 ? 'the run' : n === total ? `all ${total} replicas` : `${n} of ${total} replicas`;
}

function short(v: unknown): string {
  if (v === undefined) return '(none)';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /^(sha256|sha512|sha1|md5):/.test(s)
    ? s.slice(0, s.indexOf(':') + 13) + '…'
    : s.length > 40
      ? s.slice(0, 39) + '…'
      : s;
}

function changeList(list: readonly { key: string; baseline?: unknown; current?: unknown }[]): string {
  const shown = list.slice(0, 4).map((c) => `${c.key} ${short(c.baseline)} → ${short(c.current)}`);
  return shown.join(', ') + (list.length > 4 ? ` and ${list.length - 4} more` : '');
}
