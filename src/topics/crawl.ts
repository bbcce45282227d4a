// The crawler: from a conference site's listing pages (a schedule, a list of talks) to its talk
// pages, and each talk's title, URL, text and tags. A site it has no profile for is read with no
// configuration: the listing pages, the links to talks, the title's and the text's elements are
// inferred (src/topics/infer.ts) and said in the summary; a profile or flags override any of them
// (src/topics/profile.ts). It stays on its site or inside its folder (src/topics/site.ts) and
// fetches like a careful crawler (src/topics/fetch.ts).

import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { createHash } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { argError, describe, NdfuseError } from '../errors.js';
import { recordOf, type Talk } from './corpus.js';
import { CRAWL_LIMITS, type CrawlLimit } from './crawl-limits.js';
import { HttpClient, PageCache, Skip, type Fetched, type Robots } from './fetch.js';
import { clean, commonLines, inferText, inferTitle, linkGroups, type Listing, type TalkSample } from './infer.js';
import { checkProfile, matchesPattern, type SiteProfile } from './profile.js';
import { decoded, LISTING, normalise, readSaved, sourceOf, type Site } from './site.js';

export { PROFILES, type SiteProfile } from './profile.js';

export interface CrawlOptions {
  /** What to follow and extract; the fields it leaves out are inferred. */
  profile?: SiteProfile;
  /** Requests in flight at once, and sockets open at once (default 4, at most 64). */
  concurrency?: number;
  /** Milliseconds a request may stay silent before it is abandoned (default 10000). */
  timeoutMs?: number;
  /** Further attempts after a timeout, a network error, a 5xx or a 429 (default 2), waiting backoffMs,
   *  then twice that, ... (or what Retry-After asks, up to a minute). */
  retries?: number;
  backoffMs?: number;
  /** Redirects followed per request (default 5). */
  maxRedirects?: number;
  /** A page larger than this many bytes is skipped unread (default 5 MiB). */
  maxBytes?: number;
  /** A folder for pages fetched over HTTP; one found there is not fetched again. None by default. */
  cacheDir?: string | null;
  /** Fetch what robots.txt disallows (for a site you run). Default false. */
  ignoreRobots?: boolean;
  /** Draw a progress bar on stderr. */
  progress?: boolean;
}

export interface CrawlSummary {
  fetched: number;
  fromCache: number;
  skipped: { url: string; reason: string }[];
  failed: { url: string; reason: string }[];
  /** What was inferred rather than given, with how; absent when the profile gave everything. */
  inferred: { field: keyof SiteProfile; value: string; how: string }[];
  /** Query parameters dropped from URLs (tracking parameters). */
  droppedParameters: string[];
  /** Talk pages whose title and text were found, of the talk pages read. */
  matched: number;
  talkPages: number;
}

export interface CrawlResult {
  talks: Talk[];
  summary: CrawlSummary;
  /** The profile the crawl ran with (given and inferred fields): `ndfuse crawl --print-profile`. */
  profile: SiteProfile;
}

/** A numeric option, checked against CRAWL_LIMITS: a whole number in its range, else its default. */
function whole(name: CrawlLimit, v: unknown): number {
  const { lo, hi, dflt } = CRAWL_LIMITS[name];
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw argError('crawl', name, `must be a whole number from ${lo} to ${hi}, got ${describe(v)}`);
  return v;
}

const MAX_LISTINGS = 20;

export async function crawl(source: string, opts: CrawlOptions = {}): Promise<CrawlResult> {
  if (typeof source !== 'string' || source === '') throw argError('crawl', 'source', `must be a URL, a folder or a page file, got ${describe(source)}`);
  const s = {
    concurrency: whole('concurrency', opts.concurrency),
    timeoutMs: whole('timeoutMs', opts.timeoutMs),
    retries: whole('retries', opts.retries),
    backoffMs: whole('backoffMs', opts.backoffMs),
    maxRedirects: whole('maxRedirects', opts.maxRedirects),
    maxBytes: whole('maxBytes', opts.maxBytes),
    maxRetryAfterMs: 60_000,
  };
  const given = checkProfile(opts.profile ?? {}, 'the profile');
  const src = sourceOf(source, given.start);
  const summary: CrawlSummary = { fetched: 0, fromCache: 0, skipped: [], failed: [], inferred: [], droppedParameters: [], matched: 0, talkPages: 0 };
  const pages = new Pages(src.site, s, opts, summary);
  try {
    return await run(src, given, pages, summary, s.concurrency);
  } finally {
    pages.close();
    if (opts.progress) process.stderr.write('\n');
  }
}

