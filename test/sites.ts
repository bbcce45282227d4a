// Conference websites the crawler was never tuned to, built by the tests: three layouts with their
// own markup, written to a folder and served over HTTP on 127.0.0.1. Each talk's title and abstract
// are known, so a crawl with no options can be checked against them; every page carries navigation,
// footer and sidebar text that must not reach the abstracts.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Known {
  /** The talk's path from the site's root. */
  path: string;
  title: string;
  paragraphs: string[];
}

export interface Layout {
  name: string;
  /** Where a crawl starts: a path from the site's root. */
  start: string;
  /** Path from the root -> page. */
  pages: Map<string, string>;
  talks: Known[];
  /** Text on every page that no abstract may hold. */
  furniture: string[];
}

const WORDS = 'array kernel python data graph tensor numpy pandas testing async typing packaging security web django flask science notebook compiler parser memory thread cache vector sparse model learning deploy cloud docs community teaching'.split(' ');

/** Deterministic sentences: talk i's own words. */
function sentence(i: number, k: number): string {
  const w = (j: number): string => WORDS[(i * 7 + k * 3 + j * 11) % WORDS.length]!;
  return `Talk ${i} part ${k} explains ${w(0)} with ${w(1)} and ${w(2)}, then ${w(3)} for ${w(4)} users.`;
}

