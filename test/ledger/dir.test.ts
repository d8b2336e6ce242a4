import {
  readFileSync,
  writeFileSync,
  rmSync,
  readdirSync,
  truncateSync,
  existsSync,
  mkdirSync,
  utimesSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  appendToLedger,
  openLedger,
  verifyLedger,
  isLedgerLocation,
  rebuildIndex,
} from '../../src/publish/ledger/index.js';
import { runCommand } from '../helpers/cli.js';
import { cleanup, manifest, tempDir, treeHash, writeManifest } from './helpers.js';

afterAll(cleanup);

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const C3 = '3'.repeat(40);

async function threeEntries() {
  const cwd = tempDir();
  for (const [i, c] of [C1, C2, C3].entries())
    await appendToLedger(
      'led',
      {
        commit: c,
        runs: [
          manifest(`r${i}a`, 'model', { accuracy: 0.9 + i / 100 }, c),
          manifest(`r${i}b`, 'other', { f1: 0.5 }, c),
        ],
      },
      { cwd },
    );
  const files = () =>
    readdirSync(path.join(cwd, 'led/entries'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join(cwd, 'led/entries', f))
      .sort();
  return { cwd, files };
}

describe('directory ledger', () => {
  it('records batches as one file each, chained by hash, and reads them back in order', async () => {
    const { cwd, files } = await threeEntries();
    expect(files()).toHaveLength(3);
    expect(await isLedgerLocation('led', cwd)).toBe(true);
    expect(await isLedgerLocation('.', cwd)).toBe(false);
    const reader = await openLedger('led', { cwd });
    const entries = await reader.entries();
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(entries[0]!.prev).toBeNull();
    expect(entries[1]!.prev).toBe(entries[0]!.hash);
    expect(entries[2]!.prev).toBe(entries[1]!.hash);
    expect((await reader.atCommit(C2)).map((e) => e.seq)).toEqual([1]);
    expect((await reader.atCommit(C2.slice(0, 8))).map((e) => e.seq)).toEqual([1]);
    expect(await reader.atCommit('4'.repeat(40))).toEqual([]);
    const v = await verifyLedger('led', { cwd });
    expect(v.problems).toEqual([]);
    expect(v).toMatchObject({ entries: 3, runs: 6 });
  });

  it('stores a run once however often it is recorded (idempotent by run.id)', async () => {
    const cwd = tempDir();
    const runs = [manifest('a', 'm', { x: 1 }, C1), manifest('b', 'm', { x: 2 }, C1)];
    const first = await appendToLedger('led', { commit: C1, runs }, { cwd });
    expect(first).toMatchObject({ added: 2, skipped: 0 });
    const again = await appendToLedger('led', { commit: C1, runs }, { cwd });
    expect(again).toMatchObject({ entry: null, added: 0, skipped: 2 });
    const more = await appendToLedger(
      'led',
      { commit: C1, runs: [...runs, manifest('c', 'm', { x: 3 }, C1)] },
      { cwd },
    );
    expect(more).toMatchObject({ added: 1, skipped: 2 });
    expect(more.entry!.runs.map((r) => r.run.id)).toEqual(['c']);
    const all = (await (await openLedger('led', { cwd })).entries()).flatMap((e) => e.runs.map((r) => r.run.id));
    expect(all.sort()).toEqual(['a', 'b', 'c']);
  });

  it('serialises concurrent writers with a lock: all land, none lost or duplicated', async () => {
    const cwd = tempDir();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        appendToLedger('led', { commit: C1, runs: [manifest(`w${i}`, 'm', { x: i }, C1)] }, { cwd }),
      ),
    );
    const entries = await (await openLedger('led', { cwd })).entries();
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(entries.flatMap((e) => e.runs.map((r) => r.run.id)).sort()).toEqual([
      'w0',
      'w1',
      'w2',
      'w3',
      'w4',
      'w5',
      'w6',
      'w7',
    ]);
    expect(existsSync(path.join(cwd, 'led/write.lock'))).toBe(false);
  });

  it('takes over a stale lock left by a crashed writer', async () => {
    const cwd = tempDir();
    await appendToLedger('led', { commit: C1, runs: [manifest('a', 'm', { x: 1 }, C1)] }, { cwd });
    const lock = path.join(cwd, 'led/write.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = await appendToLedger('led', { commit: C1, runs: [manifest('b', 'm', { x: 2 }, C1)] }, { cwd });
    expect(r.entry!.seq).toBe(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('verify catches an edited value and names that entry', async () => {
    const { cwd, files } = await threeEntries();
    const f = files()[1]!;
    writeFileSync(f, readFileSync(f, 'utf8').replace('"value": 0.91', '"value": 0.95'));
    const r = await runCommand('verify', ['--ledger', 'led'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(path.relative(path.join(cwd, 'led'), f));
    expect(r.stderr).toMatch(/does not match its hash/);
  });

  it('verify catches a removed entry (in the middle, and the newest)', async () => {
    const { cwd, files } = await threeEntries();
    const [, second, third] = files();
    rmSync(second!);
    const r = await runCommand('verify', ['--ledger', 'led'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/jumps from entry 0 to entry 2: 1 entry is missing/);
    expect(r.stderr).toContain(path.relative(path.join(cwd, 'led'), third!));

    const other = await threeEntries();
    const last = other.files()[2]!;
    rmSync(last);
    const r2 = await runCommand('verify', ['--ledger', 'led'], other.cwd);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain(path.relative(path.join(other.cwd, 'led'), last));
    expect(r2.stderr).toMatch(/missing/);
    // and record refuses to chain on the removed head
    await expect(
      appendToLedger('led', { commit: C1, runs: [manifest('late', 'm', { x: 1 }, C1)] }, { cwd: other.cwd }),
    ).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/names .* as the newest entry, but it is missing/),
    });
  });

  it('verify catches a truncated file and a bad link', async () => {
    const { cwd, files } = await threeEntries();
    truncateSync(files()[0]!, 120);
    const r = await runCommand('verify', ['--ledger', 'led'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(path.relative(path.join(cwd, 'led'), files()[0]!));
    expect(r.stderr).toMatch(/invalid JSON/);
    expect(r.stdout).toMatch(/tampered or corrupt/);
  });

  it('verify checks every manifest against the schema', async () => {
    const cwd = tempDir();
    const bad = manifest('x', 'm', { x: 1 }, C1);
    (bad.run as unknown as Record<string, unknown>).status = 'exploded';
    await appendToLedger('led', { commit: C1, runs: [bad] }, { cwd });
    const r = await runCommand('verify', ['--ledger', 'led'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/runs\/0: \/run\/status/);
  });

  it('record on a corrupt ledger refuses and changes nothing', async () => {
    const { cwd, files } = await threeEntries();
    const dir = tempDir();
    const f = writeManifest(dir, manifest('new', 'm', { x: 1 }, C3));
    // the newest entry truncated; then the marker edited
    truncateSync(files()[2]!, 50);
    const before = treeHash(path.join(cwd, 'led'));
    // commands throw user errors; the CLI edge prints them and exits with their code
    const e = await runCommand('record', ['--ledger', 'led', f], cwd).catch((x: unknown) => x);
    expect(e).toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/00000002-\w+\.json: invalid JSON[^]*nothing was changed/),
    });
    expect(treeHash(path.join(cwd, 'led'))).toEqual(before);

    writeFileSync(path.join(cwd, 'led/ledger.json'), '{"runledger": "ledger", "format": 99}');
    const before2 = treeHash(path.join(cwd, 'led'));
    await expect(runCommand('record', ['--ledger', 'led', f], cwd)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/ledger\.json: ledger format 99/),
    });
    expect(treeHash(path.join(cwd, 'led'))).toEqual(before2);
  });

  it('refuses to turn a directory that is not a ledger into one', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'notes.txt'), 'hello');
    const dir = tempDir();
    const f = writeManifest(dir, manifest('new', 'm', { x: 1 }, C3));
    await expect(runCommand('record', ['--ledger', '.', f], cwd)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/not a runledger ledger/),
    });
    expect(readdirSync(cwd)).toEqual(['notes.txt']);
  });

  it('rebuilds the derived index from intact entries', async () => {
    const { cwd } = await threeEntries();
    const index = readFileSync(path.join(cwd, 'led/index.json'), 'utf8');
    rmSync(path.join(cwd, 'led/index.json'));
    expect((await runCommand('verify', ['--ledger', 'led'], cwd)).code).toBe(1);
    const r = await rebuildIndex('led', { cwd });
    expect(r.rebuilt).toBe(true);
    expect(readFileSync(path.join(cwd, 'led/index.json'), 'utf8')).toBe(index);
    expect((await runCommand('verify', ['--ledger', 'led'], cwd)).code).toBe(0);
  });
});

