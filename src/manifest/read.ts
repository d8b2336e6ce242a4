import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { manifestMessages as msg } from '../messages/manifest.js';
import { parseJson, type ParseOptions } from './json.js';
import type { Problem } from './problem.js';
import { validateManifest } from './validate.js';
import type { RunManifest } from './manifest.gen.js';

export const MAX_FILE_BYTES = 64 * 2 ** 20;
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface ReadOptions extends ParseOptions {
  cwd?: string;
  maxBytes?: number;
}

/** A manifest file that was read and is valid. `file` is the path as the user would name it. */
export interface LoadedManifest {
  file: string;
  manifest: RunManifest;
  /** pointers of non-finite values read as missing (only with nonFinite: 'missing') */
  missing: string[];
}

export interface ReadResult {
  manifests: LoadedManifest[];
  /** every problem of every file: unreadable, unparsable, invalid */
  problems: Problem[];
  /** files examined (valid or not) */
  files: string[];
  /** true when some file could not be read at all (I/O), which callers report as exit 2 */
  unreadable: boolean;
}

/**
 * Expands files and globs into a sorted, de-duplicated list of files. A pattern that is the path of an
 * existing file is taken literally (names may contain glob characters); a pattern that matches nothing
 * is a problem.
 */
export async function expandInputs(
  patterns: readonly string[],
  cwd = process.cwd(),
): Promise<{ files: string[]; problems: Problem[] }> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  for (const pattern of patterns) {
    const literal = await stat(path.resolve(cwd, pattern)).catch(() => undefined);
    if (literal?.isFile()) {
      files.add(pattern);
      continue;
    }
    if (literal?.isDirectory()) {
      for (const f of await glob('**/*.json', { cwd: path.resolve(cwd, pattern), dot: false }))
        files.add(path.join(pattern, f));
      continue;
    }
    const matches = isDynamicPattern(pattern)
      ? await glob(pattern, { cwd, dot: false, onlyFiles: true, expandDirectories: false })
      : [];
    if (matches.length === 0) problems.push({ file: pattern, pointer: '', message: msg.noMatch(pattern) });
    for (const m of matches) files.add(m);
  }
  return { files: [...files].sort(), problems };
}

/** Reads, parses and validates one manifest file. */
export async function loadManifest(
  file: string,
  opts: ReadOptions = {},
): Promise<{ manifest?: LoadedManifest; problems: Problem[]; unreadable: boolean }> {
  const abs = path.resolve(opts.cwd ?? process.cwd(), file);
  const limit = opts.maxBytes ?? MAX_FILE_BYTES;
  let text: string;
  // Synchronous reads: manifests are small, and for many small files sync I/O is about twice as fast as
  // going through the thread pool. One open: the size check and the read use the same descriptor.
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const size = fstatSync(fd).size;
    if (size > limit)
      return { problems: [{ file, pointer: '', message: msg.tooLarge(size, limit) }], unreadable: false };
    text = readFileSync(fd, 'utf8');
    // U+FFFD stands for bytes that are not UTF-8 (or for itself): only then pay for a strict decode
    if (text.includes('\uFFFD')) decoder.decode(readFileSync(abs));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err instanceof TypeError)
      return { problems: [{ file, pointer: '', message: msg.notUtf8() }], unreadable: false };
    return { problems: [{ file, pointer: '', message: msg.unreadable(err.code ?? err.message) }], unreadable: true };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return parseManifestText(text, file, opts);
}

/** Parses and validates manifest text (for manifests that do not come from a file of their own, e.g. the ledger). */
export async function parseManifestText(
  text: string,
  file: string,
  opts: ParseOptions = {},
): Promise<{ manifest?: LoadedManifest; problems: Problem[]; unreadable: false }> {
  const parsed = parseJson(text, file, opts);
  if (!parsed.ok) return { problems: parsed.problems, unreadable: false };
  const v = await validateManifest(parsed.value, file);
  if (!v.ok) return { problems: v.problems, unreadable: false };
  return { manifest: { file, manifest: v.manifest, missing: parsed.missing }, problems: [], unreadable: false };
}

/** Runs `fn` over items with at most `limit` in flight, keeping order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Expands the patterns and loads every file; collects every problem of every file. */
export async function readManifests(patterns: readonly string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const { files, problems } = await expandInputs(patterns, opts.cwd);
  const results = await mapLimit(files, 32, (f) => loadManifest(f, opts));
  const manifests: LoadedManifest[] = [];
  let unreadable = problems.length > 0;
  for (const r of results) {
    problems.push(...r.problems);
    if (r.manifest) manifests.push(r.manifest);
    unreadable ||= r.unreadable;
  }
  return { manifests, problems, files, unreadable };
}
