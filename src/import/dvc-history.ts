// Bulk history: a folder of <commit>/ snapshots of one DVC project (each with COMMIT: sha, parent
// shas, author date, subject; REFS: the refs pointing at it) gives one manifest per commit, oldest
// first, all under one run name so a ledger built from them is one history.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { RunManifest } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';
import { exists, isoFromText, readText, type ImportedRun, type Warn } from './common.js';
import { importDvcProject, type CommitInfo } from './dvc.js';

export interface DvcHistoryOptions {
  /** run name for every commit; default: the folder's name without a `-history` suffix */
  name?: string;
  warn?: Warn;
  /** also write manifests (with no metrics) for commits whose metrics files are not in the snapshot */
  keepEmpty?: boolean;
}

export interface DvcHistoryResult {
  manifests: { commit: string; parents: string[]; manifest: RunManifest }[];
  warnings: string[];
  /** commits without a manifest, and why */
  skipped: { commit: string; reason: string }[];
}

/** A folder holding <40-hex>/COMMIT snapshots. */
export async function isDvcHistory(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (
      e.isDirectory() &&
      /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(e.name) &&
      (await exists(path.join(dir, e.name, 'COMMIT')))
    )
      return true;
  }
  return false;
}

export function parseCommitFile(text: string, folder: string): CommitInfo | string {
  const lines = text.split(/\r?\n/);
  const sha = lines[0]?.trim() ?? '';
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return msg.historyBadCommit(folder, 'line 1 is not a commit sha');
  const parents = (lines[1] ?? '').trim().split(/\s+/).filter(Boolean);
  if (parents.some((p) => !/^[0-9a-f]{7,64}$/.test(p)))
    return msg.historyBadCommit(folder, 'line 2 is not a list of parent shas');
  const authorDate = lines[2]?.trim() ? isoFromText(lines[2].trim()) : undefined;
  if (lines[2]?.trim() && !authorDate)
    return msg.historyBadCommit(folder, `line 3 ${JSON.stringify(lines[2])} is not a date`);
  const subject = lines.slice(3).join('\n').trim();
  return { sha, parents, ...(authorDate ? { authorDate } : {}), ...(subject ? { subject } : {}), refs: [] };
}

export async function importDvcHistoryRuns(
  dir: string,
  opts: DvcHistoryOptions,
): Promise<{
  runs: (ImportedRun & { commit: CommitInfo })[];
  warnings: string[];
  skipped: DvcHistoryResult['skipped'];
}> {
  const warnings: string[] = [];
  const warn = (w: string) => {
    warnings.push(w);
    opts.warn?.(w);
  };
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const commits: { folder: string; info: CommitInfo }[] = [];
  const skipped: DvcHistoryResult['skipped'] = [];
  for (const folder of entries.sort()) {
    const file = path.join(dir, folder, 'COMMIT');
    if (!(await exists(file))) continue;
    const info = parseCommitFile(await readText(file), folder);
    if (typeof info === 'string') {
      skipped.push({ commit: folder, reason: info });
      warn(info);
      continue;
    }
    const refsFile = path.join(dir, folder, 'REFS');
    if (await exists(refsFile))
      info.refs = (await readText(refsFile))
        .split(/\r?\n/)
        .map((r) => r.trim())
        .filter(Boolean);
    commits.push({ folder, info });
  }
  // oldest first (author date, then sha), the order a ledger records them in
  commits.sort(
    (a, b) => (a.info.authorDate ?? '').localeCompare(b.info.authorDate ?? '') || a.info.sha.localeCompare(b.info.sha),
  );
  const defaultName = path.basename(path.resolve(dir)).replace(/-history$/, '');
  const runs: (ImportedRun & { commit: CommitInfo })[] = [];
  for (const { folder, info } of commits) {
    const r = await importDvcProject(path.join(dir, folder), {
      warn,
      commit: info,
      defaultName,
      ...(opts.keepEmpty ? { keepEmpty: true } : {}),
      ...(opts.name ? { name: opts.name } : {}),
    });
    if (r.run) runs.push({ ...r.run, commit: info });
    else {
      const reason = r.skipped ?? 'no manifest';
      skipped.push({ commit: info.sha, reason });
      warn(msg.historySkipped(info.sha, reason));
    }
  }
  return { runs, warnings, skipped };
}

/** The bulk history import as a function, for the site demo and other callers. */
export async function importDvcHistory(dir: string, opts: DvcHistoryOptions = {}): Promise<DvcHistoryResult> {
  const { runs, warnings, skipped } = await importDvcHistoryRuns(dir, opts);
  return {
    manifests: runs.map((r) => ({ commit: r.commit.sha, parents: r.commit.parents, manifest: r.manifest })),
    warnings,
    skipped,
  };
}
