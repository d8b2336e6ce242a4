import type { ErrorObject } from 'ajv';
import validateSchema from './validate-manifest.gen.js';
import { manifestMessages as msg } from '../messages/manifest.js';
import type { Problem } from './problem.js';
import type { RunManifest } from './manifest.gen.js';

/** Resolves an RFC 6901 pointer inside a value. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let v: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function childPointer(parent: string, key: string): string {
  return `${parent}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * Turns ajv's errors into one human problem per offending value. Errors under a `oneOf` (a metric is a
 * number or an object) are reduced to the branch the value meant to take.
 */
export function humanize(errors: readonly ErrorObject[], data: unknown, file: string, schema?: unknown): Problem[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const out: Problem[] = [];
  const seen = new Set<string>();
  const push = (pointer: string, message: string) => {
    const key = pointer + '\n' + message;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ file, pointer, message });
    }
  };
  for (const e of errors) {
    const value = valueAt(data, e.instancePath);
    if (oneOfPaths.has(e.instancePath)) {
      // the metric shorthand: a number or an object; say that once, unless it is an object with its own errors
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        if (e.keyword === 'oneOf' || (e.keyword === 'type' && e.schemaPath.includes('finiteNumber'))) continue;
      } else {
        push(e.instancePath, msg.metricShape(value));
        continue;
      }
    }
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        push(childPointer(e.instancePath, String(p.missingProperty)), msg.required(String(p.missingProperty)));
        break;
      case 'additionalProperties': {
        const allowed = Object.keys(schemaAt(schema, e.instancePath)?.properties ?? {});
        push(
          childPointer(e.instancePath, String(p.additionalProperty)),
          msg.unknownProperty(String(p.additionalProperty), allowed),
        );
        break;
      }
      case 'type':
        push(e.instancePath, msg.expectedType(String(p.type).split(','), value));
        break;
      case 'enum':
        push(e.instancePath, msg.badEnum(value, p.allowedValues as unknown[]));
        break;
      case 'const':
        push(e.instancePath, msg.badConst(value, p.allowedValue));
        break;
      case 'pattern':
        push(
          e.instancePath,
          e.schemaPath.includes('digest')
            ? msg.badDigest(value)
            : e.instancePath.endsWith('/commit')
              ? msg.badCommit(value)
              : msg.generic(`${e.message}`),
        );
        break;
      case 'format':
        push(e.instancePath, msg.badFormat(String(p.format), value));
        break;
      case 'minLength':
      case 'minItems':
        push(e.instancePath, msg.tooShort(Number(p.limit), value));
        break;
      case 'maxLength':
      case 'maxItems':
        push(e.instancePath, msg.tooLong(Number(p.limit)));
        break;
      case 'minimum':
        push(e.instancePath, msg.tooSmall(Number(p.limit), value));
        break;
      case 'propertyNames':
        break; // reported by the nested error on the name itself
      default:
        push(e.instancePath, msg.generic(e.message ?? e.keyword));
    }
  }
  return out;
}

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  type?: string;
}

/** The (object) schema that describes the value at an instance pointer: follows $ref, properties, items and oneOf. */
function schemaAt(schema: unknown, instancePointer: string): SchemaNode | undefined {
  const root = schema as SchemaNode | undefined;
  if (!root) return undefined;
  const deref = (n: SchemaNode | undefined): SchemaNode | undefined => {
    let node = n;
    for (let i = 0; node?.$ref && i < 10; i++)
      node = valueAt(root, node.$ref.replace(/^#/, '')) as SchemaNode | undefined;
    const objectBranch = node?.oneOf?.map(deref).find((b) => b?.type === 'object');
    return objectBranch ?? node;
  };
  let node = deref(root);
  if (instancePointer === '') return node;
  for (const raw of instancePointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const next: SchemaNode | boolean | undefined = node?.properties?.[key] ?? node?.items ?? node?.additionalProperties;
    node = typeof next === 'object' ? deref(next) : undefined;
  }
  return node;
}

let manifestSchema: unknown;
/** The schema is only needed to list allowed properties in messages; load it on the first unknown property. */
async function loadSchema(): Promise<unknown> {
  if (manifestSchema === undefined) {
    const { default: schema } = await import('../../schemas/run-manifest.schema.json', { with: { type: 'json' } });
    manifestSchema = schema;
  }
  return manifestSchema;
}

export type Validated = { ok: true; manifest: RunManifest } | { ok: false; problems: Problem[] };

/** Validates one parsed document as a run manifest; returns every problem, not just the first. */
export async function validateManifest(data: unknown, file: string): Promise<Validated> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ file, pointer: '', message: msg.notObject(data) }] };
  }
  const doc = data as Record<string, unknown>;
  if (!('schemaVersion' in doc))
    return { ok: false, problems: [{ file, pointer: '/schemaVersion', message: msg.noSchemaVersion() }] };
  if (doc.schemaVersion !== 1) {
    return {
      ok: false,
      problems: [{ file, pointer: '/schemaVersion', message: msg.badSchemaVersion(doc.schemaVersion) }],
    };
  }
  if (validateSchema(data)) return { ok: true, manifest: data as RunManifest };
  const errors = validateSchema.errors ?? [];
  const schema = errors.some((e) => e.keyword === 'additionalProperties') ? await loadSchema() : undefined;
  return { ok: false, problems: humanize(errors, data, file, schema) };
}
