// The data downloads: closed chunks of 1,000 entries, the open chunk in blocks of 100, each file keyed
// by the entries it holds so that a rebuild writes only the block the new entry went into.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/publish/ledger/types.js';
import { planDownloads, writeDownloads } from '../../src/render/site/downloads.js';
import { FileSink } from '../../src/render/site/writer.js';
import { addRow, emptyHistory, entryRows, padColumns, type RunHistory } from '../../src/render/site/history.js';

function entry(seq: number): LedgerEntry {
  return {
    format: 1,
    seq,
    commit: seq.toString(16).padStart(40, '0'),
    branch: 'main',
    recordedAt: '2026-11-01T00:00:00.000Z',
    runs: [{ schemaVersion: 1, run: { id: `r${seq}`, name: 'model' }, metrics: { score: seq } }],
    prev: null,
    hash: `sha256:${seq}`,
  };
}

/** The history of run name `model` over these entries (as a build keeps it). */
function historyOf(entries: LedgerEntry[]): RunHistory {
  const h = emptyHistory('model');
  for (const e of entries) addRow(h, { seq: e.seq, commit: e.commit, row: entryRows(e).get('model')! });
  padColumns(h);
  return h;
}

function plan(n: number, previous: Map<string, string> = new Map()) {
  const entries = Array.from({ length: n }, (_, seq) => entry(seq));
  const hashes = new Map(entries.map((e) => [e.seq, e.hash]));
  return planDownloads(historyOf(entries), hashes, n, (rel, key) => previous.get(rel) === key);
}

