// The PR comment as GitHub renders it (cmark-gfm), injection from manifest strings, the length cap,
// the terminal text and the JSON output against the verdict schema.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compare, parsePolicy, validateVerdict } from '../../src/compare/index.js';
import { renderJson, renderMarkdown, renderText, sparkline } from '../../src/render/comment/index.js';
import { replicas, run } from './make.js';

function cmark(markdown: string): string {
  const r = spawnSync('/usr/bin/cmark-gfm', ['--unsafe', '--extension', 'table', '--extension', 'autolink'], {
    input: markdown,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

/** Text outside <code> elements and outside tags, entities decoded enough for the checks. */
function visibleText(html: string): string {
  return html
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&');
}

const evil =
  'x<script>alert(1)</script> | @octocat #123 acme/repo#9 **bold** [link](https://evil.example) ![img](https://evil.example/i.png) https://evil.example www.evil.example <img src=x onerror=alert(1)> <!-- hide --> &amp; &#35;1\n# injected heading\r\n| a | b |';

function evilReport() {
  const policy = parsePolicy('metrics:\n  "*": {goal: maximize}\n', 'p.yml');
  const b = run(
    evil,
    { [evil]: { value: 1, goal: 'maximize', unit: evil }, ok: 1 },
    {
      side: 'baseline',
      params: { [evil]: evil },
      datasets: [{ name: evil, digest: 'sha256:' + 'ab'.repeat(32) }],
      cases: [{ id: evil, outcome: 'pass' }],
    },
  );
  const c = run(
    evil,
    { [evil]: { value: 0.5, goal: 'maximize', unit: evil }, ok: 1 },
    {
      params: { [evil]: evil + '2' },
      datasets: [{ name: evil, digest: 'sha256:' + 'cd'.repeat(32) }],
      cases: [{ id: evil, outcome: 'fail' }],
      code: { commit: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b', dirty: true },
    },
  );
  const other = run('other', { m: 2 }, { side: 'baseline' });
  return compare({
    baseline: [b, other],
    current: [c, run('other', { m: 2 })],
    policy,
    baselineInfo: { source: evil },
  });
}

describe('markdown comment: manifest strings are inert on GitHub', () => {
  const report = evilReport();
  const md = renderMarkdown(report, { reportUrl: 'https://example.org/report/1.html' });
  const html = cmark(md);

  it('renders no markup from manifests: no script, img, injected link, heading or bold', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<h1/i);
    expect(html).not.toContain('<!-- hide');
    expect(html).not.toMatch(/<strong>bold<\/strong>/);
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual(['https://example.org/report/1.html']);
  });
  it('leaves no @mention, #123 or owner/repo#9 reference that GitHub would link', () => {
    const text = visibleText(html);
    expect(text).toContain('octocat');
    expect(text).not.toMatch(/@octocat/);
    expect(text).not.toMatch(/#123/);
    expect(text).not.toMatch(/repo#9/);
  });
  it("keeps every table row at the header's number of cells (pipes escaped, newlines removed)", () => {
    const tables = html.split('<table>').slice(1);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const header = (t.split('</thead>')[0]!.match(/<th[ >]/g) ?? []).length;
      const rows = t.split('</thead>')[1]!.split('<tr>').slice(1);
      for (const r of rows) expect((r.match(/<td[ >]/g) ?? []).length).toBe(header);
    }
  });
  it('still shows the strings, with their pipes', () => {
    expect(html).toContain('| a | b |');
    expect(html).toContain('&lt;script&gt;');
  });
  it('puts regressions first, then what changed and the findings, unchanged folded away', () => {
    const order = ['Regressions', 'Eval cases', 'What changed', 'Reproducibility', '<details>'].map((s) =>
      md.indexOf(s),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md.split('\n').find((l) => l.startsWith('### '))).toMatch(/^### ❌ runledger fail: 1 regression/);
  });
});

describe('markdown comment: length cap', () => {
  const big = (runs = 400) => {
    const metrics = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`metric_${i}`, { value: 1, goal: 'maximize' as const }]),
    );
    const worse = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`metric_${i}`, { value: i < 10 ? 0.5 : 1, goal: 'maximize' as const }]),
    );
    const names = Array.from({ length: runs }, (_, i) => `suite/run-${i}`);
    return compare({
      baseline: names.map((n) => run(n, metrics, { side: 'baseline' })),
      current: names.map((n) => run(n, worse)),
    });
  };
  it('never exceeds 65,536 characters and says what was left out', () => {
    const md = renderMarkdown(big(120));
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toMatch(/more (metrics|characters)/);
    expect(md).not.toContain('<details>');
  });
  it('collapses the unchanged metrics first, then truncates with a note of how much is missing', () => {
    const r = big(60);
    const full = renderMarkdown(r, { maxLength: 10_000_000 });
    expect(full).toContain('<details>');
    const tiny = renderMarkdown(r, { maxLength: 1000 });
    expect(tiny.length).toBeLessThanOrEqual(1000);
    expect(tiny).toMatch(/truncated: \d+ more characters left out/);
    expect(cmark(tiny)).toContain('<table>');
  });
});

describe('sparkline', () => {
  it('scales values to eight bars', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline([1])).toBe('');
  });
  it('is drawn beside a regressed metric with history', () => {
    const r = compare({
      baseline: [run('m', { acc: { value: 0.9, goal: 'maximize' } }, { side: 'baseline' })],
      current: [run('m', { acc: { value: 0.7, goal: 'maximize' } })],
      history: { m: { acc: [0.9, 0.91, 0.89, 0.9, 0.905] } },
    });
    expect(renderMarkdown(r)).toMatch(/`[▁▂▃▄▅▆▇█]{6}`/);
  });
});

describe('text and JSON', () => {
  const r = compare({
    baseline: replicas('cls', { acc: [0.912, 0.913, 0.912, 0.914, 0.913] }, 'baseline'),
    current: replicas('cls', { acc: [0.901, 0.9, 0.902, 0.899, 0.901] }, 'current'),
  });
  it('colours the text only when asked (TTY), and strips escape sequences from manifest strings', () => {
    expect(renderText(r, { color: true })).toContain('\u001b[31m');
    const plain = renderText(r, { color: false });
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('regressed');
    expect(plain).toContain('cls acc: 0.9128 → 0.9006');
    const sneaky = compare({ baseline: [], current: [run('a\u001b[2Jb', { x: 1 })] });
    expect(renderText(sneaky, { color: false })).not.toContain('\u001b');
  });
  it('JSON output follows schemas/verdict.schema.json', () => {
    for (const report of [r, evilReport()]) {
      const parsed: unknown = JSON.parse(renderJson(report));
      expect(validateVerdict(parsed), JSON.stringify(validateVerdict.errors)).toBe(true);
    }
  });
});
