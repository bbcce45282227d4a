// The README's pictures: the topic report of the default corpus in the light scheme (a talk pointed
// at, its abstract shown) and in the dark one (further down: the heat map, a filtered list), and the
// benchmark chart (bench/results/latest.svg), taken in Debian's Chromium. After `npm run build`, from anywhere:  npx tsx scripts/screenshots.ts

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../bench/chromium.js';

const root = join(import.meta.dirname, '..');
const docs = join(root, 'docs');
const executablePath = findChromium();
if (!executablePath) throw new Error('screenshots: no Chromium (Debian: apt-get install chromium, or NDFUSE_CHROMIUM)');
mkdirSync(docs, { recursive: true });
// the report as a user makes it: the built command line (npm run build first)
const report = join(mkdtempSync(join(tmpdir(), 'ndfuse-shots-')), 'report.html');
execFileSync(process.execPath, [join(root, 'dist/src/cli.js'), 'topics', '--html', report], { stdio: ['ignore', 'ignore', 'inherit'] });

const browser = await chromium.launch({ executablePath });
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, colorScheme });
    await page.goto(pathToFileURL(report).href);
    await page.waitForSelector('body[data-ready="true"]');
    if (colorScheme === 'dark') {
      // further down: the heat map, and the list filtered by a word typed in the search box
      await page.locator('#search').fill('data');
      await page.locator('#count', { hasText: 'match' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, document.getElementById('mixes-h')!.getBoundingClientRect().top + window.scrollY - 260));
      const box = (await page.locator('#heat').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.62, box.y + 40);
    } else {
      await page.locator('#topic-4 li.talk').nth(1).hover();
    }
    await page.screenshot({ path: join(docs, `report-${colorScheme}.png`) });
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(root, 'bench/results/latest.svg')).href);
  const size = await page.evaluate(() => { const b = document.documentElement.getBoundingClientRect(); return { width: Math.ceil(b.width), height: Math.ceil(b.height) }; });
  await page.setViewportSize(size);
  await page.screenshot({ path: join(docs, 'bench-chart.png') });
} finally {
  await browser.close();
}
console.log(`written: ${['report-light.png', 'report-dark.png', 'bench-chart.png'].map((f) => join('docs', f)).join(', ')}`);
