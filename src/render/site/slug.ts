// File names for things named by manifests: readable, safe on every file system and in a URL, and
// unique (a short hash of the exact name keeps "a/b" and "a-b" apart).
import { createHash } from 'node:crypto';

export function shortHash(text: string, len = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, len);
}

export function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .toLowerCase()
    .slice(0, 48);
  return `${base || 'x'}-${shortHash(name)}`;
}
