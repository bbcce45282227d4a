// What the crawler infers about a site it has no profile for, from the pages themselves: which links
// on the listing pages lead to talks (the largest group of links whose URLs share a path pattern),
// which element of a talk page holds its title (the one whose text is the text of the links that
// led there), which hold its text (the blocks whose text differs from page to page and is long, not
// links, found by comparing the talk pages with each other), and which lines every page shares (a
// footer, "back to the schedule"). The results are a profile's fields: printed, reused and corrected
// as a profile.

import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export interface Listing {
  readonly url: URL;
  readonly $: CheerioAPI;
}

export interface LinkGroup {
  /** The talkUrl pattern (src/topics/profile.ts). */
  readonly pattern: string;
  /** Its URLs (normalised, on the site), in the order first seen. */
  readonly urls: URL[];
  /** How strongly it looks like the talks: its size, halved when its links' texts are short. */
  readonly score: number;
}

/** A path's pattern (a path from the site's root, with its query): the last segment (or the query's
 *  values) and every all-digit segment as *. */
export function urlPattern(path: string): string {
  const [pathname, search] = path.split('?', 2) as [string, string | undefined];
  const parts = pathname.split('/');
  let last = parts.length - 1;
  while (last > 0 && parts[last] === '') last--;
  const out = parts.map((p, i) => {
    if (/^\d+$/.test(p)) return '*';
    if (i === last && !search && p !== '') return '*' + (/\.[a-z0-9]{2,5}$/i.exec(p)?.[0] ?? '');
    return p;
  }).join('/');
  return search ? out + '?' + [...new URLSearchParams(search).keys()].map((k) => `${k}=*`).join('&') : out;
}

const words = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;
/** Text with its runs of white space as one space, trimmed: how anchors, titles and lines compare. */
export const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The groups of links on the listing pages by URL pattern, best first. `link` resolves an href on
 * a page (null: not a page of the site); `skip` leaves out URLs already known as listings.
 */
export function linkGroups(listings: readonly Listing[], link: (href: string, base: URL) => URL | null, path: (u: URL) => string, skip: (u: URL) => boolean): { groups: LinkGroup[]; anchors: Map<string, string[]> } {
  const anchors = new Map<string, string[]>();
  const byPattern = new Map<string, URL[]>();
  for (const { url, $ } of listings) {
    $('a[href]').each((_, a) => {
      const u = link($(a).attr('href')!, url);
      if (!u || skip(u)) return;
      const text = clean($(a).text()) || clean($(a).attr('title') ?? '');
      const seen = anchors.get(u.href);
      if (seen) {
        if (text) seen.push(text);
        return;
      }
      anchors.set(u.href, text ? [text] : []);
      const p = urlPattern(path(u));
      const g = byPattern.get(p);
      if (g) g.push(u);
      else byPattern.set(p, [u]);
    });
  }
  const groups = [...byPattern].map(([pattern, urls]) => {
    const lengths = urls.map((u) => Math.max(0, ...anchors.get(u.href)!.map(words))).sort((a, b) => a - b);
    const median = lengths[lengths.length >> 1]!;
    return { pattern, urls, score: urls.length * (median >= 3 ? 1 : 0.5) };
  }).filter((g) => g.urls.length >= 2 && g.pattern.includes('*'));
  groups.sort((a, b) => b.score - a.score || b.pattern.length - a.pattern.length || (a.pattern < b.pattern ? -1 : 1));
  return { groups, anchors };
}

export interface TalkSample {
  readonly $: CheerioAPI;
  /** The texts of the links that led to the page. */
  readonly anchors: readonly string[];
}

// ### Selectors for an element, that mean the same element on every page of one template

const escapeCss = (s: string): string => s.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
/** Classes that name a kind of element, not one page's item (talk-1658 is one page's). */
const steadyClasses = (el: Element): string[] => (el.attribs.class ?? '').split(/\s+/).filter((c) => c !== '' && !/\d{3,}/.test(c)).slice(0, 2);

