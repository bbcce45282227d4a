// Pages over HTTP for the crawler: node's http client on agents that hold at most `concurrency`
// sockets, a timeout per request, a cap on the bytes read, redirects followed by hand (each checked
// to stay on the site), retries with backoff after a timeout, a network error, a 5xx or a 429
// (honouring Retry-After), the charset from the header, a BOM or a meta tag (decoded by
// encoding-sniffer, the sniffer cheerio itself uses), and robots.txt. Also the disk cache.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { decodeHtml } from './decode.js';

/** Something about a page that retrying will not change: it is skipped, with this reason. */
export class Skip extends Error {}
/** A failure retrying cannot mend (a 4xx other than 429). */
export class Final extends Error {}

export interface FetchSettings {
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoffMs: number;
  readonly maxRedirects: number;
  readonly maxBytes: number;
  /** The longest wait a Retry-After may ask for before the attempt counts as failed. */
  readonly maxRetryAfterMs: number;
}

export interface Fetched {
  /** Where the page was found, after redirects. */
  readonly url: string;
  readonly html: string;
}

const USER_AGENT = 'ndfuse-crawler';

/** An HTTP client for one crawl: its agents bound the sockets open at once; `close` ends them. */
export class HttpClient {
  private readonly agents: { http: HttpAgent; https: HttpsAgent };

