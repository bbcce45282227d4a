// Where array memory lives. Only this module allocates array storage, so a later backend (worker
// threads over SharedArrayBuffer, WebAssembly memory) changes this file and not the compiler or API.

import { DTYPE_INFO, type BufferRef, type DType, type Family, type InternTable } from '../compiler/index.js';

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
  constructor(readonly data: Storage) {}
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

/** Fresh zeroed storage that the caller will own. */
export function fresh(d: DType, n: number): Storage {
  const s = new (storageCtor(d))(n);
  allocStats.count++;
  allocStats.bytes += s.byteLength;
  if (s.byteLength > allocStats.largestBytes) allocStats.largestBytes = s.byteLength;
  return s;
}

/** Do two arrays share any bytes? */
export function overlaps(a: Storage, b: Storage): boolean {
  if (a.buffer !== b.buffer) return false;
  return a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

// Dead intermediates go back to a pool keyed by type and length: iterative code (NMF updates) asks
// for the same sizes again and again, and fresh memory costs page faults on first touch.
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
  return fresh(d, n);
}

/** Returns an intermediate to the pool; beyond the pool's bound it is left to the GC. */
export function release(s: Storage): void {
  if (pooledBytes + s.byteLength > POOL_BYTES) return;
  const key = poolKey(s.constructor.name, s.length);
  const list = pool.get(key);
  if (list) list.push(s);
  else pool.set(key, [s]);
  pooledBytes += s.byteLength;
}