async function run(src: ReturnType<typeof sourceOf>, given: SiteProfile, pages: Pages, summary: CrawlSummary, concurrency: number): Promise<CrawlResult> {
  const { site } = src;
  const infer = (field: keyof SiteProfile, value: string, how: string): void => {
    summary.inferred.push({ field, value, how });
  };
  // 1. the listing pages
  const listings: Listing[] = [];
  const read = new Set<string>();
  const readListings = async (urls: readonly URL[]): Promise<void> => {
    const fresh = urls.filter((u) => !read.has(u.href));
    for (const u of fresh) read.add(u.href);
    const got = await pages.all(fresh, concurrency);
    for (const p of got) if (p) listings.push({ url: new URL(p.url), $: load(p.html) });
  };
  await readListings(src.starts);
  if (listings.length === 0) {
    const why = summary.failed.concat(summary.skipped).filter((x) => src.starts.some((u) => u.href === x.url)).map((x) => `${x.url}: ${x.reason}`);
    throw new NdfuseError('crawl', `could not fetch the start page${src.starts.length > 1 ? 's' : ''}: ${why.join('; ')}`);
  }
  if (!given.start) infer('start', src.starts.map((u) => decoded(site.path(u))).join(' '), src.how);
  const link = (href: string, base: URL): URL | null => {
    const u = site.link(href, base.href);
    return u && site.contains(u) ? normalise(u, pages.dropped) : null;
  };
  // 2. which links lead to talks: given (a selector, a pattern), or the largest group of links that share a pattern
  let talkUrl = given.talkUrl;
  if (!given.talkLinks && !talkUrl) {
    const isListing = (u: URL): boolean => read.has(u.href);
    let { groups } = linkGroups(listings, link, (u) => site.path(u), isListing);
    if (!given.start) {
      // the listing pages the first ones link to (a schedule's days, tracks, tutorials)
      // a large group is the talks (a schedule's links to them may be named like listings); a small one may be the menu
      const best = groups[0] && groups[0].urls.length >= 5 ? groups[0].pattern : undefined;
      const more: URL[] = [];
      for (const { url, $ } of listings) {
        $('a[href]').each((_, a) => {
          const u = link($(a).attr('href')!, url);
          if (!u || read.has(u.href) || (best && matchesPattern(best, site.path(u))) || more.some((m) => m.href === u.href)) return;
          if (LISTING.test(u.pathname) || LISTING.test($(a).text())) more.push(u);
        });
      }
      if (more.length > 0) {
        await readListings(more.slice(0, MAX_LISTINGS));
        ({ groups } = linkGroups(listings, link, (u) => site.path(u), isListing));
      }
    }
    if (groups.length === 0) throw new NdfuseError('crawl', `no group of links that could be talks on ${listings.map((l) => l.url.href).join(', ')}: give the listing page (--start) or the talk links (--talk-links, --talk-url)`);
    talkUrl = groups[0]!.pattern;
    const runnersUp = groups.slice(1, 3).map((g) => `${g.pattern} (${g.urls.length})`).join(', ');
    infer('talkUrl', talkUrl, `the largest group of links with one pattern on ${listings.length} listing page${listings.length > 1 ? 's' : ''}: ${groups[0]!.urls.length} pages${runnersUp ? `; next: ${runnersUp}` : ''}`);
  }
  const talkLinks = given.talkLinks ?? 'a[href]';
  const anchors = new Map<string, string[]>();
  const targets: URL[] = [];
  for (const { url, $ } of listings) {
    $(talkLinks).each((_, a) => {
      const href = $(a).attr('href');
      const raw = href ? site.link(href, url.href) : null;
      if (!raw) return;
      const u = normalise(raw, pages.dropped);
      if (talkUrl && !matchesPattern(talkUrl, site.path(u))) return;
      if (!site.contains(u)) {
        if (!pages.noted.has(u.href)) summary.skipped.push({ url: u.href, reason: site.kind === 'folder' ? 'outside the saved folder' : 'another site' });
        pages.noted.add(u.href);
        return;
      }
      if (read.has(u.href)) return;
      const texts = anchors.get(u.href);
      const text = clean($(a).text());
      if (texts) {
        if (text) texts.push(text);
        return;
      }
      anchors.set(u.href, text ? [text] : []);
      targets.push(u);
    });
  }
  // 3. the talk pages, each page once however it was reached
  // kept as text and parsed when read (171 parsed PyCon pages held about 450 MB)
  const talkPages: { url: string; html: string; anchors: string[] }[] = [];
  const byFinal = new Map<string, string>();
  const got = await pages.all(targets, concurrency);
  got.forEach((p, i) => {
    if (!p) return;
    const final = normalise(new URL(p.url)).href;
    const first = byFinal.get(final);
    if (first !== undefined) {
      summary.skipped.push({ url: targets[i]!.href, reason: `the same page as ${first}` });
      return;
    }
    byFinal.set(final, targets[i]!.href);
    talkPages.push({ url: final, html: p.html, anchors: anchors.get(targets[i]!.href) ?? [] });
  });
  got.length = 0;
  talkPages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  summary.talkPages = talkPages.length;
  // 4. what to extract: given, or inferred from up to 30 of the talk pages (the first by URL)
  // parsed only when something is to be inferred (thirty parsed pages hold a quarter of a gigabyte);
  // inferTitle reads the pages, inferText takes their furniture out
  const sample: TalkSample[] = given.title && given.text ? [] : talkPages.slice(0, 30).map((p) => ({ $: load(p.html), anchors: p.anchors }));
  let title = given.title;
  if (!title && talkPages.length > 0) {
    const t = inferTitle(sample);
    title = t.selector;
    infer('title', title, t.how);
  }
  let text = given.text;
  if (!text && talkPages.length > 0) {
    const t = inferText(sample, title!);
    text = t.selectors;
    infer('text', text.join(', '), t.how);
  }
  const profile: SiteProfile = { name: given.name ?? `inferred for ${site.where}`, start: given.start ?? listings.map((l) => decoded(site.path(l.url))), ...(given.talkLinks ? { talkLinks: given.talkLinks } : {}), ...(talkUrl ? { talkUrl } : {}), title: title ?? 'h1', text: text ?? ['body'], ...(given.tags ? { tags: given.tags } : {}) };
  let boilerplate = given.boilerplate;
  if (!boilerplate && !given.text) {
    boilerplate = commonLines(talkPages.slice(0, 30).map((p) => extract(load(p.html), '', profile).text));
    if (boilerplate.length > 0) infer('boilerplate', `${boilerplate.length} line${boilerplate.length > 1 ? 's' : ''}`, `lines that at least half of the first ${Math.min(30, talkPages.length)} talk pages share`);
  }
  if (boilerplate?.length) Object.assign(profile, { boilerplate });
  // 5. the talks; the same talk reached under two URLs is kept once
  const talks: Talk[] = [];
  const byContent = new Map<string, string>();
  for (const p of talkPages) {
    const talk = extract(load(p.html), p.url, profile);
    p.html = ''; // the collector may have it now
    if (!talk.title) {
      summary.skipped.push({ url: p.url, reason: `no title matches '${profile.title}'` });
      continue;
    }
    const key = createHash('sha256').update(talk.title + '\0' + talk.text).digest('hex');
    const first = byContent.get(key);
    if (first !== undefined) {
      summary.skipped.push({ url: p.url, reason: `the same talk as ${first}` });
      continue;
    }
    byContent.set(key, p.url);
    if (talk.text.length > talk.title.length) summary.matched++;
    talks.push(talk);
  }
  summary.droppedParameters = [...pages.dropped].sort();
  return { talks, summary, profile };
}

