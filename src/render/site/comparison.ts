// The full report of one comparison (runledger report --compare): the page a PR comment links to.
import type { VerdictReport } from '../../compare/index.js';
import { page } from './html.js';
import { reportView } from './report-view.js';
import { writeAssets } from './build.js';
import { SiteWriter } from './writer.js';

export interface ComparisonOptions {
  out: string;
  source: string;
  version?: string;
  builtAt?: string;
}

/** Writes out/index.html (the report) and out/report.json (the same report as data). */
export async function writeComparisonSite(
  report: VerdictReport,
  opts: ComparisonOptions,
): Promise<{ written: number }> {
  const version = opts.version ?? 'dev';
  const writer = new SiteWriter(opts.out, `comparison-${version}`);
  const title = `Comparison report: ${report.verdict}`;
  writer.write(
    'index.html',
    page(
      'comparison',
      { title, root: '', source: opts.source, version, builtAt: opts.builtAt, compareOnly: true },
      { report: reportView(report) },
    ),
  );
  writer.write('report.json', JSON.stringify(report, null, 2) + '\n');
  writeAssets(writer);
  await writer.finish();
  return { written: writer.written };
}