describe('record and verify commands', () => {
  it('record takes the commit from the runs and prints a one-line summary; verify says intact', async () => {
    const cwd = tempDir();
    const dir = tempDir();
    const files = [
      writeManifest(dir, manifest('a', 'm', { x: 1 }, C1)),
      writeManifest(dir, manifest('b', 'm', { x: 2 }, C1)),
    ];
    const r = await runCommand('record', ['--ledger', '.runledger', ...files], cwd);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('ledger .runledger: recorded 2 runs for 1111111111 as entry 0\n');
    const again = await runCommand('record', ['--ledger', '.runledger', ...files], cwd);
    expect(again.stdout).toMatch(/nothing to record: all 2 runs are already recorded/);
    const v = await runCommand('verify', ['--ledger', '.runledger'], cwd);
    expect(v).toMatchObject({
      code: 0,
      stdout: 'ledger .runledger: intact: 1 entry, 2 runs, every hash, link and manifest checks out\n',
    });
  });

  it('usage errors and unreadable ledgers exit 2; invalid manifests exit 1 and record nothing', async () => {
    const cwd = tempDir();
    await expect(runCommand('record', ['x.json'], cwd)).rejects.toMatchObject({ exitCode: 2 });
    await expect(runCommand('verify', [], cwd)).rejects.toMatchObject({ exitCode: 2 });
    await expect(runCommand('verify', ['--ledger', 'nope'], cwd)).rejects.toMatchObject({ exitCode: 2 });
    await expect(runCommand('record', ['--ledger', 'l', '--commit', 'xyz', 'a.json'], cwd)).rejects.toMatchObject({
      exitCode: 2,
    });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.json'), '{"schemaVersion": 1, "run": {"id": "a"}, "metrics": {}}');
    const r = await runCommand('record', ['--ledger', 'l', path.join(dir, 'bad.json')], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was recorded/);
    expect(existsSync(path.join(cwd, 'l'))).toBe(false);
    const mixed = [
      writeManifest(dir, manifest('p', 'm', { x: 1 }, C1)),
      writeManifest(dir, manifest('q', 'm', { x: 1 }, C2)),
    ];
    await expect(runCommand('record', ['--ledger', 'l', ...mixed], cwd)).rejects.toMatchObject({ exitCode: 2 });
    expect((await runCommand('record', ['--ledger', 'l', '--commit', C3, ...mixed], cwd)).code).toBe(0);
  });
});
