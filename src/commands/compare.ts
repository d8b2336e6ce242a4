import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { oneOfOption, parseCommandArgs } from '../args.js';
import { compare, loadPolicy, type Policy } from '../compare/index.js';
import { UserError } from '../errors.js';
import type { Command, Io } from '../io.js';
import { formatProblem, readManifests, type RunManifest } from '../manifest/index.js';
import { compareMessages as msg } from '../messages/compare.js';
import type { BaselineResolution } from '../publish/ledger/types.js';
import { renderJson, renderMarkdown, renderText } from '../render/comment/index.js';

const help = `usage: runledger compare --baseline <dir|glob|ledger> --current <dir|glob> [options]

Compares the current runs with the baseline runs (paired by run.name; several manifests of one name are
replicas) and prints the verdict. The baseline is a directory or glob of manifests, or a ledger: a
directory holding ledger.json, or git:<branch>.

Options:
  --policy F               policy file (default: runledger.yml in the current directory, if present)
  --format F               text (default), markdown (the PR comment) or json (schemas/verdict.schema.json)
  --out F                  write the report to F instead of stdout (format from .md/.json when not given)
  --commit SHA             the commit under test (for the commit-match reproducibility check)
  --baseline-commit SHA    with a ledger baseline: the merge-base to compare against (default: newest entry)
  --non-finite error|missing   how NaN/Infinity in manifests are read (default: the policy's non-finite)
  --report-url URL         link to the full report in the markdown comment

Exit 0 when every gate passes, 1 when a gate fails, 2 for usage errors and unreadable or invalid input.
`;

/** A ledger by its shape, without the ledger module: git:<branch>, or a directory holding ledger.json. */
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
  which: 'baseline' | 'current',
  arg: string,
  io: Io,
  nonFinite: 'error' | 'missing',
): Promise<Side> {
  const result = await readManifests([arg], { cwd: io.cwd, nonFinite });
  if (result.problems.length > 0) {
    const lines = result.problems.map((p) => '  ' + formatProblem(p));
    throw new UserError([msg.inputInvalid(which, result.problems.length), ...lines].join('\n'));
  }
  if (result.manifests.length === 0) throw new UserError(msg.noRuns(which, arg));
  const nf: Record<string, string[]> = {};
  for (const m of result.manifests) if (m.missing.length) nf[m.manifest.run.id] = m.missing;
  return { runs: result.manifests.map((m) => m.manifest), nonFinite: nf, source: arg };
}

async function readBaseline(
  arg: string,
  io: Io,
  nonFinite: 'error' | 'missing',
  commit: string | undefined,
  mode: Policy['baseline'],
): Promise<Side> {
  // the ledger reader is loaded only when a ledger is named
  const mod = (await looksLikeLedger(arg, io.cwd)) ? await import('../publish/ledger/index.js') : undefined;
  if (mod && (await mod.isLedgerLocation(arg, io.cwd))) {
    if (mode === 'champion') throw new UserError(msg.championUnsupported(arg));
    // latest: the newest recorded runs, whatever the merge-base
    const at = mode === 'merge-base' ? commit : undefined;
    const r = await mod.resolveBaseline({ location: arg, cwd: io.cwd, ...(at ? { commit: at } : {}) });
    // an empty ledger (the first PR) is a baseline without runs: every current run is new
    return { runs: r.runs, nonFinite: {}, commit: r.commit, source: r.source, history: r.history };
  }
  return readSide('baseline', arg, io, nonFinite);
}

export const run: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    'compare',
    args,
    {
      baseline: { type: 'string' },
      current: { type: 'string' },
      policy: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      commit: { type: 'string' },
      'baseline-commit': { type: 'string' },
      'non-finite': { type: 'string' },
      'report-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  if (!values.baseline) throw new UserError(msg.noBaseline());
  if (!values.current) throw new UserError(msg.noCurrent());
  const inferred = values.out?.endsWith('.md') ? 'markdown' : values.out?.endsWith('.json') ? 'json' : 'text';
  const format = oneOfOption('compare', 'format', values.format, ['markdown', 'json', 'text'] as const, inferred);
  const policy = await loadPolicy(values.policy, io.cwd);
  const nonFinite = oneOfOption(
    'compare',
    'non-finite',
    values['non-finite'],
    ['error', 'missing'] as const,
    policy.nonFinite,
  );

  const baseline = await readBaseline(values.baseline, io, nonFinite, values['baseline-commit'], policy.baseline);
  const current = await readSide('current', values.current, io, nonFinite);
  const report = compare({
    baseline: baseline.runs,
    current: current.runs,
    policy,
    ...(baseline.history ? { history: baseline.history } : {}),
    baselineInfo: { source: baseline.source, ...(baseline.commit !== undefined ? { commit: baseline.commit } : {}) },
    currentSource: current.source,
    ...(values.commit ? { commitUnderTest: values.commit } : {}),
    nonFinite: { ...baseline.nonFinite, ...current.nonFinite },
  });

  const color = format === 'text' && !values.out && io.isTTY;
  const text =
    format === 'json'
      ? renderJson(report)
      : format === 'markdown'
        ? renderMarkdown(report, values['report-url'] ? { reportUrl: values['report-url'] } : {})
        : renderText(report, { color });
  if (values.out) {
    const file = path.resolve(io.cwd, values.out);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    } catch (e) {
      throw new UserError(msg.cannotWrite(values.out, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    io.stdout(msg.wroteReport(values.out, report.headline ?? report.verdict));
  } else {
    io.stdout(text);
  }
  return report.verdict === 'pass' ? 0 : 1;
};
