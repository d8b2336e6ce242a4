// Comparison speed (issue: comparison engine): 200 runs × 50 metrics × 5 seeds per side (2,000 manifest
// files). runledger's read + parse + validate of both sides + compare(), against a plain read +
// JSON.parse of the same files. Also: compare() alone, and rendering the markdown comment.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import prettier from 'prettier';
import { compare, defaultPolicy, type VerdictReport } from '../src/compare/index.js';
import { readManifests, type RunManifest } from '../src/manifest/index.js';
import { renderMarkdown } from '../src/render/comment/index.js';
import { machine, medianTime, root } from './machine.js';

const RUNS = 200;
const METRICS = 50;
const SEEDS = 5;
const dir = mkdtempSync(path.join(tmpdir(), 'runledger-bench-compare-'));
const template = JSON.parse(
  readFileSync(path.join(root, 'examples/image-classifier/baseline/seed-0.json'), 'utf8'),
) as RunManifest;

let files = 0;
for (const side of ['baseline', 'current']) {
  mkdirSync(path.join(dir, side));
  for (let r = 0; r < RUNS; r++) {
    for (let s = 0; s < SEEDS; s++) {
      const m = structuredClone(template);
      m.run.id = `${side}-${r}-${s}`;
      m.run.name = `model-${r}/task`;
      m.run.seed = s;
      m.run.replica = s;
      m.metrics = {};
      for (let k = 0; k < METRICS; k++)
        m.metrics[`eval/metric_${k}`] = {
          value: 0.9 + Math.random() * 0.01 - (side === 'current' && k === 0 ? 0.02 : 0),
          goal: 'maximize',
        };
      writeFileSync(path.join(dir, side, `${r}-${s}.json`), JSON.stringify(m, null, 2));
      files++;
    }
  }
}
const all = ['baseline', 'current'].flatMap((side) =>
  readdirSync(path.join(dir, side)).map((f) => path.join(dir, side, f)),
);
const bytes = all.reduce((a, f) => a + readFileSync(f).length, 0);

function plain() {
  for (const f of all) JSON.parse(readFileSync(f, 'utf8'));
}
let report: VerdictReport | undefined;
async function ours() {
  const [b, c] = await Promise.all([
    readManifests([path.join(dir, 'baseline')]),
    readManifests([path.join(dir, 'current')]),
  ]);
  if (b.problems.length || c.problems.length) throw new Error(JSON.stringify([...b.problems, ...c.problems][0]));
  report = compare({
    baseline: b.manifests.map((m) => m.manifest),
    current: c.manifests.map((m) => m.manifest),
    policy: defaultPolicy(),
  });
}
const pre = {
  baseline: (await readManifests([path.join(dir, 'baseline')])).manifests.map((m) => m.manifest),
  current: (await readManifests([path.join(dir, 'current')])).manifests.map((m) => m.manifest),
};
const compareOnly = () => void compare({ ...pre, policy: defaultPolicy() });
const render = () => void renderMarkdown(report!);

const time = medianTime;
const tPlain = await time(plain);
const tOurs = await time(ours);
const tCompare = await time(compareOnly);
const tRender = await time(render, 5);
rmSync(dir, { recursive: true, force: true });

const out = `# Comparison speed

Measured by \`npm run bench compare-speed\` (bench/compare-speed.bench.ts) on ${machine()}, ${new Date().toISOString().slice(0, 10)}.

Load average at the end: ${loadavg()[0]!.toFixed(1)} (other jobs shared the machine; the ratio moves with it).

${RUNS} runs × ${METRICS} metrics × ${SEEDS} seeds per side: ${files} manifest files (${(bytes / files / 1024).toFixed(1)} KB each), ${RUNS * METRICS} metric comparisons (Welch's t-test on 5 vs 5 each).

| what | median |
|---|---|
| plain read + \`JSON.parse\` of the ${files} files | ${tPlain.toFixed(0)} ms |
| runledger: read + parse + validate both sides + \`compare()\` | ${tOurs.toFixed(0)} ms |
| ratio (target ≤ 5×) | **${(tOurs / tPlain).toFixed(2)}×** |
| \`compare()\` alone (manifests in memory) | ${tCompare.toFixed(0)} ms |
| \`renderMarkdown()\` of the verdict (${report!.counts.regressed} regressions, capped at 65,536 characters) | ${tRender.toFixed(0)} ms |
`;
// formatted as the repository's prettier --check expects
writeFileSync(path.join(root, 'bench/results/compare-speed.md'), await prettier.format(out, { parser: 'markdown' }));
console.log(out);
