// `npm run demo`: runs runledger on the bundled examples, the way a user would (node dist/cli.js).
// It grows with the product: validate, then compare, record and report when those exist.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');

function step(title, args, { allowFail = false } = {}) {
  process.stdout.write(`\n\x1b[1m$ runledger ${args.join(' ')}\x1b[0m  # ${title}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0 && !allowFail) {
    process.stderr.write(`demo: step failed with exit ${r.status}\n`);
    process.exit(r.status ?? 1);
  }
  return r.status;
}

step('check every bundled example manifest against the schema', ['validate', 'examples/**/*.json']);

// The report site (issue #6) from a real project's history: the commits of DVC's example-get-started
// (../shared/corpus/example-get-started-history) imported as manifests, recorded oldest first into a
// ledger (one entry per commit), then built into a static site.
{
  const { existsSync, readdirSync, rmSync } = await import('node:fs');
  const history = path.resolve(root, '../shared/corpus/example-get-started-history');
  if (existsSync(history)) {
    const work = path.join(root, '.runledger-demo/site');
    rmSync(work, { recursive: true, force: true });
    const manifests = path.join(work, 'manifests');
    const ledger = path.join(work, 'ledger');
    step('import the DVC project history as run manifests', ['import', 'dvc', history, '--out', manifests]);
    const files = readdirSync(manifests)
      .filter((f) => f.endsWith('.json'))
      .sort();
    process.stdout.write(`\n# recording ${files.length} commits into ${path.relative(root, ledger)}, oldest first\n`);
    for (const f of files) {
      const r = spawnSync(
        process.execPath,
        [cli, 'record', '--ledger', ledger, '--branch', 'main', path.join(manifests, f)],
        { cwd: root, encoding: 'utf8' },
      );
      if (r.status !== 0) {
        process.stderr.write(r.stdout + r.stderr);
        process.exit(r.status ?? 1);
      }
    }
    step('build the report site from the ledger', ['report', '--ledger', ledger, '--out', path.join(work, 'out')]);
    step(
      'write the full report of one comparison',
      [
        'report',
        '--compare',
        '--baseline',
        'examples/image-classifier/baseline',
        '--current',
        'examples/image-classifier/current',
        '--out',
        path.join(work, 'comparison'),
      ],
      { allowFail: true },
    );
    process.stdout.write(
      `\nopen file://${path.join(work, 'out/index.html')} (and file://${path.join(work, 'comparison/index.html')})\n`,
    );
  }
}
