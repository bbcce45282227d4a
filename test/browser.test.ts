// The topic report and the benchmark chart in a real browser: Debian's chromium, driven by
// playwright-core. The report is made by the command line as a user makes it, opened from a file,
// and used: every card found, a talk hovered, the search box typed into; nothing may leave the page,
// and a hostile corpus may run nothing. Screenshots go to test-results/browser/ (not committed).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../bench/chromium.js';
import { svg, type SuiteResult } from '../bench/suite.js';
import { abstractOf, loadCorpus, type Talk } from '../src/topics/corpus.js';
import { writeCorpus } from '../src/topics/crawl.js';
import { ATTACKS, hostileTalks, manyTalks } from './report-corpora.js';

const root = join(import.meta.dirname, '..');
const ARTIFACTS = join(root, 'test-results/browser');
const CHROMIUM = findChromium();
if (!CHROMIUM) {
  // CI installs Chromium (.ci/run): there a missing browser is a failure, not a skip
  if (process.env.CI) throw new Error('ndfuse tests: CI has no Chromium for the browser tests (.ci/run installs Debian\'s chromium)');
  process.stderr.write("\nndfuse tests: SKIPPED the browser tests of the topic report and the chart: they need Chromium (Debian: apt-get install chromium), or its path in NDFUSE_CHROMIUM.\n");
}

const talks = loadCorpus(join(root, 'data/europython-2016.jsonl'));
const dir = mkdtempSync(join(tmpdir(), 'ndfuse-browser-'));

/** `ndfuse topics <corpus> --html <file>`, with the built command line. */
function report(name: string, args: string[]): string {
  const file = join(dir, `${name}.html`);
  execFileSync(process.execPath, [join(root, 'dist/src/cli.js'), 'topics', ...args, '--html', file], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  return file;
}

interface Watch {
  /** Every request the page made that was not for the file itself. */
  readonly left: string[];
  readonly errors: string[];
  readonly dialogs: string[];
}

/** Opens `file` in a fresh page and notes every request, error, dialog and policy violation. */
async function open(browser: Browser, file: string, opts: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: opts.width ?? 1400, height: 900 }, colorScheme: opts.colorScheme ?? 'light' });
  page.setDefaultTimeout(GUARD_MS);
  const url = pathToFileURL(file).href;
  const watch: Watch = { left: [], errors: [], dialogs: [] };
  page.on('request', (r) => { if (r.url() !== url) watch.left.push(r.url()); });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') watch.errors.push(m.text()); });
  page.on('dialog', (d) => { watch.dialogs.push(d.message()); void d.dismiss(); });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, watch };
}

/** What the page's search keeps: the talks whose title, tags or abstract hold every word typed. */
const matching = (ts: readonly Talk[], query: string): Talk[] => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return ts.filter((t) => { const hay = `${t.title}\n${t.tags.join(', ')}\n${abstractOf(t).trim()}`.toLowerCase(); return words.every((w) => hay.includes(w)); });
};

// The page's search runs 120 ms after the last key, and a busy machine may take far longer: a wait
// ends when the page shows what is awaited, never after a fixed time (the limits are guards only).
const GUARD_MS = 300_000;
const settled = <T>(f: () => Promise<T> | T): ReturnType<typeof expect.poll<T>> => expect.poll(f, { timeout: GUARD_MS, interval: 50 });

const shot = async (page: Page, name: string, fullPage = false): Promise<void> => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage });
};

