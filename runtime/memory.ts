// The memory ndfuse owns: one shared WebAssembly.Memory, which WebAssembly kernels read and write (and
// worker threads can share: it never detaches when it grows), with an allocator of blocks that reuses
// them. Arrays that ndfuse creates live here; runtime/buffer.ts decides which.
//
// A block goes back to the allocator only when nothing outside ndfuse can see it: an intermediate when
// the executor is done with it, an array when the user disposes of it (`dispose()`: any later use is
// an error) or when the one view ndfuse made of it is garbage collected. No view of a block is ever
// handed to a user (`toTypedArray()` copies), so a user's `subarray` or `.buffer` can never see a
// block reused. Views ndfuse makes of part of a block live only while a kernel runs, with the block's
// own view on the stack beside them.
//
// The collector gives blocks back only between tasks (finalizers run then), never inside a loop that
// makes results one after another without yielding. So the blocks of results that only the collector
// can give back are bounded (config `memoryBudget`): past it, a new result takes memory of its own
// (the JavaScript heap's, which the collector frees as it goes) until blocks come back.

import { encode, KERNEL_MEMORY, type WasmModule } from '../compiler/index.js';
import { config } from './config.js';
import { wasmApi, type WasmMemory } from './wasm-api.js';

const PAGE = 65536;
/** The first page holds a WebAssembly kernel's arguments (runtime/kernel-cache.ts writes them there); blocks start after it. */
export const ARGS_AT = 0;
export const ARGS_BYTES = PAGE;
/** The most a memory can hold here: WebAssembly's 32-bit addresses (Node 20 has no memory64). */
export const MAX_BYTES = 2 ** 32;

let memory: WasmMemory | null | undefined;
/** The memory's buffers (each growth makes a new one over the same bytes), to tell its arrays. */
const ours = new WeakSet<ArrayBufferLike>();
let current: SharedArrayBuffer | undefined;
let told = false;

// a module reading SIMD128 from the memory: compiling it says whether this host can run the
// WebAssembly kernels at all (--jitless has no WebAssembly; some embedders forbid compiling it)
const PROBE: WasmModule = {
  memory: KERNEL_MEMORY,
  funcs: [{ name: 'probe', params: [], results: ['v128'], locals: [], body: [['i32.const', 0], ['v128.load', 4, 0]] }],
};

/** The memory, made on first use; null where this host cannot run WebAssembly kernels. */
export function kernelMemory(): WasmMemory | null {
  if (memory !== undefined) return memory;
  try {
    const api = wasmApi();
    const m = new api.Memory({ initial: 1, maximum: MAX_BYTES / PAGE, shared: true });
    new api.Instance(new api.Module(encode(PROBE)), { env: { memory: m } });
    memory = m;
    refresh();
  } catch (e) {
    memory = null;
    if (config().debug >= 1) process.stderr.write(`ndfuse: no WebAssembly kernels here (${(e as Error).message}): every kernel is JavaScript, every array in memory of its own\n`);
  }
  return memory;
}

/** In a worker thread: the memory the main thread made (posted to it), which this thread's views
 *  and kernels use. Its allocator stays with the main thread: a worker never allocates. */
export function adoptMemory(m: WasmMemory): void {
  memory = m;
  refresh();
}

/** A page for another thread's kernel arguments (a worker's: ARGS_AT is the calling thread's), or
 *  null where the memory has no room; `freeArgsPage` gives it back when that thread is gone. */
export function argsPage(): number | null {
  return kernelMemory() === null ? null : allocate(ARGS_BYTES, Infinity)?.at ?? null;
}
export const freeArgsPage = (at: number): void => free(at, ARGS_BYTES);

function refresh(): SharedArrayBuffer {
  current = memory!.buffer as unknown as SharedArrayBuffer;
  ours.add(current);
  return current;
}

/** The memory's bytes as they are now (after any growth). */
export const memoryBuffer = (): SharedArrayBuffer => (current !== undefined && current.byteLength === memory!.buffer.byteLength ? current : refresh());

/** The views ownedArray made: asked first, since a view's `.buffer` over a shared memory costs
 *  three times a WeakSet lookup (every WebAssembly call asks for each of its arrays). */
const made = new WeakSet<ArrayBufferView>();

/** Does `view` live in the memory ndfuse owns? (A subarray of an owned view does too.) */
export const isOwned = (view: ArrayBufferView): boolean => made.has(view) || ours.has(view.buffer);

// Blocks come in size classes, four per power of two (at most 25% unused) and whole cache lines; a
// freed block waits in its class's list for the next request of that class. New blocks come from
// the top, and the memory grows when the top reaches its end. Iterative code (NMF's updates, a
// benchmark loop) asks for the same sizes again and again, so blocks come back as they are.
const LINE = 64;
const freeLists = new Map<number, number[]>();
let top = ARGS_AT + ARGS_BYTES;

/** The size class of a request of `bytes`. */
export function classOf(bytes: number): number {
  if (bytes <= LINE) return LINE;
  const step = Math.max(LINE, 2 ** (Math.floor(Math.log2(bytes - 1)) - 2));
  return Math.ceil(bytes / step) * step;
}

