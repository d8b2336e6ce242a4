// Writing the site's files in place: a file ends with exactly its new content once the work started
// meanwhile (cutting a longer old content's tail, removing files) has settled.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSink, rewrite } from '../../src/render/site/writer.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'runledger-writer-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rewrite', () => {
  it('creates a file, writes a longer content over it, and cuts a shorter one to its length', async () => {
    const file = path.join(tmp, 'a.html');
    expect(rewrite(file, 'x'.repeat(5000))).toBeUndefined();
    expect(rewrite(file, 'y'.repeat(9000))).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe('y'.repeat(9000));
    // shorter by more than a block: the tail goes meanwhile, and is gone once the promise settles
    const cut = rewrite(file, Buffer.from('z'.repeat(100)));
    expect(cut).toBeInstanceOf(Promise);
    await cut;
    expect(readFileSync(file, 'utf8')).toBe('z'.repeat(100));
    expect(statSync(file).size).toBe(100);
    // the same length: nothing left to cut
    expect(rewrite(file, 'w'.repeat(100))).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe('w'.repeat(100));
  });
});

describe('FileSink', () => {
  it('has every file as written, and the removed ones gone, once it settles', async () => {
    const sink = new FileSink(path.join(tmp, 'site'));
    sink.put('r/a.html', 'a'.repeat(20000));
    sink.put('r/b.html', 'b'.repeat(300));
    await sink.settle();
    sink.put('r/a.html', 'short');
    sink.remove('r/b.html', 'r/never-there.html');
    await sink.settle();
    expect(readFileSync(path.join(tmp, 'site/r/a.html'), 'utf8')).toBe('short');
    expect(existsSync(path.join(tmp, 'site/r/b.html'))).toBe(false);
    expect(sink.stats).toEqual({ written: 3, unchanged: 0, bytes: 20305 });
  });

  it('writes a file written again while its tail is being cut after the cut, not before', async () => {
    const sink = new FileSink(path.join(tmp, 'site3'));
    const files = Array.from({ length: 50 }, (_, i) => `f${i}.html`);
    for (const f of files) sink.put(f, 'a'.repeat(20000));
    await sink.settle();
    // shorter (its tail cut meanwhile), then longer again: the cut must not shorten the second write
    for (const f of files) {
      sink.put(f, 'b'.repeat(10));
      sink.put(f, 'c'.repeat(9000));
    }
    await sink.settle();
    for (const f of files) expect(readFileSync(path.join(tmp, 'site3', f), 'utf8'), f).toBe('c'.repeat(9000));
  });

  it('settles with the error of work that failed meanwhile (a file it could not remove)', async () => {
    const sink = new FileSink(path.join(tmp, 'site2'));
    const dir = path.join(tmp, 'site2', 'full');
    sink.put('full/x.html', 'x');
    writeFileSync(path.join(tmp, 'site2', 'plain'), 'a file, not a folder');
    // removing "plain/y.html" fails: "plain" is a file (ENOTDIR)
    sink.remove('plain/y.html');
    await expect(sink.settle()).rejects.toThrow(/ENOTDIR/);
    expect(existsSync(dir)).toBe(true);
  });
});
