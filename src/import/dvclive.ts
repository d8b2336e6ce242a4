// DVCLive keeps each metric's step history beside metrics.json, in plots/metrics/<name>.tsv
// (columns: timestamp, step, <name>); metrics.json holds the last values. A metric logged as
// `train/loss` is nested in metrics.json ({"train": {"loss": …}}, flattened to `train.loss`) and
// lives in plots/metrics/train/loss.tsv.
import path from 'node:path';
import { glob } from 'tinyglobby';
import { metricsOf, readValuesFile, type Warn } from '../capture/values.js';
import type { MetricValue } from '../manifest/index.js';

export async function attachDvcLiveSeries(
  metricsFile: string,
  shownAs: string,
  metrics: Record<string, MetricValue>,
  warn: Warn,
): Promise<void> {
  const plots = path.join(path.dirname(metricsFile), 'plots', 'metrics');
  const files = await glob(['**/*.tsv'], { cwd: plots }).catch(() => [] as string[]);
  for (const rel of files.sort()) {
    const shown = path.posix.join(path.posix.dirname(shownAs), 'plots/metrics', rel);
    const values = await readValuesFile(path.join(plots, rel), warn, shown);
    const column = path.posix.basename(rel, '.tsv');
    const found = metricsOf(values, shown, warn).metrics[column];
    if (found === undefined || typeof found === 'number' || !found.series) continue;
    const name = rel
      .replace(/\.tsv$/, '')
      .split('/')
      .join('.');
    const current = metrics[name];
    const value = current === undefined ? found.value : typeof current === 'number' ? current : current.value;
    metrics[name] = { value, series: found.series };
  }
}
