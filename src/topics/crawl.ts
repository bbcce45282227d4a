// The crawler: from a conference schedule, follow the links to the talk pages and extract each talk's
// title, URL, text and tags with cheerio. It behaves like a real crawler: a concurrency limit, a
// timeout per request, retries with backoff, same-site only, URL de-duplication, bounded redirects,
// non-HTML responses skipped, a disk cache (a second run fetches nothing again), a progress bar on
// stderr, and a summary of what was fetched, skipped and failed, with reasons. Saved sites work too
// (a folder or file:// URL), with site-absolute links resolved inside the folder.

import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NdfuseError } from '../errors.js';
import type { Talk } from './corpus.js';

/** What to follow and what to extract on one conference site, as CSS selectors. */
export interface SiteProfile {
  readonly name: string;
  /** Schedule pages to start from, as paths from the site's root (used when the source is a root). */
  readonly start: readonly string[];
  /** On a schedule page: the links to talk pages. */
  readonly talkLinks: string;
  /** On a talk page: the title, the parts of the text (joined by blank lines), and the tags. */
  readonly title: string;
  readonly text: readonly string[];
  readonly tags: string;
}

export const PROFILES: Readonly<Record<string, SiteProfile>> = {
  // ../shared/data/pycon-us-2016 (a static copy of us.pycon.org/2016/schedule), read in SOURCE.md
  'pycon-us-2016': {
    name: 'pycon-us-2016',
    start: ['/2016/schedule/', '/2016/schedule/talks/', '/2016/schedule/tutorials/', '/2016/schedule/sponsor-tutorials/', '/2016/schedule/posters/list/'],
    talkLinks: 'a[href*="/schedule/presentation/"]',
    title: 'div.box-content h2',
    text: ['div.box-content div.description', 'div.box-content div.abstract'],
    tags: 'div.box-content dl.dl-horizontal dt:contains("Category:") + dd',
  },
  // the EuroPython 2016 site's layout (ep2016.europython.eu): talk text in div.cms, tags in
  // div.all-tags span.tag. No copy of its HTML exists to test against; its talks ship as records.
  'europython-2016': {
    name: 'europython-2016',
    start: ['/p3/schedule/ep2016/'],
    talkLinks: 'a[href*="/conference/talks/"]',
    title: 'h1',
    text: ['div.cms'],
    tags: 'div.all-tags span.tag',
  },
};

export interface CrawlOptions {
  profile?: SiteProfile;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Milliseconds before a request is abandoned (default 10000). */
  timeoutMs?: number;
  /** Further attempts after a timeout, a network error or a 5xx (default 2), waiting backoffMs, then twice that, ... */
  retries?: number;
  backoffMs?: number;
  /** Redirects followed per request (default 5). */
  maxRedirects?: number;
  /** A folder for cached pages; a page found there is not fetched again. */
  cacheDir?: string;
  /** Draw a progress bar on stderr. */
  progress?: boolean;
}

export interface CrawlSummary {
  fetched: number;
  fromCache: number;
  skipped: { url: string; reason: string }[];
  failed: { url: string; reason: string }[];
}

interface Page {
  readonly url: string;
  readonly html: string;
  readonly cached: boolean;
}

class Skip extends Error {}

/** Where a source starts: the schedule pages, the site's origin (for same-site checks) and, for a saved site, its folder. */
function startsOf(source: string, profile: SiteProfile): { starts: string[]; origin: string; root: string | null } {
  if (/^https?:\/\//.test(source)) {
    const u = new URL(source);
    const starts = u.pathname === '/' || u.pathname === '' ? profile.start.map((p) => new URL(p, u).href) : [u.href];
    return { starts, origin: u.origin, root: null };
  }
  const path = source.startsWith('file://') ? fileURLToPath(source) : resolvePath(source);
  if (!existsSync(path)) throw new NdfuseError('crawl', `no such file or folder: ${source}`);
  const isDir = statSync(path).isDirectory();
  const root = isDir ? path : resolvePath(path, '..');
  const starts = isDir ? profile.start.map((p) => pathToFileURL(join(root, p)).href) : [pathToFileURL(path).href];
  return { starts, origin: pathToFileURL(root).href, root };
}

