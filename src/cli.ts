#!/usr/bin/env node
// The command-line edge: picks the command, runs it, prints user errors without a stack trace, exits.
// Commands are loaded lazily so that `validate` does not pay for the site renderer's start-up.
import { isUserError } from './errors.js';
import { processIo, type Command } from './io.js';
import { cliMessages as msg } from './messages/cli.js';
import { version } from './version.js';

const commands: Record<string, () => Promise<{ run: Command }>> = {
  validate: () => import('./commands/validate.js'),
  compare: () => import('./commands/compare.js'),
  record: () => import('./commands/record.js'),
  report: () => import('./commands/report.js'),
  verify: () => import('./commands/verify.js'),
  capture: () => import('./commands/capture.js'),
  import: () => import('./commands/import.js'),
};

export async function main(argv: string[]): Promise<number> {
  const io = processIo();
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(msg.help(version));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(msg.unknownCommand(name) + '\n');
    return 2;
  }
  try {
    const { run } = await load();
    return await run(args, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr(e.message + '\n');
      return e.exitCode;
    }
    io.stderr(msg.internal((e as Error)?.message ?? String(e)) + '\n');
    if (process.env.RUNLEDGER_DEBUG) io.stderr(String((e as Error)?.stack) + '\n');
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(msg.internal(String(e)) + '\n');
    process.exitCode = 2;
  },
);
