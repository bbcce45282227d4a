// Every fault issue 16 found in the crawler, each against a server or a folder the test builds
// (127.0.0.1 only): options checked with one-line errors, never leaving the site or the folder, the
// cache never torn nor stale for a saved site, a byte cap, charsets, URL variants merged, 429 and
// Retry-After, sockets bounded by the concurrency, the cause of a refused connection, robots.txt.
// Nothing here waits on a timer the machine's speed could outrun.

import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NdfuseError } from '../src/errors.js';
import { crawl } from '../src/topics/crawl.js';
import { PageCache } from '../src/topics/fetch.js';
import { parseRobots } from '../src/topics/fetch.js';
import { httpSite } from '../src/topics/site.js';
import { listLayout, serve, serveLayout, writeSite, type TestServer } from './sites.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist/src/cli.js');
const cli = (args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

/** The CLI in a child process without blocking this one, whose servers must keep answering it. */
const cliAsync = (args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } }, (e, stdout, stderr) => {
      resolve({ status: e ? Number((e as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

const page = (title: string, body: string, head = ''): string => `<!doctype html><html><head>${head}<title>${title}</title></head><body><h1>${title}</h1><div class="abstract">${body}</div></body></html>`;
const list = (links: string[]): string => `<!doctype html><html><body><h1>Talks</h1><ul>${links.map((l, i) => `<li><a href="${l}">A talk with a long title ${i}</a></li>`).join('')}</ul></body></html>`;

let list9: TestServer;
beforeAll(async () => {
  list9 = await serveLayout(listLayout());
});
afterAll(async () => {
  await list9.close();
});

describe('options are checked before anything is fetched, with one line naming the flag', () => {
  it.each([
    [['--concurrency', '0'], /^ndfuse crawl: --concurrency must be a whole number from 1 to 64, got 0$/],
    [['--concurrency', '-1'], /^ndfuse crawl: --concurrency must be a whole number from 1 to 64, got -1$/],
    [['--concurrency', 'abc'], /^ndfuse crawl: --concurrency must be a whole number from 1 to 64, got abc$/],
    [['--timeout', '-5'], /^ndfuse crawl: --timeout must be a whole number from 1 to 2147483647, got -5$/],
    [['--retries', '-1'], /^ndfuse crawl: --retries must be a whole number from 0 to 20, got -1$/],
    [['--max-bytes', '1e3x'], /^ndfuse crawl: --max-bytes must be a whole number from 1 to 1073741824, got 1e3x$/],
    [['--title', 'h1['], /^ndfuse: crawl: the flags: field 'title' is not a CSS selector cheerio can read: "h1\[" /],
    [['--talk-url', 'talks/*'], /^ndfuse: crawl: the flags: field 'talkUrl' must be a path pattern beginning with \//],
  ])('%j', (flags, msg) => {
    const out = join(mkdtempSync(join(tmpdir(), 'ndfuse-opt-')), 'c.jsonl');
    const r = cli(['crawl', list9.base + '/program/', '-o', out, ...flags]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(msg);
    expect(existsSync(out)).toBe(false);
  });

  it('the same checks on topics, and on the library', async () => {
    const r = cli(['topics', list9.base + '/program/', '--concurrency', '0']);
    expect([r.status, r.stderr.trim()]).toEqual([1, 'ndfuse topics: --concurrency must be a whole number from 1 to 64, got 0']);
    await expect(crawl(list9.base + '/program/', { concurrency: 0 })).rejects.toThrow(/^ndfuse: crawl: argument 'concurrency' must be a whole number from 1 to 64, got number 0$/);
    await expect(crawl(list9.base + '/program/', { timeoutMs: -5 })).rejects.toBeInstanceOf(NdfuseError);
  });

  it('ndfuse topics crawls with no options too, and says what to try when it finds no talks', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ndfuse-topics-'));
    const r = await cliAsync(['topics', list9.base + '/program/', '-k', '2', '--top-talks', '1', '--min-df', '1', '--no-cache'], cwd, {});
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 topics in 9 talks/);
    expect(r.stderr).toMatch(/^ndfuse crawl: 9 talks;/);
    expect(r.stderr).toContain('    talkUrl: /program/*.html  (the largest group of links with one pattern on 1 listing page: 9 pages');
    const empty = await serve((req, res) => (req.url === '/' ? void res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Soon</h1><p>The program is coming.</p>') : false));
    try {
      const none = await cliAsync(['topics', empty.base + '/', '--no-cache'], cwd, {});
      expect(none.status).toBe(1);
      expect(none.stderr.trim()).toBe(`ndfuse: crawl: no group of links that could be talks on ${empty.base}/: give the listing page (--start) or the talk links (--talk-links, --talk-url)`);
    } finally {
      await empty.close();
    }
  });

  it('--start sets the listing pages (and --print-profile says so)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ndfuse-start-'));
    const r = await cliAsync(['crawl', list9.base + '/', '--start', '/program/', '--print-profile', '--no-cache'], cwd, {});
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ start: ['/program/'], talkUrl: '/program/*.html' });
    expect(r.stderr).toMatch(/^ndfuse crawl: 9 talks;/);
  });

  it('a bad -o path is an error before the crawl, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-out-'));
    const before = list9.hits.size;
    for (const [out, msg] of [
      [join(dir, 'no/such/folder/c.jsonl'), /^ndfuse crawl: -o .*c\.jsonl: the folder .*folder does not exist$/],
      [dir, /^ndfuse crawl: -o .* is a folder; give a file name$/],
    ] as const) {
      const r = cli(['crawl', list9.base + '/program/', '-o', out]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toMatch(msg);
    }
    expect(list9.hits.size).toBe(before);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a profile file: its JSON, its fields and their types, named in the message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-profile-'));
    const cases: [string, RegExp][] = [
      ['{"title": "h1",', /^ndfuse: crawl: profile .*p\.json is not valid JSON: /],
      ['{"titel": "h1"}', /^ndfuse: crawl: profile .*p\.json: unknown field 'titel' \(the fields are name, start, talkLinks, talkUrl, title, text, tags, boilerplate\)$/],
      ['{"text": "div.abstract"}', /^ndfuse: crawl: profile .*p\.json: field 'text' must be a list of strings, got "div\.abstract"$/],
      ['{"start": ["schedule"]}', /^ndfuse: crawl: profile .*p\.json: field 'start' holds "schedule"; each start page is a path from the site's root, beginning with \/$/],
      ['[1]', /^ndfuse: crawl: profile .*p\.json must be a JSON object/],
    ];
    for (const [json, msg] of cases) {
      writeFileSync(join(dir, 'p.json'), json);
      const r = cli(['crawl', list9.base + '/program/', '--print-profile', '--profile', join(dir, 'p.json')]);
      expect(r.status, json).toBe(1);
      expect(r.stderr.trim(), json).toMatch(msg);
    }
  });
});

describe('the crawler never leaves its site or its folder', () => {
  it('over HTTP: the same origin by URL parsing (http://127.0.0.1:P@evil/ starts like 127.0.0.1:P and is not it), redirects included', async () => {
    const s = await serve((req, res) => {
      const port = new URL(s.base).port;
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(list([`http://127.0.0.1:${port}@evil.invalid/talks/1/`, `http://127.0.0.1.evil/talks/2/`, '/talks/3/', '/talks/4/', '/talks/5/']));
      if (req.url === '/talks/3/') return void res.writeHead(302, { location: `http://127.0.0.1:${port}@evil.invalid/talks/3/` }).end();
      if (req.url?.startsWith('/talks/')) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(`Talk ${req.url}`, 'An abstract long enough to be an abstract of a talk, with words.'));
      return false;
    });
    try {
      const { talks, summary } = await crawl(s.base + '/', { profile: { talkLinks: 'li a' } });
      expect(talks.map((t) => t.url)).toEqual([`${s.base}/talks/4/`, `${s.base}/talks/5/`]);
      const port = new URL(s.base).port;
      expect(summary.skipped).toEqual(expect.arrayContaining([
        { url: `http://127.0.0.1:${port}@evil.invalid/talks/1/`, reason: 'another site' },
        { url: 'http://127.0.0.1.evil/talks/2/', reason: 'another site' },
        { url: `${s.base}/talks/3/`, reason: `redirects to another site (http://127.0.0.1:${port}@evil.invalid/talks/3/)` },
      ]));
      expect(summary.failed).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the issue\'s own case: a crawl of 127.0.0.1:6100 is not on 127.0.0.1:61001', () => {
    const site = httpSite(new URL('http://127.0.0.1:6100/schedule/'));
    expect(['http://127.0.0.1:6100/x', 'http://127.0.0.1:61001/x', 'https://127.0.0.1:6100/x', 'http://127.0.0.1:6100@evil/x'].map((u) => site.contains(new URL(u)))).toEqual([true, false, false, false]);
  });

  it('a saved folder: nothing outside it is read, through .. or a symlink', async () => {
    const base = mkdtempSync(join(tmpdir(), 'ndfuse-contain-'));
    mkdirSync(join(base, 'site/talks'), { recursive: true });
    mkdirSync(join(base, 'site-evil'));
    writeFileSync(join(base, 'site-evil/secret.html'), page('Secret', 'Nobody should read this secret page, ever, from the site.'));
    writeFileSync(join(base, 'site/index.html'), list(['/../site-evil/secret.html', '../site-evil/secret.html', 'talks/linked.html', 'talks/a.html', 'talks/b.html']));
    symlinkSync(join(base, 'site-evil/secret.html'), join(base, 'site/talks/linked.html'));
    for (const n of ['a', 'b']) writeFileSync(join(base, `site/talks/${n}.html`), page(`Talk ${n}`, 'An abstract long enough to be an abstract of a talk, with words.'));
    const { talks, summary } = await crawl(join(base, 'site'), { profile: { talkLinks: 'li a' } });
    expect(talks.map((t) => t.title)).toEqual(['Talk a', 'Talk b']);
    expect(talks.some((t) => t.text.includes('secret'))).toBe(false);
    const reasons = summary.skipped.map((x) => x.reason).sort();
    expect(reasons).toEqual(['outside the saved folder', `outside the saved folder (a link to ${join(base, 'site-evil/secret.html')})`]);
  });
});

describe('the cache loses nothing, and never serves a stale saved page', () => {
  it('a torn entry is not used: the page is fetched again and the entry rewritten whole', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'ndfuse-cache-'));
    const first = await crawl(list9.base + '/program/', { cacheDir });
    expect(first.summary.fetched).toBe(10);
    // tear one entry as a crash in the middle of a write would (the body cut short)
    const files = readdirSync(cacheDir);
    expect(files.every((f) => f.endsWith('.page'))).toBe(true); // no temporary file left
    const torn = join(cacheDir, files[0]!);
    writeFileSync(torn, readFileSync(torn, 'utf8').slice(0, 200));
    const again = await crawl(list9.base + '/program/', { cacheDir });
    expect([again.summary.fromCache, again.summary.fetched]).toEqual([9, 1]);
    expect(again.talks).toEqual(first.talks);
    expect(new PageCache(cacheDir).get('http://nowhere/')).toBeNull();
  });

  it('a saved site is read as it is now: an edited page gives its new text', async () => {
    const layout = listLayout();
    const dir = writeSite(layout);
    const before = await crawl(dir);
    const file = join(dir, layout.talks[0]!.path);
    writeFileSync(file, readFileSync(file, 'utf8').replace(layout.talks[0]!.paragraphs[0]!, 'An edited abstract now.'));
    const after = await crawl(dir);
    expect(before.talks.find((t) => t.title === layout.talks[0]!.title)!.text).toContain(layout.talks[0]!.paragraphs[0]!);
    expect(after.talks.find((t) => t.title === layout.talks[0]!.title)!.text).toContain('An edited abstract now.');
  });

  it('by default the CLI keeps it in the user\'s cache folder, not the current one; --no-cache keeps none', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ndfuse-xdg-'));
    const cwd = mkdtempSync(join(tmpdir(), 'ndfuse-cwd-'));
    const run = (extra: string[]): ReturnType<typeof cliAsync> => cliAsync(['crawl', list9.base + '/program/', '-o', join(cwd, 'c.jsonl'), ...extra], cwd, { XDG_CACHE_HOME: home });
    expect(await run(['--no-cache'])).toMatchObject({ status: 0 });
    expect(existsSync(join(home, 'ndfuse'))).toBe(false);
    expect(await run([])).toMatchObject({ status: 0 });
    expect(readdirSync(join(home, 'ndfuse/pages')).length).toBe(10);
    expect(readdirSync(cwd)).toEqual(['c.jsonl']);
  });
});

