// The directory home: the ledger's files on the local file system.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ENTRIES_DIR } from './layout.js';
import type { Snapshot } from './snapshot.js';
import { mapLimit } from '../../manifest/index.js';

export async function dirSnapshot(location: string, cwd: string): Promise<Snapshot> {
  const root = path.resolve(cwd, location);
  const st = await stat(root).catch(() => undefined);
  const read = async (p: string) => {
    try {
      return await readFile(path.join(root, p), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
        return undefined;
      throw e;
    }
  };
  const list = async (dir: string) => {
    try {
      return (await readdir(path.join(root, dir))).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
      throw e;
    }
  };
  return {
    label: `ledger ${location}`,
    location,
    exists: Boolean(st?.isDirectory()),
    read,
    async readMany(paths) {
      const texts = await mapLimit(paths, 32, read);
      return new Map(paths.map((p, i) => [p, texts[i]]));
    },
    list,
    async filesIn(dirs) {
      const lists = await mapLimit(dirs, 32, async (d) => (await list(d)).map((n) => `${d}/${n}`));
      return lists.flat();
    },
    prefetch: async () => undefined,
    async existingDirs(dirs) {
      const ok = await mapLimit(dirs, 32, async (d) =>
        (await stat(path.join(root, d)).catch(() => undefined))?.isDirectory(),
      );
      return new Set(dirs.filter((_, i) => ok[i]));
    },
    async listEntryFiles() {
      const out: string[] = [];
      const walk = async (rel: string): Promise<void> => {
        const items = await readdir(path.join(root, rel), { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return [];
          throw e;
        });
        for (const it of items) {
          const p = `${rel}/${it.name}`;
          if (it.isDirectory()) await walk(p);
          else out.push(p);
        }
      };
      await walk(ENTRIES_DIR);
      return out;
    },
  };
}
