/** What a command may touch of the process: the edge passes the real one, tests pass their own. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  /** writes text as is (callers add newlines) */
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal: colour and progress are allowed */
  isTTY: boolean;
}

/** A CLI command: parses its own arguments, returns the exit code, never exits the process. */
export type Command = (args: string[], io: Io) => Promise<number>;

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
  };
}

/** An Io that records output, for tests and for callers that want the text. */
export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}): Io & { out: string; err: string } {
  const io = {
    cwd,
    env,
    out: '',
    err: '',
    isTTY: false,
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
  };
  return io;
}
