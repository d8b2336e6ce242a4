// Shared pieces of the importers: reading other tools' files without coercion, time stamps, stable
// run ids, and a last check that every manifest produced validates.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { formatProblem, parseJson, validateManifest, type RunManifest } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';

export type Warn = (message: string) => void;

export interface ImportOptions {
  /** the run name to use instead of the one derived from the source */
  name?: string;
  warn: Warn;
}

export interface ImportedRun {
  manifest: RunManifest;
  /** the file or folder the run came from, for messages */
  source: string;
  /** a file name for --out (unique among the runs of one import) */
  fileName: string;
}

export async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(msg.unreadable(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
}

/** JSON as Python writes it: NaN and Infinity are dropped with a warning naming where they were. */
export async function readJson(file: string, warn: Warn): Promise<unknown> {
  const r = parseJson(await readText(file), file, { nonFinite: 'missing', maxDepth: 256 });
  if (!r.ok) throw new UserError(msg.unparsable(file, r.problems.map(formatProblem).join('; ')));
  for (const p of r.missing) warn(msg.nonFinite(file, p));
  return r.value;
}

export async function readYaml(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return parseYaml(text, { uniqueKeys: false }) as unknown;
  } catch (e) {
    throw new UserError(msg.unparsable(file, (e as Error).message.split('\n')[0] ?? ''));
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** RFC 3339 in UTC without milliseconds when there are none. */
export function isoFromMillis(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

/** Unix seconds (a float, as Python's time.time() gives) to RFC 3339. */
export function isoFromSeconds(s: number): string {
  return isoFromMillis(Math.round(s * 1000));
}

/** A date string with any offset, normalised to UTC; undefined when unparseable. */
export function isoFromText(text: string): string | undefined {
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : isoFromMillis(t);
}

/** A run id derived from the source, so importing the same files twice gives the same id. */
export function stableId(format: string, ...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return `${format}-${h.digest('hex').slice(0, 16)}`;
}

export function safeFileName(s: string): string {
  return (
    s
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, 120) || 'run'
  );
}

/** Schema limits a source may exceed: names up to 200 characters, tag values up to 1000. */
const MAX_NAME = 200;
const MAX_TAG = 1000;

/**
 * Fits what a source may hold beyond the schema's limits (long metric names are left out with a
 * warning, a long run name or tag is shortened), then validates what the importer built; an invalid
 * manifest after that is a bug in the importer, not user input.
 */
export async function checked(manifest: RunManifest, source: string, warn: Warn): Promise<RunManifest> {
  for (const k of Object.keys(manifest.metrics)) {
    if (k.length > MAX_NAME) {
      warn(msg.longMetricName(source, k));
      delete manifest.metrics[k];
    }
  }
  if (manifest.run.name.length > MAX_NAME) manifest.run.name = manifest.run.name.slice(0, MAX_NAME);
  for (const [k, v] of Object.entries(manifest.run.tags ?? {}))
    if (v.length > MAX_TAG) manifest.run.tags![k] = v.slice(0, MAX_TAG);
  const v = await validateManifest(manifest, source);
  if (!v.ok) throw new Error(msg.invalidOutput(source, v.problems.map(formatProblem).join('\n')));
  return v.manifest;
}

/** Drops undefined members so manifests stay tidy. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
