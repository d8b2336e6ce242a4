// File names for things named by manifests: readable, safe on every file system and in a URL, and
// unique (a short hash of the exact name keeps "a/b" and "a-b" apart).
import { createHash } from 'node:crypto';

export function shortHash(text: string, len = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, len);
}

// names come back again and again (a run name on each of its pages, a run id in each metric's table):
// remembered, up to a bound, instead of hashed each time
const memo = new Map<string, string>();
const MEMO = 20_000;

export function slug(name: string): string {
  let s = memo.get(name);
  if (s === undefined) {
    if (memo.size >= MEMO) memo.clear();
    memo.set(name, (s = makeSlug(name)));
  }
  return s;
}

function makeSlug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .toLowerCase()
    .slice(0, 48);
  return `${base || 'x'}-${shortHash(name)}`;
}
