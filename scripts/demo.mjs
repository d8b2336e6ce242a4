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
