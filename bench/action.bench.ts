// The action's wall time on a big pull request (issue: GitHub Action): `node dist/index.js` started as
// the runner starts it, on a PR with 50 runs × 50 metrics, against a ledger branch of 1,000 entries
// (each 50 runs × 50 metrics, recorded for 1,000 first-parent commits of main), with the comment posted
// to the OpenAPI-validating fake GitHub (test/action/fake-github) on 127.0.0.1. Also: one push run that
// records the 50 runs on that ledger. Needs a fresh `npm run build` (dist/index.js).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { entryHash } from '../src/publish/ledger/hash.js';
import { entryPath, INDEX_FILE, MARKER_FILE } from '../src/publish/ledger/layout.js';
import { indexOf, serialize } from '../src/publish/ledger/plan.js';
import { LEDGER_FORMAT_VERSION, type LedgerEntry } from '../src/publish/ledger/types.js';
import type { RunManifest } from '../src/manifest/index.js';
import { FakeGitHub } from '../test/action/fake-github/server.js';
import { prPayload, pushPayload, runAction } from '../test/action/harness.js';
import { machine, median, root } from './machine.js';

const RUNS = 50;
const METRICS = 50;
const ENTRIES = 1000;
const REPS = 5;
if (!existsSync(path.join(root, 'dist/index.js'))) throw new Error('run npm run build first: dist/index.js is missing');

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@b',
};
const sh = (cwd: string, args: string[], input?: string | Buffer) =>
  execFileSync('git', args, { cwd, env, input, maxBuffer: 1 << 30 })
    .toString()
    .trim();

/** 50 runs of 50 metrics; `shift` moves metric_0 of run 0 down by 10% (a regression) */
function runsFor(tag: string, commit: string, k: number, shift = 0): RunManifest[] {
  return Array.from({ length: RUNS }, (_, r) => ({
    schemaVersion: 1 as const,
    run: { id: `${tag}-${k}-${r}`, name: `suite/model-${r}`, seed: 0 },
    code: { commit, branch: 'main', dirty: false },
    metrics: Object.fromEntries(
      Array.from({ length: METRICS }, (_, m) => [
        `metric_${m}`,
        {
          value: +(
            (0.5 + Math.sin(r * 3 + m) / 10 + Math.sin(k) / 1000) *
            (r === 0 && m === 0 ? 1 - shift : 1)
          ).toFixed(6),
          goal: 'maximize',
        },
      ]),
    ),
  }));
}