/** Statistics for tests and NDFUSE_DEBUG: blocks in use, blocks reused, growths, bytes the top has
 *  reached, and bytes of blocks only the collector or `dispose()` can give back. */
export const memoryStats = { live: 0, reused: 0, grown: 0, top: 0, collectable: 0 };

/** A block of at least `bytes`, and whether it held something before (so is not zero); null when
 *  the memory cannot hold it, or when it is larger than `budget`. */
function allocate(bytes: number, budget: number): { at: number; reused: boolean } | null {
  const size = classOf(bytes);
  if (size > budget) return null;
  const list = freeLists.get(size);
  if (list !== undefined && list.length > 0) {
    memoryStats.live++;
    memoryStats.reused++;
    return { at: list.pop()!, reused: true };
  }
  if (top + size > MAX_BYTES) return null;
  const have = memory!.buffer.byteLength;
  if (top + size > have) {
    // grow by what is missing, or by an eighth of what there is, whichever is more
    const pages = Math.max(Math.ceil((top + size - have) / PAGE), Math.ceil(have / PAGE / 8));
    try {
      memory!.grow(Math.min(pages, MAX_BYTES / PAGE - have / PAGE));
    } catch {
      return null;
    }
    memoryStats.grown++;
  }
  const at = top;
  top += size;
  memoryStats.top = top;
  memoryStats.live++;
  return { at, reused: false };
}

function free(at: number, bytes: number): void {
  const size = classOf(bytes);
  let list = freeLists.get(size);
  if (!list) freeLists.set(size, (list = []));
  list.push(at);
  memoryStats.live--;
}

// a view's block goes back when the view is collected (the view is its own unregister token); a
// result's counts in the budget until then
const results = new FinalizationRegistry<readonly [at: number, bytes: number]>(([at, bytes]) => {
  free(at, bytes);
  memoryStats.collectable -= classOf(bytes);
});
const kept = new FinalizationRegistry<readonly [at: number, bytes: number]>(([at, bytes]) => free(at, bytes));

type Ctor<T> = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => T;

/** Results smaller than this get memory of their own: following a block to the collector costs
 *  about a microsecond (FinalizationRegistry.register), more than copying a small array into the
 *  memory and out when a WebAssembly kernel reads or writes it. */
export const OWNED_MIN_BYTES = 32768;

/**
 * How an array's block comes back: `scratch`, the executor gives it back itself (`releaseScratch`:
 * an intermediate, a copy); `result`, the collector or `dispose()` does, and until then it counts in
 * the budget (a loop making results without yielding makes garbage the collector cannot give back
 * in time); `kept`, the same but outside the budget: an array made to be kept (`random`, `empty`,
 * `array`), which loops seldom make by the thousand.
 */
export type Lifetime = 'scratch' | 'result' | 'kept';

/**
 * A new array of `n` elements in a block of the memory: zeroed unless `zero` is false (the caller
 * writes every element first). Null when there is no memory here, it is full, or, for a result, the
 * budget is spent (the caller then makes an array of its own).
 */
export function ownedArray<T extends ArrayBufferView>(ctor: Ctor<T> & { BYTES_PER_ELEMENT: number }, n: number, zero: boolean, lifetime: Lifetime): T | null {
  if (n === 0 || kernelMemory() === null) return null;
  const bytes = n * ctor.BYTES_PER_ELEMENT;
  const block = allocate(bytes, lifetime === 'result' ? config().memoryBudget - memoryStats.collectable : Infinity);
  if (block === null) {
    if (config().debug >= 1 && !told) {
      told = true;
      const why = top + classOf(bytes) > MAX_BYTES ? `full (${(top / 2 ** 30).toFixed(2)} GiB of ${MAX_BYTES / 2 ** 30})`
        : `past its budget for results only the collector gives back (${(memoryStats.collectable / 2 ** 20).toFixed(0)} MiB; NDFUSE_MEMORY_BUDGET, or dispose() arrays no longer needed)`;
      process.stderr.write(`ndfuse: the WebAssembly memory is ${why}: new arrays get memory of their own, where JavaScript kernels run or WebAssembly ones copy\n`);
    }
    return null;
  }
  const view = new ctor(memoryBuffer(), block.at, n);
  made.add(view);
  if (zero && block.reused) (view as unknown as { fill(v: number): void }).fill(0);
  if (lifetime === 'result') {
    memoryStats.collectable += classOf(bytes);
    results.register(view, [block.at, bytes], view);
  } else if (lifetime === 'kept') kept.register(view, [block.at, bytes], view);
  return view;
}

/** Gives a scratch array's block back: the executor knows that nothing will read it again. */
export function releaseScratch(view: ArrayBufferView): void {
  free(view.byteOffset, view.byteLength);
}

/** Gives the block of an array the collector would have given back now (`dispose()`). */
export function releaseOwned(view: ArrayBufferView): void {
  if (results.unregister(view)) memoryStats.collectable -= classOf(view.byteLength);
  else if (!kept.unregister(view)) return;
  free(view.byteOffset, view.byteLength);
}