function segment(el: Element): string {
  const cls = steadyClasses(el);
  if (cls.length > 0) return el.tagName + cls.map((c) => '.' + escapeCss(c)).join('');
  const id = el.attribs.id;
  if (id && !/\d{3,}/.test(id)) return `${el.tagName}#${escapeCss(id)}`;
  const parent = el.parent as Element | null;
  const same = parent?.children?.filter((c): c is Element => c.type === 'tag' && (c as Element).tagName === el.tagName) ?? [];
  return same.length > 1 ? `${el.tagName}:nth-of-type(${same.indexOf(el) + 1})` : el.tagName;
}

/** The element's path from body, a segment per element (tag, steady classes, or position). */
function pathOf(el: Element): string[] {
  const segs: string[] = [];
  for (let e: Element | null = el; e && e.type === 'tag' && e.tagName !== 'body' && e.tagName !== 'html'; e = e.parent as Element | null) segs.unshift(segment(e));
  return ['body', ...segs];
}

/** The shortest tail of `path` (joined by child combinators) that selects on every page what the whole path does. */
function shortest(path: readonly string[], pages: readonly CheerioAPI[]): string {
  const full = path.join(' > ');
  const picks = pages.map(($) => $(full).get());
  for (let k = 1; k < path.length; k++) {
    const tail = path.slice(path.length - k).join(' > ');
    if (pages.every(($, i) => sameList($(tail).get(), picks[i]!))) return tail;
  }
  return full;
}

const sameList = (a: readonly AnyNode[], b: readonly AnyNode[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

// ### The title

const normal = (s: string): string => clean(s).toLowerCase().replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«».:;!]+$/g, '');
const textOf = ($: CheerioAPI, el: Element): string => (el.tagName === 'meta' ? el.attribs.content ?? '' : $(el).text());

/** The title's selector: the element whose text is the links' text on most pages, else the first of
 *  og:title, h1, h2, title whose text differs from page to page. */