const tmp = mkdtempSync(path.join(tmpdir(), 'runledger-bench-action-'));
const gh = new FakeGitHub();
try {
  const t0 = performance.now();
  const origin = path.join(tmp, 'origin.git');
  const work = path.join(tmp, 'work');
  const temp = path.join(tmp, 'runner-temp');
  mkdirSync(temp);
  sh(tmp, ['init', '-q', '--bare', '-b', 'main', origin]);
  // as on GitHub: partial clone filters allowed (the ledger is fetched blob-less, blobs on demand)
  sh(origin, ['config', 'uploadpack.allowFilter', 'true']);
  sh(tmp, ['init', '-q', '-b', 'main', work]);
  sh(work, ['remote', 'add', 'origin', origin]);
  // main: ENTRIES + 1 commits; the ledger: one entry (one ledger commit) for each of the first ENTRIES
  const history: string[] = [];
  for (let i = 0; i <= ENTRIES; i++)
    history.push(`commit refs/heads/main\ncommitter b <b@b> ${1700000000 + i} +0000\ndata 3\nc${i % 10}\n\n`);
  sh(work, ['fast-import', '--quiet'], history.join(''));
  const commits = sh(work, ['rev-list', '--first-parent', '--reverse', 'main']).split('\n');
  const entries: { path: string; text: string; entry: LedgerEntry }[] = [];
  let prev: string | null = null;
  for (let seq = 0; seq < ENTRIES; seq++) {
    const commit = commits[seq]!;
    const body = {
      format: LEDGER_FORMAT_VERSION,
      seq,
      commit,
      branch: 'main',
      recordedAt: new Date(1.7e12 + seq * 6e4).toISOString(),
      source: { tool: 'bench' },
      runs: runsFor('main', commit, seq),
      prev,
    };
    const entry = { ...body, hash: entryHash(body) } as LedgerEntry;
    entries.push({ path: entryPath(commit, seq, entry.hash), text: serialize(entry), entry });
    prev = entry.hash;
  }
  const marker = serialize({
    runledger: 'ledger',
    format: LEDGER_FORMAT_VERSION,
    createdAt: '2023-11-14T22:13:20.000Z',
  });
  const index = serialize(indexOf(entries.map((e) => e.entry)));
  const stream = entries.map((g, i) => {
    const files: [string, string][] = [
      [g.path, g.text],
      ...(i === 0 ? [[MARKER_FILE, marker] as [string, string]] : []),
      ...(i === ENTRIES - 1 ? [[INDEX_FILE, index] as [string, string]] : []),
    ];
    return Buffer.from(
      `commit refs/heads/runledger\ncommitter b <b@b> ${1700000000 + i} +0000\ndata 7\nrecord\n` +
        files.map(([p, text]) => `M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`).join('') +
        '\n',
    );
  });
  sh(work, ['fast-import', '--quiet'], Buffer.concat(stream));
  sh(work, ['checkout', '-q', 'main']);
  const ledgerBytes = entries.reduce((s, e) => s + Buffer.byteLength(e.text), 0);
  // the PR: one commit on top of main's tip (whose parent is the newest recorded commit) with 50 manifests
  const mainTip = commits[ENTRIES]!;
  sh(work, ['checkout', '-q', '-b', 'pr']);
  mkdirSync(path.join(work, 'runs'));
  for (const m of runsFor('pr', mainTip, ENTRIES, 0.1))
    writeFileSync(path.join(work, 'runs', `${m.run.id}.json`), JSON.stringify(m, null, 2));
  sh(work, ['add', 'runs']);
  sh(work, ['commit', '-q', '-m', 'pr runs']);
  const head = sh(work, ['rev-parse', 'HEAD']);
  sh(work, ['push', '-q', 'origin', 'main', 'runledger', 'pr']);
  sh(origin, ['gc', '-q']);
  const setupS = (performance.now() - t0) / 1000;

  await gh.start();
  gh.pulls.set(1, { number: 1, headSha: head, headRef: 'pr', baseSha: mainTip, baseRef: 'main' });
  const common = { cwd: work, temp, apiUrl: gh.url, inputs: { manifests: 'runs/*.json' } };
  const pr = () =>
    runAction({
      ...common,
      event: 'pull_request',
      payload: prPayload(1, { sha: mainTip, ref: 'main' }, { sha: head, ref: 'pr' }),
      sha: head,
      ref: 'refs/pull/1/merge',
    });
  const times: number[] = [];
  const phases = new Map<string, number[]>();
  const collect = (stdout: string, prefix: string) => {
    for (const m of stdout.matchAll(/^::debug::runledger timing (\S+): (\d+) ms$/gm)) {
      const k = `${prefix} ${m[1]}`;
      phases.set(k, [...(phases.get(k) ?? []), Number(m[2])]);
    }
  };
  let last;
  for (let i = 0; i <= REPS; i++) {
    const s = performance.now();
    last = await pr();
    if (i > 0) {
      times.push(performance.now() - s); // the first run creates the comment and warms the page cache
      collect(last.stdout, 'PR');
    }
    if (last.code !== 1 || last.outputs.regressions !== '1' || !last.outputs['baseline-commit'])
      throw new Error(`unexpected result: ${last.stdout}\n${last.stderr}`);
  }
  if (gh.commentsOn(1).length !== 1 || gh.violations.length)
    throw new Error(`comments: ${gh.commentsOn(1).length}, violations: ${gh.violations.join('; ')}`);
  const commentChars = gh.commentsOn(1)[0]!.body.length;

  // a push to main recording the 50 runs on the 1,000-entry ledger
  sh(work, ['checkout', '-q', 'main']);
  const pushTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    rmSync(path.join(work, 'runs'), { recursive: true, force: true });
    mkdirSync(path.join(work, 'runs'));
    for (const m of runsFor(`push${i}`, mainTip, ENTRIES))
      writeFileSync(path.join(work, 'runs', `suite-${m.run.name.split('/')[1]}.json`), JSON.stringify(m));
    const s = performance.now();
    const r = await runAction({
      ...common,
      inputs: { manifests: 'runs/suite-*.json' },
      event: 'push',
      payload: pushPayload(commits[ENTRIES - 1]!, mainTip),
      sha: mainTip,
      ref: 'refs/heads/main',
    });
    pushTimes.push(performance.now() - s);
    collect(r.stdout, 'push');
    if (r.code !== 0 || r.outputs.recorded !== 'true') throw new Error(`push run failed: ${r.stdout}\n${r.stderr}`);
  }

  const nodeStart: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    nodeStart.push(performance.now() - s);
  }
  const ms = (x: number) => `${Math.round(x)} ms`;
  const load = loadavg()[0]!.toFixed(1);
  const out = `# GitHub Action wall time

Measured by \`npm run build && node scripts/bench.mjs action\` (bench/action.bench.ts), ${new Date().toISOString().slice(0, 10)}, on ${machine()}.

\`node dist/index.js\` started as the runner starts it (INPUT_*, GITHUB_* environment), in a clone whose
\`origin\` is a local bare repository, commenting through the OpenAPI-validating fake GitHub API on
127.0.0.1 (so network latency to api.github.com is not included: add a few round trips). The origin
allows partial-clone filters, as GitHub does.

Setup: a pull request with ${RUNS} runs × ${METRICS} metrics (one regressed); a ledger branch of ${ENTRIES} entries, each
${RUNS} runs × ${METRICS} metrics (${(ledgerBytes / 2 ** 20).toFixed(0)} MiB of entries), recorded for ${ENTRIES} first-parent commits of main;
the PR's merge-base is main's tip, whose parent is the newest recorded commit. Generated in ${setupS.toFixed(1)} s.

| what | median of ${REPS} |
| --- | --- |
| PR run: validate 50 manifests, merge-base, fetch the ledger branch, resolve the baseline (nearest recorded ancestor + history), compare 2,500 metrics, render, find and update the sticky comment, summary, outputs | **${ms(median(times))}** (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}) |
| push run: validate, compare with the previous recorded commit, record 50 runs on the 1,000-entry ledger branch (median of 3) | **${ms(median(pushTimes))}** |
| for scale: \`node -e 0\` | ${ms(median(nodeStart))} |

Load average when the measurement ended: ${load} on ${machine().split(' ')[0]} cores (other jobs shared the machine; read
the figures as upper bounds).

Where the time goes (medians of the phases the action logs as \`::debug::runledger timing\` lines):

| phase | median |
| --- | --- |
${[...phases].map(([k, v]) => `| ${k} | ${ms(median(v))} |`).join('\n')}

The PR comment was ${commentChars.toLocaleString('en')} characters; the step failed (exit 1) on the regression, as it should.
`;
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results/action.md'), out);
  console.log(out);
} finally {
  await gh.stop();
  rmSync(tmp, { recursive: true, force: true });
}
