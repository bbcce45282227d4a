// The topic report in Chromium: its size, how long it takes to load (to the load event, and until
// its script has drawn the heat map and the list), and what the search box costs per keystroke, for
// the default corpus and for 10,000 talks resampled from it. Each load is a fresh page; medians of
// five. Needs Chromium (bench/chromium.ts); without it the bench says so and measures only sizes.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultCorpusPath } from '../src/topics/topics.js';
import { abstractOf, loadCorpus } from '../src/topics/corpus.js';
import { writeCorpus } from '../src/topics/crawl.js';
import { findChromium } from './chromium.js';
import { machine, median, resample, table } from './harness.js';

const CLI = join(import.meta.dirname, '../src/cli.js');

interface Load { loadMs: number; startMs: number; readyMs: number; heapMiB: number }
interface Typing { filterMs: number[]; longestTaskMs: number }

// run in the page (as text: this project's types know no DOM)
const WATCH_TASKS = `window.__longest = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });`;
const LOAD_FIGURES = `({
  loadMs: performance.getEntriesByType('navigation')[0].loadEventEnd,
  startMs: performance.getEntriesByName('ndfuse-start')[0].startTime,
  readyMs: performance.getEntriesByName('ndfuse-ready')[0].duration,
  heapMiB: (performance.memory ? performance.memory.usedJSHeapSize : NaN) / 2 ** 20,
})`;
const TYPING_FIGURES = `({ filterMs: performance.getEntriesByName('ndfuse-filter').map((m) => m.duration), longestTaskMs: window.__longest })`;

export async function reportBench(opts: { quick?: boolean } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ndfuse-report-bench-'));
  const talks = loadCorpus(defaultCorpusPath());
  // 10,000 talks drawn with replacement from the real ones, seeded; numbered so titles differ
  const n = opts.quick ? 2000 : 10_000;
  const many = resample(talks, n).map((t, i) => {
    const title = `${t.title} (${i + 1})`;
    return { title, url: t.url, tags: t.tags, text: `${title}\n\n${abstractOf(t)}` };
  });
  writeCorpus(join(dir, 'many.jsonl'), many);
  const corpora = [
    { name: `EuroPython 2016 (${talks.length} talks)`, args: [] as string[] },
    { name: `${n.toLocaleString('en')} talks resampled from it`, args: [join(dir, 'many.jsonl')] },
  ];
  const files = corpora.map((c, i) => {
    const file = join(dir, `report-${i}.html`);
    execFileSync(process.execPath, [CLI, 'topics', ...c.args, '--html', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    return file;
  });
  const sizes = files.map((f) => statSync(f).size);
  const chromium = findChromium();
  if (!chromium) {
    return `${machine()}\n\nChromium not found (Debian: apt-get install chromium, or NDFUSE_CHROMIUM): sizes only.\n\n` +
      table(['corpus', 'report size'], corpora.map((c, i) => [c.name, mib(sizes[i]!)])) + '\n';
  }
  const { chromium: driver } = await import('playwright-core');
  const browser = await driver.launch({ executablePath: chromium });
  const version = browser.version();
  const runs = opts.quick ? 2 : 5;
  try {
    const rows: string[][] = [];
    for (const [i, file] of files.entries()) {
      const loads: Load[] = [];
      let typing: Typing | null = null;
      for (let r = 0; r < runs; r++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.addInitScript(WATCH_TASKS);
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.waitForSelector('body[data-ready="true"]');
        loads.push(await page.evaluate<Load>(LOAD_FIGURES));
        if (r === runs - 1) {
          // typing a word a key at a time, faster than the 120 ms pause: the filter runs when typing stops
          await page.evaluate('window.__longest = 0; performance.clearMeasures("ndfuse-filter")');
          for (const word of ['data', 'django web', 'machine learning python']) {
            await page.locator('#search').fill('');
            await page.locator('#search').pressSequentially(word, { delay: 40 });
            // (polled from here: the page's policy refuses the string predicates waitForFunction evaluates)
            const done = (): Promise<number> => page.evaluate<number>('performance.getEntriesByName("ndfuse-filter").length');
            for (const before = await done(); (await done()) === before;) await page.waitForTimeout(20);
          }
          typing = await page.evaluate<Typing>(TYPING_FIGURES);
        }
        await page.close();
      }
      rows.push([corpora[i]!.name, mib(sizes[i]!), `${median(loads.map((l) => l.loadMs)).toFixed(0)} ms`, `${median(loads.map((l) => l.startMs)).toFixed(0)} ms`, `${median(loads.map((l) => l.readyMs)).toFixed(0)} ms`,
        `${median(loads.map((l) => l.heapMiB)).toFixed(0)} MiB`, `${median(typing!.filterMs).toFixed(1)} ms (max ${Math.max(...typing!.filterMs).toFixed(1)})`, typing!.longestTaskMs > 0 ? `${typing!.longestTaskMs.toFixed(0)} ms` : 'none']);
    }
    return `${machine()}, Chromium ${version} (headless), ${runs} fresh loads each (medians)\n\n` +
      table(['corpus', 'report size', 'load event', 'script starts (page parsed)', 'ready (heat map and list drawn)', 'JS heap', 'search: filter and redraw per query', 'tasks over 50 ms while typing'], rows) +
      '\n\nA query filters every talk (title, tags, abstract) and redraws the first 200 matches; it runs 120 ms after the last key.\n';
  } finally {
    await browser.close();
  }
}

const mib = (bytes: number): string => (bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`);
