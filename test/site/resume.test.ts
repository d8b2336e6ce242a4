// The build cache: a rebuild that reads only the new entries writes the same site as a build from
// nothing; a damaged or foreign cache, or a ledger that no longer continues from the cached entry,
// is not trusted (a full build follows).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendToLedger, entryHash } from '../../src/publish/ledger/index.js';
import type { LedgerEntry } from '../../src/publish/ledger/types.js';
import { buildSite, paths } from '../../src/render/site/index.js';
import { CACHE_DIR } from '../../src/render/site/writer.js';
import { runCommand } from '../helpers/cli.js';
import { entries } from './fixtures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'runledger-site-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** every file of the site but the cache, with its content */
function site(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.name === CACHE_DIR) continue;
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(root, p), readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return out;
}

/** a ledger the builder may read from any entry on, counting what it hands out */
function source(list: LedgerEntry[]) {
  const s = {
    handed: 0,
    *from(seq: number) {
      for (const e of list.slice(seq)) {
        s.handed++;
        yield e;
      }
    },
  };
  return s;
}

/** the file of the newest entry of a ledger directory (from its index) */
const ledgerHeadPath = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { head: { path: string } }).head.path;

const opts = (out: string) => ({ out, source: 'test' });

describe('site build cache', () => {
  const all = entries(14, { stepAt: 9 });

  it('rebuilds after one new entry from the cache alone, byte-identical to a build from nothing', async () => {
    const out = path.join(tmp, 'inc');
    expect((await buildSite(source(all.slice(0, 13)), opts(out))).entriesRead).toBe(13);
    const src = source(all);
    const inc = await buildSite(src, opts(out));
    // the cached last entry (to check the ledger still holds it) and the new one
    expect(src.handed).toBe(2);
    expect(inc).toMatchObject({ entries: 14, entriesRead: 2, entriesRendered: 1 });

    const fresh = path.join(tmp, 'fresh');
    await buildSite(all, opts(fresh));
    const a = site(out);
    const b = site(fresh);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [f, text] of b) expect(a.get(f), f).toBe(text);
  });

  it('leaves alone the run names a new entry does not record, and still matches a build from nothing', async () => {
    // entry 13 records bert/glue only: resnet50/cifar10's pages stay as they are
    const { hash: _hash, ...next } = { ...all[13]!, runs: all[13]!.runs.filter((r) => r.run.name === 'bert/glue') };
    const partial = [...all.slice(0, 13), { ...next, hash: entryHash(next) }];
    const out = path.join(tmp, 'partial');
    expect((await buildSite(source(all.slice(0, 13)), opts(out))).runNamesRendered).toBe(2);
    const inc = await buildSite(source(partial), opts(out));
    expect(inc).toMatchObject({ entriesRead: 2, entriesRendered: 1, runNamesRendered: 1, metrics: 6 });
    const fresh = path.join(tmp, 'partial-fresh');
    await buildSite(partial, opts(fresh));
    expect(site(out)).toEqual(site(fresh));
    // nothing new: nothing drawn again; a page gone from disk: that run name is made again
    expect(await buildSite(source(partial), opts(out))).toMatchObject({ runNamesRendered: 0, written: 0 });
    rmSync(path.join(out, paths.metric('resnet50/cifar10', 'accuracy')));
    expect((await buildSite(source(partial), opts(out))).runNamesRendered).toBe(1);
    expect(site(out)).toEqual(site(fresh));
  });

  it('ignores a corrupted or foreign cache and builds from every entry', async () => {
    const out = path.join(tmp, 'corrupt');
    await buildSite(source(all.slice(0, 13)), opts(out));
    const body = path.join(out, CACHE_DIR, 'resume.bin');
    const bytes = readFileSync(body);
    bytes[bytes.length >> 1]! ^= 0xff;
    writeFileSync(body, bytes);
    const r = await buildSite(source(all), opts(out));
    expect(r).toMatchObject({ entries: 14, entriesRead: 14, entriesRendered: 1 });

    // a header from another builder version
    const header = path.join(out, CACHE_DIR, 'resume.json');
    writeFileSync(header, JSON.stringify({ ...JSON.parse(readFileSync(header, 'utf8')), version: 'other' }));
    expect((await buildSite(source(all), opts(out))).entriesRead).toBe(14);
    // not JSON at all
    writeFileSync(header, '{"format":1,');
    expect((await buildSite(source(all), opts(out))).entriesRead).toBe(14);
    expect(site(out)).toEqual(site(path.join(tmp, 'fresh')));
  });

  it("builds from every entry when a run name's saved history is damaged or gone (its task finds out)", async () => {
    const out = path.join(tmp, 'damaged-part');
    const runs = path.join(out, CACHE_DIR, 'runs');
    await buildSite(source(all.slice(0, 13)), opts(out));
    // one file per run name, and nothing else
    const parts = readdirSync(runs).sort();
    expect(parts).toHaveLength(2);
    expect(parts.every((f) => f.endsWith('.bin'))).toBe(true);

    const part = path.join(runs, parts[0]!);
    const bytes = readFileSync(part);
    bytes[bytes.length - 9]! ^= 0x01;
    writeFileSync(part, bytes);
    const r = await buildSite(source(all), opts(out));
    expect(r).toMatchObject({ entries: 14, entriesRead: 14, entriesRendered: 1 });
    expect(site(out)).toEqual(site(path.join(tmp, 'fresh')));
    // the full build saved the history again: the next rebuild resumes
    expect(readdirSync(runs).sort()).toEqual(parts);
    expect((await buildSite(source(all), opts(out))).entriesRead).toBe(1);

    rmSync(path.join(runs, parts[1]!));
    writeFileSync(path.join(runs, 'stray.bin'), 'not a history');
    expect((await buildSite(source(all), opts(out))).entriesRead).toBe(14);
    expect(readdirSync(runs).sort()).toEqual(parts);
    expect(site(out)).toEqual(site(path.join(tmp, 'fresh')));
  });

  it('builds from every entry when the ledger no longer holds the cached last entry', async () => {
    const out = path.join(tmp, 'rewritten');
    await buildSite(source(all.slice(0, 13)), opts(out));
    // a different history of the same length: the cached entry #12 is not there any more
    const other = entries(14, { stepAt: 3 });
    const r = await buildSite(source(other), opts(out));
    expect(r).toMatchObject({ entries: 14, entriesRead: 14 });
    const fresh = path.join(tmp, 'other-fresh');
    await buildSite(other, opts(fresh));
    expect(site(out)).toEqual(site(fresh));
  });

  it('reads only the new entries of a ledger directory on `report` rebuilds', async () => {
    const ledger = path.join(tmp, 'ledger');
    for (const e of all.slice(0, 5))
      await appendToLedger(ledger, { commit: e.commit, branch: 'main', runs: e.runs }, { cwd: tmp });
    const out = path.join(tmp, 'report-site');
    expect((await runCommand('report', ['--ledger', ledger, '--out', out], tmp)).code).toBe(0);
    await appendToLedger(ledger, { commit: all[5]!.commit, branch: 'main', runs: all[5]!.runs }, { cwd: tmp });
    const r = await runCommand('report', ['--ledger', ledger, '--out', out], tmp);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/6 ledger entries \(1 rendered, 2 read\)/);
    const fresh = path.join(tmp, 'report-fresh');
    expect((await runCommand('report', ['--ledger', ledger, '--out', fresh], tmp)).code).toBe(0);
    expect(site(out)).toEqual(site(fresh));

    // the entries a rebuild does read are checked as ever: a tampered new entry stops it
    await appendToLedger(ledger, { commit: all[6]!.commit, branch: 'main', runs: all[6]!.runs }, { cwd: tmp });
    const rel = ledgerHeadPath(ledger);
    const entry = JSON.parse(readFileSync(path.join(ledger, rel), 'utf8')) as LedgerEntry;
    entry.runs[0]!.run.seed = 7;
    writeFileSync(path.join(ledger, rel), JSON.stringify(entry));
    // (the CLI turns this error into its message and exit 1)
    await expect(runCommand('report', ['--ledger', ledger, '--out', out], tmp)).rejects.toMatchObject({
      name: 'LedgerError',
      file: rel,
      exitCode: 1,
    });
  });
});

