// The crawler with no options on sites it was never tuned to (test/sites.ts): three layouts, as
// saved folders and over HTTP; every talk found once, its title and abstract as the site has them,
// and no navigation, sidebar or footer text in any abstract.

import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../src/topics/crawl.js';
import { cardsLayout, gridLayout, listLayout, serveLayout, writeSite, type Layout, type TestServer } from './sites.js';

const layouts = [gridLayout(), listLayout(), cardsLayout()];
const servers = new Map<string, TestServer>();

beforeAll(async () => {
  for (const l of layouts) servers.set(l.name, await serveLayout(l));
});
afterAll(async () => {
  for (const s of servers.values()) await s.close();
});

function expectTalks(layout: Layout, talks: { title: string; text: string }[]): void {
  expect(talks.map((t) => t.title).sort()).toEqual(layout.talks.map((t) => t.title).sort());
  for (const known of layout.talks) {
    const talk = talks.find((t) => t.title === known.title)!;
    for (const p of known.paragraphs) expect(talk.text.replace(/\s+/g, ' '), known.title).toContain(p);
    for (const f of layout.furniture) expect(talk.text, `${known.title}: '${f}'`).not.toContain(f);
    // the title once, at the start
    expect(talk.text.indexOf(known.title, 1), known.title).toBe(-1);
  }
}

describe.each(layouts.map((l) => [l.name, l] as const))('%s, with no options', (_name, layout) => {
  it('over HTTP: every talk, its title and its abstract, and no page furniture', async () => {
    const { base } = servers.get(layout.name)!;
    const { talks, summary } = await crawl(base + layout.start, { ignoreRobots: false });
    expectTalks(layout, talks);
    expect(summary.failed).toEqual([]);
    expect(summary.inferred.map((x) => x.field)).toEqual(expect.arrayContaining(['talkUrl', 'title', 'text']));
    expect([summary.matched, summary.talkPages]).toEqual([layout.talks.length, layout.talks.length]);
  });

  it.skipIf(layout.name === 'cards with query links')('as a saved folder, given the folder: the same talks', async () => {
    const root = writeSite(layout);
    const { talks, summary } = await crawl(root);
    expectTalks(layout, talks);
    expect(summary.failed).toEqual([]);
  });
});

describe('a saved page given as the source', () => {
  it("the schedule page's file: the site's root is where its site-absolute links resolve", async () => {
    const grid = layouts[0]!;
    const root = writeSite(grid);
    for (const source of [join(root, 'schedule/index.html'), pathToFileURL(join(root, 'schedule/index.html')).href]) {
      const { talks, summary } = await crawl(source);
      expectTalks(grid, talks);
      expect(summary.failed).toEqual([]);
      expect(summary.inferred.find((x) => x.field === 'start')!.how).toBe(`the page given (site root ${realpathSync(root)}, where its site-absolute links resolve)`);
    }
  });
});

describe('what was inferred, and how to correct it', () => {
  it('says the link pattern, the selectors and how many pages matched; a flag replaces one inference', async () => {
    const grid = layouts[0]!;
    const { base } = servers.get(grid.name)!;
    const { summary, profile } = await crawl(base + grid.start);
    const said = Object.fromEntries(summary.inferred.map((x) => [x.field, x.value]));
    expect(said.talkUrl).toBe('/sessions/*/');
    expect(said.title).toBe('h1');
    expect(summary.inferred.find((x) => x.field === 'talkUrl')!.how).toMatch(/^the largest group of links with one pattern on \d listing pages?: 12 pages; next: \/speakers\/\*\/ \(12\)/);
    expect(profile).toMatchObject({ talkUrl: '/sessions/*/', title: 'h1' });
    // the speakers' pages are the same size of group: a user who wanted them says so
    const speakers = await crawl(base + grid.start, { profile: { talkUrl: '/speakers/*/' } });
    expect(speakers.talks.map((t) => t.title).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Speaker ${i}`).sort());
    expect(speakers.summary.inferred.map((x) => x.field)).not.toContain('talkUrl');
  });
});
