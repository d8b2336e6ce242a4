import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  oneOfOption,
  parseCommandArgs
} from "./chunk-63MMJX6R.js";
import "./chunk-Y2NQTQQF.js";
import {
  formatProblem,
  manifestMessages,
  readManifests
} from "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/commands/validate.ts
var help = `usage: runledger validate <files, directories or globs...> [--format text|json] [--non-finite error|missing]

Checks run manifests against schemas/run-manifest.schema.json and prints every problem of every file
as file#/json/pointer: message. Exit 0 when all are valid, 1 when any is invalid, 2 for usage errors
or unreadable files.
`;
var run = async (args, io) => {
  const { values, positionals } = parseCommandArgs("validate", args, {
    format: { type: "string" },
    "non-finite": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  const format = oneOfOption("validate", "format", values.format, ["text", "json"], "text");
  const nonFinite = oneOfOption("validate", "non-finite", values["non-finite"], ["error", "missing"], "error");
  if (positionals.length === 0) throw new UserError(manifestMessages.noInputs());
  const result = await readManifests(positionals, { cwd: io.cwd, nonFinite });
  const ids = /* @__PURE__ */ new Map();
  for (const m of result.manifests) {
    const other = ids.get(m.manifest.run.id);
    if (other)
      result.problems.push({ file: m.file, pointer: "/run/id", message: manifestMessages.duplicateRunId(m.manifest.run.id, other) });
    else ids.set(m.manifest.run.id, m.file);
  }
  const invalidFiles = new Set(result.problems.map((p) => p.file)).size;
  const fileCount = Math.max(result.files.length, invalidFiles);
  if (format === "json") {
    io.stdout(
      JSON.stringify(
        { valid: result.problems.length === 0, files: fileCount, invalidFiles, problems: result.problems },
        null,
        2
      ) + "\n"
    );
  } else {
    for (const p of result.problems) io.stdout(formatProblem(p) + "\n");
    io.stdout(manifestMessages.summary(fileCount, invalidFiles, result.problems.length) + "\n");
  }
  if (result.unreadable) return 2;
  return result.problems.length === 0 ? 0 : 1;
};
export {
  run
};
