// action.yml is the source of truth: the settings read exactly its inputs, and the usage tables in the
// README and docs/action.md are generated from it. RUNLEDGER_UPDATE_DOCS=1 rewrites stale tables.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/settings/index.js';
import { repoRoot } from '../helpers/cli.js';
import { readActionYml, USAGE_FILES, withUsage } from './usage.js';

/** the ```yaml blocks of a markdown file */
const yamlBlocks = (text: string) => [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

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

  it('the workflow examples parse and use only inputs action.yml declares; the quick start is at most 10 lines', () => {
    const inputs = new Set(Object.keys(readActionYml().inputs));
    let uses = 0;
    for (const file of USAGE_FILES) {
      const blocks = yamlBlocks(readFileSync(path.join(repoRoot, file), 'utf8'));
      expect(blocks.length, file).toBeGreaterThan(0);
      for (const block of blocks) {
        const doc = parse(block) as unknown;
        const steps: { uses?: string; with?: Record<string, unknown> }[] = [];
        const walk = (v: unknown) => {
          if (Array.isArray(v)) v.forEach(walk);
          else if (v && typeof v === 'object') {
            const o = v as { uses?: unknown };
            if (typeof o.uses === 'string' && o.uses.startsWith('runledger/runledger@'))
              steps.push(o as (typeof steps)[number]);
            Object.values(v).forEach(walk);
          }
        };
        walk(doc);
        for (const step of steps) {
          uses++;
          for (const k of Object.keys(step.with ?? {})) expect(inputs.has(k), `${file}: unknown input ${k}`).toBe(true);
        }
      }
    }
    expect(uses).toBeGreaterThan(5);
    const quickStart = yamlBlocks(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).find((b) =>
      b.includes('runledger/runledger@'),
    );
    expect(quickStart?.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
  });
});
