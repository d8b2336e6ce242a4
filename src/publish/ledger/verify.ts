// verify: re-checks every file of a ledger (every hash, every link, every manifest against the schema,
// the marker and the derived index) and reports every problem in chain order, the first one first.
import { validateManifest, formatProblem } from '../../manifest/index.js';
import { checkChain, type ChainProblem } from './chain.js';
import { INDEX_FILE, parseEntryPath, RECENT_LIMIT } from './layout.js';
import { checkEntry, LedgerError, readIndex, readMarker } from './read.js';
import { indexOf } from './plan.js';
import type { Snapshot } from './snapshot.js';
import type { LedgerEntry } from './types.js';
import { canonicalJson } from './hash.js';
import { ledgerMessages as msg } from '../../messages/ledger.js';

export interface VerifyReport {
  entries: number;
  runs: number;
  /** every problem found, in chain order (files that cannot be placed in the chain first) */
  problems: ChainProblem[];
  /** the entries that checked out, in chain order (for --rebuild-index) */
  intact: LedgerEntry[];
}

export async function verifySnapshot(snap: Snapshot): Promise<VerifyReport> {
  const problems: ChainProblem[] = [];
  try {
    if ((await readMarker(snap)) === undefined) return { entries: 0, runs: 0, problems, intact: [] };
  } catch (e) {
    if (e instanceof LedgerError)
      return { entries: 0, runs: 0, problems: [{ file: e.file, problem: e.problem }], intact: [] };
    throw e;
  }
  const files = (await snap.listEntryFiles()).sort();
  const texts = await snap.readMany(files);
  const byFile: { file: string; seq: number; problem: string }[] = [];
  const entries: LedgerEntry[] = [];
  let runs = 0;
  for (const file of files) {
    const where = parseEntryPath(file);
    if (!where) {
      byFile.push({ file, seq: -1, problem: msg.strayFile() });
      continue;
    }
    const r = checkEntry(texts.get(file) ?? '', file);
    if ('problem' in r) {
      byFile.push({ file, seq: where.seq, problem: r.problem });
      continue;
    }
    // every manifest against the schema, with the same validator `runledger validate` uses
    let bad: string | undefined;
    for (const [i, m] of r.entry.runs.entries()) {
      const v = await validateManifest(m, `${file}#/runs/${i}`);
      if (!v.ok) {
        bad = msg.invalidRun(i, v.problems.map((p) => formatProblem({ ...p, file: '' }).replace(/^#/, '')).join('; '));
        break;
      }
    }
    if (bad) {
      byFile.push({ file, seq: where.seq, problem: bad });
      continue;
    }
    entries.push(r.entry);
    runs += r.entry.runs.length;
  }
  entries.sort((a, b) => a.seq - b.seq);
  // a broken file leaves a hole in the chain; report the file itself there, not the hole it leaves
  const brokenSeqs = new Set(byFile.map((b) => b.seq));
  const chain = checkChain(entries).filter((c) => {
    const seq = parseEntryPath(c.file)?.seq ?? -1;
    return !(brokenSeqs.has(seq - 1) || brokenSeqs.has(seq));
  });
  const ordered = [
    ...byFile.map((b) => ({ seq: b.seq, p: { file: b.file, problem: b.problem } })),
    ...chain.map((c) => ({ seq: parseEntryPath(c.file)?.seq ?? -1, p: c })),
  ].sort((a, b) => a.seq - b.seq);
  problems.push(...ordered.map((o) => o.p));

  // the derived index must agree with the entries (its head guards against removing the newest entry)
  try {
    const index = await readIndex(snap);
    const last = entries.at(-1);
    const head = index.head;
    if (head && (!last || head.seq > last.seq) && !brokenSeqs.has(head.seq))
      problems.push({ file: head.path, problem: msg.headMissing(head.path), kind: 'index' });
    else if (last && problems.length === 0) {
      const want = indexOf(entries.slice(-RECENT_LIMIT));
      if (
        canonicalJson(want.head) !== canonicalJson(index.head) ||
        canonicalJson(want.recent) !== canonicalJson(index.recent)
      )
        problems.push({ file: INDEX_FILE, problem: msg.headMismatch(head?.seq ?? -1, last.seq), kind: 'index' });
    }
  } catch (e) {
    if (e instanceof LedgerError) problems.push({ file: e.file, problem: e.problem, kind: 'index' });
    else throw e;
  }
  return { entries: files.length, runs, problems, intact: entries };
}
