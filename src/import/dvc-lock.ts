// dvc.lock and .dvc files: dependencies and outputs with their md5 digests and sizes.
import type { Artifact, DatasetRef } from '../manifest/index.js';
import { isObject } from './common.js';

export interface LockEntry {
  path: string;
  md5?: string;
  size?: number;
  nfiles?: number;
}

export interface Lock {
  stages: Record<
    string,
    { cmd?: string | string[]; deps: LockEntry[]; outs: LockEntry[]; params: Record<string, Record<string, unknown>> }
  >;
}

export function lockEntries(v: unknown): LockEntry[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).flatMap((e) => {
    if (typeof e.path !== 'string') return [];
    const md5 = typeof e.md5 === 'string' ? e.md5 : typeof e.checksum === 'string' ? e.checksum : undefined;
    return [
      {
        path: e.path,
        ...(md5 ? { md5 } : {}),
        ...(typeof e.size === 'number' && Number.isSafeInteger(e.size) ? { size: e.size } : {}),
        ...(typeof e.nfiles === 'number' ? { nfiles: e.nfiles } : {}),
      },
    ];
  });
}

/** dvc.lock in both layouts: schema 2.0 (`stages:`) and the first one (stages at the top level). */
export function parseLock(doc: unknown): Lock {
  const stagesRaw = isObject(doc) && isObject(doc.stages) && 'schema' in doc ? doc.stages : isObject(doc) ? doc : {};
  const stages: Lock['stages'] = {};
  for (const [name, s] of Object.entries(stagesRaw)) {
    if (!isObject(s)) continue;
    const params: Record<string, Record<string, unknown>> = {};
    if (isObject(s.params)) for (const [f, kv] of Object.entries(s.params)) if (isObject(kv)) params[f] = kv;
    stages[name] = {
      ...(typeof s.cmd === 'string' || Array.isArray(s.cmd) ? { cmd: s.cmd as string | string[] } : {}),
      deps: lockEntries(s.deps),
      outs: lockEntries(s.outs),
      params,
    };
  }
  return { stages };
}

/** `md5:<hex>` from a DVC hash; `.dir` hashes (of a directory listing) are marked by the caller. */
function md5Digest(md5: string | undefined): { digest?: string; dir: boolean } {
  if (!md5) return { dir: false };
  const m = /^([0-9a-f]{32})(\.dir)?$/.exec(md5);
  return m ? { digest: `md5:${m[1]}`, dir: Boolean(m[2]) } : { dir: false };
}

export const URI = /^[a-z][a-z0-9+.-]*:\/\//i;

export function datasetOf(e: LockEntry): DatasetRef {
  const { digest, dir } = md5Digest(e.md5);
  return {
    name: e.path,
    // a trailing slash marks a directory: its md5 is DVC's digest of the directory listing (.dir)
    uri: dir && !e.path.endsWith('/') ? `${e.path}/` : e.path,
    ...(digest ? { digest } : {}),
    ...(e.size !== undefined ? { bytes: e.size } : {}),
  };
}

export function artifactOf(e: LockEntry, kind: string | undefined): Artifact {
  const { digest, dir } = md5Digest(e.md5);
  return {
    name: e.path,
    ...(kind ? { kind } : {}),
    uri: dir && !e.path.endsWith('/') ? `${e.path}/` : e.path,
    ...(digest ? { digest } : {}),
    ...(e.size !== undefined ? { bytes: e.size } : {}),
  };
}