describe('what a server sends is read with care', () => {
  it('a page past --max-bytes is skipped unread (50 MB streamed, and one that says its length)', async () => {
    const chunk = Buffer.alloc(1 << 20, 'a');
    const s = await serve((req, res) => {
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(list(['/big/', '/long/', '/a/', '/b/']));
      if (req.url === '/big/') {
        // 50 MiB with no length given, written as the socket takes it
        res.writeHead(200, { 'content-type': 'text/html' });
        let sent = 0;
        const more = (): void => {
          while (sent < 50 && res.write(chunk)) sent++;
          if (sent < 50) res.once('drain', () => { sent++; more(); });
          else res.end();
        };
        res.on('close', () => { sent = 50; });
        return void more();
      }
      if (req.url === '/long/') return void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 << 20) }).end();
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(`Talk ${req.url}`, 'An abstract long enough to be an abstract of a talk, with words.'));
    });
    try {
      const { talks, summary } = await crawl(s.base + '/', { profile: { talkLinks: 'li a' } });
      expect(talks.map((t) => t.title)).toEqual(['Talk /a/', 'Talk /b/']);
      expect(summary.skipped).toEqual(expect.arrayContaining([
        { url: `${s.base}/big/`, reason: `larger than --max-bytes (more than ${5 * 2 ** 20} bytes)` },
        { url: `${s.base}/long/`, reason: `larger than --max-bytes (${50 << 20} bytes, the cap is ${5 * 2 ** 20})` },
      ]));
    } finally {
      await s.close();
    }
  });

  it('the charset from the header or a meta tag (latin-1 pages read as latin-1)', async () => {
    const latin = (s: string): Buffer => Buffer.from(s, 'latin1');
    const s = await serve((req, res) => {
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(list(['/meta/', '/header/', '/utf8/']));
      if (req.url === '/meta/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(latin(page('Café crème', 'Première présentation, déjà très appréciée des développeurs.', '<meta charset="iso-8859-1">')));
      if (req.url === '/header/') return void res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(latin(page('Señor Müller', 'Über die Straße, größer als gedacht, mit Grüßen an alle.')));
      if (req.url === '/utf8/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(page('Naïve UTF-8', 'Ünïcödé text read as UTF-8 when nothing says otherwise.')));
      return false;
    });
    try {
      const { talks } = await crawl(s.base + '/', { profile: { talkLinks: 'li a' } });
      expect(talks.map((t) => t.title)).toEqual(['Señor Müller', 'Café crème', 'Naïve UTF-8']);
      expect(talks[1]!.text).toContain('Première présentation, déjà très appréciée');
    } finally {
      await s.close();
    }
  });

  it('one talk however its URL is written: tracking parameters, index.html, a missing slash, percent-escapes', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(list(['/talks/one/?ref=home', '/talks/one/index.html', '/talks/one', '/talks/%6Fne/', '/talks/one/?utm_source=x&utm_medium=y', '/talks/two/', '/talks/three/']));
      if (req.url === '/talks/one') return void res.writeHead(301, { location: '/talks/one/' }).end();
      const m = /^\/talks\/(one|two|three)\/(index\.html)?$/.exec(req.url!);
      if (m) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(`Talk ${m[1]}`, 'An abstract long enough to be an abstract of a talk, with words.'));
      return false;
    });
    try {
      const { talks, summary } = await crawl(s.base + '/', { profile: { talkLinks: 'li a' } });
      expect(talks.map((t) => t.url)).toEqual([`${s.base}/talks/one/`, `${s.base}/talks/three/`, `${s.base}/talks/two/`]);
      expect(summary.droppedParameters).toEqual(['ref', 'utm_medium', 'utm_source']);
      expect(s.hits.get('/talks/one/')).toBe(1);
      expect(summary.skipped).toEqual([{ url: `${s.base}/talks/one`, reason: `the same page as ${s.base}/talks/one/` }]);
    } finally {
      await s.close();
    }
  });

  it('429 with Retry-After is retried after the wait; sockets never pass the concurrency', async () => {
    let refused = 0;
    const s = await serve((req, res) => {
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(list(Array.from({ length: 12 }, (_, i) => `/t/${i}/`)));
      if (req.url === '/t/3/' && refused++ === 0) return void res.writeHead(429, { 'retry-after': '0' }).end();
      if (req.url?.startsWith('/t/')) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(`Talk ${req.url}`, 'An abstract long enough to be an abstract of a talk, with words.'));
      return false;
    });
    try {
      const { talks, summary } = await crawl(s.base + '/', { concurrency: 2, backoffMs: 0, profile: { talkLinks: 'li a' } });
      expect(talks).toHaveLength(12);
      expect(summary.failed).toEqual([]);
      expect(s.hits.get('/t/3/')).toBe(2);
      expect(s.peakSockets()).toBeLessThanOrEqual(2);
    } finally {
      await s.close();
    }
    // a wait longer than a minute is not sat through
    const slow = await serve((req, res) => {
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(list(['/t/1/', '/t/2/']));
      return void res.writeHead(429, { 'retry-after': '3600' }).end();
    });
    try {
      const { summary } = await crawl(slow.base + '/', { profile: { talkLinks: 'li a' } });
      expect(summary.failed.map((x) => x.reason)).toEqual(['HTTP 429, asking to wait 3600 s (more than 60 s)', 'HTTP 429, asking to wait 3600 s (more than 60 s)']);
    } finally {
      await slow.close();
    }
  });

  it('a refused connection says so, with its code', async () => {
    // a port that was just listening and is closed now: nothing answers there
    const s = await serve(() => false);
    const dead = s.base;
    await s.close();
    await expect(crawl(dead + '/schedule/', { retries: 0, ignoreRobots: true })).rejects.toThrow(/^ndfuse: crawl: could not fetch the start page: http:\/\/127\.0\.0\.1:\d+\/schedule\/: connection refused \(ECONNREFUSED\) \(1 attempt\)$/);
    // robots.txt is asked first, and a site whose robots.txt cannot be read is not crawled (RFC 9309)
    await expect(crawl(dead + '/schedule/', { retries: 0 })).rejects.toThrow(/^ndfuse: crawl: could not fetch the start page: http:\/\/127\.0\.0\.1:\d+\/schedule\/: robots\.txt could not be read \(connection refused \(ECONNREFUSED\)\), and until it can no page may be fetched/);
  });

  it('robots.txt is honoured for http(s) sites (and one that cannot be read allows nothing), unless --ignore-robots', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\nAllow: /private/open/\n');
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(list(['/private/a/', '/private/open/b/', '/c/']));
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(`Talk ${req.url}`, 'An abstract long enough to be an abstract of a talk, with words.'));
    });
    const broken = await serve((req, res) => (req.url === '/robots.txt' ? void res.writeHead(503).end() : void res.writeHead(200, { 'content-type': 'text/html' }).end(list(['/a/', '/b/']))));
    try {
      await expect(crawl(broken.base + '/', { profile: { talkLinks: 'li a' } })).rejects.toThrow(/robots\.txt could not be read \(HTTP 503\)/);
      expect(broken.hits.get('/')).toBeUndefined();
    } finally {
      await broken.close();
    }
    try {
      const polite = await crawl(s.base + '/', { profile: { talkLinks: 'li a' } });
      expect(polite.talks.map((t) => t.title)).toEqual(['Talk /c/', 'Talk /private/open/b/']);
      expect(polite.summary.skipped).toEqual([{ url: `${s.base}/private/a/`, reason: 'disallowed by robots.txt (--ignore-robots for a site you run)' }]);
      expect(s.hits.get('/private/a/')).toBeUndefined();
      const own = await crawl(s.base + '/', { profile: { talkLinks: 'li a' }, ignoreRobots: true });
      expect(own.talks).toHaveLength(3);
    } finally {
      await s.close();
    }
    // a robots.txt that redirects: its target's rules
    const moved = await serve((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(301, { location: '/rules/robots.txt' }).end();
      if (req.url === '/rules/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(req.url === '/' ? list(['/private/a/', '/c/']) : page(`Talk ${req.url}`, 'An abstract long enough to be an abstract of a talk, with words.'));
    });
    try {
      const { talks } = await crawl(moved.base + '/', { profile: { talkLinks: 'li a' } });
      expect(talks.map((t) => t.title)).toEqual(['Talk /c/']);
    } finally {
      await moved.close();
    }
    // one whose redirects cannot be followed (to another site, in a loop): no robots.txt, no rules
    for (const location of ['http://elsewhere.invalid/robots.txt', '/robots.txt']) {
      const astray = await serve((req, res) => {
        if (req.url === '/robots.txt') return void res.writeHead(302, { location }).end();
        return void res.writeHead(200, { 'content-type': 'text/html' }).end(req.url === '/' ? list(['/private/a/', '/c/']) : page(`Talk ${req.url}`, 'An abstract long enough to be an abstract of a talk, with words.'));
      });
      try {
        const { talks, summary } = await crawl(astray.base + '/', { profile: { talkLinks: 'li a' } });
        expect(talks.map((t) => t.title), location).toEqual(['Talk /c/', 'Talk /private/a/']);
        expect(summary.skipped, location).toEqual([]);
      } finally {
        await astray.close();
      }
    }
    // a robots.txt longer than a page may be: its first 500 KiB are its rules
    const long = await serve((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n' + '# padding\n'.repeat(70_000));
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(req.url === '/' ? list(['/private/a/', '/c/']) : page(`Talk ${req.url}`, 'An abstract long enough to be an abstract of a talk, with words.'));
    });
    try {
      const { talks, summary } = await crawl(long.base + '/', { profile: { talkLinks: 'li a' }, maxBytes: 100_000 });
      expect(talks.map((t) => t.title)).toEqual(['Talk /c/']);
      expect(summary.skipped.map((x) => x.reason)).toEqual(['disallowed by robots.txt (--ignore-robots for a site you run)']);
    } finally {
      await long.close();
    }
  });

  it('robots.txt rules: the longest match wins, Allow on a tie, * and $, the agent\'s own group first', () => {
    const r = parseRobots('User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /a/\nAllow: /a/b\nDisallow: /*.pdf$\nDisallow: /x*y\n', 'ndfuse-crawler');
    const ok = (p: string): boolean => r.allowed(new URL(p, 'http://h'));
    expect([ok('/'), ok('/a/'), ok('/a/b/c'), ok('/f.pdf'), ok('/f.pdf?x'), ok('/x1y'), ok('/z')]).toEqual([true, false, true, false, true, false, true]);
    const mine = parseRobots('User-agent: *\nDisallow:\n\nUser-agent: ndfuse\nDisallow: /no/\n', 'ndfuse-crawler');
    expect([mine.allowed(new URL('http://h/no/1')), mine.allowed(new URL('http://h/yes'))]).toEqual([false, true]);
  });
});
