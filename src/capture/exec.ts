// Runs a helper program (git, python, nvidia-smi) with a time limit; never throws, never uses a shell.
import { execFile } from 'node:child_process';

export interface ExecResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** the program is not installed */
  missing: boolean;
  timedOut: boolean;
}

export function execQuiet(
  file: string,
  args: readonly string[],
  opts: { cwd: string; env: Record<string, string | undefined>; timeoutMs?: number; maxBuffer?: number },
): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: opts.cwd,
        env: opts.env as NodeJS.ProcessEnv,
        timeout: opts.timeoutMs ?? 10_000,
        maxBuffer: opts.maxBuffer ?? 64 * 2 ** 20,
        encoding: 'buffer',
        windowsHide: true,
      },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { killed?: boolean }) | null;
        resolve({
          ok: !e,
          stdout: stdout.toString('utf8'),
          stderr: stderr.toString('utf8'),
          missing: e?.code === 'ENOENT',
          timedOut: Boolean(e?.killed),
        });
      },
    );
  });
}

/** Same as execQuiet but returns the raw stdout bytes (for digests of diffs). */
export function execBytes(
  file: string,
  args: readonly string[],
  opts: { cwd: string; env: Record<string, string | undefined>; timeoutMs?: number },
): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: opts.cwd,
        env: opts.env as NodeJS.ProcessEnv,
        timeout: opts.timeoutMs ?? 60_000,
        maxBuffer: 2 ** 30,
        encoding: 'buffer',
      },
      (err, stdout) => resolve(err ? undefined : stdout),
    );
  });
}
