// The inputs/outputs tables of README.md and docs/action.md, generated from action.yml (formatted by
// prettier so that `prettier --check` and this generator agree).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/cli.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

export const START = '<!-- action-usage:start -->';
export const END = '<!-- action-usage:end -->';
export const USAGE_FILES = ['README.md', 'docs/action.md'];

export function readActionYml(): ActionYml {
  return parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export async function usageMarkdown(): Promise<string> {
  const a = readActionYml();
  const lines = [
    '| input | default | description |',
    '| --- | --- | --- |',
    ...Object.entries(a.inputs).map(
      ([k, v]) => `| \`${k}\` | ${v.default ? `\`${cell(v.default)}\`` : ''} | ${cell(v.description)} |`,
    ),
    '',
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(a.outputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`),
  ];
  return (await format(lines.join('\n'), { parser: 'markdown', filepath: 'usage.md' })).trimEnd();
}

/** The text of `file` with the generated section replaced (the section must exist). */
export async function withUsage(text: string): Promise<string> {
  const s = text.indexOf(START);
  const e = text.indexOf(END);
  if (s < 0 || e < s) throw new Error(`no ${START} ... ${END} section`);
  return `${text.slice(0, s + START.length)}\n\n${await usageMarkdown()}\n\n${text.slice(e)}`;
}
