// Bundles the CLI from source once (esbuild), so tests can run it as separate processes, the way
// concurrent CI jobs do. The bundle sits inside the repository so bare imports resolve to node_modules.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/cli.js';

export async function bundleCli(): Promise<{ cli: string; dir: string }> {
  mkdirSync(path.join(repoRoot, '.cache'), { recursive: true });
  const dir = mkdtempSync(path.join(repoRoot, '.cache', 'ledger-test-'));
  const cli = path.join(dir, 'cli.mjs');
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['src/cli.ts'],
    outfile: cli,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return { cli, dir };
}
