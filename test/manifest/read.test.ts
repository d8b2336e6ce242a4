import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, readManifests } from '../../src/manifest/index.js';
import { repoRoot } from '../helpers/cli.js';

const example = path.join(repoRoot, 'examples/llm-finetune/baseline/run.json');

describe('reading manifests', () => {
  it('refuses a file over the size cap with a clear message, without parsing it', async () => {
    const r = await loadManifest(example, { maxBytes: 1024 });
    expect(r.manifest).toBeUndefined();
    expect(r.problems[0]!.message).toMatch(/the file is 4.6 KiB, over the 1.0 KiB limit for one manifest; split it/);
  });

  it('says plainly when a file is not UTF-8', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runledger-read-'));
    writeFileSync(path.join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    const r = await loadManifest(path.join(dir, 'latin1.json'));
    expect(r.problems[0]!.message).toBe('the file is not UTF-8 text; expected a JSON run manifest');
    // a real U+FFFD in valid UTF-8 is fine
    writeFileSync(
      path.join(dir, 'ok.json'),
      JSON.stringify({ schemaVersion: 1, run: { id: 'a', name: 'b', notes: '\uFFFD' }, metrics: {} }),
    );
    expect((await loadManifest(path.join(dir, 'ok.json'))).problems).toEqual([]);
  });

  it('takes files, directories and globs, each file once, in a stable order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runledger-read-'));
    mkdirSync(path.join(dir, 'runs/a'), { recursive: true });
    copyFileSync(example, path.join(dir, 'runs/a/one.json'));
    copyFileSync(path.join(repoRoot, 'examples/llm-finetune/current/run.json'), path.join(dir, 'runs/two.json'));
    const r = await readManifests(['runs', 'runs/**/*.json', 'runs/two.json'], { cwd: dir });
    expect(r.files).toEqual(['runs/a/one.json', 'runs/two.json']);
    expect(r.manifests).toHaveLength(2);
    expect(r.problems).toEqual([]);
  });

  it('reports an unreadable file as unreadable (exit 2), naming the reason', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runledger-read-'));
    mkdirSync(path.join(dir, 'x.json'));
    const r = await loadManifest(path.join(dir, 'x.json'));
    expect(r.unreadable).toBe(true);
    expect(r.problems[0]!.message).toMatch(/cannot read the file: EISDIR/);
  });
});
