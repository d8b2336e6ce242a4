// compare(): baseline runs + current runs + policy (+ history) -> VerdictReport. Pure: data in, data out.
import { compareMessages as msg } from '../messages/compare.js';
import { compareCases } from './cases.js';
import {
  changeFindings,
  determinismFindings,
  nonFiniteFindings,
  provenanceFindings,
  statusFindings,
} from './findings.js';
import { diffRuns } from './changes.js';
import type { CompareInput } from './input.js';
import { byVerdict, draftMetric, familyPValues, finishMetric, type Family, type MetricDraft } from './metric.js';
import { consensus, pairRuns, type RunPair } from './pair.js';
import { defaultPolicy, settingsFor } from './policy.js';
import type { MetricSettings, Policy } from './policy-types.js';
import { benjaminiHochberg } from './stats.js';
import { caseMetrics, runMetrics } from './values.js';
import type { Counts, Gate, RunReport, VerdictReport } from './verdict.gen.js';

function draftsOf(
  pair: RunPair,
  settings: (name: string) => MetricSettings,
  history: CompareInput['history'],
): MetricDraft[] {
  const drafts: MetricDraft[] = [];
  const sides = [
    [runMetrics(pair.baseline), runMetrics(pair.current)],
    [caseMetrics(pair.baseline), caseMetrics(pair.current)],
  ] as const;
  for (const [b, c] of sides) {
    const names = [...b.keys(), ...[...c.keys()].filter((k) => !b.has(k))];
    for (const name of names)
      drafts.push(draftMetric(name, b.get(name), c.get(name), settings(name), history?.[pair.name]?.[name]));
  }
  return drafts;
}

/**
 * Adjusted p-values: one Benjamini-Hochberg correction over all metrics of the comparison for each
 * question (worse, better, changed), so that the chance of any false regression stays at alpha.
 * Returns each draft's q-values, in the drafts' order.
 */
function correct(drafts: readonly MetricDraft[]): Partial<Record<Family, number>>[] {
  const out = drafts.map((): Partial<Record<Family, number>> => ({}));
  const families = drafts.map(familyPValues);
  for (const family of ['worse', 'better', 'change'] as const) {
    const members: number[] = [];
    const ps: number[] = [];
    families.forEach((f, i) => {
      const p = f[family];
      if (p !== undefined) {
        members.push(i);
        ps.push(p);
      }
    });
    if (!members.length) continue;
    const q = benjaminiHochberg(ps);
    members.forEach((i, k) => (out[i]![family] = q[k]!));
  }
  return out;
}

function emptyCounts(): Counts {
  return { regressed: 0, improved: 0, unchanged: 0, changed: 0, inconclusive: 0, new: 0, missing: 0 };
}

function runRank(r: RunReport): number {
  if (r.metrics.some((m) => m.verdict === 'regressed')) return 0;
  if (r.status === 'missing' || r.metrics.some((m) => m.verdict === 'missing')) return 1;
  if (r.findings.some((f) => f.severity === 'error')) return 2;
  if (r.metrics.some((m) => m.verdict === 'improved' || m.verdict === 'inconclusive')) return 3;
  return 4;
}

export function compare(input: CompareInput): VerdictReport {
  const policy = input.policy ?? defaultPolicy();
  const pairs = pairRuns(input.baseline, input.current);
  const commitUnderTest = input.commitUnderTest ?? consensus(input.current.map((m) => m.code?.commit)) ?? null;
  const baselineCommit =
    input.baselineInfo?.commit !== undefined
      ? input.baselineInfo.commit
      : (consensus(input.baseline.map((m) => m.code?.commit)) ?? null);

  // 1. every metric of every run, tested; 2. Benjamini-Hochberg across all metrics, per question
  // metric names repeat across runs: match each against the policy once
  const cache = new Map<string, MetricSettings>();
  const settings = (name: string) => {
    let s = cache.get(name);
    if (!s) cache.set(name, (s = settingsFor(policy, name)));
    return s;
  };
  const drafts = pairs.map((p) => draftsOf(p, settings, input.history));
  const q = correct(drafts.flat());

  const counts = emptyCounts();
  let at = 0;
  const runs: RunReport[] = pairs.map((pair, i) => {
    const metrics = drafts[i]!.map((d) => finishMetric(d, q[at++]!, policy.alpha, input.explainUnchanged)).sort(
      byVerdict,
    );
    for (const m of metrics) counts[m.verdict]++;
    const status = pair.baseline.length === 0 ? 'new' : pair.current.length === 0 ? 'missing' : 'compared';
    const changes = diffRuns(pair.baseline, pair.current);
    const findings = [
      ...provenanceFindings(pair.current, policy, commitUnderTest),
      ...determinismFindings(pair.current, policy),
      ...statusFindings(pair.current),
      ...nonFiniteFindings(pair.current, input.nonFinite),
      ...changeFindings(changes),
    ];
    const cases = compareCases(pair.baseline, pair.current);
    const group = pair.current[0]?.run.group ?? pair.baseline[0]?.run.group;
    return {
      name: pair.name,
      status,
      ...(group ? { group } : {}),
      replicas: { baseline: pair.baseline.length, current: pair.current.length },
      runIds: { baseline: pair.baseline.map((m) => m.run.id), current: pair.current.map((m) => m.run.id) },
      metrics,
      ...(cases ? { cases } : {}),
      findings,
      changes,
    };
  });
  runs.sort((a, b) => runRank(a) - runRank(b));

  const gates = evaluateGates(runs, policy);
  const verdict = gates.some((g) => g.failed) ? 'fail' : 'pass';
  return {
    schemaVersion: 1,
    verdict,
    headline: msg.headline(verdict, counts, runs, gates),
    gates,
    baseline: {
      commit: baselineCommit,
      source: input.baselineInfo?.source ?? 'baseline manifests',
      runs: input.baseline.length,
    },
    current: {
      commit: commitUnderTest,
      ...(input.currentSource ? { source: input.currentSource } : {}),
      runs: input.current.length,
    },
    policy: {
      file: policy.file,
      baseline: policy.baseline,
      alpha: policy.alpha,
      threshold: policy.threshold.text,
      failOn: policy.failOn,
      require: policy.require,
      tolerance: policy.tolerance,
    },
    counts,
    runs,
  };
}

function evaluateGates(runs: readonly RunReport[], policy: Policy): Gate[] {
  const regressed = runs.flatMap((r) => r.metrics.filter((m) => m.verdict === 'regressed' && m.gating));
  const missingRuns = runs.filter((r) => r.status === 'missing');
  const missingMetrics = runs
    .filter((r) => r.status === 'compared')
    .flatMap((r) => r.metrics.filter((m) => m.verdict === 'missing' && m.gating));
  const findings = runs.flatMap((r) => r.findings);
  const counts: Record<Gate['kind'], number> = {
    regression: regressed.length,
    missing: missingRuns.length + missingMetrics.length,
    irreproducible: findings.filter((f) => f.kind === 'determinism').length,
    provenance: findings.filter((f) => f.kind === 'provenance').length,
  };
  return (['regression', 'missing', 'irreproducible', 'provenance'] as const).map((kind) => {
    const enabled = policy.failOn.includes(kind);
    const count = counts[kind];
    return { kind, failed: enabled && count > 0, count, message: msg.gate(kind, count, enabled, missingRuns.length) };
  });
}