describe('planDownloads', () => {
  it('splits closed chunks of 1,000 entries and the open one in blocks of 100', () => {
    const files = plan(2250);
    expect(files.map((f) => [f.csv.replace(/^data\/model-[0-9a-f]+\//, ''), f.from, f.to, f.label])).toEqual([
      ['history-1.csv', 0, 1000, '#0–999'],
      ['history-2.csv', 1000, 2000, '#1000–1999'],
      ['history-3-1.csv', 2000, 2100, '#2000–2099'],
      ['history-3-2.csv', 2100, 2200, '#2100–2199'],
      ['history-3-3.csv', 2200, 2250, '#2200–2249'],
    ]);
    expect(files.every((f) => f.json === f.csv.replace(/\.csv$/, '.json'))).toBe(true);
  });

  it('keeps every file but the block a new entry goes into', () => {
    const before = new Map(plan(2250).flatMap((f) => [[f.csv, f.key] as const, [f.json, f.key] as const]));
    const after = plan(2251, before);
    expect(after.filter((f) => !f.kept).map((f) => f.csv.replace(/^.*\//, ''))).toEqual(['history-3-3.csv']);
  });

  it('writes a chunk whole once it closes, in place of its blocks', () => {
    const files = plan(3001).map((f) => f.csv.replace(/^.*\//, ''));
    expect(files).toEqual(['history-1.csv', 'history-2.csv', 'history-3.csv', 'history-4-1.csv']);
  });
});

describe('writeDownloads', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'runledger-downloads-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes every row as CSV and as JSON that parses to the recorded values', async () => {
    const e = (seq: number, commit: string | null, runs: LedgerEntry['runs']): LedgerEntry => ({
      ...entry(seq),
      commit,
      runs,
    });
    const run = (seq: number, replica: number, metrics: LedgerEntry['runs'][number]['metrics']) => ({
      schemaVersion: 1 as const,
      run: { id: `r${seq}-${replica}`, name: 'model', replica },
      metrics,
    });
    // as a manifest parsed from JSON has it: __proto__ is a key like any other
    const h = historyOf([
      e(0, 'c0', [run(0, 0, JSON.parse('{"score": 0.5, "__proto__": 1, "=cmd": -2}') as Record<string, number>)]),
      e(1, null, [run(1, 0, { score: 0.25 }), run(1, 1, { score: 0.75 })]),
      e(2, 'c"2', [run(2, 0, { score: { value: 1e-7, samples: [0, 2e-7] }, '=cmd': 3 })]),
    ]);
    const chunks = planDownloads(h, new Map([0, 1, 2].map((s) => [s, `h${s}`])), 3, () => false);
    const sink = new FileSink(tmp);
    writeDownloads(h, chunks, { recordedAt: ['t0', 't1', 't2'], from: 0 }, sink);
    await sink.settle();
    const json = JSON.parse(readFileSync(path.join(tmp, chunks[0]!.json), 'utf8')) as {
      run: string;
      metrics: { name: string }[];
      rows: { seq: number; commit: string | null; recordedAt: string; runIds: string[]; metrics: object }[];
    };
    expect(json.run).toBe('model');
    expect(json.metrics.map((m) => m.name)).toEqual(['score', '__proto__', '=cmd']);
    expect(json.rows.map((r) => [r.seq, r.commit, r.recordedAt, r.runIds])).toEqual([
      [0, 'c0', 't0', ['r0-0']],
      [1, null, 't1', ['r1-0', 'r1-1']],
      [2, 'c"2', 't2', ['r2-0']],
    ]);
    expect(Object.entries(json.rows[0]!.metrics)).toEqual([
      ['score', 0.5],
      ['__proto__', 1],
      ['=cmd', -2],
    ]);
    expect(json.rows[1]!.metrics).toEqual({ score: { value: 0.5, min: 0.25, max: 0.75, samples: 2 } });
    expect(json.rows[2]!.metrics).toEqual({ score: { value: 1e-7, min: 0, max: 2e-7, samples: 2 }, '=cmd': 3 });
    const csv = readFileSync(path.join(tmp, chunks[0]!.csv), 'utf8').split('\n');
    // a header that a spreadsheet would run as a formula is quoted; numbers are written as they are
    expect(csv[0]).toBe("seq,commit,recordedAt,runIds,score,__proto__,'=cmd");
    expect(csv.slice(1)).toEqual(['0,c0,t0,r0-0,0.5,1,-2', '1,,t1,r1-0 r1-1,0.5,,', '2,"c""2",t2,r2-0,1e-7,,3', '']);
  });
});

describe('a chunk that closes', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'runledger-chunk-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // two metrics, one named to trip a naive CSV or JSON splitter, and a spread of two samples in every
  // seventh entry; `goal` set from entry `goalFrom` on (it is in the JSON files' head)
  function history(n: number, goalFrom = Infinity) {
    const entries: LedgerEntry[] = [];
    for (let seq = 0; seq < n; seq++) {
      const odd = 'a\n"rows":[b,';
      const runs: LedgerEntry['runs'] = [0, 1].slice(0, seq % 7 ? 1 : 2).map((replica) => ({
        schemaVersion: 1,
        run: { id: `r${seq}-${replica}`, name: 'model', replica },
        metrics: {
          score: seq >= goalFrom ? { value: seq / 3 + replica, goal: 'maximize' } : seq / 3 + replica,
          [odd]: -seq,
        },
      }));
      entries.push({ ...entry(seq), runs });
    }
    return { h: historyOf(entries), hashes: new Map(entries.map((e) => [e.seq, e.hash])) };
  }
  const sources = (n: number) => ({
    recordedAt: Array.from({ length: n }, (_, i) => `t${i}`),
    from: 0,
  });
  /** the files of a build of n entries in dir, after one of n - 1 entries there (when `after`) */
  async function build(
    dir: string,
    n: number,
    after: boolean,
    goalFrom?: number,
    between?: (blocks: string[]) => void,
  ) {
    const sink = new FileSink(path.join(tmp, dir));
    const previous = new Map<string, string>();
    if (after) {
      const { h, hashes } = history(n - 1, goalFrom);
      const chunks = planDownloads(h, hashes, n - 1, () => false);
      writeDownloads(h, chunks, sources(n - 1), sink);
      await sink.settle();
      for (const c of chunks) previous.set(c.csv, c.key).set(c.json, c.key);
      between?.(chunks.map((c) => path.join(tmp, dir, c.json)));
    }
    const { h, hashes } = history(n, goalFrom);
    const chunks = planDownloads(h, hashes, n, (rel, key) => previous.get(rel) === key);
    writeDownloads(h, chunks, sources(n), sink);
    // the blocks a closed chunk was joined from are removed meanwhile
    await sink.settle();
    const read = (rel: string) => readFileSync(path.join(tmp, dir, rel), 'utf8');
    return { chunks, closed: { csv: read(chunks[0]!.csv), json: read(chunks[0]!.json) } };
  }

  it('is joined from the blocks the build before wrote, to the same bytes as formatting its rows', async () => {
    const fresh = await build('fresh', 1001, false);
    expect(fresh.chunks[0]!.blocks).toBeUndefined();
    const joined = await build('joined', 1001, true);
    expect(joined.chunks.map((c) => [c.from, c.to, c.kept, c.blocks?.length])).toEqual([
      [0, 1000, false, 10],
      [1000, 1001, false, undefined],
    ]);
    expect(joined.closed).toEqual(fresh.closed);
    // and the blocks are gone: the closed chunk replaces them
    for (const b of joined.chunks[0]!.blocks!) expect(existsSync(path.join(tmp, 'joined', b.csv)), b.csv).toBe(false);
    for (const b of joined.chunks[0]!.blocks!) expect(existsSync(path.join(tmp, 'joined', b.json)), b.json).toBe(false);
    const rows = (JSON.parse(joined.closed.json) as { rows: { seq: number }[] }).rows;
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('is formatted again when a block is missing or was written with another head', async () => {
    const fresh = await build('fresh2', 1001, false, 1000);
    // the new entry brings the metric's goal, which the blocks' heads do not have
    const stale = await build('stale', 1001, true, 1000);
    expect(stale.chunks[0]!.blocks).toHaveLength(10);
    expect(stale.closed).toEqual(fresh.closed);
    expect((JSON.parse(stale.closed.json) as { metrics: object[] }).metrics[0]).toEqual({
      name: 'score',
      goal: 'maximize',
      unit: null,
    });
    const same = await build('fresh3', 1001, false);
    const missing = await build('missing', 1001, true, undefined, (blocks) => rmSync(blocks[4]!));
    expect(missing.chunks[0]!.blocks).toHaveLength(10);
    expect(missing.closed).toEqual(same.closed);
  });
});
