// action.yml is the source of truth: the settings read exactly its inputs, and the usage tables in the
// README and docs/action.md are generated from it. RUNLEDGER_UPDATE_DOCS=1 rewrites stale tables.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_NAMES } from '../../src/settings/index.js';
import { repoRoot } from '../helpers/cli.js';
import { readActionYml, USAGE_FILES, withUsage } from './usage.js';

describe('action.yml', () => {
  it('declares exactly the inputs the settings read, each with a description and a default', () => {
    const a = readActionYml();
    expect(Object.keys(a.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, i] of Object.entries(a.inputs)) {
      expect(i.description.length, name).toBeGreaterThan(20);
      expect(typeof i.default, `${name} has a default`).toBe('string');
    }
    for (const [name, o] of Object.entries(a.outputs)) expect(o.description.length, name).toBeGreaterThan(10);
    const raw = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    expect(raw).toMatch(/using: node24\n\s+main: dist\/index\.js/);
    expect(a.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  for (const file of USAGE_FILES)
    it(`the usage table in ${file} is generated from action.yml`, async () => {
      const abs = path.join(repoRoot, file);
      const text = readFileSync(abs, 'utf8');
      const fresh = await withUsage(text);
      if (fresh !== text && process.env.RUNLEDGER_UPDATE_DOCS) writeFileSync(abs, fresh);
      expect(
        text === fresh,
        `${file}'s usage table is stale: run RUNLEDGER_UPDATE_DOCS=1 npx vitest run test/action/usage.test.ts`,
      ).toBe(true);
    });
});
