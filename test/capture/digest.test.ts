import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestPath } from '../../src/capture/digest.js';

const dir = mkdtempSync(path.join(tmpdir(), 'runledger-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256sum = (file: string) => 'sha256:' + execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];

describe('content digests', () => {
  it('hashes a file like sha256sum, across chunk boundaries, and counts JSON Lines records', async () => {
    const f = path.join(dir, 'big.jsonl');
    writeFileSync(f, '{"x": 1}\n'.repeat(300_000)); // 2.7 MB: several 1 MiB chunks
    const d = await digestPath(f);
    expect(d).toEqual({ digest: sha256sum(f), bytes: 2_700_000, files: 1, kind: 'file', records: 300_000 });
  });

  it('gives a directory the same digest wherever it lives and whatever order files were written in', async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'elsewhere/b');
    for (const [root, order] of [
      [a, ['z.txt', 'sub/y.txt', 'A.txt', 'sub/x.txt']],
      [b, ['sub/x.txt', 'A.txt', 'z.txt', 'sub/y.txt']],
    ] as const) {
      for (const f of order) {
        mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
        writeFileSync(path.join(root, f), `content of ${f}`);
      }
    }
    const da = await digestPath(a);
    const db = await digestPath(b);
    expect(da.digest).toBe(db.digest);
    expect(da).toMatchObject({ files: 4, kind: 'directory' });
    expect(da.records).toBeUndefined();
    writeFileSync(path.join(b, 'sub/x.txt'), 'changed');
    expect((await digestPath(b)).digest).not.toBe(da.digest);
  });

  it('follows a symlinked directory once and never loops', async () => {
    const root = path.join(dir, 'links');
    mkdirSync(path.join(root, 'real'), { recursive: true });
    writeFileSync(path.join(root, 'real/f.csv'), 'h\n1\n2\n');
    symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
    symlinkSync(root, path.join(root, 'real/loop'));
    const d = await digestPath(root);
    expect(d.files).toBe(2);
    expect(d.records).toBe(4);
  });

  it('reports progress up to the total', async () => {
    const seen: [number, number][] = [];
    await digestPath(path.join(dir, 'big.jsonl'), (done, total) => seen.push([done, total]));
    expect(seen[seen.length - 1]).toEqual([2_700_000, 2_700_000]);
  });
});