/** A talk page's title, text and tags by a profile's selectors. */
function extract($: CheerioAPI, url: string, profile: SiteProfile): Talk {
  const first = $(profile.title!).get(0) as Element | undefined;
  const title = first ? (first.tagName === 'meta' ? first.attribs.content ?? '' : $(first).text()).trim() : '';
  const drop = new Set(profile.boilerplate ?? []);
  // the title is not repeated in the text (a block of text may hold the title's element)
  if (title) drop.add(clean(title));
  const parts = (profile.text ?? []).map((sel) => $(sel).map((_, e) => $(e).text()).get().join('\n\n'))
    .map((p) => p.split('\n').filter((l) => !drop.has(clean(l))).join('\n'));
  const tags = profile.tags ? $(profile.tags).map((_, e) => $(e).text().trim()).get().filter((t) => t !== '') : [];
  return { title, url, tags, text: [title, ...parts].join('\n\n') };
}

/**
 * Reading pages for one crawl: from the cache, a saved folder or HTTP (robots.txt first), each URL
 * once, with the concurrency limit, counting into the summary and drawing the progress bar.
 */
class Pages {
  readonly dropped = new Set<string>();
  /** URLs already reported, so a link seen on several pages is reported once. */
  readonly noted = new Set<string>();
  private readonly http: HttpClient | null;
  private readonly cache: PageCache | null;
  private robots: Promise<Robots> | null = null;
  /** Every URL asked for: a redirect to one of them is that page, read under its own URL. */
  private readonly asked = new Set<string>();
  private done = 0;
  private total = 0;

