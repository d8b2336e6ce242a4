// The ledger at scale (issue: ledger). A generated ledger of 10,000 entries (20 runs x 20 metrics each)
// against the same at 10 entries, in both homes:
//  - time to record one more entry (20 runs) and to resolve a PR baseline (nearest recorded ancestor +
//    20 values of history per metric), goal: at most 1.3x the 10-entry figures
//  - bytes added to the git repository (origin) per recorded entry
// The big ledgers are generated directly (entry files; `git fast-import` for the branch), with real
// hashes and chain links, so `verify` passes on them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { appendToLedger, resolveBaseline, verifyLedger } from '../src/publish/ledger/index.js';
import { entryHash } from '../src/publish/ledger/hash.js';
import { entryPath, INDEX_FILE, MARKER_FILE } from '../src/publish/ledger/layout.js';
import { indexOf, serialize } from '../src/publish/ledger/plan.js';
import { LEDGER_FORMAT_VERSION, type LedgerEntry } from '../src/publish/ledger/types.js';
import type { RunManifest } from '../src/manifest/index.js';
import { machine, median, root } from './machine.js';

const RUNS = 20;
const METRICS = 20;
const REPS = 7;
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
Object.assign(process.env, env);
const sh = (cwd: string, args: string[], input?: string | Buffer) =>
  execFileSync('git', args, { cwd, env, input, maxBuffer: 1 << 30 })
    .toString()
    .trim();

// LEDGER_BENCH_KEEP=<dir>: generate into <dir> once and keep it (for profiling); default: a temp dir, removed
const keep = process.env.LEDGER_BENCH_KEEP;
const tmp = keep ?? mkdtempSync(path.join(tmpdir(), 'runledger-bench-ledger-'));

function runs(commit: string, k: number, nonce = ''): RunManifest[] {
  return Array.from({ length: RUNS }, (_, r) => ({
    schemaVersion: 1,
    run: { id: `${commit.slice(0, 12)}-${k}-${r}${nonce}`, name: `suite/model-${r}`, seed: 0 },
    code: { commit, branch: 'main' },
    metrics: Object.fromEntries(
      Array.from({ length: METRICS }, (_, m) => [`metric_${m}`, +(0.5 + Math.sin(k * 7 + r * 3 + m) / 10).toFixed(6)]),
    ),
  })) as RunManifest[];
}

/** `n` empty first-parent commits on main via fast-import; returns their SHAs oldest first. */
function codeHistory(work: string, n: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < n; i++)
    parts.push(
      `commit refs/heads/main\ncommitter bench <b@b> ${1700000000 + i} +0000\ndata 3\nc${i % 10}\n${i ? '' : 'deleteall\n'}\n`,
    );
  sh(work, ['fast-import', '--quiet'], parts.join(''));
  return sh(work, ['rev-list', '--first-parent', '--reverse', 'main']).split('\n');
}

/** Entries for the given commits, chained, as the writer would produce them. */
function generate(commits: string[]): { path: string; text: string; entry: LedgerEntry }[] {
  const out: { path: string; text: string; entry: LedgerEntry }[] = [];
  let prev: string | null = null;
  for (const [seq, commit] of commits.entries()) {
    const body = {
      format: LEDGER_FORMAT_VERSION,
      seq,
      commit,
      branch: 'main',
      recordedAt: new Date(1700000000000 + seq * 60000).toISOString(),
      source: { tool: 'bench' },
      runs: runs(commit, seq),
      prev,
    };
    const entry = { ...body, hash: entryHash(body) } as LedgerEntry;
    out.push({ path: entryPath(commit, seq, entry.hash), text: serialize(entry), entry });
    prev = entry.hash;
  }
  return out;
}

const marker = serialize({ runledger: 'ledger', format: LEDGER_FORMAT_VERSION, createdAt: '2023-11-14T22:13:20.000Z' });

interface Setup {
  n: number;
  work: string;
  origin: string;
  dirLedger: string;
}

