import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCommand } from '../helpers/cli.js';

const fixtures = path.join(repoRoot, 'test/fixtures/invalid');

describe('runledger validate', () => {
  it('accepts every bundled example', async () => {
    const r = await runCommand('validate', ['examples/**/*.json']);
    expect(r.stdout).toMatch(/14 files checked: all valid/);
    expect(r.code).toBe(0);
  });

  // one folder per kind of invalid manifest: manifest.json and the expected message lines
  for (const name of readdirSync(fixtures).sort()) {
    it(`rejects ${name} with the file, the place and what was expected`, async () => {
      const file = path.join('test/fixtures/invalid', name, 'manifest.json');
      const r = await runCommand('validate', [file]);
      expect(r.code).toBe(1);
      const expected = readFileSync(path.join(fixtures, name, 'expect.txt'), 'utf8')
        .trim()
        .split('\n');
      const lines = r.stdout.trim().split('\n');
      for (const want of expected) {
        expect(
          lines.some((l) => l.startsWith(file) && l.includes(want)),
          `${want}\n--- got:\n${r.stdout}`,
        ).toBe(true);
      }
      expect(r.stdout).toMatch(/1 invalid file/);
      expect(r.stdout).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    });
  }

  it('reports every problem of every file, not just the first', async () => {
    const r = await runCommand('validate', ['test/fixtures/invalid/*/manifest.json']);
    expect(r.code).toBe(1);
    const count = readdirSync(fixtures).length;
    expect(r.stdout).toContain(`${count} files checked: ${count} invalid files`);
    expect(r.stdout).toMatch(/bad-metric-object.*\/value[\s\S]*bad-metric-object.*\/samples\/0/);
  });

  it('reads non-finite values as missing when asked to', async () => {
    const r = await runCommand('validate', ['--non-finite', 'missing', 'test/fixtures/invalid/nan/manifest.json']);
    expect(r.code).toBe(0);
  });

  it('exits 2 for a glob that matches nothing and for usage errors', async () => {
    const r = await runCommand('validate', ['no/such/*.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('no files match "no/such/*.json"');
    await expect(runCommand('validate', [])).rejects.toThrow(/no manifest files given/);
    await expect(runCommand('validate', ['--format', 'xml', 'x.json'])).rejects.toThrow(
      /--format "xml" is not allowed; expected "text" or "json"/,
    );
  });

  it('writes JSON for tools', async () => {
    const r = await runCommand('validate', ['--format', 'json', 'test/fixtures/invalid/bad-goal/manifest.json']);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ valid: false, files: 1, invalidFiles: 1 });
    expect(out.problems[0]).toMatchObject({ pointer: '/metrics/accuracy/goal' });
  });

  it('rejects two files with one run id', async () => {
    const r = await runCommand('validate', [
      'examples/image-classifier/baseline/seed-0.json',
      'examples/image-classifier/baseline/seed-0.json',
      'examples/image-classifier/baseline/seed-1.json',
    ]);
    expect(r.code).toBe(0); // the same file named twice is read once
  });
});
