// dvc.yaml: stage commands, the params files stages name, metrics files, and artifact types.
import { isObject } from './common.js';

/** A stage's `metrics:` / `metrics_no_cache:` outputs (strings or `{path: {cache: false}}`). */
function outPaths(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((e) => (typeof e === 'string' ? [e] : isObject(e) ? Object.keys(e) : []));
}

export interface DvcYaml {
  stages: Record<string, { cmd?: string; paramFiles: string[] }>;
  metrics: string[];
  artifactKinds: Map<string, string>;
}

export function parseDvcYaml(doc: unknown): DvcYaml {
  const out: DvcYaml = { stages: {}, metrics: [], artifactKinds: new Map() };
  if (!isObject(doc)) return out;
  out.metrics.push(...outPaths(doc.metrics));
  if (isObject(doc.stages)) {
    for (const [name, s] of Object.entries(doc.stages)) {
      if (!isObject(s)) continue;
      const cmd = Array.isArray(s.cmd) ? s.cmd.join(' && ') : typeof s.cmd === 'string' ? s.cmd : undefined;
      const paramFiles = Array.isArray(s.params) ? s.params.filter(isObject).flatMap((p) => Object.keys(p)) : [];
      out.stages[name] = { ...(cmd ? { cmd } : {}), paramFiles };
      out.metrics.push(...outPaths(s.metrics), ...outPaths(s.metrics_no_cache));
    }
  }
  if (isObject(doc.artifacts)) {
    for (const a of Object.values(doc.artifacts)) {
      if (isObject(a) && typeof a.path === 'string' && typeof a.type === 'string')
        out.artifactKinds.set(a.path, a.type);
    }
  }
  return out;
}

/** Dotted keys (as dvc.lock records params) back into a tree. */
export function unflatten(kv: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(kv)) {
    const parts = key.split('.');
    let node = out;
    parts.slice(0, -1).forEach((p) => {
      if (!isObject(node[p])) node[p] = {};
      node = node[p] as Record<string, unknown>;
    });
    node[parts[parts.length - 1]!] = v;
  }
  return out;
}
