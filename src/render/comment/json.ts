import type { VerdictReport } from '../../compare/verdict.gen.js';

/** The verdict as JSON (schemas/verdict.schema.json), pretty-printed. */
export function renderJson(report: VerdictReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
