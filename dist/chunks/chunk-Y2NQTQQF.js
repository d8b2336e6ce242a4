import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  oneOfList
} from "./chunk-SNOHGSQL.js";

// src/messages/cli.ts
var commandSummaries = {
  validate: "validate <files or globs...>            check run manifests against the schema",
  compare: "compare --baseline <dir|glob|ledger> --current <dir|glob> [--policy F] [--format markdown|json|text] [--out F]",
  record: "record --ledger <dir|git:branch> [--commit SHA] <manifests...>  append runs to a ledger",
  report: "report --ledger <dir|git:branch> --out <dir>  build the static report site (or --compare ... for one comparison)",
  verify: "verify --ledger <dir|git:branch>          check the ledger hash chain and every entry",
  capture: "capture --name N [--metrics F...] [--params F...] [--dataset P...] [--artifact P...] [--seed S] [--group G] [--tag k=v...] [--out F] [-- cmd...]",
  import: "import <mlflow|dvc|hf-trainer|lm-eval|wandb> <path> [--out <dir>] [--name N] [--keep-empty]"
};
var cliMessages = {
  help: (version) => [
    `runledger ${version}: experiment tracking that lives in your GitHub repository`,
    "",
    "Usage: runledger <command> [options]",
    "",
    ...Object.values(commandSummaries).map((s) => `  runledger ${s}`),
    "",
    "Exit codes: 0 success, 1 invalid input or failed gate, 2 usage error or unreadable input.",
    "Run `runledger <command> --help` for the options of one command.",
    ""
  ].join("\n"),
  unknownCommand: (cmd) => `runledger: unknown command ${JSON.stringify(cmd)}; commands: ${Object.keys(commandSummaries).join(", ")}`,
  usage: (command, detail) => `runledger ${command}: ${detail}
usage: runledger ${commandSummaries[command] ?? command}`,
  badOption: (command, name, value, allowed) => `runledger ${command}: --${name} ${JSON.stringify(value)} is not allowed; expected ${oneOfList(allowed.map((a) => JSON.stringify(a)))}`,
  internal: (message) => `runledger: internal error: ${message}
This is a bug in runledger; please report it with the command you ran. Set RUNLEDGER_DEBUG=1 for a stack trace.`
};

export {
  commandSummaries,
  cliMessages
};
