// `npm run demo`: runledger on the bundled examples and on a real project's history, run the way a user
// runs it (node dist/cli.js): validate, compare (prints the PR comment), import, record, verify, report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const work = path.join(root, '.runledger-demo');
const bold = (t) => (process.stdout.isTTY ? `\x1b[1m${t}\x1b[0m` : t);
const rel = (p) => path.relative(root, p) || '.';

/** Runs one CLI command; `expect` lists the exit codes that are not a failure of the demo. */
function step(title, args, { expect = [0], quiet = false } = {}) {
  process.stdout.write(`\n${bold(`$ runledger ${args.join(' ')}`)}\n# ${title}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (!expect.includes(r.status)) {
    if (quiet) process.stderr.write(r.stdout + r.stderr);
    process.stderr.write(`demo: step failed with exit ${r.status}\n`);
    process.exit(r.status ?? 1);
  }
  return r;
}

rmSync(work, { recursive: true, force: true });
step('check every bundled example manifest against the schema', ['validate', 'examples/**/*.json']);

const policy = ['--policy', 'examples/runledger.yml'];
const pair = (name) => ['--baseline', `examples/${name}/baseline`, '--current', `examples/${name}/current`];
step(
  'the PR comment for an image classifier trained with 5 seeds (accuracy dropped: the gate fails, exit 1)',
  ['compare', ...pair('image-classifier'), ...policy, '--format', 'markdown'],
  { expect: [1] },
);
step('an LLM fine-tune on a new dataset version, in the terminal', ['compare', ...pair('llm-finetune'), ...policy], {
  expect: [0, 1],
});
step('an agent evaluation suite with per-case outcomes', ['compare', ...pair('agent-eval'), ...policy], {
  expect: [0, 1],
});

// A real project's history: the commits of DVC's example-get-started (../shared/corpus), imported as
// manifests, recorded oldest first into a ledger (one entry per commit), verified, built into a site.
const history = path.resolve(root, '../shared/corpus/example-get-started-history');
if (existsSync(history)) {
  const manifests = path.join(work, 'manifests');
  const ledger = path.join(work, 'ledger');
  const imported = step(
    'import the history of a real DVC project (one manifest per commit)',
    ['import', 'dvc', history, '--out', manifests],
    { quiet: true },
  );
  const skipped = imported.stderr.split('\n').filter((l) => l.includes(' skipped: ')).length;
  const files = readdirSync(manifests).filter((f) => f.endsWith('.json'));
  process.stdout.write(
    `${files.length} manifests written; ${skipped} commits skipped (their metrics files are kept out of git by DVC)\n`,
  );

  const byTime = files
    .map((f) => ({
      file: path.join(manifests, f),
      startedAt: JSON.parse(readFileSync(path.join(manifests, f), 'utf8')).run.startedAt ?? '',
    }))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  process.stdout.write(
    `\n${bold(`$ runledger record --ledger ${rel(ledger)} <manifest>`)}  (x${byTime.length})\n# record each commit, oldest first\n`,
  );
  for (const { file } of byTime) {
    const r = spawnSync(process.execPath, [cli, 'record', '--ledger', ledger, file], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) {
      process.stderr.write(r.stdout + r.stderr);
      process.exit(r.status ?? 1);
    }
  }
  step('check the hash chain and every recorded manifest', ['verify', '--ledger', rel(ledger)]);
  const last = byTime.at(-1);
  const previous = JSON.parse(readFileSync(byTime.at(-2).file, 'utf8')).code?.commit;
  step(
    'compare the newest commit with the one before it, using the ledger (its history is the noise estimate)',
    ['compare', '--baseline', rel(ledger), '--baseline-commit', previous, '--current', rel(last.file)],
    { expect: [0, 1] },
  );
  step('build the report site from the ledger', [
    'report',
    '--ledger',
    rel(ledger),
    '--out',
    rel(path.join(work, 'site')),
  ]);
}
step(
  'write the full report of one comparison (the page a PR comment links to)',
  ['report', '--compare', ...pair('image-classifier'), ...policy, '--out', rel(path.join(work, 'comparison'))],
  { expect: [0, 1] },
);

process.stdout.write(`\n${bold('Open the results:')}\n`);
if (existsSync(path.join(work, 'site/index.html')))
  process.stdout.write(`  site:       file://${path.join(work, 'site/index.html')}\n`);
process.stdout.write(`  comparison: file://${path.join(work, 'comparison/index.html')}\n`);
