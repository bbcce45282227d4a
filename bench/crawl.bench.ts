// The crawler with no options against the profile written for the site, on the saved PyCon 2016
// pages: talks found, titles equal, the abstracts' words (precision and recall of the tokens, the
// profile's text as the truth), wall time. And what a 50 MB page costs now: skipped at the default
// cap, and read whole under a cap above it (each in a process of its own, for its peak memory).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { crawl, PROFILES } from '../src/topics/crawl.js';
import { inFreshProcess, machine, medianMs as median, table } from './harness.js';

const PYCON = join(import.meta.dirname, '../../../shared/data/pycon-us-2016');

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? [];

/** Shared tokens (as multisets) over the inferred text's and over the profile's. */
function overlap(truth: string, got: string): { precision: number; recall: number } {
  const want = new Map<string, number>();
  for (const w of tokens(truth)) want.set(w, (want.get(w) ?? 0) + 1);
  let common = 0;
  const g = tokens(got);
  for (const w of g) {
    const c = want.get(w) ?? 0;
    if (c > 0) {
      common++;
      want.set(w, c - 1);
    }
  }
  return { precision: g.length ? common / g.length : 1, recall: common / Math.max(1, tokens(truth).length) };
}

export async function crawlBench(opts: { quick?: boolean } = {}): Promise<string> {
  const runs = opts.quick ? 1 : 3;
  const out: string[] = [`Machine: ${machine()}`, ''];
  if (!existsSync(PYCON)) out.push('skipped the PyCon comparison: ../shared/data/pycon-us-2016 is not there');
  else {
    const given = await crawl(PYCON, { profile: PROFILES['pycon-us-2016'] });
    const inferred = await crawl(PYCON);
    const byUrl = new Map(inferred.talks.map((t) => [t.url, t]));
    let titles = 0, found = 0, p = 0, r = 0;
    for (const t of given.talks) {
      const z = byUrl.get(t.url);
      if (!z) continue;
      found++;
      if (z.title === t.title) titles++;
      const o = overlap(t.text, z.text);
      p += o.precision;
      r += o.recall;
    }
    const msGiven = await median(runs, () => crawl(PYCON, { profile: PROFILES['pycon-us-2016'] }));
    const msInferred = await median(runs, () => crawl(PYCON));
    out.push(`The saved PyCon 2016 pages (a folder), median of ${runs} runs:`, '', table(
      ['crawl', 'talks', 'of the profile\'s found', 'titles equal', 'text tokens: precision', 'recall', 'ms'],
      [
        ['profile pycon-us-2016', String(given.talks.length), '', '', '', '', msGiven.toFixed(0)],
        ['no options', String(inferred.talks.length), `${found} of ${given.talks.length}`, `${titles} of ${found}`, (p / Math.max(found, 1)).toFixed(4), (r / Math.max(found, 1)).toFixed(4), msInferred.toFixed(0)],
      ]), '', 'Inferred: ' + inferred.summary.inferred.map((x) => `${x.field} ${x.value}`).join('; '), '');
  }
  const child = join(import.meta.dirname, 'crawl-child.js');
  const rows = [5 * 2 ** 20, 64 * 2 ** 20].map((cap) => {
    const r = JSON.parse(inFreshProcess([child, String(cap)])) as { ms: number; maxRssMiB: number; maxDelayMs: number; big: string };
    return [`${cap / 2 ** 20} MiB`, r.big, r.ms.toFixed(0), r.maxRssMiB.toFixed(0), r.maxDelayMs.toFixed(0)];
  });
  out.push('A talk page of 50 MiB over HTTP (a crawl of it and one small page, each in a process of its own):', '',
    table(['--max-bytes', 'the 50 MiB page', 'ms', 'peak RSS (MiB)', 'longest event loop delay (ms)'], rows));
  return out.join('\n');
}
