// Where array memory lives. Only this module allocates array storage: arrays ndfuse makes go in the
// memory it owns (runtime/memory.ts, where WebAssembly kernels can read them) while that memory exists
// and has room, intermediates always, results from OWNED_MIN_BYTES up; the rest in memory of their
// own. Arrays a user hands in stay where they are.

import { DTYPE_INFO, type BufferRef, type DType, type Family, type InternTable } from '../compiler/index.js';
import { isOwned, OWNED_MIN_BYTES, ownedArray, releaseOwned, releaseScratch, type Lifetime } from './memory.js';

export type Storage = Float64Array | Float32Array | Int32Array | Uint8Array;

const CTORS = { Float64Array, Float32Array, Int32Array, Uint8Array } as const;

export const storageCtor = (d: DType) => CTORS[DTYPE_INFO[d].storage];

/** A realised array's memory, as the IR refers to it. `bufferOf` gives one Buffer per TypedArray, so
 *  wrapping the same array twice gives the same graph node. */
export class Buffer implements BufferRef {
  private static nextId = 1;
  readonly id = Buffer.nextId++;
  nodes?: InternTable;
  family?: Family;
  /** Set by `dispose()`: the memory may be another array's now, so nothing may read it. */
  disposed = false;
  /** Evaluations in flight (evalAsync) that read or write this array: while any runs, it cannot be
   *  disposed of (worker threads may be reading its memory). */
  inFlight = 0;
  constructor(readonly data: Storage) {}

  /** Gives the array's block of ndfuse's memory back (memory of its own is left to the collector). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (isOwned(this.data)) releaseOwned(this.data);
  }
}

const wrapped = new WeakMap<Storage, Buffer>();

export function bufferOf(data: Storage): Buffer {
  let b = wrapped.get(data);
  if (!b) wrapped.set(data, (b = new Buffer(data)));
  return b;
}

/** Every allocation of array memory, counted: tests use it to show what was never allocated. */
export const allocStats = { count: 0, bytes: 0, largestBytes: 0 };

export function resetAllocStats(): void {
  allocStats.count = allocStats.bytes = allocStats.largestBytes = 0;
}

/** Fresh storage for an array ndfuse makes to keep (a creation function's): in ndfuse's memory where
 *  it has room, zeroed unless `zero` is false (the caller writes every element before anything reads
 *  one). */
export const fresh = (d: DType, n: number, zero = true): Storage => make(d, n, zero, 'kept');

/** Fresh storage for a result, whose contents the caller writes whole: in ndfuse's memory from
 *  OWNED_MIN_BYTES up (a small result, often made and dropped in a loop, costs more to follow to the
 *  collector than to copy). */
export const freshResult = (d: DType, n: number): Storage => make(d, n, false, resultOwned(d, n) ? 'result' : null);

/** Whether `freshResult` puts a result of `n` elements of `d` in ndfuse's memory (where it has room). */
export const resultOwned = (d: DType, n: number): boolean => n * DTYPE_INFO[d].bytes >= OWNED_MIN_BYTES;

/** An array of `n` elements of `d`: in ndfuse's memory with that `lifetime` where it has room, else
 *  (or with no lifetime) in memory of its own; counted. */
function make(d: DType, n: number, zero: boolean, lifetime: Lifetime | null): Storage {
  const ctor = storageCtor(d);
  const s = (lifetime ? (ownedArray(ctor as never, n, zero, lifetime) as Storage | null) : null) ?? new ctor(n);
  allocStats.count++;
  allocStats.bytes += s.byteLength;
  if (s.byteLength > allocStats.largestBytes) allocStats.largestBytes = s.byteLength;
  return s;
}

/** Do two arrays share any bytes? (Two arrays in ndfuse's memory may hold two of its buffers, made
 *  before and after it grew: their addresses still compare.) */
export function overlaps(a: Storage, b: Storage): boolean {
  if (a.buffer !== b.buffer && !(isOwned(a) && isOwned(b))) return false;
  return a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

// Dead intermediates in memory of their own go back to a pool keyed by type and length (those in
// ndfuse's memory go back to its allocator): iterative code (NMF updates) asks for the same sizes
// again and again, and fresh memory costs page faults on first touch.
const POOL_BYTES = 256 * 1024 * 1024;
const pool = new Map<string, Storage[]>();
let pooledBytes = 0;
const poolKey = (ctor: string, n: number): string => ctor + ':' + n;

/** Scratch storage for an intermediate; its contents are undefined. */
export function scratch(d: DType, n: number): Storage {
  const list = pool.get(poolKey(DTYPE_INFO[d].storage, n));
  const got = list?.pop();
  if (got) {
    pooledBytes -= got.byteLength;
    return got;
  }
  return make(d, n, false, 'scratch');
}

/** Returns an intermediate to the allocator or the pool; beyond the pool's bound it is left to the GC. */
export function release(s: Storage): void {
  if (isOwned(s)) return releaseScratch(s);
  if (pooledBytes + s.byteLength > POOL_BYTES) return;
  const key = poolKey(s.constructor.name, s.length);
  const list = pool.get(key);
  if (list) list.push(s);
  else pool.set(key, [s]);
  pooledBytes += s.byteLength;
}

/** What a user may keep of `s` for ever: `s` itself when it is memory of its own, else a copy (a view
 *  of ndfuse's memory would see its block reused once ndfuse gives it back). */
export const exported = <T extends Storage>(s: T): T => (isOwned(s) ? (s.slice() as T) : s);

/** An array in ndfuse's memory of `a`'s type and length, holding `a`'s values when `fill`; null when
 *  that memory has no room. For the executor: the caller releases it. */
export function ownedCopy(a: Storage, fill: boolean): Storage | null {
  const c = ownedArray(a.constructor as never, a.length, false, 'scratch') as Storage | null;
  if (c && fill) c.set(a);
  return c;
}
