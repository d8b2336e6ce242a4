// Planning one record: read the current state (fail closed), drop runs already recorded (idempotent by
// run.id), and build the next entry chained on the head. The same plan serves both homes; a git writer
// re-plans on the new head when its push is rejected.
import { entryHash } from './hash.js';
import {
  commitDir,
  entryPath,
  INDEX_FILE,
  MARKER_FILE,
  RECENT_LIMIT,
  type IndexItem,
  type LedgerIndex,
  type LedgerMarker,
} from './layout.js';
import { checkEntry, entriesAt, LedgerError, readIndex, readMarker } from './read.js';
import type { Snapshot } from './snapshot.js';
import { LEDGER_FORMAT_VERSION, type AppendInput, type LedgerEntry } from './types.js';
import { ledgerMessages as msg } from '../../messages/ledger.js';

export interface Plan {
  /** the new entry, or null when every run is already recorded */
  entry: LedgerEntry | null;
  /** files to write (path -> text); the entry file and index.json, plus ledger.json for a new ledger */
  files: Map<string, string>;
  added: number;
  skipped: number;
}

export function serialize(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export async function planAppend(snap: Snapshot, input: AppendInput, now = new Date()): Promise<Plan> {
  const marker = await readMarker(snap);
  let index: LedgerIndex = { format: LEDGER_FORMAT_VERSION, head: null, recent: [] };
  const files = new Map<string, string>();
  if (marker === undefined) {
    const m: LedgerMarker = { runledger: 'ledger', format: LEDGER_FORMAT_VERSION, createdAt: now.toISOString() };
    files.set(MARKER_FILE, serialize(m));
  } else {
    index = await readIndex(snap);
    // the trees of the head entry and of the commits looked up below, in one round trip
    const lookups = new Set<string | null>([input.commit, ...input.runs.map((r) => r.code?.commit ?? null)]);
    await snap.prefetch([...(index.head ? [index.head.path] : []), ...[...lookups].map(commitDir)]);
    if (index.head) {
      const text = await snap.read(index.head.path);
      if (text === undefined) throw new LedgerError(snap.label, index.head.path, msg.headMissing(index.head.path));
      const r = checkEntry(text, index.head.path);
      if ('problem' in r) throw new LedgerError(snap.label, index.head.path, r.problem);
      if (r.entry.hash !== index.head.hash || r.entry.seq !== index.head.seq)
        throw new LedgerError(snap.label, INDEX_FILE, msg.headMismatch(index.head.seq, r.entry.seq));
    }
  }

  // idempotent by run.id: look where a run can already be: under this commit and under the run's own commit
  const commits = new Set<string | null>([input.commit]);
  for (const r of input.runs) if (r.code?.commit) commits.add(r.code.commit);
  const known = new Set<string>();
  if (marker !== undefined)
    for (const c of commits) for (const e of await entriesAt(snap, c)) for (const r of e.runs) known.add(r.run.id);
  const runs = [];
  let skipped = 0;
  for (const r of input.runs) {
    if (known.has(r.run.id)) skipped++;
    else {
      known.add(r.run.id);
      runs.push(r);
    }
  }
  if (runs.length === 0) return { entry: null, files: new Map(), added: 0, skipped };

  const head = index.head;
  const body: Omit<LedgerEntry, 'hash'> = {
    format: LEDGER_FORMAT_VERSION,
    seq: head ? head.seq + 1 : 0,
    commit: input.commit,
    ...(input.parents?.length ? { parents: input.parents } : {}),
    ...(input.branch ? { branch: input.branch } : {}),
    recordedAt: now.toISOString(),
    ...(input.source && Object.keys(input.source).length ? { source: input.source } : {}),
    runs,
    prev: head ? head.hash : null,
  };
  const entry: LedgerEntry = { ...body, hash: entryHash(body) };
  const path = entryPath(entry.commit, entry.seq, entry.hash);
  const item: IndexItem = {
    seq: entry.seq,
    hash: entry.hash,
    commit: entry.commit,
    path,
    ...(entry.branch ? { branch: entry.branch } : {}),
    ...(entry.parents ? { parents: entry.parents } : {}),
  };
  const next: LedgerIndex = {
    format: LEDGER_FORMAT_VERSION,
    head: item,
    recent: [...index.recent, item].slice(-RECENT_LIMIT),
  };
  files.set(path, serialize(entry));
  files.set(INDEX_FILE, serialize(next));
  return { entry, files, added: runs.length, skipped };
}

/** index.json rebuilt from entries in chain order. */
export function indexOf(entries: readonly LedgerEntry[]): LedgerIndex {
  const items: IndexItem[] = entries.map((e) => ({
    seq: e.seq,
    hash: e.hash,
    commit: e.commit,
    path: entryPath(e.commit, e.seq, e.hash),
    ...(e.branch ? { branch: e.branch } : {}),
    ...(e.parents ? { parents: e.parents } : {}),
  }));
  return { format: LEDGER_FORMAT_VERSION, head: items.at(-1) ?? null, recent: items.slice(-RECENT_LIMIT) };
}
