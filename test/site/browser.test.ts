// The built site in headless Chromium from file://: no console errors, hostile manifest strings stay
// text, axe finds nothing serious, every internal link resolves. One browser, one page, reused.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/render/site/index.js';
import { runCommand, repoRoot } from '../helpers/cli.js';
import { entries } from './fixtures.js';

const shots = path.join(repoRoot, 'test-output/site');
let dir: string;
let site: string;
let cmp: string;
let browser: Browser;
let page: Page;
/** axe is injected as an inline script, which the site's CSP rightly refuses: a second context bypasses it */
let axePage: Page;
const problems: string[] = [];
let dialogs = 0;

// runs in the page (a string: this test is compiled without the DOM library)
const INSPECT = `(() => ({
  scripts: [...document.scripts].map((s) => s.getAttribute('src')),
  imgs: document.querySelectorAll('img, iframe, object, embed, form, base').length,
  handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  svgScripts: document.querySelectorAll('svg script, svg [onload]').length,
  badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(https?:|[^:]*$)/i.test(h)),
  links: [...document.querySelectorAll('a[href], link[href], script[src]')].map((a) => a.href || a.src),
}))()`;
interface Inspection {
  scripts: (string | null)[];
  imgs: number;
  handlers: number;
  svgScripts: number;
  badLinks: string[];
  links: string[];
}

function htmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'runledger-site-'));
  site = path.join(dir, 'site');
  cmp = path.join(dir, 'cmp');
  await buildSite(entries(16, { evil: true }), { out: site, source: 'test ledger' });
  const r = await runCommand('report', [
    '--compare',
    '--baseline',
    'examples/image-classifier/baseline',
    '--current',
    'examples/image-classifier/current',
    '--out',
    cmp,
  ]);
  expect(r.stderr).toBe('');
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  axePage = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 900 } })).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  page.on('requestfailed', (req) => problems.push(`${page.url()}: request failed ${req.url()}`));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function axe(p: Page) {
  await p.addScriptTag({ content: readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  const result = (await p.evaluate(`axe.run().then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  })))`)) as { id: string; impact: string; where: string[] }[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('the site in a browser', () => {
  it('loads every page from file:// with no errors, no injected element and no broken link', async () => {
    const files = [...htmlFiles(site), ...htmlFiles(cmp)];
    expect(files.length).toBeGreaterThanOrEqual(25);
    const broken: string[] = [];
    const t0 = Date.now();
    for (const f of files) {
      await page.goto(pathToFileURL(f).href);
      const seen = (await page.evaluate(INSPECT)) as Inspection;
      expect(seen.scripts, f).toEqual([expect.stringMatching(/assets\/site\.js$/)]);
      expect(seen.imgs + seen.handlers + seen.svgScripts, f).toBe(0);
      expect(seen.badLinks, f).toEqual([]);
      for (const link of seen.links) {
        if (!link.startsWith('file:')) continue;
        const [file, frag] = link.split('#') as [string, string | undefined];
        const target = fileURLToPath(file);
        const ok =
          existsSync(target) && (!frag || readFileSync(target, 'utf8').includes(`id="${decodeURIComponent(frag)}"`));
        if (!ok) broken.push(`${path.relative(dir, f)} -> ${link}`);
      }
    }
    console.log(`${files.length} pages in ${Date.now() - t0} ms`);
    expect(broken).toEqual([]);
    expect(problems).toEqual([]);
    expect(dialogs).toBe(0);
  });

  it('passes axe on the overview, a metric page, a run page and a comparison report, and screenshots them', async () => {
    const metric = htmlFiles(path.join(site, 'r')).find((f) => !f.endsWith('index.html') && f.includes('resnet'))!;
    const run = path.join(site, 'c/15.html');
    const pages = { overview: path.join(site, 'index.html'), metric, run, comparison: path.join(cmp, 'index.html') };
    for (const scheme of ['light', 'dark'] as const) {
      await axePage.emulateMedia({ colorScheme: scheme });
      for (const [name, f] of Object.entries(pages)) {
        await axePage.goto(pathToFileURL(f).href);
        expect(await axe(axePage), `${name} (${scheme})`).toEqual([]);
        await axePage.screenshot({ path: path.join(shots, `${name}-${scheme}.png`), fullPage: true });
      }
    }
    // a phone: nothing wider than the screen but the scrolling tables and charts' own boxes
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(pathToFileURL(pages.metric).href);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(shots, 'metric-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows the hostile strings as text', async () => {
    const run = path.join(site, 'c/5.html');
    await page.goto(pathToFileURL(run).href);
    const text = (await page.evaluate('document.body.innerText')) as string;
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('javascript:alert(7)');
    // only the http(s) dataset became a link, and it stayed on its own origin
    const hrefs = await page.$$eval('main a[href^="http"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(
      new Set(['https://example.org/%22%3E%3Cscript%3Ealert(9)%3C/script%3E', 'https://example.org/cifar10/train']),
    );
  });
});