export function inferTitle(pages: readonly TalkSample[]): { selector: string; how: string } {
  const votes = new Map<string, number>();
  const cands = 'h1, h2, h3, h4, h5, h6, meta[property="og:title"], [itemprop="name"], title';
  for (const { $, anchors } of pages) {
    const wanted = new Set(anchors.map(normal).filter((a) => a !== ''));
    if (wanted.size === 0) continue;
    const chosen = new Set<string>();
    $(cands).each((_, el) => {
      if (!wanted.has(normal(textOf($, el)))) return;
      const path = pathOf(el);
      // a selector by the element and its nearest ancestor with a class: short, and steady across pages
      const ancestor = [...path].slice(0, -1).reverse().find((s) => s.includes('.') || s.includes('#'));
      for (const sel of [path[path.length - 1]!.replace(/:nth-of-type\(\d+\)/, ''), ancestor ? `${ancestor} ${path[path.length - 1]!.replace(/:nth-of-type\(\d+\)/, '')}` : null]) {
        if (sel) chosen.add(el.tagName === 'meta' ? 'meta[property="og:title"]' : sel);
      }
    });
    for (const sel of chosen) {
      // a vote only when the selector's first match is the matching element: that is what extraction takes
      const first = $(sel).get(0) as Element | undefined;
      if (first && wanted.has(normal(textOf($, first)))) votes.set(sel, (votes.get(sel) ?? 0) + 1);
    }
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
  if (best && best[1] >= Math.max(1, pages.length / 2)) return { selector: best[0], how: `its text is the link's text on ${best[1]} of ${pages.length} pages` };
  for (const sel of ['meta[property="og:title"]', 'h1', 'h2', 'title']) {
    const texts = pages.map(({ $ }) => {
      const el = $(sel).get(0) as Element | undefined;
      return el ? clean(textOf($, el)) : '';
    }).filter((t) => t !== '');
    if (texts.length >= 0.8 * pages.length && new Set(texts).size >= 0.8 * texts.length) return { selector: sel, how: `the first ${sel} (it differs from page to page)` };
  }
  return { selector: 'h1', how: 'no element holds the links\' text, and no heading differs from page to page: h1' };
}

// ### The text

/** Elements that hold page furniture rather than a talk's text. */
const FURNITURE = 'script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, button, [role="navigation"], [role="banner"], [role="contentinfo"], [hidden]';
const BLOCKS = new Set(['div', 'section', 'article', 'main', 'p', 'td', 'dd', 'li', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'table', 'tbody', 'tr', 'span']);

interface Block {
  path: string[];
  pages: number;
  texts: Set<string>;
  chars: number;
  links: number;
}

/**
 * The text's selectors (it takes the furniture and the titles out of the pages): of the blocks whose text differs on (nearly) every page, is long and is not
 * mostly links, the one with the most text; replaced by the blocks inside it that hold most of its
 * text, when there are such (a talk page's box of title, time, speakers and abstract gives way to
 * its description and abstract).
 */
export function inferText(pages: readonly TalkSample[], titleSelector: string): { selectors: string[]; how: string } {
  const blocks = new Map<string, Block>();
  // the pages' furniture and titles go: the pages are the caller's no more
  const docs = pages.map(({ $ }) => {
    $(FURNITURE).remove();
    $(titleSelector).first().remove();
    return $;
  });
  for (const $ of docs) {
    const perPage = new Map<string, { text: string; links: number }>();
    $('body *').each((_, el) => {
      if (!BLOCKS.has((el as Element).tagName)) return;
      const key = pathOf(el as Element).join(' > ');
      const text = clean($(el).text());
      const links = clean($(el).find('a').text()).length;
      const seen = perPage.get(key);
      if (seen) perPage.set(key, { text: seen.text + ' ' + text, links: seen.links + links });
      else perPage.set(key, { text, links });
    });
    for (const [key, { text, links }] of perPage) {
      let b = blocks.get(key);
      if (!b) blocks.set(key, (b = { path: key.split(' > '), pages: 0, texts: new Set(), chars: 0, links: 0 }));
      b.pages++;
      b.texts.add(text);
      b.chars += text.length;
      b.links += links;
    }
  }
  const n = pages.length;
  const mean = (b: Block): number => b.chars / b.pages;
  const candidates = [...blocks.entries()].filter(([, b]) => b.pages >= 0.6 * n && b.texts.size >= 0.8 * b.pages && mean(b) >= 40 && b.links <= 0.3 * b.chars);
  if (candidates.length === 0) return { selectors: ['body'], how: 'no block differs from page to page with enough text: the whole body' };
  const [topKey] = candidates.reduce((a, b) => (mean(b[1]) > mean(a[1]) ? b : a));
  // the blocks inside replace a block when they are slots of the template (on nine pages in ten: not
  // the third paragraph that some abstracts have) and leave out little of its text
  const refine = (key: string): string[] => {
    const inner = candidates.filter(([k, b]) => k.startsWith(key + ' > ') && b.pages >= 0.9 * n);
    const outermost = inner.filter(([k]) => !inner.some(([o]) => o !== k && k.startsWith(o + ' > ')));
    const covered = outermost.reduce((s, [, b]) => s + b.chars, 0);
    if (outermost.length === 0 || covered < 0.75 * blocks.get(key)!.chars) return [key];
    return outermost.flatMap(([k]) => refine(k));
  };
  const keys = refine(topKey);
  // in the order the page has them
  const order = (k: string): number => {
    const first = docs[0]!(k).get(0) as Element | undefined;
    return first ? docs[0]!('body *').get().indexOf(first) : Infinity;
  };
  keys.sort((a, b) => order(a) - order(b));
  const selectors = keys.map((k) => shortest(k.split(' > '), docs));
  const chars = Math.round(keys.reduce((s, k) => s + mean(blocks.get(k)!), 0));
  return { selectors, how: `${keys.length === 1 ? 'the block' : `${keys.length} blocks`} of text that differ from page to page (about ${chars} characters a page)` };
}

/** Lines that at least half of the talks' texts hold (from four talks up): page furniture. */
export function commonLines(texts: readonly string[]): string[] {
  if (texts.length < 4) return [];
  const counts = new Map<string, number>();
  for (const t of texts) for (const line of new Set(t.split('\n').map(clean).filter((l) => l !== ''))) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].filter(([, c]) => c >= texts.length / 2).map(([l]) => l).sort();
}
