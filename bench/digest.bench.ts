// Dataset digest throughput (issue: capture and importers).
//  - a 1 GiB dataset directory (1,000 files of 1 MiB, random bytes) generated in a temp dir and deleted afterwards
//  - runledger's streamed directory digest (src/capture/digest.ts) vs `sha256sum` on the same files
//    (one process, sorted like runledger; and two in parallel, the ceiling of a 2-core machine)
// The files are read from the page cache (they were just written and fit in memory): this measures
// hashing, not the disk.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { digestPath } from '../src/capture/digest.js';
import { machine, median, root } from './machine.js';

const FILES = 1000;
const SIZE = 2 ** 20;
const TOTAL = FILES * SIZE;
const dir = mkdtempSync(path.join(tmpdir(), 'runledger-bench-digest-'));
const data = path.join(dir, 'data');
try {
  const block = randomBytes(SIZE);
  for (let i = 0; i < FILES; i++) {
    const sub = path.join(data, `shard-${String(i % 10).padStart(2, '0')}`);
    if (i < 10) mkdirSync(sub, { recursive: true });
    block.writeUInt32LE(i, 0); // every file different
    writeFileSync(path.join(sub, `part-${String(i).padStart(5, '0')}.bin`), block);
  }
  const sh = (script: string) => {
    const s = performance.now();
    const r = spawnSync('sh', ['-c', script], { cwd: data, encoding: 'utf8', maxBuffer: 2 ** 26 });
    if (r.status !== 0) throw new Error(`${script}: ${r.stderr}`);
    return { ms: performance.now() - s, out: r.stdout };
  };
  const listing = "find . -type f -printf '%P\\0' | LC_ALL=C sort -z";
  const reps = 5;
  const ours: number[] = [];
  const single: number[] = [];
  const parallel: number[] = [];
  let digest = '';
  let reference = '';
  await digestPath(data); // warm-up: page cache and JIT
  for (let r = 0; r < reps; r++) {
    const s = performance.now();
    digest = (await digestPath(data)).digest;
    ours.push(performance.now() - s);
    const one = sh(`${listing} | xargs -0 sha256sum | sha256sum`);
    single.push(one.ms);
    reference = 'sha256:' + one.out.split(' ')[0];
    parallel.push(sh(`${listing} | xargs -0 -n 100 -P 2 sha256sum > /dev/null`).ms);
  }
  if (digest !== reference) throw new Error(`digest mismatch: runledger ${digest}, sha256sum ${reference}`);
  const mbs = (ms: number) => TOTAL / 1e6 / (ms / 1000);
  const tOurs = median(ours);
  const tSingle = median(single);
  const tParallel = median(parallel);
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim();
  const coreutils = /(\d+\.\d+)/.exec(spawnSync('sha256sum', ['--version'], { encoding: 'utf8' }).stdout)?.[1] ?? '?';
  const shaNi = /\bsha_ni\b/.test(readFileSync('/proc/cpuinfo', 'utf8'));
  const out = `# Dataset digest throughput

Measured by \`node scripts/bench.mjs digest\` (bench/digest.bench.ts) on ${machine()} (nproc ${nproc}),
${new Date().toISOString().slice(0, 10)}. Dataset: a directory of ${FILES} files of 1 MiB (${(TOTAL / 2 ** 30).toFixed(0)} GiB,
random bytes, 10 sub-folders), generated in a temp dir and deleted afterwards; read from the page cache, so
this measures hashing, not the disk. Median of ${reps} runs; load average ${loadavg()[0]!.toFixed(1)} at the end
(the machine is shared, so absolute figures vary; the ratio is the point).

| what | median | throughput | vs \`sha256sum\` |
|---|---|---|---|
| runledger directory digest (\`digestPath\`, in-process, streamed) | ${(tOurs / 1000).toFixed(2)} s | **${mbs(tOurs).toFixed(0)} MB/s** | ${(tSingle / tOurs).toFixed(2)}× the speed |
| \`sha256sum\` on the same files, one process (sorted list, \`xargs -0\`) | ${(tSingle / 1000).toFixed(2)} s | ${mbs(tSingle).toFixed(0)} MB/s | 1 |
| \`sha256sum\`, two processes in parallel (\`xargs -P 2\`) | ${(tParallel / 1000).toFixed(2)} s | ${mbs(tParallel).toFixed(0)} MB/s | ${(tSingle / tParallel).toFixed(2)}× |

Both give the same digest (checked by the benchmark): runledger's directory digest is the sha256 of
the \`sha256sum\` lines of the files sorted by path, so \`(cd DIR && ${listing} | xargs -0 sha256sum) | sha256sum\`
reproduces it (${digest.slice(0, 23)}… here).

Why faster: Node's sha256 is OpenSSL's, which uses the CPU's SHA extensions (${shaNi ? 'present here: `sha_ni`' : 'absent here'});
\`sha256sum\` (GNU coreutils ${coreutils}) hashes with its own portable code. runledger keeps 4 files in
flight so reads overlap hashing; the hashing itself runs on one core.
`;
  writeFileSync(path.join(root, 'bench/results/digest.md'), out);
  console.log(out);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