  constructor(private readonly site: Site, private readonly s: { maxBytes: number } & ConstructorParameters<typeof HttpClient>[0], private readonly opts: CrawlOptions, private readonly summary: CrawlSummary) {
    this.http = site.kind === 'http' ? new HttpClient(s, (u) => site.contains(u)) : null;
    // a saved folder is read where it is: a cache would only hide an edited page
    this.cache = site.kind === 'http' && opts.cacheDir ? new PageCache(opts.cacheDir) : null;
  }

  close(): void {
    this.http?.close();
  }

  /** Each URL's page, or null where it failed or was skipped (the summary says why). */
  async all(urls: readonly URL[], concurrency: number): Promise<(Fetched | null)[]> {
    const out: (Fetched | null)[] = new Array(urls.length).fill(null);
    this.total += urls.length;
    for (const u of urls) this.asked.add(u.href);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < urls.length) {
        const i = next++;
        out[i] = await this.one(urls[i]!);
        this.done++;
        this.bar();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
    return out;
  }

  private async one(u: URL): Promise<Fetched | null> {
    try {
      if (this.site.kind === 'folder') {
        const p = readSaved(this.site, u, this.s.maxBytes);
        this.summary.fetched++;
        return p;
      }
      const hit = this.cache?.get(u.href);
      if (hit) {
        this.summary.fromCache++;
        return hit;
      }
      if (!this.opts.ignoreRobots) {
        this.robots ??= this.http!.robots(u.origin);
        const robots = await this.robots;
        if (robots.unreadable) throw new Error(`robots.txt could not be read (${robots.unreadable}), and until it can no page may be fetched (RFC 9309; --ignore-robots for a site you run)`);
        if (!robots.allowed(u)) throw new Skip('disallowed by robots.txt (--ignore-robots for a site you run)');
      }
      const p = await this.http!.page(u.href, (x) => this.asked.has(normalise(x).href));
      this.summary.fetched++;
      this.cache?.put(u.href, p);
      return p;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      (e instanceof Skip ? this.summary.skipped : this.summary.failed).push({ url: u.href, reason });
      return null;
    }
  }

  private bar(): void {
    if (!this.opts.progress) return;
    const width = 30, filled = Math.round((width * this.done) / Math.max(this.total, 1));
    process.stderr.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total} pages, ${this.summary.failed.length} failed `);
  }
}

/** Writes talks as JSONL (a record of title, URL, tags and abstract per line), through a temporary
 *  file so a failure loses nothing. */
export function writeCorpus(path: string, talks: readonly Talk[]): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, talks.map((t) => JSON.stringify(recordOf(t))).join('\n') + '\n');
    // rename is atomic: an existing corpus is replaced only by a complete one
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