/** A link on `base`, absolute, without its fragment; a saved site's absolute paths stay in its folder. */
function resolveLink(href: string, base: string, root: string | null): string | null {
  try {
    const u = root && href.startsWith('/') && !href.startsWith('//') ? pathToFileURL(join(root, href)) : new URL(href, base);
    if (root && href.endsWith('/') && !u.pathname.endsWith('/')) u.pathname += '/';
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

export async function crawl(source: string, opts: CrawlOptions = {}): Promise<{ talks: Talk[]; summary: CrawlSummary }> {
  const profile = opts.profile ?? PROFILES['pycon-us-2016']!;
  const o = { concurrency: opts.concurrency ?? 4, timeoutMs: opts.timeoutMs ?? 10000, retries: opts.retries ?? 2, backoffMs: opts.backoffMs ?? 200, maxRedirects: opts.maxRedirects ?? 5 };
  const { starts, origin, root } = startsOf(source, profile);
  const summary: CrawlSummary = { fetched: 0, fromCache: 0, skipped: [], failed: [] };
  const seen = new Set<string>();
  const queue: { url: string; kind: 'schedule' | 'talk' }[] = [];
  const talks: Talk[] = [];
  const enqueue = (url: string, kind: 'schedule' | 'talk'): void => {
    if (seen.has(url)) return;
    seen.add(url);
    if (!url.startsWith(origin)) summary.skipped.push({ url, reason: 'another site' });
    else queue.push({ url, kind });
  };
  for (const s of starts) enqueue(s, 'schedule');

  let done = 0;
  const startFailures: string[] = [];
  const bar = (): void => {
    if (!opts.progress) return;
    const total = seen.size, width = 30, filled = Math.round((width * done) / Math.max(total, 1));
    process.stderr.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} pages, ${summary.failed.length} failed `);
  };

  const visit = async (item: { url: string; kind: 'schedule' | 'talk' }): Promise<void> => {
    try {
      const page = await fetchPage(item.url, origin, root, o, opts.cacheDir);
      if (page.cached) summary.fromCache++;
      else summary.fetched++;
      const $ = load(page.html);
      if (item.kind === 'schedule') {
        $(profile.talkLinks).each((_, a) => {
          const href = $(a).attr('href');
          const url = href ? resolveLink(href, page.url, root) : null;
          if (url) enqueue(url, 'talk');
        });
      } else {
        const title = $(profile.title).first().text().trim();
        if (!title) throw new Skip(`no title matches '${profile.title}'`);
        const text = [title, ...profile.text.map((sel) => $(sel).map((_, e) => $(e).text()).get().join('\n\n'))].join('\n\n');
        const tags = $(profile.tags).map((_, e) => $(e).text().trim()).get().filter((t) => t !== '');
        talks.push({ title, url: item.url, tags, text });
      }
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      (e instanceof Skip ? summary.skipped : summary.failed).push({ url: item.url, reason });
      if (item.kind === 'schedule' && starts.includes(item.url) && !(e instanceof Skip)) startFailures.push(`${item.url}: ${reason}`);
    } finally {
      done++;
      bar();
    }
  };

  // a pool of workers taking from the queue until it is empty and nothing is in flight
  const inFlight = new Set<Promise<void>>();
  while (queue.length > 0 || inFlight.size > 0) {
    while (queue.length > 0 && inFlight.size < o.concurrency) {
      const p: Promise<void> = visit(queue.shift()!).then(() => { inFlight.delete(p); });
      inFlight.add(p);
    }
    if (inFlight.size > 0) await Promise.race(inFlight);
  }
  if (opts.progress) process.stderr.write('\n');
  if (startFailures.length === starts.length) throw new NdfuseError('crawl', `could not fetch the start page${starts.length > 1 ? 's' : ''}: ${startFailures.join('; ')}`);
  // a crawl's order depends on timing; a corpus's should not
  talks.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { talks, summary };
}

/** One page, from the cache, a saved site or the network (with retries, redirects and checks). */
async function fetchPage(url: string, origin: string, root: string | null, o: { timeoutMs: number; retries: number; backoffMs: number; maxRedirects: number }, cacheDir?: string): Promise<Page> {
  const cached = cacheDir ? join(cacheDir, createHash('sha256').update(url).digest('hex').slice(0, 32) + '.html') : null;
  if (cached && existsSync(cached)) return { url, html: readFileSync(cached, 'utf8'), cached: true };
  let html: string;
  if (root !== null) {
    let path = fileURLToPath(url);
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) throw new Error('not found (no such saved page)');
    if (!/\.html?$/.test(path)) throw new Skip(`not HTML (${path.split('.').pop()})`);
    html = readFileSync(path, 'utf8');
  } else {
    html = await fetchHtml(url, origin, o);
  }
  if (cached) {
    mkdirSync(cacheDir!, { recursive: true });
    writeFileSync(cached, html);
  }
  return { url, html, cached: false };
}

async function fetchHtml(url: string, origin: string, o: { timeoutMs: number; retries: number; backoffMs: number; maxRedirects: number }): Promise<string> {
  let lastError = '';
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, o.backoffMs * 2 ** (attempt - 1)));
    try {
      const chain = [url];
      let current = url;
      for (;;) {
        const res = await fetch(current, { redirect: 'manual', signal: AbortSignal.timeout(o.timeoutMs), headers: { 'user-agent': 'ndfuse-crawler' } });
        if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
          await res.body?.cancel();
          const next = new URL(res.headers.get('location')!, current).href;
          if (chain.includes(next)) throw new Skip(`redirect loop: ${[...chain, next].join(' -> ')}`);
          if (!next.startsWith(origin)) throw new Skip(`redirects to another site (${next})`);
          if (chain.length > o.maxRedirects) throw new Skip(`more than ${o.maxRedirects} redirects`);
          chain.push(next);
          current = next;
          continue;
        }
        if (res.status >= 500) {
          await res.body?.cancel();
          throw new Error(`HTTP ${res.status}`);
        }
        if (res.status >= 400) {
          await res.body?.cancel();
          throw new Final(`HTTP ${res.status}`);
        }
        const type = res.headers.get('content-type') ?? '';
        if (!/text\/html|application\/xhtml/.test(type)) {
          await res.body?.cancel();
          throw new Skip(`not HTML (${type || 'no content type'})`);
        }
        return await res.text();
      }
    } catch (e) {
      if (e instanceof Skip || e instanceof Final) throw e;
      const err = e as Error;
      lastError = err.name === 'TimeoutError' || err.name === 'AbortError' ? `timed out after ${o.timeoutMs} ms` : err.message;
    }
  }
  throw new Error(`${lastError} (${o.retries + 1} attempts)`);
}

/** A failure retrying cannot mend (a 4xx). */
class Final extends Error {}

/** Writes talks as JSONL (a record per line), through a temporary file so a failure loses nothing. */
export function writeCorpus(path: string, talks: readonly Talk[]): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, talks.map((t) => JSON.stringify(t)).join('\n') + '\n');
  // rename is atomic: an existing corpus is replaced only by a complete one
  renameSync(tmp, path);
}
