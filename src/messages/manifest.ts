// Every message the manifest stage (reading and validating run manifests) shows a user.
import { describeValue, formatBytes, oneOfList, plural } from './describe.js';

const typeNames: Record<string, string> = {
  number: 'a number',
  integer: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

export const manifestMessages = {
  noMatch: (pattern: string) => `no files match ${JSON.stringify(pattern)}`,
  noInputs: () => 'no manifest files given: pass files or globs, e.g. runledger validate "runs/**/*.json"',
  unreadable: (reason: string) => `cannot read the file: ${reason}`,
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${formatBytes(bytes)}, over the ${formatBytes(limit)} limit for one manifest; split it into one manifest per run`,
  empty: () => 'the file is empty; expected a JSON object (a run manifest)',
  notUtf8: () => 'the file is not UTF-8 text; expected a JSON run manifest',
  syntax: (detail: string) => `invalid JSON: ${detail}`,
  truncated: () => 'invalid JSON: the file ends before the JSON is complete (truncated?)',
  tooDeep: (limit: number) => `the JSON nests deeper than ${limit} levels; a run manifest never needs that`,
  nonFinite: (token: string) =>
    `${token} is not valid JSON (Python's json.dumps writes it unless called with allow_nan=False); write finite numbers or drop the value, or read non-finite values as missing (\`--non-finite missing\`, policy \`non-finite: missing\`)`,
  notObject: (v: unknown) =>
    `not a runledger manifest: expected a JSON object with schemaVersion, run and metrics, got ${describeValue(v)}`,
  noSchemaVersion: () =>
    'not a runledger manifest: schemaVersion is missing (expected "schemaVersion": 1 beside "run" and "metrics")',
  badSchemaVersion: (v: unknown) =>
    `unknown schemaVersion ${describeValue(v)}: this runledger reads schemaVersion 1; upgrade runledger or write version 1`,
  expectedType: (types: readonly string[], got: unknown) =>
    `expected ${oneOfList(types.map((t) => typeNames[t] ?? t))}, got ${describeValue(got)}`,
  metricShape: (got: unknown) =>
    `expected a number or an object with a numeric "value" (and optional goal, unit, samples, series), got ${describeValue(got)}`,
  required: (prop: string) => `missing required property "${prop}"`,
  unknownProperty: (prop: string, allowed: readonly string[]) =>
    `unknown property "${prop}"; allowed here: ${allowed.join(', ')}`,
  badEnum: (got: unknown, allowed: readonly unknown[]) =>
    `expected ${oneOfList(allowed.map((a) => JSON.stringify(a)))}, got ${describeValue(got)}`,
  badConst: (got: unknown, expected: unknown) => `expected ${JSON.stringify(expected)}, got ${describeValue(got)}`,
  badDigest: (got: unknown) =>
    `expected a digest written as algorithm:hex (sha256:<64 hex>, sha512:<128 hex>, sha1:<40 hex> or md5:<32 hex>, lower case), got ${describeValue(got)}`,
  badCommit: (got: unknown) => `expected a commit SHA (7 to 64 lower-case hex characters), got ${describeValue(got)}`,
  badFormat: (format: string, got: unknown) =>
    format === 'date-time'
      ? `expected an RFC 3339 date-time with a time zone (e.g. 2026-11-20T10:00:00Z), got ${describeValue(got)}`
      : `expected a ${format}, got ${describeValue(got)}`,
  tooShort: (limit: number, got: unknown) =>
    typeof got === 'string'
      ? `expected a non-empty string of at least ${plural(limit, 'character')}`
      : `expected at least ${plural(limit, 'item')}`,
  tooLong: (limit: number) => `longer than the ${limit} allowed`,
  tooSmall: (limit: number, got: unknown) => `expected a value of at least ${limit}, got ${describeValue(got)}`,
  generic: (text: string) => text,
  duplicateRunId: (id: string, other: string) =>
    `run.id ${JSON.stringify(id)} is also used by ${other}; run ids must be unique`,
  summary: (files: number, invalid: number, problems: number) =>
    problems === 0
      ? `${plural(files, 'file')} checked: all valid`
      : `${plural(files, 'file')} checked: ${plural(invalid, 'invalid file')}, ${plural(problems, 'problem')}`,
};
