// The site builder without a browser: what it writes, what a rebuild touches, and the command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendToLedger } from '../../src/publish/ledger/index.js';
import { compare } from '../../src/compare/index.js';
import { buildSite, paths, writeComparisonSite } from '../../src/render/site/index.js';
import { estimateTextWidth } from '../../src/render/site/textwidth.js';
import { runCommand, repoRoot } from '../helpers/cli.js';
import { gitEnv, makeRepo, manifest as ledgerManifest, cleanup } from '../ledger/helpers.js';
import { EVIL, entries, manifest } from './fixtures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'runledger-site-build-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  cleanup();
});

function files(root: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.name === '.runledger-cache') continue;
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(root, p), statSync(p).mtimeMs);
    }
  };
  walk(root);
  return out;
}

describe('buildSite', () => {
  it('escapes every manifest string and links only http(s) locations', async () => {
    const out = path.join(tmp, 'evil');
    await buildSite(entries(3, { evil: true }), { out, source: 'test' });
    const all = [...files(out).keys()].filter((f) => f.endsWith('.html'));
    expect(all.length).toBeGreaterThan(10);
    for (const f of all) {
      const html = readFileSync(path.join(out, f), 'utf8');
      expect(html, f).not.toContain('<img');
      expect(html, f).not.toMatch(/<script>|onerror=alert|onload=alert/);
      expect(html, f).not.toMatch(/href="\s*(javascript|data):/i);
      expect(html.match(/<script\b/g), f).toHaveLength(1);
    }
    const run = readFileSync(path.join(out, paths.entry(2)), 'utf8');
    expect(run).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(run).toContain('<code>javascript:alert(7)</code>');
    // the reproduce block quotes the hostile command for a shell, as text
    expect(run).toMatch(/sh -c &#x27;&lt;img/);
  });

  it('rebuilds after one new entry touching only the pages it affects, and reuses charts', async () => {
    const out = path.join(tmp, 'inc');
    const first = await buildSite(entries(12), { out, source: 'test' });
    expect(first.entriesRendered).toBe(12);
    const before = files(out);
    const same = await buildSite(entries(12), { out, source: 'test' });
    expect(same).toMatchObject({ entriesRendered: 0, written: 0, chartsRendered: 0, removed: 0 });
    expect(files(out)).toEqual(before);

    const next = await buildSite(entries(13), { out, source: 'test' });
    expect(next.entriesRendered).toBe(1);
    const after = files(out);
    const touched = [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
    // the new entry's pages, the metric and run-name pages, downloads, lists; never an old entry's pages
    expect(touched.filter((f) => f.startsWith('c/') && f !== paths.entry(12))).toEqual([]);
    expect(touched).toContain(paths.entry(12));
    expect(touched).toContain(paths.overview);
    expect(touched).not.toContain('assets/site.css');

    // a page deleted by hand comes back
    rmSync(path.join(out, paths.entry(3)));
    expect((await buildSite(entries(13), { out, source: 'test' })).entriesRendered).toBe(1);
    expect(readFileSync(path.join(out, paths.entry(3)), 'utf8')).toContain('Commit');

    // a shorter ledger (rebuilt elsewhere) removes the pages of entries that are gone
    const back = await buildSite(entries(12), { out, source: 'test' });
    expect(back.removed).toBeGreaterThan(0);
    expect(files(out).has(paths.entry(12))).toBe(false);
  });

  it('finds the step in the fixture and lists it first on the overview', async () => {
    const out = path.join(tmp, 'cp');
    await buildSite(entries(20, { stepAt: 12 }), { out, source: 'test' });
    const overview = readFileSync(path.join(out, 'index.html'), 'utf8');
    const cps = overview.slice(overview.indexOf('Recent change points'), overview.indexOf('id="runs-h"'));
    expect(cps).toContain('accuracy');
    expect(cps).toMatch(/−0\.0\d+ \(−4\.\d+%\)/);
    const metric = readFileSync(path.join(out, paths.metric('resnet50/cifar10', 'accuracy')), 'utf8');
    expect(metric).toContain('role="img"');
    expect(metric).toMatch(/<title id="chart-t">accuracy of resnet50\/cifar10<\/title>/);
    // 20 entries: the open chunk's first block
    const csv = readFileSync(path.join(out, paths.data('resnet50/cifar10', 0, 'csv', 0)), 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('seq,commit,recordedAt,runIds,accuracy,val/loss,throughput');
    expect(csv).toHaveLength(21);
  });
});

describe('writeComparisonSite', () => {
  it('escapes a hostile comparison report too', async () => {
    const out = path.join(tmp, 'evil-cmp');
    const report = compare({ baseline: [manifest(1, 'evil', 0, true)], current: [manifest(2, 'evil', 0, true)] });
    await writeComparisonSite(report, { out, source: EVIL });
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script>|<svg onload/);
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });
});

describe('text width', () => {
  it('measures narrow digits and letters narrower than vega’s 0.8 em guess', () => {
    expect(estimateTextWidth('0.91', 11)).toBeCloseTo((0.556 * 3 + 0.28) * 11);
    expect(estimateTextWidth('iiii', 10)).toBeLessThan(estimateTextWidth('MMMM', 10) / 2);
  });
});

describe('runledger report', () => {
  it('builds the site from a ledger directory and says where it is', async () => {
    const ledger = path.join(tmp, 'ledger');
    for (const e of entries(4))
      await appendToLedger(ledger, { commit: e.commit, branch: 'main', runs: e.runs }, { cwd: tmp });
    const out = path.join(tmp, 'site');
    const r = await runCommand('report', ['--ledger', ledger, '--out', out], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^site: .*index\.html · 4 ledger entries \(4 rendered, 4 read\)/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('resnet50/cifar10');
  });

  it('builds the site from a ledger on a git branch (git:runledger on origin)', async () => {
    const { work, shas } = makeRepo(2);
    for (const [i, sha] of shas.entries())
      await appendToLedger(
        'git:runledger',
        { commit: sha, branch: 'main', runs: [ledgerManifest(`r${i}`, 'model', { accuracy: 0.9 + i / 100 }, sha)] },
        { cwd: work, env: gitEnv },
      );
    const out = path.join(tmp, 'git-site');
    const r = await runCommand('report', ['--ledger', 'git:runledger', '--out', out], work, gitEnv);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/2 ledger entries \(2 rendered, 2 read\)/);
    const page = readFileSync(path.join(out, paths.entry(1)), 'utf8');
    expect(page).toContain(shas[1]!);
    expect(page).toMatch(/Verdict: <span class="badge (good|bad)">/);
  });

  it('writes one comparison report with --compare, exit 1 when a gate fails', async () => {
    const out = path.join(tmp, 'cmp');
    const r = await runCommand(
      'report',
      [
        '--compare',
        '--baseline',
        'examples/image-classifier/baseline',
        '--current',
        'examples/image-classifier/current',
        '--out',
        out,
      ],
      repoRoot,
    );
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const json = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(r.code).toBe(json.verdict === 'pass' ? 0 : 1);
    expect(html).toContain(`Verdict: <span class="badge`);
    for (const run of json.runs) expect(html).toContain(run.name);
  });

  it('explains usage errors', async () => {
    await expect(runCommand('report', ['--out', tmp])).rejects.toMatchObject({ exitCode: 2 });
    const f = path.join(tmp, 'a-file');
    writeFileSync(f, '');
    await expect(runCommand('report', ['--ledger', tmp, '--out', f])).rejects.toThrow(/is a file/);
  });
});

describe('templates.gen.js', () => {
  it('is up to date with templates/site', () => {
    execFileSync(process.execPath, ['scripts/gen-templates.mjs', '--check'], { cwd: repoRoot, stdio: 'pipe' });
  });
});