  constructor(private readonly s: FetchSettings, private readonly sameSite: (url: URL) => boolean) {
    const bound = { keepAlive: true, maxSockets: s.concurrency, maxTotalSockets: s.concurrency };
    this.agents = { http: new HttpAgent(bound), https: new HttpsAgent(bound) };
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /** The page at `url`, following redirects on the site, retried as the settings say; a redirect to
   *  a URL that `known` says the crawl reads anyway ends there (a Skip naming it). */
  async page(url: string, known: (url: URL) => boolean = () => false): Promise<Fetched> {
    let lastError = '';
    for (let attempt = 0, wait = 0; attempt <= this.s.retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.max(wait, this.s.backoffMs * 2 ** (attempt - 1))));
      wait = 0;
      try {
        return await this.follow(url, known);
      } catch (e) {
        if (e instanceof Skip || e instanceof Final) throw e;
        if (e instanceof Busy) {
          if (e.waitMs > this.s.maxRetryAfterMs) throw new Final(`${e.message}, asking to wait ${Math.round(e.waitMs / 1000)} s (more than ${this.s.maxRetryAfterMs / 1000} s)`);
          wait = e.waitMs;
        }
        lastError = (e as Error).message;
      }
    }
    throw new Error(`${lastError} (${this.s.retries + 1} attempt${this.s.retries > 0 ? 's' : ''})`);
  }

  /** The response at the end of `url`'s redirects, and its URL: a Skip where they leave the site,
   *  loop, pass maxRedirects or reach a URL that `known` says the crawl reads anyway. */
  private async redirected(url: string, known: (url: URL) => boolean): Promise<{ res: IncomingMessage; url: string }> {
    const chain = [url];
    for (let current = url; ;) {
      const res = await this.get(current);
      const location = res.headers.location;
      if (!(res.statusCode! >= 300 && res.statusCode! < 400 && location)) return { res, url: current };
      res.resume();
      const next = new URL(location, current);
      next.hash = '';
      if (chain.includes(next.href)) throw new Skip(`redirect loop: ${[...chain, next.href].join(' -> ')}`);
      if (!this.sameSite(next)) throw new Skip(`redirects to another site (${next.href})`);
      if (known(next)) throw new Skip(`the same page as ${next.href}`);
      if (chain.length > this.s.maxRedirects) throw new Skip(`more than ${this.s.maxRedirects} redirects`);
      chain.push(next.href);
      current = next.href;
    }
  }

  private async follow(url: string, known: (url: URL) => boolean): Promise<Fetched> {
    const { res, url: current } = await this.redirected(url, known);
    const status = res.statusCode!;
    if (status === 429 || status === 503) {
      res.resume();
      throw new Busy(`HTTP ${status}`, retryAfterMs(res.headers['retry-after']));
    }
    if (status >= 500) {
      res.resume();
      throw new Error(`HTTP ${status}`);
    }
    if (status >= 400) {
      res.resume();
      throw new Final(`HTTP ${status}`);
    }
    const type = res.headers['content-type'] ?? '';
    if (!/text\/html|application\/xhtml/i.test(type)) {
      res.destroy();
      throw new Skip(`not HTML (${type || 'no content type'})`);
    }
    const body = await this.read(res);
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
    return { url: current, html: decodeHtml(body, charset) };
  }

  private get(url: string): Promise<IncomingMessage> {
    const u = new URL(url);
    const https = u.protocol === 'https:';
    return new Promise((resolve, reject) => {
      const req = (https ? httpsRequest : httpRequest)(u, { agent: https ? this.agents.https : this.agents.http, headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml' } }, resolve);
      req.setTimeout(this.s.timeoutMs, () => req.destroy(new TimedOut(`timed out after ${this.s.timeoutMs} ms`)));
      req.on('error', (e) => reject(e instanceof TimedOut ? e : new Error(networkReason(e as NodeJS.ErrnoException))));
      req.end();
    });
  }

  /** The body, or a Skip as soon as it passes maxBytes (the rest is never read); with `upTo`, its
   *  first upTo bytes, however long it is. */
  private read(res: IncomingMessage, upTo?: number): Promise<Buffer> {
    const max = upTo ?? this.s.maxBytes;
    const declared = Number(res.headers['content-length']);
    if (declared > max && upTo === undefined) {
      res.destroy();
      return Promise.reject(new Skip(`larger than --max-bytes (${declared} bytes, the cap is ${max})`));
    }
    return new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      let size = 0, ended = false;
      res.on('data', (b: Buffer) => {
        size += b.length;
        if (size > max && upTo !== undefined) {
          parts.push(b.subarray(0, b.length - (size - max)));
          ended = true;
          res.destroy();
          resolve(Buffer.concat(parts));
        } else if (size > max) {
          res.destroy();
          reject(new Skip(`larger than --max-bytes (more than ${max} bytes)`));
        } else {
          parts.push(b);
        }
      });
      res.on('end', () => {
        ended = true;
        resolve(Buffer.concat(parts));
      });
      // a promise settles once: whichever of these comes first says what happened
      res.on('error', (e) => reject(new Error(networkReason(e as NodeJS.ErrnoException))));
      res.on('close', () => {
        if (!ended) reject(new Error('the connection closed before the page was complete'));
      });
    });
  }

  /** The site's robots.txt rules for this crawler. As RFC 9309 says: none when it has none (a 4xx),
   *  and every page disallowed while it cannot be read (a 5xx, a network error). */
  async robots(origin: string): Promise<Robots> {
    let why: string;
    try {
      // its redirects are followed as a page's are, on the site only (a crawl never leaves it; RFC
      // 9309 would go elsewhere too, and allows taking one it cannot follow as no robots.txt)
      const { res } = await this.redirected(new URL('/robots.txt', origin).href, () => false);
      if (res.statusCode! < 500 && res.statusCode !== 200) {
        res.resume();
        return parseRobots('', USER_AGENT);
      }
      // RFC 9309 asks for at least the first 500 KiB to be read; the rest of a longer file is ignored
      if (res.statusCode === 200) return parseRobots((await this.read(res, 500 * 1024)).toString('utf8'), USER_AGENT);
      res.resume();
      why = `HTTP ${res.statusCode}`;
    } catch (e) {
      // redirects it cannot follow (off the site, a loop, too many): no robots.txt
      if (e instanceof Skip) return parseRobots('', USER_AGENT);
      why = (e as Error).message;
    }
    return { allowed: () => false, unreadable: why };
  }
}

class TimedOut extends Error {}
class Busy extends Error {
  constructor(message: string, readonly waitMs: number) {
    super(message);
  }
}

