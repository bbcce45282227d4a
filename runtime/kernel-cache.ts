// Compiled kernels, keyed by the compiler's canonical kernel text (structure, dtypes, layout class;
// never sizes), least recently used dropped first. The only place that calls `new Function`.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIB, printKernel, renderJs, type Lowered } from '../compiler/index.js';
import { config } from './config.js';
import type { Storage } from './buffer.js';

export type KernelFn = (start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[]) => void;

export const cacheStats = { hits: 0, misses: 0, compileMs: 0, evicted: 0 };

const cache = new Map<string, KernelFn>();

export function kernelFor(k: Lowered): KernelFn {
  const hit = cache.get(k.key);
  if (hit) {
    cacheStats.hits++;
    // re-insert: a Map iterates in insertion order, so the first entry is the least recently used
    cache.delete(k.key);
    cache.set(k.key, hit);
    return hit;
  }
  cacheStats.misses++;
  const t0 = performance.now();
  const { source, helpers } = renderJs(k.ir, k.name);
  // the source comes from the LoopIR only: no text a user wrote reaches this call
  const factory = new Function('lib', `const { ${helpers.join(', ')} } = lib;\nreturn ${source};`) as (lib: typeof LIB) => KernelFn;
  const fn = factory(LIB);
  cacheStats.compileMs += performance.now() - t0;
  cache.set(k.key, fn);
  const max = config().cacheSize;
  while (cache.size > max) {
    cache.delete(cache.keys().next().value!);
    cacheStats.evicted++;
  }
  dump(k);
  return fn;
}

/** Drops every compiled kernel (a cold start, for tests and benchmarks). */
export function clearKernelCache(): void {
  cache.clear();
}

export const kernelCacheSize = (): number => cache.size;

function dump(k: Lowered): void {
  const where = config().dumpKernels;
  if (!where) return;
  const text = printKernel(k);
  if (where === '-') process.stderr.write(text + '\n');
  else {
    mkdirSync(where, { recursive: true });
    writeFileSync(join(where, k.name + '.js'), text);
  }
}
