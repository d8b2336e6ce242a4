// Runs a helper program (git, python, nvidia-smi) with a time limit; never throws, never uses a shell.
import { execFile } from 'node:child_process';

export interface ExecOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
  maxBuffer?: number;
}

export interface ExecResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** the program is not installed */
  missing: boolean;
  timedOut: boolean;
}

interface RawResult extends Omit<ExecResult, 'stdout' | 'stderr'> {
  stdout: Buffer;
  stderr: Buffer;
}

function execRaw(file: string, args: readonly string[], opts: ExecOptions): Promise<RawResult> {
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
        resolve({ ok: !e, stdout, stderr, missing: e?.code === 'ENOENT', timedOut: Boolean(e?.killed) });
      },
    );
  });
}

export async function execQuiet(file: string, args: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  const r = await execRaw(file, args, opts);
  return { ...r, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** The raw stdout bytes (for digests of diffs), or undefined when the program failed. */
export async function execBytes(file: string, args: readonly string[], opts: ExecOptions): Promise<Buffer | undefined> {
  const r = await execRaw(file, args, { timeoutMs: 60_000, maxBuffer: 2 ** 30, ...opts });
  return r.ok ? r.stdout : undefined;
}
