// The crawler against a real HTTP server on 127.0.0.1 serving the PyCon 2016 pages from ../shared,
// with a talk whose connection drops, one that is missing, a redirect loop and a link to a PDF mixed
// in; and a start page that never answers, for the timeout.

import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, PROFILES } from '../src/topics/crawl.js';
import { PYCON, pyconPresent } from './helpers.js';

const SITE = PYCON;
const present = pyconPresent('the crawler tests over HTTP and on a saved site (test/crawl.test.ts)');
const BAD = ['9001', '9002', '9003', '9005'].map((id) => `<span class="title"><a href="/2016/schedule/presentation/${id}/">bad ${id}</a></span>`).join('\n');

let server: Server;
let base = '';
const sockets = new Set<Socket>();
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURI(new URL(req.url!, 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/2016/schedule/presentation/9001/') return req.socket.destroy(); // the connection drops
    if (path === '/hang/') return; // never answers
    if (path === '/2016/schedule/presentation/9003/') return res.writeHead(302, { location: '/2016/schedule/presentation/9004/' }).end();
    if (path === '/2016/schedule/presentation/9004/') return res.writeHead(302, { location: '/2016/schedule/presentation/9003/' }).end();
    if (path === '/2016/schedule/presentation/9005/') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    let file = join(SITE, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(SITE) || !existsSync(file)) return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not found</h1>');
    let body = readFileSync(file, 'utf8');
    if (path === '/2016/schedule/talks/') body = body.replace('</body>', `${BAD}</body>`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

describe.runIf(present)('crawl over HTTP', () => {
  const cache = mkdtempSync(join(tmpdir(), 'ndfuse-crawl-'));
  // No page of a whole crawl may depend on a timeout: a short one caught real pages on a loaded
  // machine (an event loop busy parsing fires expired timers before it reads a waiting response).
  // The timeout is tested alone, on a start page that never answers, where nothing else is fetched.
  const opts = { cacheDir: cache, timeoutMs: 600_000, retries: 1, backoffMs: 10, concurrency: 4, profile: PROFILES['pycon-us-2016'] };

  it('collects every talk and reports each bad link with its reason', async () => {
    const { talks, summary } = await crawl(`${base}/2016/schedule/talks/`, opts);
    expect(talks).toHaveLength(94); // the talks schedule lists 94 talks; none is lost
    expect(talks.find((t) => t.title.startsWith('Machete-mode debugging'))?.tags).toEqual(['Best Practices & Patterns']);
    const reasons = (list: { url: string; reason: string }[]): Record<string, string> =>
      Object.fromEntries(list.map((x) => [x.url.replace(base, ''), x.reason]));
    expect(reasons(summary.failed)).toEqual({
      // a dropped connection is seen as one or the other, as the socket closes before or after the request is sent
      '/2016/schedule/presentation/9001/': expect.stringMatching(/^(connection reset \(ECONNRESET\)|the connection closed without an answer \(socket hang up\)) \(2 attempts\)$/),
      '/2016/schedule/presentation/9002/': 'HTTP 404',
    });
    expect(reasons(summary.skipped)).toEqual({
      '/2016/schedule/presentation/9003/': 'redirect loop: ' + ['9003', '9004', '9003'].map((id) => `${base}/2016/schedule/presentation/${id}/`).join(' -> '),
      '/2016/schedule/presentation/9005/': 'not HTML (application/pdf)',
    });
    expect(summary.fetched).toBe(95);
    expect(hits.get('/2016/schedule/presentation/9001/')).toBe(2); // retried once
  });

  it('a second run takes every page from the disk cache', async () => {
    const before = new Map(hits);
    const { talks, summary } = await crawl(`${base}/2016/schedule/talks/`, opts);
    expect(talks).toHaveLength(94);
    expect(summary.fromCache).toBe(95);
    expect(summary.fetched).toBe(0);
    const refetched = [...hits].filter(([p, n]) => n !== (before.get(p) ?? 0)).map(([p]) => p).sort();
    // what failed or was skipped is asked again, and robots.txt, which every crawl reads fresh
    expect(refetched).toEqual(['/2016/schedule/presentation/9001/', '/2016/schedule/presentation/9002/', '/2016/schedule/presentation/9003/', '/2016/schedule/presentation/9004/', '/2016/schedule/presentation/9005/', '/robots.txt']);
  });
});

describe('crawl errors, with no site data needed', () => {
  it('a page that never answers times out, and is retried once', async () => {
    const before = hits.get('/hang/') ?? 0;
    await expect(crawl(`${base}/hang/`, { timeoutMs: 300, retries: 1, backoffMs: 10 })).rejects
      .toThrow(/^ndfuse: crawl: could not fetch the start page: http:\/\/127\.0\.0\.1:\d+\/hang\/: timed out after 300 ms \(2 attempts\)/);
    expect(hits.get('/hang/')! - before).toBe(2);
  });

  it('an unreachable start page is a clear error', async () => {
    await expect(crawl('http://127.0.0.1:9/nothing/', { timeoutMs: 600_000, retries: 0 })).rejects.toThrow(/^ndfuse: crawl: could not fetch the start page: http:\/\/127\.0\.0\.1:9\/nothing\/: /);
  });
});

describe.runIf(present)('crawl a saved site', () => {
  it('reads the folder with its own link layout: all 171 presentations, 160 with a category', async () => {
    const { talks, summary } = await crawl(SITE, { profile: PROFILES['pycon-us-2016'] });
    expect(talks).toHaveLength(171);
    expect(talks.filter((t) => t.tags.length > 0)).toHaveLength(160);
    expect(summary.failed).toEqual([]);
    expect(talks[0]!.url).toMatch(/^file:\/\/.*\/2016\/schedule\/presentation\/\d+\/$/);
  });

  it('with no profile, finds the same 171 talks with the same titles and texts, and says what it inferred', async () => {
    const [given, inferred] = [await crawl(SITE, { profile: PROFILES['pycon-us-2016'] }), await crawl(SITE)];
    expect(inferred.talks.map((t) => [t.url, t.title, t.text])).toEqual(given.talks.map((t) => [t.url, t.title, t.text]));
    expect(Object.fromEntries(inferred.summary.inferred.map((x) => [x.field, x.value]))).toEqual({
      start: '/2016/schedule/', talkUrl: '/*/schedule/presentation/*/', title: 'h2', text: 'div.description, div.abstract',
    });
    expect([inferred.summary.matched, inferred.summary.talkPages]).toEqual([171, 171]);
    // the printed profile reads the site the same way
    const again = await crawl(SITE, { profile: inferred.profile });
    expect(again.talks).toEqual(inferred.talks);
    expect(again.summary.inferred).toEqual([]);
  });
});
