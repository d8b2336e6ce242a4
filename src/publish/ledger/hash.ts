// The hash chain: an entry's hash is SHA-256 over the RFC 8785 canonical JSON of every field but `hash`.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { LedgerEntry } from './types.js';

export function canonicalJson(value: unknown): string {
  const s = canonicalize(value);
  if (s === undefined) throw new Error('value cannot be written as canonical JSON');
  return s;
}

export function sha256(text: string | Buffer): string {
  return 'sha256:' + createHash('sha256').update(text).digest('hex');
}

/** The hash an entry must carry: over all its fields except `hash` itself. */
export function entryHash(entry: Omit<LedgerEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...rest } = entry;
  return sha256(canonicalJson(rest));
}
