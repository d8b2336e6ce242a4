import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/capture/progress.js';

describe('progress bar', () => {
  it('draws nothing for small data and ends a large digest at 100% with a newline', () => {
    let out = '';
    const small = progressBar((t) => (out += t), 'digest data');
    small(10, 10);
    expect(out).toBe('');
    const big = progressBar((t) => (out += t), 'digest data');
    const total = 256 * 2 ** 20;
    big(1, total);
    big(total, total);
    big(total, total);
    expect(out.startsWith('\rdigest data [')).toBe(true);
    expect(out).toMatch(/\] 100% 256\/256 MiB\n$/);
    expect(out.match(/100%/g)).toHaveLength(1);
  });
});
