// GitHub's published OpenAPI description (npm @octokit/openapi), loaded once per test file: operation
// lookup by method + path, validators for path/query parameters, JSON bodies and responses (ajv,
// `#/components/...` refs resolved by registering the components as one schema), and a sampler that
// builds a schema-valid instance of any component to start responses from.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

export interface Operation {
  id: string;
  method: string;
  template: string;
  regex: RegExp;
  paramNames: string[];
  op: Schema;
}

const require = createRequire(import.meta.url);

export class OpenApi {
  readonly spec: Schema & { paths: Record<string, Record<string, Schema>>; components: Record<string, Schema> };
  readonly ajv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as OpenApi['spec'];
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, formats: fullFormats });
    this.ajv.addSchema({ $id: 'gh', components: this.spec.components as Json });
    for (const [template, item] of Object.entries(this.spec.paths)) {
      const paramNames: string[] = [];
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, n: string) => {
        paramNames.push(n);
        return '([^/]+)';
      });
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        this.operations.push({
          id: String(op.operationId),
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${pattern}$`),
          paramNames,
          op,
        });
      }
    }
    // literal segments beat parameters: /user/repos must not match /users/{username}
    this.operations.sort(
      (a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length,
    );
  }

  match(method: string, pathname: string): { operation: Operation; params: Record<string, string> } | undefined {
    for (const operation of this.operations) {
      if (operation.method !== method) continue;
      const m = operation.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      operation.paramNames.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      return { operation, params };
    }
    return undefined;
  }

  /** follows a local `#/components/...` ref */
  deref<T = Schema>(node: Json | undefined): T {
    let n = node;
    for (let i = 0; i < 20 && n && typeof n === 'object' && !Array.isArray(n) && typeof n.$ref === 'string'; i++) {
      n = n.$ref
        .slice(2)
        .split('/')
        .reduce<Json | undefined>(
          (acc, k) => (acc as Record<string, Json> | undefined)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')],
          this.spec as Json,
        );
    }
    return n as T;
  }

  /** compiles a schema from the spec (inline schemas' refs are pointed at the registered components) */
  validator(key: string, schema: Json): ValidateFunction {
    let v = this.cache.get(key);
    if (!v) {
      const rewritten = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"gh#/components/')) as Schema;
      v = this.ajv.compile(rewritten);
      this.cache.set(key, v);
    }
    return v;
  }

  parameters(op: Operation): Schema[] {
    return ((op.op.parameters as Json[] | undefined) ?? []).map((p) => this.deref<Schema>(p));
  }

  requestSchema(op: Operation): Json | undefined {
    const body = this.deref<Schema | undefined>(op.op.requestBody);
    return (body?.content as Record<string, Schema> | undefined)?.['application/json']?.schema;
  }

  responseSchema(op: Operation, status: number): Json | undefined {
    const responses = op.op.responses as Record<string, Json> | undefined;
    const r = this.deref<Schema | undefined>(responses?.[String(status)]);
    return (r?.content as Record<string, Schema> | undefined)?.['application/json']?.schema;
  }

  /** A minimal schema-valid instance: required properties only, first enum/oneOf choice, formats honoured. */
  sample(schema: Json, depth = 0): Json {
    const s = this.deref<Schema>(schema);
    if (depth > 30 || !s || typeof s !== 'object') return null;
    if (s.nullable === true && depth > 0) return null;
    if (Array.isArray(s.enum)) return s.enum[0] ?? null;
    if (Array.isArray(s.allOf)) {
      const parts = s.allOf.map((p) => this.sample(p, depth + 1));
      return Object.assign({}, ...parts.filter((p) => p && typeof p === 'object')) as Json;
    }
    const choice = (s.oneOf ?? s.anyOf) as Json[] | undefined;
    if (Array.isArray(choice)) return this.sample(choice[0] ?? null, depth + 1);
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    switch (type) {
      case 'object': {
        const out: Record<string, Json> = {};
        const props = (s.properties ?? {}) as Record<string, Json>;
        for (const k of (s.required ?? []) as string[]) out[k] = this.sample(props[k] ?? {}, depth + 1);
        return out;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return typeof s.minimum === 'number' ? s.minimum : 1;
      case 'boolean':
        return false;
      case 'string':
        switch (s.format) {
          case 'date-time':
            return '2026-11-20T10:00:00Z';
          case 'uri':
          case 'uri-template':
            return 'https://example.com/x';
          case 'email':
            return 'octocat@example.com';
          case 'date':
            return '2026-11-20';
          default:
            return 'x';
        }
      default:
        return null;
    }
  }
}

let shared: OpenApi | undefined;
/** one parse of the 13 MB description per test file */
export function openApi(): OpenApi {
  shared ??= new OpenApi();
  return shared;
}
