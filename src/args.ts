import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors.js';
import { cliMessages as msg } from './messages/cli.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with usage errors turned into UserError (exit 2) that name the command. */
export function parseCommandArgs<O extends Options>(
  command: string,
  args: string[],
  options: O,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError(msg.usage(command, (e as Error).message));
  }
}

export function oneOfOption<T extends string>(
  command: string,
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(msg.badOption(command, name, value, allowed));
}
