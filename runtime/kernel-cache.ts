// Compiled kernels, keyed by the compiler's canonical kernel text (structure, dtypes, layout class;
// never sizes), least recently used dropped first. The only place that calls `new Function`.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIB, printKernel, renderJs, type Lowered } from '../compiler/index.js';
import { nowMs } from './clock.js';
import { config } from './config.js';
import type { Storage } from './buffer.js';

export type KernelFn = (start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[]) => void;

export const cacheStats = { hits: 0, misses: 0, compileMs: 0, evicted: 0 };

// each entry remembers when it was last used; eviction (rare) scans for the oldest, so a hit costs
// one lookup and one store
const cache = new Map<string, { fn: KernelFn; used: number }>();
let clock = 0;

export function kernelFor(k: Lowered): KernelFn {
  const hit = cache.get(k.key);
  if (hit) {
    cacheStats.hits++;
    hit.used = ++clock;
    return hit.fn;
  }
  cacheStats.misses++;
  const t0 = nowMs();
  const { source, helpers } = renderJs(k.ir, k.name);
  // the source comes from the LoopIR only: no text a user wrote reaches this call
  const factory = new Function('lib', `const { ${helpers.join(', ')} } = lib;\nreturn ${source};`) as (lib: typeof LIB) => KernelFn;
  const fn = factory(LIB);
  cacheStats.compileMs += nowMs() - t0;
  cache.set(k.key, { fn, used: ++clock });
  if (cache.size > config().cacheSize) evictOldest();
  dump(k);
  return fn;
}

function evictOldest(): void {
  let oldest: string | undefined;
  let when = Infinity;
  for (const [key, e] of cache) if (e.used < when) [oldest, when] = [key, e.used];
  cache.delete(oldest!);
  cacheStats.evicted++;
}

/** Drops every compiled kernel (a cold start, for tests and benchmarks). */
export function clearKernelCache(): void {
  cache.clear();
}

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
