// The GitHub Action edge: reads the inputs once, runs the flow for the event, turns user errors into a
// failed step with a clear message (no stack trace), and sets the exit code. Nothing else exits.
import * as core from '@actions/core';
import { isUserError } from './errors.js';
import { actionMessages as msg } from './messages/action.js';
import { runAction } from './publish/github/run.js';
import { readSettings } from './settings/index.js';

export async function main(): Promise<number> {
  try {
    return await runAction(readSettings(process.env));
  } catch (e) {
    if (isUserError(e)) {
      core.setFailed(e.message);
      return e.exitCode;
    }
    core.setFailed(msg.internal((e as Error)?.message ?? String(e)));
    if (process.env.RUNLEDGER_DEBUG) process.stderr.write(String((e as Error)?.stack) + '\n');
    return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(msg.internal(String(e)) + '\n');
    process.exitCode = 2;
  },
);
