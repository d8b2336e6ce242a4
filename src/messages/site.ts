// Every message the report site builder (runledger report) shows a user.
import { plural, writeFailure } from './describe.js';

export const siteMessages = {
  noLedger: () =>
    'runledger report: say what to build from: --ledger <dir|git:branch> (the ledger) or --compare --baseline <...> --current <...> (one comparison)',
  noOut: () => 'runledger report: --out <dir> is required: the directory the site is written to',
  compareWithLedger: () => 'runledger report: use either --ledger (the whole site) or --compare (one report), not both',
  outIsFile: (out: string) =>
    `runledger report: --out ${out} is a file; expected a directory (it is created if missing)`,
  cannotWrite: (out: string, code: string, file?: string) =>
    `runledger report: cannot write the site to ${out}: ${writeFailure(code, file)}`,
  badJobs: (given: string) =>
    `runledger report: --jobs ${given}: expected a whole number of worker threads from 0 (none: render in one thread) to 64`,
  emptyLedger: (label: string) => `runledger report: ${label} has no entries yet: record runs first (runledger record)`,
  noLedgerDir: (given: string, dir: string) =>
    `runledger report: --ledger ${given}: there is no directory ${dir}; expected a ledger directory or git:<branch>`,
  progress: (phase: string, done: number, total: number | undefined) =>
    `\rbuilding site: ${phase} ${done}${total ? `/${total}` : ''}   `,
  summary: (
    out: string,
    s: {
      entries: number;
      entriesRendered: number;
      entriesRead: number;
      metrics: number;
      written: number;
      unchanged: number;
      removed: number;
      chartsRendered: number;
      workers: number;
      ms: number;
    },
  ) =>
    `site: ${out}/index.html · ${plural(s.entries, 'ledger entry', 'ledger entries')} (${s.entriesRendered} rendered, ${s.entriesRead} read), ${plural(s.metrics, 'metric page')}, ${plural(s.written, 'file')} written, ${s.unchanged} unchanged, ${s.removed} removed, ${plural(s.chartsRendered, 'chart')} drawn, ${(s.ms / 1000).toFixed(1)} s${s.workers ? ` on ${plural(s.workers, 'worker thread')}` : ''}`,
  wroteComparison: (file: string, verdict: string) => `report: ${file} (verdict: ${verdict})`,
};
