import { parseCommandArgs } from '../args.js';
import { UserError } from '../errors.js';
import type { Command } from '../io.js';
import { ledgerMessages as msg } from '../messages/ledger.js';
import { gitBranchOf, rebuildIndex, verifyLedger } from '../publish/ledger/index.js';

const help = `usage: runledger verify --ledger <dir|git:branch> [--rebuild-index]

Re-checks the whole ledger: every entry's hash, every link of the hash chain, every manifest against
the schema, the marker and the derived index. Prints the first broken entry and what is wrong with it.

  --rebuild-index   rebuild index.json (derived) from the entries, when the entries are intact
                    (directory ledgers)

Exit 0 intact, 1 tampered or corrupt, 2 usage error or unreadable ledger.
`;

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    'verify',
    args,
    { ledger: { type: 'string' }, 'rebuild-index': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    false,
  );
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  void positionals;
  if (!values.ledger) throw new UserError(msg.noLedger('verify'));
  if (values['rebuild-index']) {
    if (gitBranchOf(values.ledger) !== undefined) throw new UserError(msg.rebuildGit());
    const { rebuilt, report } = await rebuildIndex(values.ledger, { cwd: io.cwd });
    if (!rebuilt) {
      const first = report.problems[0]!;
      io.stderr(
        msg.verifyBroken(`ledger ${values.ledger}`, first.file, first.problem, report.problems.length - 1) + '\n',
      );
      return 1;
    }
    io.stdout(msg.indexRebuilt(`ledger ${values.ledger}`) + '\n');
  }
  const report = await verifyLedger(values.ledger, { cwd: io.cwd, env: io.env });
  if (!report.exists) throw new UserError(msg.noSuchLedger(report.label));
  const first = report.problems[0];
  if (first) {
    io.stderr(msg.verifyBroken(report.label, first.file, first.problem, report.problems.length - 1) + '\n');
    io.stdout(msg.verifyBrokenSummary(report.label, report.problems.length) + '\n');
    return 1;
  }
  io.stdout(msg.verifyOk(report.label, report.entries, report.runs) + '\n');
  return 0;
};