/** Retry-After as milliseconds: seconds, or an HTTP date; 0 when absent or unreadable. */
function retryAfterMs(v: string | undefined): number {
  if (!v) return 0;
  if (/^\d+$/.test(v.trim())) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? 0 : Math.max(0, at - Date.now());
}

const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused', ECONNRESET: 'connection reset', ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed', ETIMEDOUT: 'connection timed out', EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable', EPIPE: 'connection closed', ECONNABORTED: 'connection aborted',
};

/** A network error as a reason that names its cause ("connection refused (ECONNREFUSED)"). */
function networkReason(e: NodeJS.ErrnoException): string {
  if (e.code && NETWORK[e.code]) return `${NETWORK[e.code]} (${e.code})`;
  if (e.message === 'socket hang up') return 'the connection closed without an answer (socket hang up)';
  return e.code ? `${e.message} (${e.code})` : e.message;
}

// ### robots.txt (RFC 9309)

export interface Robots {
  allowed(url: URL): boolean;
  /** Why robots.txt could not be read (then nothing is allowed). */
  unreadable?: string;
}

/** The rules of the group for `agent` (else the `*` group): the longest matching rule wins, Allow on a tie. */
export function parseRobots(text: string, agent: string): Robots {
  const groups: { agents: string[]; rules: { allow: boolean; path: string }[] }[] = [];
  let current: (typeof groups)[number] | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase(), value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || !current) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else if ((key === 'allow' || key === 'disallow') && current) {
      if (value !== '') current.rules.push({ allow: key === 'allow', path: value });
      lastWasAgent = false;
    } else {
      lastWasAgent = false;
    }
  }
  const name = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && name.startsWith(a)));
  const rules = (mine.length > 0 ? mine : groups.filter((g) => g.agents.includes('*'))).flatMap((g) => g.rules);
  const compiled = rules.map((r) => ({ ...r, re: new RegExp('^' + r.path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*').replace(/\\\$$/, '$')) }));
  return {
    allowed(url: URL): boolean {
      const path = url.pathname + url.search;
      let best: { allow: boolean; path: string } | null = null;
      for (const r of compiled) {
        if (!r.re.test(path)) continue;
        if (!best || r.path.length > best.path.length || (r.path.length === best.path.length && r.allow)) best = r;
      }
      return best === null || best.allow;
    },
  };
}

// ### The disk cache

/** The user's cache folder for pages: $XDG_CACHE_HOME/ndfuse/pages, or ~/.cache/ndfuse/pages. */
export function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ndfuse', 'pages');
}

const CACHE_VERSION = 1;

/**
 * Pages fetched over HTTP, one file each, named by the hash of the URL. A file holds a line of JSON
 * (the URL, where it was found, the body's length and hash) and the body; it is written to a
 * temporary file and renamed, so a crawl killed mid-write leaves no torn entry, and an entry that
 * does not check out on reading is treated as missing.
 */
export class PageCache {
  constructor(readonly dir: string) {}

  private file(url: string): string {
    return join(this.dir, createHash('sha256').update(url).digest('hex').slice(0, 40) + '.page');
  }

  get(url: string): Fetched | null {
    let raw: string;
    try {
      raw = readFileSync(this.file(url), 'utf8');
    } catch {
      return null;
    }
    const nl = raw.indexOf('\n');
    try {
      const head = JSON.parse(raw.slice(0, nl)) as { v: number; url: string; found: string; length: number; sha256: string };
      const html = raw.slice(nl + 1);
      if (head.v !== CACHE_VERSION || head.url !== url || head.length !== html.length || head.sha256 !== sha(html)) return null;
      return { url: head.found, html };
    } catch {
      return null;
    }
  }

  put(url: string, page: Fetched): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.file(url);
    const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      writeFileSync(tmp, JSON.stringify({ v: CACHE_VERSION, url, found: page.url, length: page.html.length, sha256: sha(page.html) }) + '\n' + page.html);
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
