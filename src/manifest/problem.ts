/** One thing wrong with one input file, located by RFC 6901 JSON pointer (and line/column where known). */
export interface Problem {
  file: string;
  /** RFC 6901 pointer of the offending value; "" is the whole document. */
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

/** RFC 6901: `~` becomes `~0`, `/` becomes `~1`. */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** `file#/json/pointer: message`, or `file:line:column: message` for syntax errors. */
export function formatProblem(p: Problem): string {
  if (p.line !== undefined && p.pointer === '') return `${p.file}:${p.line}:${p.column ?? 1}: ${p.message}`;
  return `${p.file}#${p.pointer}: ${p.message}`;
}