describe.skipIf(!CHROMIUM)('in Chromium', () => {
  let browser: Browser;
  let europython: string;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM! });
    europython = report('europython', []);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the report of the default corpus: every card, a talk hovered, the search box typed into, nothing leaves the page', async () => {
    const { page, watch } = await open(browser, europython);
    const cards = page.locator('article.card');
    await settled(() => cards.count()).toBe(10);
    for (let j = 0; j < 10; j++) {
      const card = cards.nth(j);
      expect(await card.isVisible()).toBe(true);
      expect(await card.locator('.cloud .word').count()).toBe(10);
      expect(await card.locator('li.talk').count()).toBe(5);
    }
    // a talk's abstract: hidden, then shown when pointed at
    const talk = cards.nth(3).locator('li.talk').nth(1);
    const abstract = talk.locator('.abstract');
    expect(await abstract.isVisible()).toBe(false);
    await talk.hover();
    expect(await abstract.isVisible()).toBe(true);
    const title = await talk.locator('a').innerText();
    const source = talks.find((t) => t.title === title)!;
    expect(await abstract.innerText()).toContain(abstractOf(source).split('\n')[0]!.slice(0, 80));
    await shot(page, 'report-hover.png');

    // the list: every talk, then only those the words typed match
    const rows = page.locator('#talks > li');
    expect(await rows.count()).toBe(169);
    await page.locator('#search').pressSequentially('django', { delay: 15 });
    const django = matching(talks, 'django');
    expect(django.length).toBeGreaterThan(3);
    await settled(() => rows.count()).toBe(django.length);
    expect(await page.locator('#count').innerText()).toBe(`${django.length} of 169 talks match`);
    expect((await rows.locator(':scope > div:nth-child(2) > :first-child').allInnerTexts()).sort()).toEqual(django.map((t) => t.title).sort());
    await page.locator('#search').fill('Django TESTS');
    const both = matching(talks, 'django tests');
    expect(both.length).toBeLessThan(django.length);
    await settled(() => rows.count()).toBe(both.length);
    await page.locator('#search').fill('');
    await settled(() => rows.count()).toBe(169);
    // ordered by how much a talk straddles topics: its leading share rises down the list
    await page.locator('#order').selectOption('straddle');
    const metas = await rows.locator('.meta').allInnerTexts();
    const shares = metas.map((m) => Number(/ (\d+)%/.exec(m)![1]));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(metas[0]).toMatch(/straddles topic \d+ \d+%/);
    // the heat map: pointing at a column names its talk
    const box = (await page.locator('#heat').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    await settled(() => page.locator('#heat-note').innerText()).toMatch(/: topic \d+ \d+%/);

    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'report-light.png');
    expect(watch.left).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.close();
  });

  it('fits a phone: one column of cards, nothing wider than the screen', async () => {
    const { page, watch } = await open(browser, europython, { width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    const lefts = await page.locator('article.card').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(1);
    expect(watch.errors).toEqual([]);
    await shot(page, 'report-phone.png');
    await page.close();
  });

  it("follows the system's dark scheme and prints the cards without the controls", async () => {
    const light = await open(browser, europython, { colorScheme: 'light' });
    const dark = await open(browser, europython, { colorScheme: 'dark' });
    const bg = (p: Page): Promise<string> => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const luminance = (rgb: string): number => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(luminance(await bg(light.page))).toBeGreaterThan(200);
    expect(luminance(await bg(dark.page))).toBeLessThan(60);
    await shot(dark.page, 'report-dark.png');
    await light.page.emulateMedia({ media: 'print' });
    expect(await light.page.locator('.controls').isVisible()).toBe(false);
    expect(await light.page.locator('#talks').isVisible()).toBe(false);
    expect(await light.page.locator('article.card').nth(9).isVisible()).toBe(true);
    expect(luminance(await bg(light.page))).toBe(255);
    for (const p of [light, dark]) {
      expect(p.watch.left).toEqual([]);
      expect(p.watch.errors).toEqual([]);
      await p.page.close();
    }
  });

  it('a hostile corpus renders as text: no script runs, nothing loads, no link but http(s)', async () => {
    const corpus = join(dir, 'hostile.jsonl');
    // and a talk of stop words only: no term of it is counted, so it weighs nothing on any topic
    const bad = [...hostileTalks(), { title: 'The', url: '', tags: [], text: 'The\n\nand of the' }];
    writeCorpus(corpus, bad);
    const file = report('hostile', [corpus, '-k', '3', '--min-df', '1', '--max-df', '1.0', '--top-talks', '8']);
    const { page, watch } = await open(browser, file);
    // every text on show: each card's talks hovered, every abstract in the list opened, the attacks typed in
    for (const talk of await page.locator('li.talk').all()) await talk.hover();
    for (const summary of await page.locator('#talks summary').all()) await summary.click();
    for (const attack of ATTACKS.slice(0, 3)) {
      await page.locator('#search').fill(attack);
      // the filter for this very query has run (the last one's count may be the same)
      await settled(() => page.evaluate(() => [document.body.dataset.query, document.body.dataset.filtered])).toEqual([attack, String(matching(bad, attack).length)]);
      for (const summary of await page.locator('#talks summary').all()) await summary.click();
    }
    await page.locator('#search').fill('');
    await settled(() => page.locator('#talks > li').count()).toBe(25);
    expect(await page.locator('#talks .meta', { hasText: 'no weight on any topic' }).allInnerTexts()).toEqual(['no weight on any topic']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(watch.dialogs).toEqual([]);
    expect(watch.left).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(await page.locator('img, iframe, svg, object, embed, link, body style').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => !h.startsWith('file:')).every((h) => /^https:\/\/ok\.example\//.test(h))).toBe(true);
    expect(hrefs.filter((h) => /^(javascript|data|vbscript):/i.test(h))).toEqual([]);
    expect(await page.locator('[onerror], [onload], [onmouseover]').count()).toBe(0);
    // and the attacks are on the page, as the text they are
    const text = await page.locator('body').innerText();
    for (const attack of ATTACKS.filter((a) => !a.includes('\u2028'))) expect(text).toContain(attack);
    await shot(page, 'report-hostile.png');
    await page.close();
  });

  it('10,000 talks: the list shows 200 at a time and the search box filters them', async () => {
    const corpus = join(dir, 'many.jsonl');
    const many = manyTalks(10_000);
    writeCorpus(corpus, many);
    const file = report('many', [corpus, '-k', '6']);
    const { page, watch } = await open(browser, file);
    const rows = page.locator('#talks > li');
    expect(await page.locator('article.card').count()).toBe(6);
    expect(await rows.count()).toBe(200);
    expect(await page.locator('#count').innerText()).toBe('All 10000 talks, the first 200 shown');
    await page.locator('#more').click();
    expect(await rows.count()).toBe(400);
    await page.locator('#search').pressSequentially('talk 12', { delay: 10 });
    const expected = matching(many, 'talk 12').length;
    await settled(() => page.evaluate(() => [document.body.dataset.query, document.body.dataset.filtered])).toEqual(['talk 12', String(expected)]);
    expect(await rows.count()).toBe(Math.min(200, expected));
    expect(watch.left).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  /** Every text element's box, against the drawing's own. */
  async function textOutside(file: string, name: string): Promise<{ texts: number; outside: string[] }> {
    const page = await browser.newPage();
    page.setDefaultTimeout(GUARD_MS);
    await page.goto(pathToFileURL(file).href);
    const [w, h] = await page.evaluate(() => [(document.documentElement as unknown as SVGSVGElement).viewBox.baseVal.width, (document.documentElement as unknown as SVGSVGElement).viewBox.baseVal.height]);
    await page.setViewportSize({ width: Math.ceil(w!), height: Math.ceil(h!) });
    const r = await page.evaluate(() => {
      const box = document.documentElement.getBoundingClientRect();
      const texts = [...document.querySelectorAll('text')];
      return {
        texts: texts.length,
        outside: texts.filter((t) => { const b = t.getBoundingClientRect(); return b.left < box.left || b.top < box.top || b.right > box.right || b.bottom > box.bottom; }).map((t) => t.textContent ?? ''),
      };
    });
    await shot(page, name);
    await page.close();
    return r;
  }

  it('the committed benchmark chart: every label inside the drawing', async () => {
    const r = await textOutside(join(root, 'bench/results/latest.svg'), 'chart.png');
    expect(r.texts).toBeGreaterThan(300);
    expect(r.outside).toEqual([]);
  });

  it('a chart of extreme figures (0.1 µs to 20 s, 1e2 to 1e8 elements, a ratio of 1000): every label inside', async () => {
    const sizes = [1e2, 1e4, 1e6, 1e8];
    const strategies = ['fused', 'naive', 'hand', 'fused, out=', 'numpy', 'numexpr 1 thread', 'numexpr all threads'];
    const { CASES } = await import('../bench/suite.js');
    // fused from 0.1 µs to 20 ms, naive a thousand times slower (to 20 s), the others between
    const points = CASES.flatMap((c) => strategies.flatMap((s, j) => sizes.map((n, i) => ({ case: c.name, strategy: s, n, us: 0.1 * 200_000 ** (i / 3) * (j === 1 ? 1000 : 1 + j / 3), rme: 1 }))));
    const result = { machine: 'a machine with a long name, 2 cores, 24 GiB, Node v20.20.2, linux x64', date: '2026-12-02', quick: false, sizes, points, peaks: [], compileMs: 1, extras: [], notes: [] } as unknown as SuiteResult;
    const file = join(dir, 'extreme.svg');
    writeFileSync(file, svg(result));
    const r = await textOutside(file, 'chart-extreme.png');
    expect(r.outside).toEqual([]);
    const drawn = readFileSync(file, 'utf8');
    for (const label of ['>0.1 µs<', '>1 ms<', '>100 s<', '>100M<', '>1000×<', '>1×<']) expect(drawn).toContain(label);
  });
});
