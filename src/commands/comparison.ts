// The input side of a comparison, shared by `runledger compare` and `runledger report --compare`:
// the policy, the baseline (manifests, or a ledger at a commit with its history) and the current runs.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { oneOfOption } from '../args.js';
import { compare, loadPolicy, type Policy } from '../compare/index.js';
import type { VerdictReport } from '../compare/verdict.gen.js';
import { UserError } from '../errors.js';
import type { Io } from '../io.js';
import { formatProblem, readManifests, type RunManifest } from '../manifest/index.js';
import { compareMessages as msg } from '../messages/compare.js';
import type { BaselineResolution } from '../publish/ledger/types.js';

/** parseArgs options of a comparison's input, for the commands that take one. */
export const comparisonOptions = {
  baseline: { type: 'string' },
  current: { type: 'string' },
  policy: { type: 'string' },
  commit: { type: 'string' },
  'baseline-commit': { type: 'string' },
  'non-finite': { type: 'string' },
} as const;

export interface ComparisonValues {
  baseline?: string | undefined;
  current?: string | undefined;
  policy?: string | undefined;
  commit?: string | undefined;
  'baseline-commit'?: string | undefined;
  'non-finite'?: string | undefined;
}

/** A ledger by its shape, without loading the ledger module: git:<branch>, or a directory holding ledger.json. */
async function looksLikeLedger(arg: string, cwd: string): Promise<boolean> {
  if (arg.startsWith('git:')) return true;
  return (await stat(path.join(path.resolve(cwd, arg), 'ledger.json')).catch(() => undefined))?.isFile() ?? false;
}

interface Side {
  runs: RunManifest[];
  nonFinite: Record<string, string[]>;
  commit?: string | null;
  source: string;
  history?: BaselineResolution['history'];
}

async function readSide(
  command: string,
  which: 'baseline' | 'current',
  arg: string,
  io: Io,
  nonFinite: 'error' | 'missing',
): Promise<Side> {
  const result = await readManifests([arg], { cwd: io.cwd, nonFinite });
  if (result.problems.length > 0) {
    const lines = result.problems.map((p) => '  ' + formatProblem(p));
    throw new UserError([msg.inputInvalid(command, which, result.problems.length), ...lines].join('\n'));
  }
  if (result.manifests.length === 0) throw new UserError(msg.noRuns(command, which, arg));
  const nf: Record<string, string[]> = {};
  for (const m of result.manifests) if (m.missing.length) nf[m.manifest.run.id] = m.missing;
  return { runs: result.manifests.map((m) => m.manifest), nonFinite: nf, source: arg };
}

async function readBaseline(
  command: string,
  arg: string,
  io: Io,
  nonFinite: 'error' | 'missing',
  commit: string | undefined,
  mode: Policy['baseline'],
): Promise<Side> {
  // the ledger reader is loaded only when a ledger is named
  const mod = (await looksLikeLedger(arg, io.cwd)) ? await import('../publish/ledger/index.js') : undefined;
  if (mod && (await mod.isLedgerLocation(arg, io.cwd))) {
    if (mode === 'champion') throw new UserError(msg.championUnsupported(command, arg));
    // latest: the newest recorded runs, whatever the merge-base
    const at = mode === 'merge-base' ? commit : undefined;
    const r = await mod.resolveBaseline({ location: arg, cwd: io.cwd, ...(at ? { commit: at } : {}) });
    // an empty ledger (the first PR) is a baseline without runs: every current run is new
    return { runs: r.runs, nonFinite: {}, commit: r.commit, source: r.source, history: r.history };
  }
  return readSide(command, 'baseline', arg, io, nonFinite);
}

/** Reads the policy and both sides as the options say, and compares them. */
export async function runComparison(command: string, values: ComparisonValues, io: Io): Promise<VerdictReport> {
  if (!values.baseline) throw new UserError(msg.noBaseline(command));
  if (!values.current) throw new UserError(msg.noCurrent(command));
  const policy = await loadPolicy(values.policy, io.cwd);
  const nonFinite = oneOfOption(
    command,
    'non-finite',
    values['non-finite'],
    ['error', 'missing'] as const,
    policy.nonFinite,
  );
  const baseline = await readBaseline(
    command,
    values.baseline,
    io,
    nonFinite,
    values['baseline-commit'],
    policy.baseline,
  );
  const current = await readSide(command, 'current', values.current, io, nonFinite);
  return compare({
    baseline: baseline.runs,
    current: current.runs,
    policy,
    ...(baseline.history ? { history: baseline.history } : {}),
    baselineInfo: { source: baseline.source, ...(baseline.commit !== undefined ? { commit: baseline.commit } : {}) },
    currentSource: current.source,
    ...(values.commit ? { commitUnderTest: values.commit } : {}),
    nonFinite: { ...baseline.nonFinite, ...current.nonFinite },
  });
}
