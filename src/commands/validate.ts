import { parseCommandArgs, oneOfOption } from '../args.js';
import { UserError } from '../errors.js';
import type { Command } from '../io.js';
import { readManifests, formatProblem } from '../manifest/index.js';
import { manifestMessages as msg } from '../messages/manifest.js';

const help = `usage: runledger validate <files, directories or globs...> [--format text|json] [--non-finite error|missing]

Checks run manifests against schemas/run-manifest.schema.json and prints every problem of every file
as file#/json/pointer: message. Exit 0 when all are valid, 1 when any is invalid, 2 for usage errors
or unreadable files.
`;

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('validate', args, {
    format: { type: 'string' },
    'non-finite': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  const format = oneOfOption('validate', 'format', values.format, ['text', 'json'] as const, 'text');
  const nonFinite = oneOfOption('validate', 'non-finite', values['non-finite'], ['error', 'missing'] as const, 'error');
  if (positionals.length === 0) throw new UserError(msg.noInputs());

  const result = await readManifests(positionals, { cwd: io.cwd, nonFinite });
  // a run id used by two files is a problem too: the ledger keys runs by id
  const ids = new Map<string, string>();
  for (const m of result.manifests) {
    const other = ids.get(m.manifest.run.id);
    if (other)
      result.problems.push({ file: m.file, pointer: '/run/id', message: msg.duplicateRunId(m.manifest.run.id, other) });
    else ids.set(m.manifest.run.id, m.file);
  }
  const invalidFiles = new Set(result.problems.map((p) => p.file)).size;
  const fileCount = Math.max(result.files.length, invalidFiles);
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        { valid: result.problems.length === 0, files: fileCount, invalidFiles, problems: result.problems },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const p of result.problems) io.stdout(formatProblem(p) + '\n');
    io.stdout(msg.summary(fileCount, invalidFiles, result.problems.length) + '\n');
  }
  if (result.unreadable) return 2;
  return result.problems.length === 0 ? 0 : 1;
};