function talksOf(n: number, path: (i: number) => string): Known[] {
  return Array.from({ length: n }, (_, i) => ({
    path: path(i),
    title: `${WORDS[i % WORDS.length]![0]!.toUpperCase()}${WORDS[i % WORDS.length]!.slice(1)} for everyone, part ${i + 1}`,
    paragraphs: Array.from({ length: 1 + (i % 3) }, (_, k) => `${sentence(i, k)} ${sentence(i, k + 5)}`),
  }));
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A schedule grid with site-absolute links (speakers' pages linked beside each talk), talk pages
 *  with an h1, a time line, a plain div of abstract, a sidebar and a footer; no tags. */
export function gridLayout(): Layout {
  const talks = talksOf(12, (i) => `/sessions/${1000 + i}-talk/`);
  const nav = '<nav><a href="/">Home</a> <a href="/venue/">Venue</a> <a href="/schedule/">Schedule</a> <a href="/sponsors/">Sponsors</a></nav>';
  const footer = '<footer>© 2019 GridConf · Code of conduct · Contact the organisers</footer>';
  const pages = new Map<string, string>();
  const cells = talks.map((t, i) => `<td class="slot"><a href="${t.path}">${esc(t.title)}</a><br><span class="who"><a href="/speakers/speaker-${i}/">Speaker ${i}</a></span></td>`);
  const rows = [0, 1, 2, 3].map((r) => `<tr><th>${9 + r}:00</th>${cells.slice(r * 3, r * 3 + 3).join('')}</tr>`).join('\n');
  pages.set('/schedule/', `<!doctype html><html><head><title>Schedule</title></head><body>${nav}<h1>Schedule</h1><table class="grid">${rows}</table>${footer}</body></html>`);
  pages.set('/', `<!doctype html><html><head><title>GridConf</title></head><body>${nav}<h1>GridConf 2019</h1><p>Welcome to GridConf, three days in a lovely city.</p>${footer}</body></html>`);
  talks.forEach((t, i) => {
    const body = t.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    pages.set(t.path, `<!doctype html><html><head><title>${esc(t.title)} — GridConf</title></head><body>${nav}
<div class="page"><div class="crumbs"><a href="/schedule/">Back to the schedule</a></div>
<h1>${esc(t.title)}</h1><div class="when">Room ${i % 3}, ${9 + (i >> 2)}:00</div>
<div>${body}</div>
<div class="side"><h3>Also in this room</h3><ul><li><a href="${talks[(i + 1) % talks.length]!.path}">${esc(talks[(i + 1) % talks.length]!.title)}</a></li></ul></div></div>
${footer}</body></html>`);
  });
  for (let i = 0; i < 12; i++) pages.set(`/speakers/speaker-${i}/`, `<!doctype html><html><body>${nav}<h1>Speaker ${i}</h1><p>Speaker ${i} writes software.</p>${footer}</body></html>`);
  return { name: 'a schedule grid', start: '/schedule/', pages, talks, furniture: ['Code of conduct', 'Back to the schedule', 'Also in this room', 'Sponsors', 'Room '] };
}

/** A plain list of talks with relative links to .html files, titles in an og:title meta and an h2,
 *  the abstract in a div with no class inside anonymous divs, a banner and a footer in divs too. */
export function listLayout(): Layout {
  const talks = talksOf(9, (i) => `/program/talk-${String(i + 1).padStart(2, '0')}.html`);
  const pages = new Map<string, string>();
  const banner = '<div id="banner">ListConf · Home · Program · Venue · Tickets</div>';
  const footer = '<div class="bottom">Sponsored by ACME and Initech. Photos by volunteers.</div>';
  pages.set('/program/', `<!doctype html><html><head><title>Program</title></head><body>${banner}<h1>Program</h1><ul>${talks.map((t, i) => `<li><a href="talk-${String(i + 1).padStart(2, '0')}.html">${esc(t.title)}</a> by Person ${i}</li>`).join('\n')}</ul>${footer}</body></html>`);
  talks.forEach((t, i) => {
    pages.set(t.path, `<!doctype html><html><head><title>${esc(t.title)} | ListConf</title><meta property="og:title" content="${esc(t.title)}"></head><body>${banner}
<div><div><h2>${esc(t.title)}</h2><p>By Person ${i}</p>
<div>${t.paragraphs.map(esc).join('\n\n')}</div></div></div>
${footer}</body></html>`);
  });
  return { name: 'a plain list', start: '/program/', pages, talks, furniture: ['Sponsored by ACME', 'ListConf · Home', 'Tickets'] };
}

/** Cards on the home page whose links say only "Details", talk pages at a query URL
 *  (/talk.php?id=N), the text in an article among a header, an aside and a footer, and a line that
 *  every talk page repeats inside the article. Served over HTTP only (a folder has no queries). */
export function cardsLayout(): Layout {
  const talks = talksOf(8, (i) => `/talk.php?id=${i + 1}`);
  const pages = new Map<string, string>();
  const header = '<header><a href="/">CardConf</a> <a href="/about.php">About</a></header>';
  const footer = '<footer>CardConf is run by volunteers. Imprint.</footer>';
  pages.set('/', `<!doctype html><html><head><title>CardConf</title></head><body>${header}<main>${talks.map((t) => `<div class="card"><h3>${esc(t.title)}</h3><a href="${t.path}">Details</a></div>`).join('\n')}</main>${footer}</body></html>`);
  talks.forEach((t) => {
    pages.set(t.path, `<!doctype html><html><head><title>${esc(t.title)}</title><meta property="og:title" content="${esc(t.title)}"></head><body>${header}
<article><h1 class="headline">${esc(t.title)}</h1>
<div class="actions">Add to calendar</div>
<section>${t.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</section></article>
<aside>Other talks: many more on the home page, browse them all at your leisure.</aside>${footer}</body></html>`);
  });
  return { name: 'cards with query links', start: '/', pages, talks, furniture: ['Add to calendar', 'Other talks', 'run by volunteers'] };
}

/** The layout's pages written under a new folder (a path ending in / is its index.html). */
export function writeSite(layout: Layout): string {
  const root = mkdtempSync(join(tmpdir(), 'ndfuse-site-'));
  for (const [path, html] of layout.pages) {
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  return root;
}

export interface TestServer {
  base: string;
  /** Requests by path (with query). */
  hits: Map<string, number>;
  /** The most sockets open at once. */
  peakSockets: () => number;
  close: () => Promise<void>;
}

/** Serves `route` on 127.0.0.1 (a free port); `route` returning false gives a 404. */
export async function serve(route: (req: IncomingMessage, res: ServerResponse) => boolean | void): Promise<TestServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  let peak = 0;
  const server: Server = createServer((req, res) => {
    hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1);
    if (route(req, res) === false) res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not found</h1>');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    peak = Math.max(peak, sockets.size);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    peakSockets: () => peak,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A layout's pages over HTTP: a path without its trailing slash is redirected to it, as servers do. */
export function serveLayout(layout: Layout): Promise<TestServer> {
  return serve((req, res) => {
    const url = req.url!;
    const page = layout.pages.get(url) ?? layout.pages.get(url.replace(/index\.html$/, ''));
    if (page !== undefined) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (layout.pages.has(url + '/')) return void res.writeHead(301, { location: url + '/' }).end();
    return false;
  });
}
