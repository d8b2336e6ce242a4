// The git-branch home, read side: a private bare repository in a temporary directory fetches the ledger
// branch from the checkout's `origin` (shallow, blob-less where the server allows it) and reads files
// from the fetched commit. The user's checkout is never touched: no ref, object, index or file of it
// changes.
import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git, gitText, GitError } from './git.js';
import { ENTRIES_DIR } from './layout.js';
import type { Snapshot } from './snapshot.js';
import { UserError } from '../../errors.js';
import { ledgerMessages as msg } from '../../messages/ledger.js';

/** A private bare repository that talks to the user's origin on the user's behalf. */
export interface GitHome {
  branch: string;
  /** the private repository (a temporary bare repository) */
  dir: string;
  /** `-c key=value` pairs copied from the checkout's config: credentials, url rewrites */
  config: string[];
  env: Record<string, string | undefined>;
  /** true when the server ignored the filter and sent the whole tip (nothing is ever missing) */
  complete: boolean;
  /** objects fetched by id (fetchMissing) */
  fetched: Set<string>;
  /** fetches the branch; returns its tip, or null when the branch does not exist yet */
  fetch(): Promise<string | null>;
  run(
    args: readonly string[],
    input?: string | Buffer,
    env?: Record<string, string | undefined>,
  ): ReturnType<typeof git>;
  close(): Promise<void>;
}

const live = new Set<string>();
let exitHook = false;

/** Parses `git:<branch>`; undefined for anything else. */
export function gitBranchOf(location: string): string | undefined {
  if (!location.startsWith('git:')) return undefined;
  return location.slice(4);
}

function looksLocal(url: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return false;
  // scp-like user@host:path
  if (/^[^/]+:/.test(url) && !/^[a-zA-Z]:[\\/]/.test(url)) return false;
  return true;
}

