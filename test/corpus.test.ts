// The corpus ndfuse ships: records of a talk's title, page, tags and abstract only, with none of the
// YouTube description's furniture; and made by scripts/make-default-corpus.ts from ../shared's copy.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abstractOf, loadCorpus } from '../src/topics/corpus.js';
import { writeCorpus } from '../src/topics/crawl.js';

const root = join(import.meta.dirname, '..');
const SHIPPED = join(root, 'data/europython-2016.jsonl');
const PYVIDEO = join(root, '../shared/data/europython-2016/pyvideo-data/europython-2016');

describe('the default corpus', () => {
  const records = readFileSync(SHIPPED, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

  it('holds the title, the page, the tags and the abstract of each talk, nothing else', () => {
    expect(records).toHaveLength(169);
    for (const r of records) expect(Object.keys(r)).toEqual(['title', 'url', 'tags', 'abstract']);
  });

  it("keeps none of the description's header, rule or link targets in the text analysed", () => {
    for (const t of loadCorpus(SHIPPED)) {
      const a = abstractOf(t);
      expect(a, t.title).not.toMatch(/\[EuroPython 2016\]|\[Bilbao, Euskadi, Spain\]|^\(https?:|^-----$|^\.\. _/m);
      expect(a, t.title).not.toMatch(/^\S.* - .*\n\[/);
      expect(t.text).toBe(`${t.title}\n\n${a}`);
    }
  });

  it('links every talk to its public page: the conference site, else its recording', () => {
    const urls = records.map((r) => r.url as string);
    expect(urls.every((u) => /^https:\/\/(ep2016\.europython\.eu\/conference\/talks\/[\w-]+|www\.youtube\.com\/watch\?v=[\w-]+)$/.test(u))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('writes and reads back the same talks (a crawl writes its records the same way)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-corpus-'));
    const talks = [...loadCorpus(SHIPPED), { title: 'no abstract', url: '', tags: ['x'], text: 'text not starting with the title' }];
    writeCorpus(join(dir, 'c.jsonl'), talks);
    expect(loadCorpus(join(dir, 'c.jsonl'))).toEqual(talks);
  });

  const present = existsSync(PYVIDEO);
  if (!present) process.stderr.write(`\nndfuse tests: SKIPPED rebuilding the default corpus: it needs the pyvideo records at ${PYVIDEO}.\n`);
  it.skipIf(!present)('is what scripts/make-default-corpus.ts makes from the pyvideo records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-corpus-'));
    execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/make-default-corpus.ts'), dir], { cwd: root, encoding: 'utf8' });
    expect(readFileSync(join(dir, 'europython-2016.jsonl'), 'utf8')).toBe(readFileSync(SHIPPED, 'utf8'));
    expect(readFileSync(join(dir, 'ATTRIBUTION.md'), 'utf8')).toBe(readFileSync(join(root, 'data/ATTRIBUTION.md'), 'utf8'));
  });
});
