// Content digests of files and directories, streamed. A directory's digest is stable across machines:
// it hashes the sorted list of `<sha256 of file>  <relative path>` lines, exactly the text
// `sha256sum` prints for the files in that order, so it can be reproduced with standard tools:
//   (cd DIR && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../manifest/index.js';

export interface DigestProgress {
  /** bytes hashed so far and the total to hash */
  (done: number, total: number): void;
}

export interface PathDigest {
  digest: string;
  bytes: number;
  files: number;
  kind: 'file' | 'directory';
  /** line count of CSV/TSV (minus a header) and JSON Lines files, when every file is one of those */
  records?: number;
}

const RECORD_FORMATS = /\.(csv|tsv|jsonl|ndjson)$/i;
const CHUNK = 1 << 20;

interface FileHash {
  hex: string;
  newlines: number;
  endsWithNewline: boolean;
}

async function hashFile(file: string, countLines: boolean, onBytes: (n: number) => void): Promise<FileHash> {
  const hash = createHash('sha256');
  let newlines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    const buf = chunk as Buffer;
    hash.update(buf);
    if (countLines && buf.length > 0) {
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) newlines++;
      last = buf[buf.length - 1]!;
    }
    onBytes(buf.length);
  }
  return { hex: hash.digest('hex'), newlines, endsWithNewline: last === 10 };
}

function recordsOf(rel: string, h: FileHash, size: number): number {
  if (size === 0) return 0;
  const lines = h.newlines + (h.endsWithNewline ? 0 : 1);
  return /\.(csv|tsv)$/i.test(rel) ? Math.max(0, lines - 1) : lines;
}

/** Regular files under a directory, as sorted POSIX relative paths (byte order), following symlinks once. */
export async function listFiles(root: string): Promise<{ rel: string; abs: string; size: number }[]> {
  const found: { rel: string; abs: string }[] = [];
  const seen = new Set<string>([await realpath(root)]);
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isFile()) found.push({ rel: r, abs });
      else if (e.isDirectory()) await walk(abs, r);
      else if (e.isSymbolicLink()) {
        const st = await stat(abs).catch(() => undefined);
        if (st?.isFile()) found.push({ rel: r, abs });
        else if (st?.isDirectory()) {
          const real = await realpath(abs);
          if (!seen.has(real)) {
            seen.add(real);
            await walk(abs, r);
          }
        }
      }
    }
  };
  await walk(root, '');
  const sized = await mapLimit(found, 32, async (f) => ({ ...f, size: (await stat(f.abs)).size }));
  return sized.sort((a, b) => Buffer.compare(Buffer.from(a.rel), Buffer.from(b.rel)));
}

/** Digest of a file or a directory tree; `onProgress` hears about every chunk read. */
export async function digestPath(p: string, onProgress?: DigestProgress): Promise<PathDigest> {
  const st = await stat(p);
  if (st.isFile()) {
    let done = 0;
    const h = await hashFile(p, RECORD_FORMATS.test(p), (n) => onProgress?.((done += n), st.size));
    const records = RECORD_FORMATS.test(p) ? recordsOf(p, h, st.size) : undefined;
    return {
      digest: `sha256:${h.hex}`,
      bytes: st.size,
      files: 1,
      kind: 'file',
      ...(records === undefined ? {} : { records }),
    };
  }
  const files = await listFiles(p);
  const total = files.reduce((s, f) => s + f.size, 0);
  const countRecords = files.length > 0 && files.every((f) => RECORD_FORMATS.test(f.rel));
  let done = 0;
  // a few files in flight keep the disk busy while the main thread hashes
  const hashes = await mapLimit(files, 4, (f) =>
    hashFile(f.abs, countRecords, (n) => onProgress?.((done += n), total)),
  );
  const listing = createHash('sha256');
  let records = 0;
  files.forEach((f, i) => {
    const h = hashes[i]!;
    listing.update(`${h.hex}  ${f.rel}\n`);
    if (countRecords) records += recordsOf(f.rel, h, f.size);
  });
  return {
    digest: `sha256:${listing.digest('hex')}`,
    bytes: total,
    files: files.length,
    kind: 'directory',
    ...(countRecords ? { records } : {}),
  };
}
