// Kernels by renderer and the compiler's canonical kernel text (structure, dtypes, layout class;
// never sizes): those registered ahead of time (`ndfuse aot`) and those compiled here from a
// renderer's output, least recently used dropped first. The only place that calls `new Function` or
// compiles WebAssembly, and the one that knows whether it may. It renders nothing: the pipeline hands
// it source or a module.

import { CODEGEN_VERSION, encode, LIB, type ArgsLayout, type Rendered, type WasmRendered } from '../compiler/index.js';
import { nowMs } from './clock.js';
import { config } from './config.js';
import { ownedCopy, release, type Storage } from './buffer.js';
import { ARGS_AT, ARGS_BYTES, isOwned, kernelMemory, memoryBuffer } from './memory.js';
import { wasmApi } from './wasm-api.js';

/** A kernel: elements [start, end) of its range; a compress and a reduction that splits take part
 *  states in `st` (and the reduced elements [from, to) of a part), as compiler/kernels.ts says. */
export type KernelFn = (start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[], st?: Float64Array, from?: number, to?: number) => void;

/** `ahead`: kernels taken from the ahead-of-time registry (the first time each is used); `wasm`: the
 *  misses compiled as WebAssembly. */
export const cacheStats = { hits: 0, misses: 0, compileMs: 0, evicted: 0, ahead: 0, wasm: 0 };

// each entry remembers when it was last used; eviction (rare) scans for the oldest, so a hit costs
// one lookup and one store
interface Entry { fn: KernelFn; used: number; ahead: boolean }
/** Per renderer, its kernels by key. */
const cache = new Map<string, Map<string, Entry>>();
let size = 0;
let clock = 0;
// counts every loss of a compiled kernel (eviction, clearing): what a caller kept of the cache
// before is stale once it moves
let generation = 0;
/** Moves whenever a compiled kernel leaves the cache. */
export const cacheGeneration = (): number => generation;

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

/**
 * The compiled kernel for `key` from `renderer`, if one is at hand: compiled here before, or
 * registered ahead of time (only the JavaScript renderer's kernels are). In strict mode only
 * registered kernels count.
 */
export function lookup(renderer: string, key: string): KernelFn | undefined {
  const hit = cache.get(renderer)?.get(key);
  if (hit && (hit.ahead || !config().strict)) {
    cacheStats.hits++;
    hit.used = ++clock;
    return hit.fn;
  }
  const pre = renderer === 'js' ? ahead.get(key) : undefined;
  if (pre) {
    cacheStats.ahead++;
    remember(renderer, key, pre, true);
  }
  return pre;
}

/** Is a kernel for `key` registered ahead of time? (Asks without counting a use.) */
export const isAhead = (key: string): boolean => ahead.has(key);

/**
 * Turns a renderer's source into a kernel and keeps it. The source comes from the compiler's
 * renderer, from the LoopIR only: no text a user wrote reaches `new Function`.
 */
export function instantiate(renderer: string, key: string, rendered: Rendered, compileMs: number): KernelFn {
  cacheStats.misses++;
  const t0 = nowMs();
  const factory = new Function('lib', `const { ${rendered.helpers.join(', ')} } = lib;\nreturn ${rendered.source};`) as (lib: typeof LIB) => KernelFn;
  const fn = factory(LIB);
  cacheStats.compileMs += compileMs + nowMs() - t0;
  remember(renderer, key, fn, false);
  return fn;
}

/**
 * Compiles a WebAssembly renderer's module over ndfuse's memory (which must exist: the pipeline asks
 * `kernelMemory()` first) and keeps it, as a kernel of the common signature: it writes the arrays'
 * addresses, the geometry and the constants where the module reads them (runtime/memory.ts ARGS_AT),
 * then runs the module's function. Every array must live in ndfuse's memory (the executor places
 * those that do not); one that does not is refused here rather than read at a wrong address.
 */
