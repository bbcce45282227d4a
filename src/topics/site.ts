// Where a crawl's pages come from, and which URLs belong to it: a site over HTTP (the same origin,
// by URL parsing: scheme, host and port) or a saved copy on disk (inside its folder once `..` and
// symlinks are resolved). URLs are normalised so that the variants of one page are one URL.

import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeHtml } from './decode.js';
import { NdfuseError } from '../errors.js';
import { Skip, type Fetched } from './fetch.js';

/** Words that name a listing page (a schedule, a list of talks), in its path or its link's text. */
export const LISTING = /schedule|program|agenda|talks|sessions|timetable|presentations|tracks|lineup|speakers\/?$/i;

/** Query parameters that only say where a visitor came from: dropped, so a page is one URL. */
const TRACKING = /^(utm_[a-z]+|ref|ref_src|referrer|source|src|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|yclid|igshid)$/i;

export interface Site {
  readonly kind: 'http' | 'folder';
  /** The origin (http) or the folder's file:// URL, for messages. */
  readonly where: string;
  /** The folder of a saved site. */
  readonly root: string | null;
  /** Whether a URL belongs to the site. */
  contains(url: URL): boolean;
  /** A URL of the site as a path from the site's root, with its query: what talkUrl patterns match. */
  path(url: URL): string;
  /** A link on page `base`, absolute (the caller normalises it); null when it is no URL or not a page link. */
  link(href: string, base: string): URL | null;
}

/**
 * The URL's canonical form: no fragment, percent-escapes of unreserved characters decoded and the
 * others upper-cased, a trailing index.html dropped, tracking parameters dropped (their names go
 * into `dropped`) and the rest sorted.
 */
