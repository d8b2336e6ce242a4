// What the builder's thread keeps of each run name while it reads the ledger. A build from nothing
// keeps every history in full (typed-array columns, handed to the run name's task as they are); a
// rebuild keeps only what each saved history is (RunMeta: its rows' entries, its metrics) and the
// rows the new entries add, and the run name's task reads the saved values itself (run-parts.ts).
// So a rebuild's thread never reads, copies or saves the values of 10,000 entries.
import type { LedgerEntry } from '../../publish/ledger/types.js';
import {
  addMetaRow,
  addRow,
  emptyHistory,
  entryRows,
  padColumns,
  type AddedRow,
  type EntryRow,
  type RunHistory,
  type RunMeta,
} from './history.js';
import type { PartRef, SavedHistory } from './run-parts.js';

/** A run name as kept here: its history in full, or the saved one and the rows added since. */
export type KeptRun = { history: RunHistory } | { meta: RunMeta; saved: PartRef; added: AddedRow[] };

/** What the run name's history is (with the rows added since it was saved). */
export const metaOf = (r: KeptRun): RunMeta => ('history' in r ? r.history : r.meta);

/** The history a run name's task starts from, and the rows it adds to it. */
export function taskHistory(r: KeptRun): { history: RunHistory | SavedHistory; added: AddedRow[] } {
  return 'history' in r
    ? { history: r.history, added: [] }
    : { history: { saved: r.saved, name: r.meta.name, length: r.meta.length - r.added.length }, added: r.added };
}

export class RunStore {
  readonly runs = new Map<string, KeptRun>();

  /** starts empty, or with the histories a previous build saved (as their files and what they are) */
  constructor(saved?: Map<string, { meta: RunMeta; part: PartRef }>) {
    for (const [name, s] of saved ?? []) this.runs.set(name, { meta: s.meta, saved: s.part, added: [] });
  }

  add(entry: LedgerEntry, rows: Map<string, EntryRow> = entryRows(entry)): void {
    for (const [name, row] of rows) {
      const r = this.runs.get(name) ?? { history: emptyHistory(name) };
      this.runs.set(name, r);
      const added = { seq: entry.seq, commit: entry.commit, row };
      if ('history' in r) addRow(r.history, added);
      else {
        addMetaRow(r.meta, entry.seq, row);
        r.added.push(added);
      }
    }
  }

  /** Pads the columns of the histories kept in full (once the last entry is in). */
  finish(): void {
    for (const r of this.runs.values()) if ('history' in r) padColumns(r.history);
  }

  metas(): RunMeta[] {
    return [...this.runs.values()].map(metaOf);
  }
}
