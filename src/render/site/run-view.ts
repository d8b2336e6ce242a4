// One recorded run (a manifest) as the run page's context: provenance in full and the reproduce block.
import type { RunManifest } from '../../manifest/manifest.gen.js';
import { metricsOf } from '../../manifest/metric.js';
import { safeHref } from './escape.js';
import { flatten, jsonText, num, when } from './format.js';

const MAX_CASES = 500;

/** POSIX shell quoting, so the command reads exactly as it would be typed. */
export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function reproduceText(m: RunManifest): string {
  const lines: string[] = [];
  const code = m.code;
  if (code?.repository) {
    const repo = /^[\w.-]+\/[\w.-]+$/.test(code.repository) ? `https://github.com/${code.repository}` : code.repository;
    lines.push(`git clone ${shellQuote(repo)} repo && cd repo`);
  }
  if (code?.commit) lines.push(`git checkout ${shellQuote(code.commit)}`);
  else lines.push('# no code commit was recorded: the exact code is unknown');
  if (code?.dirty)
    lines.push('# the working tree was dirty when this ran' + (code.diffDigest ? ` (diff ${code.diffDigest})` : ''));
  const ds = m.datasets ?? [];
  if (ds.length) {
    lines.push('# data: check these digests before running');
    for (const d of ds) lines.push(`#   ${d.name}${d.uri ? `  ${d.uri}` : ''}  ${d.digest ?? '(no digest recorded)'}`);
  }
  const env = m.environment;
  if (env?.container?.image)
    lines.push(`# container: ${env.container.image}${env.container.digest ? `@${env.container.digest}` : ''}`);
  if (env?.python) lines.push(`# python ${env.python}${env.lockfileDigest ? `, lockfile ${env.lockfileDigest}` : ''}`);
  if (m.run.command?.length) lines.push(m.run.command.map(shellQuote).join(' '));
  else lines.push('# no command was recorded');
  return lines.join('\n');
}

export interface RunLinks {
  /** the run name's page (it links every metric's history) */
  runName: string;
}

/** Which provenance sections all runs of an entry share (shown once, above the runs). */
export interface Shared {
  code: boolean;
  params: boolean;
  datasets: boolean;
  environment: boolean;
}

export function sharedProvenance(runs: readonly RunManifest[]): Shared & { any: boolean } {
  const same = (f: (m: RunManifest) => unknown) => {
    if (runs.length < 2) return false;
    const first = JSON.stringify(f(runs[0]!) ?? null);
    return runs.every((m) => JSON.stringify(f(m) ?? null) === first);
  };
  const s = {
    code: same((m) => m.code),
    params: same((m) => m.params),
    datasets: same((m) => m.datasets),
    environment: same((m) => m.environment),
  };
  return { ...s, any: s.code || s.params || s.datasets || s.environment };
}

export function runView(m: RunManifest, anchor: string, links: RunLinks, shared?: Shared) {
  const r = m.run;
  // id and name are in the section's heading
  const runRows = [
    ...(r.group ? [{ key: 'group', value: r.group }] : []),
    ...(r.status ? [{ key: 'status', value: r.status }] : []),
    ...(r.seed !== undefined ? [{ key: 'seed', value: String(r.seed) }] : []),
    ...(r.replica !== undefined ? [{ key: 'replica', value: String(r.replica) }] : []),
    ...(r.startedAt ? [{ key: 'started', value: when(r.startedAt) }] : []),
    ...(r.endedAt ? [{ key: 'ended', value: when(r.endedAt) }] : []),
    ...(r.command?.length ? [{ key: 'command', value: r.command.map(shellQuote).join(' '), code: true }] : []),
    ...(r.tags && Object.keys(r.tags).length ? flatten(r.tags, 'tags') : []),
    ...(r.notes ? [{ key: 'notes', value: r.notes, pre: true }] : []),
  ];
  const c = m.code;
  const codeRows = c
    ? [
        ...(c.repository ? [{ key: 'repository', value: c.repository }] : []),
        ...(c.commit ? [{ key: 'commit', value: c.commit, code: true }] : []),
        ...(c.branch ? [{ key: 'branch', value: c.branch }] : []),
        ...(c.dirty !== undefined ? [{ key: 'dirty tree', value: c.dirty ? 'yes' : 'no' }] : []),
        ...(c.diffDigest ? [{ key: 'diff digest', value: c.diffDigest, code: true }] : []),
      ]
    : [];
  const metrics = [...metricsOf(m)].map(([name, o]) => ({
    name,
    value: num(o.value),
    goal: o.goal ?? '',
    unit: o.unit ?? '',
    samples: o.samples?.length ? String(o.samples.length) : '',
  }));
  const allCases = m.cases ?? [];
  const cases = allCases.slice(0, MAX_CASES).map((k) => ({
    id: k.id,
    outcome: k.outcome ?? '',
    tone: k.outcome === 'pass' ? 'good' : k.outcome === 'fail' || k.outcome === 'error' ? 'bad' : '',
    score: k.score === undefined ? '' : num(k.score),
    metrics: k.metrics
      ? Object.entries(k.metrics)
          .map(([a, b]) => `${a}=${jsonText(b)}`)
          .join(', ')
      : '',
  }));
  const passed = allCases.filter((k) => k.outcome === 'pass').length;
  return {
    id: r.id,
    name: r.name,
    anchor,
    shared,
    runNameHref: links.runName,
    cols: {
      unit: metrics.some((x) => x.unit),
      samples: metrics.some((x) => x.samples),
    },
    reproduce: reproduceText(m),
    runRows,
    codeRows,
    metrics,
    params: flatten(m.params ?? {}),
    datasets: (m.datasets ?? []).map((d) => ({
      name: d.name,
      uri: d.uri ?? '',
      href: safeHref(d.uri),
      digest: d.digest ?? '',
      version: d.version ?? '',
      split: d.split ?? '',
      records: d.records === undefined ? '' : num(d.records),
      bytes: d.bytes === undefined ? '' : num(d.bytes),
    })),
    environment: flatten(m.environment ?? {}),
    artifacts: (m.artifacts ?? []).map((a) => ({
      name: a.name,
      kind: a.kind ?? '',
      uri: a.uri ?? '',
      href: safeHref(a.uri),
      digest: a.digest ?? '',
      bytes: a.bytes === undefined ? '' : num(a.bytes),
    })),
    cases,
    caseCount: allCases.length,
    casesClipped: allCases.length > cases.length,
    caseSummary: allCases.length ? `${passed} of ${allCases.length} cases passed.` : '',
  };
}
