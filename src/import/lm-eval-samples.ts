// lm-evaluation-harness `--log_samples` files (samples_<task>_<date>.jsonl beside results_<date>.json):
// one line per document (and filter), with the per-document value of each metric. Tasks scored 0/1
// per document (acc, acc_norm, exact_match, …) become cases: `<task>/<doc_id>` pass or fail, so
// a comparison can name the documents that started failing.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseJson, type EvalCase } from '../manifest/index.js';
import { importMessages as msg } from '../messages/import.js';
import { isFiniteNumber, isObject, readText, type Warn } from './common.js';

export async function samplesCases(resultsFile: string, warn: Warn): Promise<EvalCase[]> {
  const date = /^results_(.+)\.json$/.exec(path.basename(resultsFile))?.[1];
  if (!date) return [];
  const dir = path.dirname(resultsFile);
  const files = (await readdir(dir)).filter((f) => f.startsWith('samples_') && f.endsWith(`_${date}.jsonl`)).sort();
  const cases: EvalCase[] = [];
  for (const f of files) {
    const task = f.slice('samples_'.length, -`_${date}.jsonl`.length);
    const file = path.join(dir, f);
    const taskCases: EvalCase[] = [];
    let binary = true;
    for (const [i, line] of (await readText(file)).split(/\r?\n/).entries()) {
      if (!line.trim()) continue;
      const parsed = parseJson(line, `${file}:${i + 1}`, { nonFinite: 'missing' });
      if (!parsed.ok || !isObject(parsed.value)) {
        warn(msg.lmBadSample(file, i + 1));
        continue;
      }
      const s = parsed.value;
      const names = Array.isArray(s.metrics) ? s.metrics.filter((m): m is string => typeof m === 'string') : [];
      const primary = names[0] ?? ['acc', 'exact_match'].find((m) => m in s);
      const score = primary === undefined ? undefined : s[primary];
      if (!isFiniteNumber(score) || s.doc_id === undefined) continue;
      if (score !== 0 && score !== 1) binary = false;
      const filter = typeof s.filter === 'string' && s.filter !== 'none' ? `,${s.filter}` : '';
      const metrics: Record<string, number> = {};
      for (const n of names) if (isFiniteNumber(s[n])) metrics[n] = s[n];
      taskCases.push({
        id: `${task}/${String(s.doc_id)}${filter}`,
        outcome: score === 1 ? 'pass' : 'fail',
        score,
        ...(Object.keys(metrics).length > 1 ? { metrics } : {}),
      });
    }
    if (!binary) warn(msg.lmNotBinary(file));
    else cases.push(...taskCases);
  }
  return cases;
}
