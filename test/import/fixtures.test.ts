// The corpus fixtures are the public files byte for byte: their sha256 match the provenance list.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from './helpers.js';

describe('corpus fixtures', () => {
  it('match the sha256 recorded in their README (SOURCES.md)', () => {
    const listed = [...readFileSync(path.join(corpus, 'README.md'), 'utf8').matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)];
    expect(listed.length).toBeGreaterThanOrEqual(10);
    for (const [, sha, file] of listed) {
      const actual = createHash('sha256')
        .update(readFileSync(path.join(corpus, file!)))
        .digest('hex');
      expect(actual, file).toBe(sha);
    }
  });
});
