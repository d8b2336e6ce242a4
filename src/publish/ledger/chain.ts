// The links of the hash chain: seq 0..n without gaps or repeats, each entry's prev = the hash before it.
import { ledgerMessages as msg } from '../../messages/ledger.js';
import { entryPath } from './layout.js';
import type { LedgerEntry } from './types.js';

export interface ChainProblem {
  file: string;
  problem: string;
  /** 'index' when only the derived index.json is wrong (rebuildable from intact entries) */
  kind?: 'index';
}

/** Checks entries sorted by seq; returns every broken link in chain order (empty when intact). */
export function checkChain(sorted: readonly LedgerEntry[]): ChainProblem[] {
  const out: ChainProblem[] = [];
  let prevHash: string | null = null;
  let expected = 0;
  for (const e of sorted) {
    const file = entryPath(e.commit, e.seq, e.hash);
    if (e.seq !== expected) {
      out.push({ file, problem: expected === 0 && e.seq > 0 ? msg.firstNotZero(e.seq) : msg.gap(expected, e.seq) });
    } else if (e.prev !== prevHash) {
      out.push({ file, problem: msg.badLink(e.seq, e.prev, prevHash) });
    }
    prevHash = e.hash;
    expected = e.seq + 1;
  }
  return out;
}
