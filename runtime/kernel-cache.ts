// Kernels by the compiler's canonical kernel text (structure, dtypes, layout class; never sizes):
// those registered ahead of time (`ndfuse aot`) and those compiled here, least recently used dropped
// first. The only place that calls `new Function`, and the one that knows whether it may.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODEGEN_VERSION, LIB, printKernel, renderJs, renderTsModule, type Lowered } from '../compiler/index.js';
import { nowMs } from './clock.js';
import { config } from './config.js';
import type { Storage } from './buffer.js';

export type KernelFn = (start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[]) => void;

/** `ahead`: kernels taken from the ahead-of-time registry (the first time each is used). */
export const cacheStats = { hits: 0, misses: 0, compileMs: 0, evicted: 0, ahead: 0 };

// each entry remembers when it was last used; eviction (rare) scans for the oldest, so a hit costs
// one lookup and one store
const cache = new Map<string, { fn: KernelFn; used: number; ahead: boolean }>();
let clock = 0;

/** Kernels compiled ahead of time, by key; never evicted (they cost no compiling to get back). */
const ahead = new Map<string, KernelFn>();

/**
 * Registers kernels compiled ahead of time; a generated module calls this when imported. `version`
 * is the code generator's version the module was made with: kernels from another one are refused,
 * since the same key may mean different code.
 */
export function registerKernels(version: number, kernels: Iterable<readonly [string, KernelFn]>): void {
  if (version !== CODEGEN_VERSION) {
    throw new Error(`ndfuse: registerKernels: the module was generated for kernel code version ${version}, this ndfuse runs version ${CODEGEN_VERSION}: run 'ndfuse aot' again`);
  }
  for (const entry of kernels) {
    const [key, fn] = Array.isArray(entry) ? entry : [];
    if (typeof key !== 'string' || typeof fn !== 'function') throw new Error('ndfuse: registerKernels: kernels must be [key, function] pairs');
    ahead.set(key, fn as KernelFn);
  }
}

let codegen: boolean | undefined;

/** Whether `new Function` works here, tried once: strict CSPs, some serverless hosts and
 *  `node --disallow-code-generation-from-strings` forbid it. */
export function canGenerateCode(): boolean {
  if (codegen === undefined) {
    try {
      codegen = typeof new Function('return 0') === 'function';
    } catch (e) {
      codegen = false;
      if (config().debug >= 1) {
        process.stderr.write(`ndfuse: code generation from strings is forbidden here (${(e as Error).message}): ` +
          `${ahead.size} kernel${ahead.size === 1 ? ' is' : 's are'} registered ahead of time; an evaluation that needs any other kernel runs on the reference backend\n`);
      }
    }
  }
  return codegen;
}

/** The kernel for `k`; undefined when it is not registered ahead of time and may not be compiled
 *  (strict mode, or code generation forbidden). */
export function kernelFor(k: Lowered): KernelFn | undefined {
  const hit = cache.get(k.key);
  if (hit && (hit.ahead || !config().strict)) {
    cacheStats.hits++;
    hit.used = ++clock;
    return hit.fn;
  }
  const pre = ahead.get(k.key);
  if (pre) {
    cacheStats.ahead++;
    remember(k.key, pre, true);
    return pre;
  }
  if (config().strict || !canGenerateCode()) return undefined;
  cacheStats.misses++;
  const t0 = nowMs();
  const { source, helpers } = renderJs(k.ir, k.name);
  // the source comes from the LoopIR only: no text a user wrote reaches this call
  const factory = new Function('lib', `const { ${helpers.join(', ')} } = lib;\nreturn ${source};`) as (lib: typeof LIB) => KernelFn;
  const fn = factory(LIB);
  cacheStats.compileMs += nowMs() - t0;
  remember(k.key, fn, false);
  dump(k);
  return fn;
}

function remember(key: string, fn: KernelFn, fromAhead: boolean): void {
  cache.set(key, { fn, used: ++clock, ahead: fromAhead });
  if (cache.size > config().cacheSize) evictOldest();
}

function evictOldest(): void {
  let oldest: string | undefined;
  let when = Infinity;
  for (const [key, e] of cache) if (e.used < when) [oldest, when] = [key, e.used];
  cache.delete(oldest!);
  cacheStats.evicted++;
}

/** Drops every compiled kernel (a cold start, for tests and benchmarks); registered ones stay. */
export function clearKernelCache(): void {
  cache.clear();
}

function dump(k: Lowered): void {
  const { dumpKernels: where, dumpFormat } = config();
  if (!where) return;
  const text = dumpFormat === 'ts'
    ? renderTsModule([{ kernel: k, notes: [`cache key: ${k.key}`] }], { runtime: 'ndfuse', header: [`${k.name}: dumped by ndfuse (NDFUSE_DUMP_FORMAT=ts)`], register: false })
    : printKernel(k);
  if (where === '-') process.stderr.write(text + '\n');
  else {
    mkdirSync(where, { recursive: true });
    writeFileSync(join(where, `${k.name}.${dumpFormat}`), text);
  }
}
