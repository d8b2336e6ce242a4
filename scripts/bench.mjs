// `npm run bench [name...]`: runs bench/*.bench.ts (bundled on the fly with esbuild, then run with node).
// Each benchmark writes its figures to bench/results/<name>.md; bench/RESULTS.md links them.
import { build } from 'esbuild';
import { readdirSync, readFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
// inside the repo so that bare imports resolve against its node_modules (ESM ignores NODE_PATH)
mkdirSync(path.join(root, '.cache'), { recursive: true });
const tmp = mkdtempSync(path.join(root, '.cache', 'bench-'));
let failed = 0;
try {
  for (const file of benches) {
    // each benchmark in a folder of its own, with the site builder's worker thread beside it, as in dist/
    const dir = path.join(tmp, file.replace(/\.bench\.ts$/, ''));
    const out = path.join(dir, 'bench.js');
    await build({
      absWorkingDir: root,
      entryPoints: { bench: path.join('bench', file), 'site-worker': 'src/render/site/worker.ts' },
      outdir: dir,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      define: { RUNLEDGER_SITE_WORKER: JSON.stringify('site-worker.js') },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      mainFields: ['module', 'main'],
      // bundled as dist/ is (a worker thread starts in 0.15 s from a bundle, 0.5 s from node_modules),
      // but for prettier (a benchmark's tool, not runledger's) and the optional native addon
      external: ['prettier', 'better-sqlite3'],
      banner: {
        js: "import { createRequire as __runledgerCreateRequire } from 'node:module';\nconst require = __runledgerCreateRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    console.log(`\n== ${file}`);
    // run from the repo so bare imports resolve against its node_modules
    const r = spawnSync(process.execPath, ['--expose-gc', out], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, RUNLEDGER_ROOT: root },
    });
    if (r.status !== 0) failed++;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
// bench/RESULTS.md: every results file, newest figures, in one page
const results = readdirSync(path.join(root, 'bench/results'))
  .filter((f) => f.endsWith('.md'))
  .sort();
writeFileSync(
  path.join(root, 'bench/RESULTS.md'),
  '# Benchmark results\n\nWritten by `npm run bench` (scripts/bench.mjs runs bench/*.bench.ts; each writes bench/results/<name>.md).\n' +
    'Figures are medians on the machine named in each section; `npm run bench <name>` reruns one.\n\n' +
    results.map((f) => readFileSync(path.join(root, 'bench/results', f), 'utf8').replace(/^# /, '## ')).join('\n'),
);
process.exitCode = failed ? 1 : 0;