export function normalise(u: URL, dropped?: Set<string>): URL {
  const n = new URL(u.href);
  n.hash = '';
  n.pathname = n.pathname.replace(/%([0-9a-f]{2})/gi, (m, h: string) => {
    const c = String.fromCharCode(parseInt(h, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : m.toUpperCase();
  }).replace(/\/index\.html?$/i, '/');
  if (n.search) {
    const kept = [...n.searchParams].filter(([k]) => {
      if (!TRACKING.test(k)) return true;
      dropped?.add(k);
      return false;
    }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    n.search = new URLSearchParams(kept).toString();
  }
  return n;
}

function linkOf(href: string, base: string): URL | null {
  const h = href.trim();
  if (h === '' || /^(mailto|javascript|tel|data):/i.test(h)) return null;
  try {
    return new URL(h, base);
  } catch {
    return null;
  }
}

export function httpSite(start: URL): Site {
  const origin = start.origin;
  return {
    kind: 'http', where: origin, root: null,
    contains: (u) => (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === origin,
    path: (u) => u.pathname + u.search,
    link: (href, base) => {
      const u = linkOf(href, base);
      return u && (u.protocol === 'http:' || u.protocol === 'https:') ? u : null;
    },
  };
}

/** A saved site in `root` (a real path): its site-absolute links resolve inside the folder. */
export function folderSite(root: string): Site {
  const inside = (p: string): boolean => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);
  const rootPath = pathToFileURL(root).pathname.replace(/\/$/, '');
  // which paths are folders, asked once each: a schedule links to hundreds of pages, several times
  const folders = new Map<string, boolean>();
  const isFolder = (p: string): boolean => {
    let f = folders.get(p);
    if (f === undefined) {
      try {
        f = statSync(p).isDirectory();
      } catch {
        f = false; // not there: reading it says so
      }
      folders.set(p, f);
    }
    return f;
  };
  return {
    kind: 'folder', where: pathToFileURL(root).href, root,
    contains: (u) => u.protocol === 'file:' && inside(resolvePath(fileURLToPath(u))),
    path: (u) => u.pathname.slice(rootPath.length) || '/',
    link: (href, base) => {
      const h = href.trim();
      // a path from the site's root is a path from the folder; join resolves its '..' (contains checks them)
      const bare = h.replace(/[?#].*$/, '');
      const u = bare.startsWith('/') && !bare.startsWith('//') ? linkOf(pathToFileURL(join(root, bare)).href.replace(/([^/])$/, bare.endsWith('/') ? '$1/' : '$1'), base) : linkOf(h, base);
      if (!u || u.protocol !== 'file:') return u && /^https?:$/.test(u.protocol) ? u : null;
      u.search = '';
      const n = normalise(u);
      // a folder is its index.html, written with a slash as a site writes it
      if (!n.pathname.endsWith('/') && isFolder(fileURLToPath(n))) n.pathname += '/';
      return n;
    },
  };
}

/** A saved page of `site`, checked to be inside the folder after symlinks. */
export function readSaved(site: Site, url: URL, maxBytes: number): Fetched {
  let path = fileURLToPath(url);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) throw new Error('not found (no such saved page)');
  const real = realpathSync(path);
  if (!site.contains(pathToFileURL(real))) throw new Skip(`outside the saved folder (a link to ${real})`);
  if (!/\.x?html?$/i.test(real)) throw new Skip(`not HTML (${real.split('.').pop()})`);
  const size = statSync(real).size;
  if (size > maxBytes) throw new Skip(`larger than --max-bytes (${size} bytes, the cap is ${maxBytes})`);
  return { url: url.href, html: decodeHtml(readFileSync(real)) };
}

export interface Source {
  readonly site: Site;
  /** The pages to start from. */
  readonly starts: URL[];
  /** How the starts were chosen, for the summary. */
  readonly how: string;
}

/**
 * A crawl's site and start pages, from a URL, a saved folder or a saved page. `start` (a profile's
 * paths) replaces the start when the source is a site's root or a folder. A page file's site root
 * is the ancestor folder in which most of its site-absolute links exist.
 */
export function sourceOf(source: string, start: readonly string[] | undefined): Source {
  if (/^https?:\/\//i.test(source)) {
    let u: URL;
    try {
      u = new URL(source);
    } catch {
      throw new NdfuseError('crawl', `not a URL: ${source}`);
    }
    const site = httpSite(u);
    if (start && (u.pathname === '/' || u.pathname === '')) return { site, starts: start.map((p) => new URL(p, u)), how: 'the profile\'s start pages' };
    return { site, starts: [normalise(u)], how: 'the page given' };
  }
  const path = /^file:\/\//i.test(source) ? fileURLToPath(source) : resolvePath(source);
  if (!existsSync(path)) throw new NdfuseError('crawl', `no such file or folder: ${source}`);
  const real = realpathSync(path);
  if (statSync(real).isDirectory()) {
    const site = folderSite(real);
    if (start) return { site, starts: start.map((p) => site.link(p, pathToFileURL(real + sep).href)!), how: 'the profile\'s start pages' };
    return { site, ...folderStarts(real) };
  }
  const root = pageRoot(real);
  return { site: folderSite(root), starts: [pathToFileURL(real)], how: `the page given (site root ${root}, where its site-absolute links resolve)` };
}

/** A folder's listing pages: its index.html, else the shallowest pages whose path names a listing. */
function folderStarts(root: string): { starts: URL[]; how: string } {
  if (existsSync(join(root, 'index.html'))) return { starts: [pathToFileURL(root + sep)], how: 'the folder\'s index.html' };
  let level = [root];
  for (let depth = 0; depth < 5 && level.length > 0; depth++) {
    const pages: string[] = [], next: string[] = [];
    for (const dir of level.slice(0, 200)) {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) next.push(p);
        else if (/\.html?$/i.test(e.name)) pages.push(p);
      }
    }
    // a page's own name, or its folder's for an index.html (program/index.html, not program/talk-01.html)
    const listing = pages.filter((p) => LISTING.test(/^index\.html?$/i.test(basename(p)) ? basename(dirname(p)) : basename(p)));
    if (listing.length > 0) {
      const starts = listing.sort().slice(0, 20).map((p) => (/index\.html?$/i.test(p) ? pathToFileURL(dirname(p) + sep) : pathToFileURL(p)));
      return { starts, how: `the shallowest pages named like a listing (${starts.length})` };
    }
    level = next.sort();
  }
  throw new NdfuseError('crawl', `no listing page found in ${root}: it has no index.html and no page named like a schedule or a list of talks; give the listing page's file, or --start`);
}

/** A percent-encoded path as text (as it was, where an escape is malformed). */
export function decoded(h: string): string {
  try {
    return decodeURIComponent(h);
  } catch {
    return h;
  }
}

/** The ancestor of a saved page in which the most of its site-absolute links exist (the deepest on a tie). */
function pageRoot(page: string): string {
  const $ = load(readFileSync(page));
  const paths = $('a[href^="/"]').map((_, a) => $(a).attr('href')!).get().filter((h) => !h.startsWith('//')).map((h) => decoded(h.replace(/[?#].*$/, ''))).slice(0, 200);
  let best = dirname(page), hits = -1;
  for (let dir = dirname(page), up = 0; up < 8; up++, dir = dirname(dir)) {
    const n = paths.filter((p) => existsSync(join(dir, p))).length;
    if (n > hits) [best, hits] = [dir, n];
    if (dirname(dir) === dir) break;
  }
  return best;
}
