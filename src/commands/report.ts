import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from '../args.js';
import { UserError } from '../errors.js';
import type { Command, Io } from '../io.js';
import { siteMessages as msg } from '../messages/site.js';
import { gitBranchOf, openLedger } from '../publish/ledger/index.js';
import { buildSite, writeComparisonSite } from '../render/site/index.js';
import { comparisonOptions, runComparison, type ComparisonValues } from './comparison.js';
import { version } from '../version.js';

const help = `usage: runledger report --ledger <dir|git:branch> --out <dir>
       runledger report --compare --baseline <dir|glob|ledger> --current <dir|glob> [--policy F] --out <dir>

Builds the static report site: plain HTML with inline SVG charts that works from file:// and GitHub
Pages with JavaScript off. With --ledger: an overview, one page per run name and metric (history, change
points, values, CSV/JSON downloads), one page per recorded run (provenance, how to reproduce it) and one
per recorded commit (its verdict against the commit recorded before it). Rebuilding into the same
directory rewrites only what changed. With --compare: the full report of one comparison (index.html and
report.json), the page a PR comment links to.

Options:
  --ledger L         a ledger directory (holding ledger.json) or git:<branch> on origin
  --out D            the directory to write (created if missing)
  --compare          write one comparison's report instead of the whole site
  --baseline B, --current C, --policy F, --commit SHA, --baseline-commit SHA, --non-finite M
                     as for runledger compare
  --built-at         print the build time in the footer (off by default: rebuilds stay byte-identical)
  --jobs N           worker threads rendering pages (default: one per core when the site is big enough
                     to pay for them; 0: none); the site is the same byte for byte either way

Exit 0 when the site is written (--compare: 0 when the verdict passes, 1 when a gate fails), 2 for usage
errors and unreadable input.
`;

async function checkOut(out: string, shown: string) {
  const s = await stat(out).catch(() => undefined);
  if (s && !s.isDirectory()) throw new UserError(msg.outIsFile(shown));
}

async function comparison(
  values: ComparisonValues & { 'built-at'?: boolean; out?: string },
  out: string,
  io: Io,
): Promise<number> {
  const report = await runComparison('report --compare', values, io);
  await writeComparisonSite(report, {
    out,
    source: `${values.baseline} → ${values.current}`,
    version,
    ...(values['built-at'] ? { builtAt: new Date().toISOString() } : {}),
  });
  io.stdout(msg.wroteComparison(path.join(String(values.out), 'index.html'), report.headline ?? report.verdict) + '\n');
  return report.verdict === 'pass' ? 0 : 1;
}

export const run: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    'report',
    args,
    {
      ledger: { type: 'string' },
      out: { type: 'string' },
      compare: { type: 'boolean' },
      ...comparisonOptions,
      'built-at': { type: 'boolean' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  if (values.compare && values.ledger) throw new UserError(msg.compareWithLedger());
  if (!values.compare && !values.ledger) throw new UserError(msg.noLedger());
  if (!values.out) throw new UserError(msg.noOut());
  const out = path.resolve(io.cwd, values.out);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64 && /^\d+$/.test(values.jobs!)))
    throw new UserError(msg.badJobs(values.jobs!));
  await checkOut(out, values.out);
  if (values.compare) return comparison(values, out, io);

  const started = Date.now();
  const ledger = await openLedger(values.ledger!, { cwd: io.cwd, env: io.env });
  try {
    // streamed in batches, never the whole ledger at once; a rebuild reads only the new entries
    const all = await ledger.stream(0);
    if (!all.count) {
      // a directory that is not there reads as an empty ledger (record creates it): say which it is
      const dir = path.resolve(io.cwd, values.ledger!);
      const missing = gitBranchOf(values.ledger!) === undefined && !(await stat(dir).catch(() => undefined));
      throw new UserError(missing ? msg.noLedgerDir(values.ledger!, dir) : msg.emptyLedger(ledger.label));
    }
    let shown = false;
    const source = { from: async (seq: number) => (seq === 0 ? all.entries : (await ledger.stream(seq)).entries) };
    const summary = await buildSite(source, {
      out,
      source: ledger.label,
      version,
      total: all.count,
      ...(jobs !== undefined ? { jobs } : {}),
      ...(values['built-at'] ? { builtAt: new Date().toISOString() } : {}),
      ...(io.isTTY
        ? {
            onProgress: (phase: string, done: number, total: number | undefined) => {
              shown = true;
              io.stderr(msg.progress(phase, done, total));
            },
          }
        : {}),
    });
    if (shown) io.stderr('\r\x1b[2K');
    io.stdout(msg.summary(values.out, { ...summary, ms: Date.now() - started }) + '\n');
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'ENOSPC' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EISDIR')
      throw new UserError(msg.cannotWrite(values.out, code, (e as NodeJS.ErrnoException).path));
    throw e;
  } finally {
    await ledger.close();
  }
};
