#!/usr/bin/env node
import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  version
} from "./chunks/chunk-6RLPOZKU.js";
import {
  cliMessages
} from "./chunks/chunk-Y2NQTQQF.js";
import {
  isUserError
} from "./chunks/chunk-FLUUDOMY.js";
import "./chunks/chunk-SNOHGSQL.js";
import "./chunks/chunk-SN3NTARJ.js";

// src/io.ts
function processIo() {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb"
  };
}

// src/cli.ts
var commands = {
  validate: () => import("./chunks/validate-N6VDVUTX.js"),
  compare: () => import("./chunks/compare-DVEMOHBP.js"),
  record: () => import("./chunks/record-RN4D5BHI.js"),
  report: () => import("./chunks/report-RP3MAC44.js"),
  verify: () => import("./chunks/verify-4ENPYLBR.js"),
  capture: () => import("./chunks/capture-6SF2H3PH.js"),
  import: () => import("./chunks/import-ZIFPMWWW.js")
};
async function main(argv) {
  const io = processIo();
  const [name, ...args] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(cliMessages.help(version));
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${version}
`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(cliMessages.unknownCommand(name) + "\n");
    return 2;
  }
  try {
    const { run } = await load();
    return await run(args, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr(e.message + "\n");
      return e.exitCode;
    }
    io.stderr(cliMessages.internal(e?.message ?? String(e)) + "\n");
    if (process.env.RUNLEDGER_DEBUG) io.stderr(String(e?.stack) + "\n");
    return 2;
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(cliMessages.internal(String(e)) + "\n");
    process.exitCode = 2;
  }
);
export {
  main
};
