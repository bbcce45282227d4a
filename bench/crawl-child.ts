// One crawl of a site whose only talk page is 50 MB, in a process of its own (for its peak memory):
// a local server sends the page in 1 MiB pieces; prints the wall time, the peak RSS, the event loop's
// longest delay (the larger of node's histogram and the longest gap of a 10 ms interval) and what
// became of the page, as JSON. Argument: the crawl's maxBytes.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { crawl } from '../src/topics/crawl.js';

const maxBytes = Number(process.argv[2]);
const piece = Buffer.from(`<p>${'word '.repeat((1 << 20) / 5 - 2)}</p>`.slice(0, 1 << 20));
const server = createServer((req, res) => {
  if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<ul><li><a href="/big/">A very large talk page</a></li><li><a href="/small/">A small talk page here</a></li></ul>');
  if (req.url === '/robots.txt') return void res.writeHead(404).end();
  if (req.url === '/small/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Small</h1><div>An abstract of a few words.</div>');
  res.writeHead(200, { 'content-type': 'text/html' });
  res.write('<html><body><h1>Big</h1><div>');
  let sent = 0;
  const more = (): void => {
    while (sent < 50 && res.write(piece)) sent++;
    if (sent < 50) res.once('drain', () => { sent++; more(); });
    else res.end('</div></body></html>');
  };
  res.on('close', () => { sent = 50; });
  more();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
// and by hand: the longest gap between ticks of a 10 ms interval
let last = performance.now(), gap = 0;
const tick = setInterval(() => {
  const now = performance.now();
  gap = Math.max(gap, now - last - 10);
  last = now;
}, 10);
const t0 = performance.now();
const { talks, summary } = await crawl(base + '/', { maxBytes, profile: { talkLinks: 'li a', title: 'h1', text: ['div'] } });
const ms = performance.now() - t0;
delay.disable();
clearInterval(tick);
server.close();
process.stdout.write(JSON.stringify({
  ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, maxDelayMs: Math.max(delay.max / 1e6, gap),
  big: talks.some((t) => t.title === 'Big') ? 'read' : summary.skipped.find((s) => s.url.endsWith('/big/'))?.reason ?? 'missing',
}) + '\n');