describe('commit list pages', () => {
  /** n small entries (one run, one metric each), chained */
  function small(n: number): LedgerEntry[] {
    const out: LedgerEntry[] = [];
    let prev: string | null = null;
    for (let seq = 0; seq < n; seq++) {
      const e = {
        format: 1 as const,
        seq,
        commit: seq.toString(16).padStart(40, '0'),
        branch: 'main',
        recordedAt: new Date(Date.UTC(2026, 10, 1, 0, seq)).toISOString(),
        runs: [{ schemaVersion: 1 as const, run: { id: `r${seq}`, name: 'model' }, metrics: { score: seq % 7 } }],
        prev,
      };
      const hash = entryHash(e);
      out.push({ ...e, hash });
      prev = hash;
    }
    return out;
  }

  it('keep a full page as it is when a page is added; each page links its neighbours, which exist', async () => {
    const all = small(601);
    const out = path.join(tmp, 'pages');
    await buildSite(source(all.slice(0, 600)), { ...opts(out), jobs: 0 });
    const before = site(out);
    await buildSite(source(all), { ...opts(out), jobs: 0 });
    const after = site(out);
    const lists = [...after.keys()].filter((f) => f.startsWith('commits/')).sort();
    expect(lists).toEqual(['commits/index.html', 'commits/page-1.html', 'commits/page-2.html', 'commits/page-3.html']);
    // 600 entries: pages 1, 2 and the newest (3); 601: pages 1, 2, 3 and the newest. Page 1 does not
    // change, page 2 gains a link to its newer neighbour, page 3 is what the newest page held.
    expect(after.get('commits/page-1.html')).toBe(before.get('commits/page-1.html'));
    expect(before.get('commits/page-2.html')).not.toContain('page-3.html');
    expect(after.get('commits/page-2.html')).toContain('href="page-3.html"');
    for (const f of lists) {
      const hrefs = [...after.get(f)!.matchAll(/<nav class="pager"[^]*?<\/nav>/g)].flatMap((m) =>
        [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]!),
      );
      expect(hrefs.length, f).toBeGreaterThan(1);
      for (const h of hrefs) expect(after.has(`commits/${h}`), `${f} -> ${h}`).toBe(true);
    }
    // and the rebuilt site is the one a build from nothing makes
    const fresh = path.join(tmp, 'pages-fresh');
    await buildSite(all, { ...opts(fresh), jobs: 0 });
    expect(site(fresh)).toEqual(after);
  });
});

describe('report on no ledger', () => {
  it('says when the --ledger directory is not there, and when it holds no entries', async () => {
    const missing = path.join(tmp, 'no-such-ledger');
    await expect(runCommand('report', ['--ledger', missing, '--out', path.join(tmp, 'x1')], tmp)).rejects.toMatchObject(
      {
        name: 'UserError',
        message: `runledger report: --ledger ${missing}: there is no directory ${missing}; expected a ledger directory or git:<branch>`,
      },
    );
    const empty = path.join(tmp, 'empty-ledger');
    mkdirSync(empty);
    await expect(runCommand('report', ['--ledger', 'empty-ledger', '--out', 'x2'], tmp)).rejects.toMatchObject({
      name: 'UserError',
      message: 'runledger report: ledger empty-ledger has no entries yet: record runs first (runledger record)',
    });
  });
});
