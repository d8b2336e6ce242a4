// Runs the wrapped job with the terminal's stdin/stdout/stderr and reports how it ended.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

export interface CommandOutcome {
  startedAt: string;
  endedAt: string;
  /** the exit code to pass on: the job's own, 128+n for a signal, 127 when it could not start */
  exitCode: number;
  status: 'succeeded' | 'failed' | 'killed';
  signal?: string;
  /** why the command could not start (not found, not executable) */
  spawnError?: string;
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function runWrapped(
  command: readonly string[],
  opts: { cwd: string; env: Record<string, string | undefined> },
): Promise<CommandOutcome> {
  const [file, ...args] = command;
  const started = new Date();
  return new Promise((resolve) => {
    // Ctrl-C reaches the job from the terminal itself (same process group): runledger only waits
    // for it to end and records that. A SIGTERM or SIGHUP sent to runledger alone is passed on.
    const ignore = () => {};
    const child = spawn(file!, args, { cwd: opts.cwd, env: opts.env as NodeJS.ProcessEnv, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', ignore);
    process.on('SIGTERM', forward);
    process.on('SIGHUP', forward);
    const done = (o: Omit<CommandOutcome, 'startedAt' | 'endedAt'>) => {
      process.off('SIGINT', ignore);
      process.off('SIGTERM', forward);
      process.off('SIGHUP', forward);
      resolve({ startedAt: iso(started), endedAt: iso(new Date()), ...o });
    };
    child.on('error', (e: NodeJS.ErrnoException) =>
      done({ exitCode: e.code === 'ENOENT' ? 127 : 126, status: 'failed', spawnError: e.code ?? e.message }),
    );
    child.on('exit', (code, signal) => {
      if (signal) {
        const n = (constants.signals as Record<string, number>)[signal] ?? 0;
        done({ exitCode: 128 + n, status: 'killed', signal });
      } else done({ exitCode: code ?? 1, status: code === 0 ? 'succeeded' : 'failed' });
    });
  });
}
