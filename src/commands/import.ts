// `runledger import <dvc|hf-trainer|lm-eval|mlflow|wandb> <path> [--out dir] [--name N]`
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from '../args.js';
import { UserError } from '../errors.js';
import { FORMATS, importRuns, type ImportFormat } from '../import/index.js';
import type { Command } from '../io.js';
import { commandSummaries } from '../messages/cli.js';
import { importMessages as msg } from '../messages/import.js';

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('import', args, {
    out: { type: 'string' },
    name: { type: 'string' },
    'keep-empty': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(`usage: runledger ${commandSummaries.import}\n`);
    return 0;
  }
  const [format, source, ...extra] = positionals;
  if (!format || !(FORMATS as readonly string[]).includes(format)) throw new UserError(msg.badFormat(format, FORMATS));
  if (!source) throw new UserError(msg.noPath(format));
  if (extra.length) throw new UserError(msg.tooManyPaths(extra));
  if (values.name !== undefined && (values.name.trim() === '' || values.name.length > 200))
    throw new UserError(msg.badName(values.name));
  const { runs, skipped } = await importRuns(
    format as ImportFormat,
    path.resolve(io.cwd, source),
    {
      warn: (w) => io.stderr(msg.warning(w)),
      ...(values.name ? { name: values.name } : {}),
    },
    Boolean(values['keep-empty']),
  );
  if (runs.length === 0) {
    io.stderr(msg.noRuns(format, source) + '\n');
    return 1;
  }
  if (!values.out) {
    if (runs.length > 1) throw new UserError(msg.needOut(runs.length));
    io.stdout(JSON.stringify(runs[0]!.manifest, null, 2) + '\n');
  } else {
    const dir = path.resolve(io.cwd, values.out);
    await mkdir(dir, { recursive: true });
    const used = new Set<string>();
    for (const r of runs) {
      let name = r.fileName;
      for (let i = 2; used.has(name); i++) name = r.fileName.replace(/\.json$/, `-${i}.json`);
      used.add(name);
      await writeFile(path.join(dir, name), JSON.stringify(r.manifest, null, 2) + '\n');
    }
    io.stderr(msg.wrote(runs.length, values.out));
  }
  if (skipped.length) io.stderr(msg.skippedSummary(skipped.length));
  return 0;
};
