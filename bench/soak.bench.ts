// Memory in a long-running process: two inputs held for the whole run, and ever new expressions over
// them (random trees of depth 1 to 5, every one distinct, each evaluated once). Interning keeps a
// bounded number of nodes per input, so the heap must stay flat once the bound is reached. Runs in a
// process of its own with --expose-gc; the heap is read after a full collection at each checkpoint.

import { fileURLToPath } from 'node:url';
import { array, random, type LazyArray } from '../src/index.js';
import { inFreshProcess, machine, table } from './harness.js';

/** A deterministic generator (not the library's). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const UNARY = ['abs', 'exp', 'sqrt', 'neg', 'tanh', 'floor', 'sin'] as const;
const BINARY = ['add', 'sub', 'mul', 'div', 'maximum', 'minimum'] as const;

/** A random tree over a and b; the constant `k` makes it distinct from every other. */
function tree(r: () => number, depth: number, a: LazyArray, b: LazyArray, k: number): LazyArray {
  if (depth === 0 || r() < 0.2) return r() < 0.5 ? a : b;
  if (r() < 0.35) return tree(r, depth - 1, a, b, k)[UNARY[Math.floor(r() * UNARY.length)]!]();
  const x = tree(r, depth - 1, a, b, k);
  const y = r() < 0.3 ? k : tree(r, depth - 1, a, b, k + 0.5);
  return x[BINARY[Math.floor(r() * BINARY.length)]!](y);
}

function child(count: number): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const a = array(random([64], { seed: 1 }).toTypedArray()), b = array(random([64], { seed: 2 }).toTypedArray());
  const r = lcg(7);
  const points: { done: number; heapMiB: number }[] = [];
  const read = (done: number): void => {
    gc();
    points.push({ done, heapMiB: process.memoryUsage().heapUsed / 2 ** 20 });
  };
  read(0);
  let check = 0;
  for (let i = 1; i <= count; i++) {
    const depth = 1 + Math.floor(r() * 5);
    check += tree(r, depth, a, b, i).sum().item() as number;
    if (i % (count / 10) === 0) read(i);
  }
  process.stdout.write(JSON.stringify({ points, check }));
}

export function soakBench(opts: { quick?: boolean } = {}): string {
  const count = opts.quick ? 1e5 : 1e6;
  const t0 = Date.now();
  const out = JSON.parse(inFreshProcess(['--expose-gc', fileURLToPath(import.meta.url), String(count)])) as { points: { done: number; heapMiB: number }[] };
  const secs = (Date.now() - t0) / 1000;
  const p = out.points;
  const warm = p[1]!.heapMiB;
  return [`Machine: ${machine()}`, '',
    `${count.toExponential(0)} distinct expressions (random trees of depth 1-5, each summed and read) over two inputs held throughout, in ${secs.toFixed(0)} s; heap after a full GC:`, '',
    table(['expressions evaluated', 'heap MiB', 'change since the first checkpoint MiB'], p.map((q) => [String(q.done), q.heapMiB.toFixed(1), q.done === 0 ? '' : (q.heapMiB - warm).toFixed(1)]))].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) child(Number(process.argv[2]));
