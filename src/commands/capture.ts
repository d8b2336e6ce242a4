// `runledger capture --name N [--metrics F...] [--params F...] [--dataset P...] [--artifact P...]
//  [--seed S] [--group G] [--tag k=v...] [--out F] [-- command...]`
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from '../args.js';
import { captureManifest } from '../capture/index.js';
import { progressBar } from '../capture/progress.js';
import { UserError } from '../errors.js';
import type { Command } from '../io.js';
import { captureMessages as msg } from '../messages/capture.js';
import { commandSummaries } from '../messages/cli.js';

export const run: Command = async (args, io) => {
  const dash = args.indexOf('--');
  const own = dash === -1 ? args : args.slice(0, dash);
  const command = dash === -1 ? undefined : args.slice(dash + 1);
  const { values } = parseCommandArgs(
    'capture',
    own,
    {
      name: { type: 'string' },
      metrics: { type: 'string', multiple: true },
      params: { type: 'string', multiple: true },
      dataset: { type: 'string', multiple: true },
      artifact: { type: 'string', multiple: true },
      seed: { type: 'string' },
      group: { type: 'string' },
      tag: { type: 'string', multiple: true },
      out: { type: 'string' },
      'no-python': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help) {
    io.stdout(`usage: runledger ${commandSummaries.capture}\n`);
    return 0;
  }
  if (!values.name) throw new UserError(msg.noName());
  if (command && command.length === 0) throw new UserError(msg.noCommand());
  let seed: number | undefined;
  if (values.seed !== undefined) {
    seed = Number(values.seed);
    if (!/^-?\d+$/.test(values.seed.trim()) || !Number.isSafeInteger(seed))
      throw new UserError(msg.badSeed(values.seed));
  }
  const tags: Record<string, string> = {};
  for (const t of values.tag ?? []) {
    const i = t.indexOf('=');
    if (i <= 0) throw new UserError(msg.badTag(t));
    tags[t.slice(0, i)] = t.slice(i + 1);
  }
  const showProgress = io.isTTY && Boolean(process.stderr.isTTY);
  const warn = (text: string) => io.stderr(msg.warning(text));
  const { manifest, exitCode } = await captureManifest({
    name: values.name,
    cwd: io.cwd,
    env: io.env,
    metrics: values.metrics ?? [],
    params: values.params ?? [],
    datasets: values.dataset ?? [],
    artifacts: values.artifact ?? [],
    ...(seed !== undefined ? { seed } : {}),
    ...(values.group ? { group: values.group } : {}),
    tags,
    ...(command ? { command } : {}),
    python: !values['no-python'],
    ...(showProgress ? { progress: (label: string) => progressBar(io.stderr, `digest ${label}`) } : {}),
    warn,
  });
  const text = JSON.stringify(manifest, null, 2) + '\n';
  if (values.out) {
    const file = path.resolve(io.cwd, values.out);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    io.stderr(msg.wrote(values.out));
  } else io.stdout(text);
  return exitCode;
};
