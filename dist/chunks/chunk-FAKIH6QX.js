import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);

// src/messages/describe.ts
function describeValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  switch (typeof v) {
    case "string":
      return `the string ${JSON.stringify(v.length > 60 ? v.slice(0, 57) + "..." : v)}`;
    case "number":
      return `the number ${v}`;
    case "boolean":
      return `${v}`;
    case "object":
      return "an object";
    default:
      return String(typeof v);
  }
}
function oneOfList(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function plural(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}

// src/messages/cli.ts
var commandSummaries = {
  validate: "validate <files or globs...>            check run manifests against the schema",
  compare: "compare --baseline <dir|glob|ledger> --current <dir|glob> [--policy F] [--format markdown|json|text] [--out F]",
  record: "record --ledger <dir> <manifests...>     append runs to a ledger",
  report: "report --ledger <dir> --out <dir>         build the static report site",
  verify: "verify --ledger <dir>                     check the ledger hash chain and every entry",
  capture: "capture --name N [--metrics F...] [--params F...] [--dataset P...] [--artifact P...] [-- cmd...]",
  import: "import <mlflow|dvc|hf-trainer|lm-eval|wandb> <path> [--out <dir>]"
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
  describeValue,
  oneOfList,
  plural,
  cliMessages
};
