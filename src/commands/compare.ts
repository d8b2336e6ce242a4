import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { oneOfOption, parseCommandArgs } from '../args.js';
import { UserError } from '../errors.js';
import type { Command } from '../io.js';
import { compareMessages as msg } from '../messages/compare.js';
import { renderJson, renderMarkdown, renderText } from '../render/comment/index.js';
import { comparisonOptions, runComparison } from './comparison.js';

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

export const run: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    'compare',
    args,
    {
      ...comparisonOptions,
      format: { type: 'string' },
      out: { type: 'string' },
      'report-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  const inferred = values.out?.endsWith('.md') ? 'markdown' : values.out?.endsWith('.json') ? 'json' : 'text';
  const format = oneOfOption('compare', 'format', values.format, ['markdown', 'json', 'text'] as const, inferred);
  const report = await runComparison('compare', values, io);

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
