import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { validateManifest, type RunManifest } from '../../src/manifest/index.js';
import { repoRoot, runCommand } from '../helpers/cli.js';

export const corpus = path.join(repoRoot, 'test/fixtures/corpus');

export const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), `runledger-${prefix}-`));

/** `runledger import ...` in-process, with UserErrors turned into exit codes as the CLI does. */
export async function runImport(args: string[], cwd = repoRoot) {
  try {
    return await runCommand('import', args, cwd, {});
  } catch (e) {
    if (!isUserError(e)) throw e;
    return { code: e.exitCode, stdout: '', stderr: e.message };
  }
}

/** Imports one run to stdout and checks the manifest against the schema. */
export async function importOne(format: string, p: string, extra: string[] = []) {
  const r = await runImport([format, p, ...extra]);
  expect(r.stderr.includes('runledger import: cannot') ? r.stderr : '').toBe('');
  expect(r.code).toBe(0);
  const manifest = JSON.parse(r.stdout) as RunManifest;
  await expectValid(manifest);
  return { manifest, stderr: r.stderr };
}

export async function expectValid(m: unknown) {
  const v = await validateManifest(m, 'imported');
  expect(v.ok ? [] : v.problems).toEqual([]);
}
