import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryIo } from '../../src/io.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs one CLI command in-process (from source) and returns its exit code and output. */
export async function runCommand(
  name: string,
  args: string[],
  cwd = repoRoot,
  env: Record<string, string | undefined> = {},
) {
  const mod = (await import(`../../src/commands/${name}.ts`)) as {
    run: (a: string[], io: ReturnType<typeof memoryIo>) => Promise<number>;
  };
  const io = memoryIo(cwd, env);
  const code = await mod.run(args, io);
  return { code, stdout: io.out, stderr: io.err };
}

/** Runs the built CLI bundle the way a user does: `node dist/cli.js ...`. */
export function runDist(args: string[], opts: { cwd?: string; node?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(opts.node ?? process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], {
    cwd: opts.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    // a CLI that hangs (a worker thread that never answers) fails the test instead of the whole run
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr + (r.error ? String(r.error) : '') };
}
