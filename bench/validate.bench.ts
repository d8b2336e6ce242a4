// Validation throughput and CLI start-up (issue: foundation).
//  - 2,000 manifests of ~5 KB: runledger's read + parse + validate vs plain read + JSON.parse of the same files
//  - CLI start-up: `node dist/cli.js --version` and `validate <one file>` vs `node -e 0`
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readManifests } from '../src/manifest/index.js';
import { machine, median, medianTime, root } from './machine.js';

const N = 2000;
const dir = mkdtempSync(path.join(tmpdir(), 'runledger-bench-validate-'));
const template = JSON.parse(readFileSync(path.join(root, 'examples/image-classifier/baseline/seed-0.json'), 'utf8'));
const files: string[] = [];
mkdirSync(path.join(dir, 'runs'));
for (let i = 0; i < N; i++) {
  const m = structuredClone(template);
  m.run.id = `run-${i}`;
  m.run.seed = i;
  for (let k = 0; k < 40; k++) m.metrics[`eval/task_${k}/accuracy`] = { value: Math.random(), goal: 'maximize' };
  const f = path.join(dir, 'runs', `run-${i}.json`);
  writeFileSync(f, JSON.stringify(m, null, 2));
  files.push(f);
}
const avgBytes = files.reduce((s, f) => s + readFileSync(f).length, 0) / N;

// the plain baseline reads synchronously too (the faster of the two for small files), so the ratio is fair
async function plain() {
  for (const f of files) JSON.parse(readFileSync(f, 'utf8'));
}
async function ours() {
  const r = await readManifests([path.join(dir, 'runs/*.json')]);
  if (r.problems.length) throw new Error(JSON.stringify(r.problems[0]));
}
// medians of 7 runs, each after a warm-up run
const tPlain = await medianTime(plain);
const tOurs = await medianTime(ours);

const spawnTime = (args: string[], reps = 15) => {
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    const s = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    t.push(performance.now() - s);
  }
  return median(t);
};
const cli = path.join(root, 'dist/cli.js');
const tNode = spawnTime(['-e', '0']);
const tVersion = spawnTime([cli, '--version']);
const tValidateOne = spawnTime([cli, 'validate', files[0]!]);
const tValidateAll = spawnTime([cli, 'validate', path.join(dir, 'runs')], 5);
const tPlainProc = spawnTime(
  [
    '-e',
    `const fs=require('fs'),p=require('path');const d=${JSON.stringify(path.join(dir, 'runs'))};for(const f of fs.readdirSync(d))JSON.parse(fs.readFileSync(p.join(d,f),'utf8'))`,
  ],
  5,
);
rmSync(dir, { recursive: true, force: true });

const ratio = tOurs / tPlain;
const out = `# Validation throughput and start-up

Measured by \`npm run bench validate\` (bench/validate.bench.ts) on ${machine()}, ${new Date().toISOString().slice(0, 10)}.

| what | median | |
|---|---|---|
| ${N} manifests (${(avgBytes / 1024).toFixed(1)} KB each): read + JSON.parse, in-process | ${tPlain.toFixed(0)} ms | ${((N / tPlain) * 1000).toFixed(0)} files/s |
| ${N} manifests: runledger read + parse + validate, in-process | ${tOurs.toFixed(0)} ms | ${((N / tOurs) * 1000).toFixed(0)} files/s |
| ratio (target ≤ 3×) | **${ratio.toFixed(2)}×** | |
| \`node dist/cli.js validate <dir of ${N}>\` (whole process) | ${tValidateAll.toFixed(0)} ms | |
| \`node -e <read + JSON.parse the same ${N} files>\` (whole process) | ${tPlainProc.toFixed(0)} ms | ${(tValidateAll / tPlainProc).toFixed(2)}× |
| \`node -e 0\` (bare start-up) | ${tNode.toFixed(0)} ms | |
| \`node dist/cli.js --version\` | ${tVersion.toFixed(0)} ms | ${(tVersion / tNode).toFixed(2)}× bare node |
| \`node dist/cli.js validate <one file>\` | ${tValidateOne.toFixed(0)} ms | ${(tValidateOne / tNode).toFixed(2)}× bare node (target ≤ 3×) |

The schema is compiled to a standalone validator at build time (\`npm run gen\`), so start-up does not
compile it; commands are loaded lazily, so \`validate\` does not load the comparison, site or GitHub code.
`;
writeFileSync(path.join(root, 'bench/results/validate.md'), out);
console.log(out);