export async function openGitHome(
  branch: string,
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<GitHome> {
  const check = await git(['check-ref-format', `refs/heads/${branch}`], { cwd });
  if (branch === '' || check.code !== 0) throw new UserError(msg.badBranch(branch));
  const top = await git(['rev-parse', '--show-toplevel'], { cwd });
  if (top.code !== 0) throw new UserError(msg.notInRepo(`git:${branch}`, cwd));
  const topDir = top.stdout.toString().trim();
  const urlR = await git(['remote', 'get-url', 'origin'], { cwd });
  if (urlR.code !== 0) throw new UserError(msg.noOrigin(`git:${branch}`, topDir));
  let url = urlR.stdout.toString().trim();
  if (looksLocal(url) && !path.isAbsolute(url)) url = path.resolve(topDir, url);
  // credentials and url rewrites the checkout carries (actions/checkout writes an extraheader there)
  const cfg = await git(['config', '--local', '--includes', '--null', '--get-regexp', '^(http|credential|url)\\.'], {
    cwd,
  });
  const config: string[] = [];
  if (cfg.code === 0)
    for (const item of cfg.stdout.toString().split('\0')) {
      if (!item) continue;
      const nl = item.indexOf('\n');
      config.push('-c', nl < 0 ? item : `${item.slice(0, nl)}=${item.slice(nl + 1)}`);
    }
  const dir = await mkdtemp(path.join(tmpdir(), 'runledger-git-'));
  live.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const d of live) rmSync(d, { recursive: true, force: true });
    });
  }
  await gitText(['init', '--bare', '-q', dir], { cwd: dir });
  await gitText(['remote', 'add', 'origin', url], { cwd: dir });
  // a throw-away repository: no background maintenance after each fetch
  await gitText(['config', 'maintenance.auto', 'false'], { cwd: dir });
  await gitText(['config', 'gc.auto', '0'], { cwd: dir });
  const ref = `refs/runledger/${branch}`;
  // no silent lazy fetches: every object a command needs was fetched on purpose (fetchMissing); a
  // missing one is a bug to see, not a slow path to hide
  const run: GitHome['run'] = (args, input, extra) =>
    git([...config, ...args], { cwd: dir, input, env: { GIT_NO_LAZY_FETCH: '1', ...env, ...extra } });
  const home: GitHome = {
    branch,
    dir,
    config,
    env,
    run,
    complete: false,
    fetched: new Set(),
    async fetch() {
      const r = await run([
        'fetch',
        '--depth=1',
        '--filter=tree:2',
        '--no-tags',
        '--no-write-fetch-head',
        '--quiet',
        'origin',
        `+refs/heads/${branch}:${ref}`,
      ]);
      if (r.code !== 0) {
        if (/couldn't find remote ref|could not find remote ref/i.test(r.stderr)) return null;
        throw new UserError(msg.fetchFailed(`git:${branch}`, r.stderr.trim()));
      }
      // a server without partial clone ignores the filter and sends every object of the tip
      if (/filtering not recognized/i.test(r.stderr)) home.complete = true;
      return gitText(['rev-parse', ref], { cwd: dir });
    },
    async close() {
      live.delete(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return home;
}

/**
 * Fetches objects by id in one round trip, blob-less below trees (a bucket tree comes with its commit
 * directories). git cannot be asked "is this object here?" in a partial clone without fetching it, so
 * the home remembers what it fetched; nothing is fetched when the server sent everything anyway.
 */
export async function fetchMissing(
  home: GitHome,
  oids: readonly string[],
  filter: 'blob:none' | 'tree:0' = 'blob:none',
): Promise<void> {
  if (home.complete) return;
  const missing = [...new Set(oids)].filter((o) => !home.fetched.has(`${filter} ${o}`));
  if (missing.length === 0) return;
  const f = await home.run(
    [
      '-c',
      'fetch.negotiationAlgorithm=noop',
      'fetch',
      'origin',
      '--no-tags',
      '--no-write-fetch-head',
      '--recurse-submodules=no',
      `--filter=${filter}`,
      '--stdin',
    ],
    missing.join('\n') + '\n',
  );
  if (f.code !== 0) throw new UserError(msg.fetchFailed(`git:${home.branch}`, f.stderr.trim()));
  for (const o of missing) home.fetched.add(`${filter} ${o}`);
}

/**
 * Reads the files of one commit of the ledger branch. The fetch brought the commit, its root tree,
 * the root files (marker, index) and the entries/ tree (--filter=tree:2); the bucket trees under
 * entries/ (entries/<c0c1>, with their commit directories) are fetched when a read first needs them,
 * all needed buckets in one round trip, and blobs likewise. So a read costs what it reads, not what
 * the ledger holds.
 */
export function gitSnapshot(home: GitHome, tip: string | null): Snapshot {
  const location = `git:${home.branch}`;
  let buckets: Map<string, string> | undefined;
  /** makes sure the bucket trees the paths lie in are local */
  let allTrees = false;
  /**
   * Makes the trees on the way to these paths local: the bucket (entries/<c0c1>) and, for paths below
   * it, the commit directory, each fetched alone (--filter=tree:0), all of one level in one round trip.
   * `entries/` itself means every tree of the ledger (verify).
   */
  const ensureTrees = async (paths: readonly string[]) => {
    if (!tip || home.complete || allTrees) return;
    const level1 = new Set<string>();
    const level2 = new Set<string>();
    let all = false;
    for (const p of paths) {
      const parts = p.split('/').filter(Boolean);
      if (parts[0] !== ENTRIES_DIR) continue;
      if (parts.length === 1) all = true;
      else level1.add(parts[1]!);
      if (parts.length >= 3) level2.add(parts.slice(0, 3).join('/'));
    }
    if (!all && level1.size === 0) return;
    if (!buckets) {
      buckets = new Map();
      for (const e of await lsTree([tip, '--', `${ENTRIES_DIR}/`]))
        if (e.type === 'tree') buckets.set(e.path.split('/')[1]!, e.oid);
    }
    if (all) {
      await fetchMissing(home, [...buckets.values()], 'blob:none');
      allTrees = true;
      return;
    }
    await fetchMissing(
      home,
      [...level1].filter((n) => buckets!.has(n)).map((n) => buckets!.get(n)!),
      'tree:0',
    );
    const dirs = [...level2];
    for (let i = 0; i < dirs.length; i += 500) {
      const found = await lsTree([tip, '--', ...dirs.slice(i, i + 500)]);
      await fetchMissing(
        home,
        found.filter((e) => e.type === 'tree').map((e) => e.oid),
        'tree:0',
      );
    }
  };
  const lsTree = async (args: string[]) => {
    const r = await home.run(['ls-tree', '-z', ...args]);
    if (r.code !== 0) throw new GitError(['ls-tree', ...args], r);
    const out: { oid: string; type: string; path: string }[] = [];
    for (const line of r.stdout.toString('utf8').split('\0')) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      const [, type, oid] = line.slice(0, tab).split(' ') as [string, string, string];
      out.push({ oid, type, path: line.slice(tab + 1) });
    }
    return out;
  };
  const readMany = async (paths: readonly string[]) => {
    const result = new Map<string, string | undefined>(paths.map((p) => [p, undefined]));
    if (!tip || paths.length === 0) return result;
    await ensureTrees(paths);
    const found: { oid: string; type: string; path: string }[] = [];
    for (let i = 0; i < paths.length; i += 500) found.push(...(await lsTree([tip, '--', ...paths.slice(i, i + 500)])));
    const blobs = found.filter((e) => e.type === 'blob' && result.has(e.path));
    if (blobs.length === 0) return result;
    // fetch the blobs this clone does not have, in one round trip (the root files came with the tip)
    await fetchMissing(
      home,
      blobs.filter((b) => b.path.includes('/')).map((b) => b.oid),
    );
    const cat = await home.run(['cat-file', '--batch'], blobs.map((b) => b.oid).join('\n') + '\n');
    if (cat.code !== 0) throw new GitError(['cat-file', '--batch'], cat);
    const buf = cat.stdout;
    let pos = 0;
    for (const b of blobs) {
      const nl = buf.indexOf(10, pos);
      const header = buf.subarray(pos, nl).toString();
      if (header.endsWith(' missing'))
        throw new UserError(msg.fetchFailed(location, `object ${b.oid} (${b.path}) is missing`));
      const size = Number(header.split(' ')[2]);
      result.set(b.path, buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
      pos = nl + 1 + size + 1;
    }
    return result;
  };
  return {
    label: `ledger ${location}`,
    location,
    exists: tip !== null,
    async read(p) {
      return (await readMany([p])).get(p);
    },
    readMany,
    async list(dir) {
      if (!tip) return [];
      if (dir === '') return (await lsTree([tip])).map((e) => e.path).sort();
      await ensureTrees([dir]);
      return (await lsTree([tip, '--', `${dir}/`])).map((e) => e.path.slice(dir.length + 1)).sort();
    },
    async filesIn(dirs) {
      const out: string[] = [];
      if (!tip) return out;
      await ensureTrees(dirs);
      for (let i = 0; i < dirs.length; i += 500)
        for (const e of await lsTree([tip, '--', ...dirs.slice(i, i + 500).map((d) => `${d}/`)]))
          if (e.type === 'blob') out.push(e.path);
      return out;
    },
    async prefetch(dirs) {
      await ensureTrees(dirs.map((d) => d.split('/').slice(0, 2).join('/')));
    },
    async existingDirs(dirs) {
      const out = new Set<string>();
      if (!tip) return out;
      await ensureTrees(dirs.map((d) => d.split('/').slice(0, 2).join('/')));
      for (let i = 0; i < dirs.length; i += 500)
        for (const e of await lsTree([tip, '--', ...dirs.slice(i, i + 500)])) if (e.type === 'tree') out.add(e.path);
      return out;
    },
    async listEntryFiles() {
      if (!tip) return [];
      await ensureTrees([`${ENTRIES_DIR}/`]);
      return (await lsTree(['-r', tip, '--', `${ENTRIES_DIR}/`])).filter((e) => e.type === 'blob').map((e) => e.path);
    },
  };
}

export function isGitHomeLocation(location: string): boolean {
  return gitBranchOf(location) !== undefined;
}
