import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  cliMessages
} from "./chunk-Y2NQTQQF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";

// src/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, args, options, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError(cliMessages.usage(command, e.message));
  }
}
function oneOfOption(command, name, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UserError(cliMessages.badOption(command, name, value, allowed));
}

export {
  parseCommandArgs,
  oneOfOption
};
