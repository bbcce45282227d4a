// One timed run of the ahead-of-time example in its own process, for bench/aot.bench.ts: the host's
// flags (--disallow-code-generation-from-strings) apply to the whole process, and benchmark.js
// itself compiles its timers with Function, so this child times with a plain loop.
// Usage: node [flags] dist/bench/aot-child.js <with-module: 0|1> <n> <repeats>

import { nowMs } from '../runtime/clock.js';

const [withModule, n, repeats] = process.argv.slice(2).map(Number) as [number, number, number];
if (withModule) await import('../examples/aot/ndfuse-kernels.js');
const { priceBook } = await import('../examples/aot/options.js');
const { book } = await import('../examples/aot/book.js');

const { S, K, T } = book(n);
const times: number[] = [];
let check = 0;
for (let r = 0; r < repeats; r++) {
  const t0 = nowMs();
  check += priceBook(S, K, T, 0.02, 0.3).meanPut;
  times.push(nowMs() - t0);
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ ms: times[times.length >> 1], check }) + '\n');