function setup(n: number): Setup {
  const base = path.join(tmp, `n${n}`);
  const origin = path.join(base, 'origin.git');
  const work = path.join(base, 'work');
  if (keep && existsSync(work)) return { n, work, origin, dirLedger: path.join(base, 'dir-ledger') };
  mkdirSync(base, { recursive: true });
  sh(base, ['init', '-q', '--bare', '-b', 'main', origin]);
  sh(origin, ['config', 'uploadpack.allowFilter', 'true']);
  sh(base, ['init', '-q', '-b', 'main', work]);
  sh(work, ['remote', 'add', 'origin', origin]);
  const t0 = performance.now();
  const commits = codeHistory(work, n + 200);
  const recorded = commits.slice(0, n);
  const gen = generate(recorded);
  // the directory home: write the files
  const dirLedger = path.join(base, 'dir-ledger');
  mkdirSync(dirLedger, { recursive: true });
  writeFileSync(path.join(dirLedger, MARKER_FILE), marker);
  for (const g of gen) {
    mkdirSync(path.join(dirLedger, path.dirname(g.path)), { recursive: true });
    writeFileSync(path.join(dirLedger, g.path), g.text);
  }
  const index = serialize(indexOf(gen.map((g) => g.entry)));
  writeFileSync(path.join(dirLedger, INDEX_FILE), index);
  // the git home: one ledger commit per entry, like real records, via fast-import
  const stream: Buffer[] = [];
  for (const [i, g] of gen.entries()) {
    const files = [[g.path, g.text]];
    if (i === 0) files.push([MARKER_FILE, marker]);
    if (i === gen.length - 1) files.push([INDEX_FILE, index]);
    let s = `commit refs/heads/runledger\ncommitter bench <b@b> ${1700000000 + i} +0000\ndata <<EOM\nrunledger: record ${g.entry.commit} (entry ${i})\nEOM\n`;
    for (const [p, text] of files) s += `M 100644 inline ${p}\ndata ${Buffer.byteLength(text!)}\n${text}\n`;
    stream.push(Buffer.from(s + '\n'));
  }
  sh(work, ['fast-import', '--quiet'], Buffer.concat(stream));
  sh(work, ['push', '-q', 'origin', 'main', 'runledger']);
  sh(origin, ['gc', '-q']);
  console.log(`  generated ${n} entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { n, work, origin, dirLedger };
}

/** Times op(a) and op(b) alternately (so that load on the machine hits both alike); medians. */
async function timePair(a: () => Promise<unknown>, b: () => Promise<unknown>, reps = REPS): Promise<[number, number]> {
  await a(); // warm-up
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < reps; i++)
    for (const [fn, t] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const s = performance.now();
      await fn();
      t.push(performance.now() - s);
    }
  return [median(ta), median(tb)];
}

function repoBytes(gitDir: string): number {
  const out = sh(gitDir, ['count-objects', '-v']);
  const kib = (k: string) => Number(new RegExp(`^${k}: (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
  return (kib('size') + kib('size-pack')) * 1024;
}

const nonce = `-${Date.now().toString(36)}`;

function ops(s: Setup) {
  const commits = sh(s.work, ['rev-list', '--first-parent', '--reverse', 'main']).split('\n');
  let next = s.n;
  const dir = path.relative(s.work, s.dirLedger);
  const record = (location: string) => async () => {
    const c = commits[next++]!;
    const r = await appendToLedger(
      location,
      { commit: c, branch: 'main', runs: runs(c, next, nonce) },
      { cwd: s.work },
    );
    if (r.added !== RUNS) throw new Error('not recorded');
  };
  // PR-time: the base branch tip is a commit that was not recorded (its parent was)
  const resolve = (location: string) => async () => {
    const r = await resolveBaseline({ location, cwd: s.work, commit: commits[next]! });
    if (!r.commit || r.runs.length !== RUNS || r.history['suite/model-0']!.metric_0!.length < 10)
      throw new Error(`bad baseline: ${r.source}`);
  };
  return {
    dirRecord: record(dir),
    dirResolve: resolve(dir),
    gitRecord: record('git:runledger'),
    gitResolve: resolve('git:runledger'),
  };
}

try {
  const small = setup(10);
  const big = setup(10_000);
  execFileSync('sync'); // the generated files are on disk before anything is timed
  const [a, b] = [ops(small), ops(big)];
  const loadBefore = loadavg()[0]!;
  const dirRecord = await timePair(a.dirRecord, b.dirRecord);
  const dirResolve = await timePair(a.dirResolve, b.dirResolve);
  const before = [repoBytes(small.origin), repoBytes(big.origin)];
  const gitRecord = await timePair(a.gitRecord, b.gitRecord);
  const loose = [repoBytes(small.origin), repoBytes(big.origin)];
  sh(small.origin, ['gc', '-q']);
  sh(big.origin, ['gc', '-q']);
  const packed = [repoBytes(small.origin), repoBytes(big.origin)];
  const gitResolve = await timePair(a.gitResolve, b.gitResolve);
  const load = [loadBefore, loadavg()[0]!].map((l) => l.toFixed(1)).join(' → ');
  const perEntry = (after: number[], i: number) => (after[i]! - before[i]!) / (REPS + 1);
  const entryBytes = Buffer.byteLength(serialize(runs('0'.repeat(40), 0)));
  const t0 = performance.now();
  const v = await verifyLedger(path.relative(big.work, big.dirLedger), { cwd: big.work });
  const tVerify = performance.now() - t0;
  if (v.problems.length) throw new Error(`verify: ${JSON.stringify(v.problems[0])}`);

  const row = (what: string, [x, y]: [number, number]) =>
    `| ${what} | ${x.toFixed(0)} ms | ${y.toFixed(0)} ms | **${(y / x).toFixed(2)}×** |`;
  const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown';
  const out = `# Ledger at scale

Measured by \`node scripts/bench.mjs ledger\` (bench/ledger.bench.ts), ${new Date().toISOString().slice(0, 10)}, on
${machine()} (nproc ${execFileSync('nproc').toString().trim()}, CPU model "${cpu}", git ${sh(tmp, ['--version']).replace('git version ', '')}).

Each entry holds ${RUNS} runs × ${METRICS} metrics (${kib(entryBytes)} of JSON). The big ledger has 10,000 entries
(one ledger commit each on the git branch), generated with real hashes and links (\`verify\` passes on it:
${(tVerify / 1000).toFixed(1)} s for all 10,000 entries, ${v.runs} runs, every manifest re-validated). Medians of ${REPS} runs after a warm-up, the 10- and 10,000-entry runs alternating.
The git home talks to a local bare repository with \`uploadpack.allowFilter\` on (as GitHub has): a read fetches
the branch tip with \`--depth=1 --filter=tree:2\` (tip commit, root files, the 256-name \`entries/\` tree), then
only the bucket and commit-directory trees (\`--filter=tree:0\`) and the entry blobs it reads. Record =
fetch, fail-closed checks, idempotency look-up, commit built with mktree, push to the origin (which includes the
origin's own receive-pack and connectivity check, on this same machine). The machine is shared: 1-minute load
average ${load} over the timed part (the alternating order keeps that load from favouring either size).

| operation | 10 entries | 10,000 entries | ratio (goal ≤ 1.3×) |
|---|---|---|---|
${row('directory: record one more entry', dirRecord)}
${row('directory: resolve a PR baseline (nearest recorded ancestor + 20 values of history)', dirResolve)}
${row('git:runledger: record one more entry (fetch, plan, commit, push)', gitRecord)}
${row('git:runledger: resolve a PR baseline', gitResolve)}

Bytes added to the origin repository per recorded entry (\`git count-objects -v\`, size + size-pack):

| | 10 entries | 10,000 entries |
|---|---|---|
| as pushed (loose objects) | ${kib(perEntry(loose, 0))} | ${kib(perEntry(loose, 1))} |
| after \`git gc\` (packed, deltified) | ${kib(perEntry(packed, 0))} | ${kib(perEntry(packed, 1))} |
| the entry's JSON itself, uncompressed | ${kib(entryBytes)} | ${kib(entryBytes)} |

Loose objects are counted in disk blocks (at least 4 KiB each; a record adds about 7 objects: commit, 4 trees, the entry,
index.json); the packed figure is what a server that packs (GitHub does) keeps. At 10,000 entries the bucket trees
and index.json (the newest 100 entries) are bigger than at 10, so their deltas are too.
`;
  writeFileSync(path.join(root, 'bench/results/ledger.md'), out);
  console.log(out);
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
}
