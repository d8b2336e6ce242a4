// Bundles the CLI (dist/cli.js), the action (dist/index.js) and the site builder's worker thread
// (dist/site-worker.js, found by src/render/site/pool.ts through RUNLEDGER_SITE_WORKER) with esbuild. dist/ is committed:
// the action runs from it and test/dist.test.ts fails when it differs from a fresh build.
// Usage: node scripts/build.mjs [outdir]
import { build } from 'esbuild';
import { readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(root, process.argv[2] ?? 'dist');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', index: 'src/action.ts', 'site-worker': 'src/render/site/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // ESM bundles of CommonJS dependencies still call require(): give them one.
  banner: {
    js: "import { createRequire as __runledgerCreateRequire } from 'node:module';\nconst require = __runledgerCreateRequire(import.meta.url);",
  },
  define: { RUNLEDGER_VERSION: JSON.stringify(pkg.version), RUNLEDGER_SITE_WORKER: JSON.stringify('site-worker.js') },
  // native addon, optional: only `runledger import mlflow` on a SQLite store loads it
  external: ['better-sqlite3'],
  // prefer ES module builds (jsonc-parser's UMD main cannot be bundled)
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
if (process.argv.includes('--meta')) console.log(JSON.stringify(result.metafile));