export function instantiateWasm(key: string, name: string, rendered: WasmRendered, compileMs: number): KernelFn {
  cacheStats.misses++;
  cacheStats.wasm++;
  const t0 = nowMs();
  const memory = kernelMemory()!;
  const api = wasmApi();
  const instance = new api.Instance(new api.Module(encode(rendered.module)), { env: { memory, ...rendered.imports } });
  const fn = wasmKernel(instance.exports[name] as (start: number, end: number, args: number) => void, rendered.args, name);
  cacheStats.compileMs += compileMs + nowMs() - t0;
  remember('wasm', key, fn, false);
  return fn;
}

// where this thread's WebAssembly kernels take their arguments: each thread has a page of its own
let argsAt = ARGS_AT;
let argWords: Int32Array | undefined, argFloats: Float64Array | undefined;

/** In a worker thread, before any kernel: its page for kernel arguments (runtime/memory.ts argsPage). */
export function useArgsPage(at: number): void {
  argsAt = at;
  argWords = argFloats = undefined;
}

function wasmKernel(run: (start: number, end: number, args: number) => void, layout: ArgsLayout, name: string): KernelFn {
  if (layout.bytes > ARGS_BYTES) throw new Error(`ndfuse: ${name}: ${layout.bytes} bytes of arguments, more than the ${ARGS_BYTES} a WebAssembly kernel has`);
  argWords ??= new Int32Array(memoryBuffer(), argsAt, ARGS_BYTES / 4);
  argFloats ??= new Float64Array(memoryBuffer(), argsAt, ARGS_BYTES / 8);
  const words = argWords, floats = argFloats, at = argsAt;
  const { arrays, geometry, nconsts, tables } = layout;
  const c0 = layout.consts / 8;
  const state = layout.state >= 0 ? layout.state / 8 : -1, part = layout.part >= 0 ? layout.part / 4 : -1;
  return (start, end, buf, cst, geo, st, from, to) => {
    for (let j = 0; j < arrays; j++) {
      const a = buf[j]!;
      if (!isOwned(a) && a.length > 0) throw new Error(`ndfuse: ${name}: array ${j} is not in ndfuse's memory, so this WebAssembly kernel cannot read it`);
      words[j] = a.byteOffset;
    }
    for (let j = 0; j < geometry; j++) words[arrays + j] = geo[j]!;
    for (let t = 0; t < tables.length; t++) words[arrays + geometry + t] = buf[tables[t]!]!.length;
    for (let k = 0; k < nconsts; k++) floats[c0 + k] = cst[k]!;
    // a compress: where its first element goes in, where its next would go out
    if (state >= 0) floats[state] = st === undefined ? 0 : st[0]!;
    // a reduction in parts: the whole fold, a part writing its tiles' states, or the finish
    let staged: Float64Array | undefined;
    if (part >= 0) {
      words[part] = st === undefined ? 0 : from === undefined ? 2 : 1;
      words[part + 1] = from ?? 0;
      words[part + 2] = to ?? 0;
      if (st !== undefined && !isOwned(st)) {
        staged = ownedCopy(st, true) as Float64Array | null ?? undefined;
        if (!staged) throw new Error(`ndfuse: ${name}: no room in ndfuse's memory for the states of a reduction in parts`);
      }
      words[part + 3] = (staged ?? st)?.byteOffset ?? 0;
    }
    run(start, end, at);
    if (state >= 0 && st !== undefined) st[0] = floats[state]!;
    if (staged) {
      st!.set(staged);
      release(staged);
    }
  };
}

function remember(renderer: string, key: string, fn: KernelFn, fromAhead: boolean): void {
  let table = cache.get(renderer);
  if (!table) cache.set(renderer, (table = new Map()));
  if (!table.has(key)) size++;
  table.set(key, { fn, used: ++clock, ahead: fromAhead });
  if (size > config().cacheSize) evictOldest();
}

function evictOldest(): void {
  let oldest: [Map<string, Entry>, string] | undefined;
  let when = Infinity;
  for (const table of cache.values()) for (const [key, e] of table) if (e.used < when) [oldest, when] = [[table, key], e.used];
  oldest![0].delete(oldest![1]);
  size--;
  generation++;
  cacheStats.evicted++;
}

/** Drops every compiled kernel (a cold start, for tests and benchmarks); registered ones stay. */
export function clearKernelCache(): void {
  cache.clear();
  size = 0;
  generation++;
}
