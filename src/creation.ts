// Making arrays: from JS data (without a copy when a TypedArray already has the dtype), constants
// (lazy: a constant never occupies memory until it is an output), ranges and seeded random numbers.

import { castFn, DTYPE_INFO, isDType, Node, scalarDType, sizeOf, showShape, type DType } from '../compiler/index.js';
import { Buffer, bufferOf, fresh, storageCtor, type Storage } from '../runtime/buffer.js';
import { LazyArray } from './array.js';
import { argError, describe, NdfuseError } from './errors.js';

export type NestedArray = number | boolean | readonly NestedArray[];
export type ArrayData = LazyArray | NestedArray | ArrayBufferView;

export interface ArrayOptions {
  dtype?: DType;
  shape?: readonly number[];
}

/** A LazyArray over storage the caller hands over (no copy). */
export const fromStorage = (data: Storage, dtype: DType, shape: readonly number[]): LazyArray =>
  new LazyArray(Node.make('buffer', dtype, shape, [], bufferOf(data)));

/** A LazyArray over storage ndfuse just made (an evaluation's result, which no one else can have
 *  wrapped yet, so it skips bufferOf's lookup). */
export const fromResult = (data: Storage, dtype: DType, shape: readonly number[]): LazyArray =>
  new LazyArray(Node.make('buffer', dtype, shape, [], new Buffer(data)));

/** The most elements a TypedArray holds here (V8's limit on 64-bit machines). */
export const MAX_LENGTH = 2 ** 32;

/** An array of `n` elements of `dtype` must fit a TypedArray: an NdfuseError naming the size and the
 *  limit, never V8's bare RangeError. `what` names the array (a shape, or 'the range'). */
export function checkLength(op: string, what: readonly number[] | string, dtype: DType, n: number): void {
  if (n <= MAX_LENGTH) return;
  const gb = (n * DTYPE_INFO[dtype].bytes) / 1e9;
  const name = typeof what === 'string' ? what : `an array of shape ${showShape(what)}`;
  throw new NdfuseError(op, `${name} has ${n} elements (${gb.toFixed(gb < 10 ? 1 : 0)} GB of ${dtype}); a TypedArray holds at most ${MAX_LENGTH} elements`);
}

export function checkDType(op: string, arg: string, d: unknown): DType {
  if (!isDType(d)) throw argError(op, arg, `is not a dtype: ${describe(d)} (use float64, float32, int32, uint8 or bool)`);
  return d;
}

export function checkShape(op: string, arg: string, shape: unknown): number[] {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw argError(op, arg, `must be an array of non-negative integers, got ${Array.isArray(shape) ? `[${shape.map((d) => describe(d)).join(', ')}]` : describe(shape)}`);
  }
  return shape.slice();
}

const STORAGE_DTYPE: Record<string, DType> = {
  Float64Array: 'float64', Float32Array: 'float32', Int32Array: 'int32', Uint8Array: 'uint8',
  // typed arrays we do not store as such are copied into the smallest dtype that holds them
  Int8Array: 'int32', Int16Array: 'int32', Uint16Array: 'int32', Uint8ClampedArray: 'uint8', Uint32Array: 'float64',
};

/**
 * An array from nested JS arrays, numbers, booleans or any TypedArray. A TypedArray whose type stores
 * `dtype` is used as it is, not copied (bool arrays are Uint8Arrays of 0 and 1).
 */
export function array<D extends DType>(data: ArrayData, opts: ArrayOptions & { dtype: D }): LazyArray<D>;
export function array(data: Float64Array, opts?: ArrayOptions & { dtype?: undefined }): LazyArray<'float64'>;
export function array(data: Float32Array, opts?: ArrayOptions & { dtype?: undefined }): LazyArray<'float32'>;
export function array(data: Int32Array, opts?: ArrayOptions & { dtype?: undefined }): LazyArray<'int32'>;
export function array(data: Uint8Array, opts?: ArrayOptions & { dtype?: undefined }): LazyArray<'uint8'>;
export function array(data: boolean, opts?: ArrayOptions & { dtype?: undefined }): LazyArray<'bool'>;
export function array<D extends DType>(data: LazyArray<D>, opts?: ArrayOptions & { dtype?: undefined }): LazyArray<D>;
export function array(data: ArrayData, opts?: ArrayOptions): LazyArray;
export function array(data: ArrayData, opts: ArrayOptions = {}): LazyArray {
  const op = 'array';
  const want = opts.dtype === undefined ? undefined : checkDType(op, 'dtype', opts.dtype);
  let result: LazyArray;
  if (data instanceof LazyArray) {
    result = want && want !== data.dtype ? data.astype(want) : data;
  } else if (ArrayBuffer.isView(data)) {
    const native = STORAGE_DTYPE[data.constructor.name];
    if (native === undefined || data instanceof DataView) throw argError(op, 'data', `cannot hold ${describe(data)}: use a numeric TypedArray or nested arrays`);
    const typed = data as unknown as ArrayLike<number> & Storage;
    const dtype = want ?? native;
    const stored = DTYPE_INFO[dtype].storage === data.constructor.name && (dtype !== 'bool' || isBoolData(typed));
    if (dtype === 'bool' && !stored && data.constructor.name === 'Uint8Array') throw argError(op, 'data', 'with dtype bool must hold only 0 and 1');
    result = fromStorage(stored ? typed : copyCast(typed, dtype), dtype, [typed.length]);
  } else {
    const shape: number[] = [];
    const flat: (number | boolean)[] = [];
    flatten(data, 0, shape, flat);
    let dtype = want;
    if (dtype === undefined) {
      dtype = flat.every((v) => typeof v === 'boolean') && flat.length > 0 ? 'bool'
        : flat.every((v) => typeof v === 'boolean' || (Number.isInteger(v) && Math.abs(v as number) <= 0x7fffffff)) ? 'int32' : 'float64';
    }
    const cast = castFn(dtype);
    const out = fresh(dtype, flat.length);
    for (let i = 0; i < flat.length; i++) out[i] = cast(+flat[i]!);
    result = fromStorage(out, dtype, shape);
  }
  if (opts.shape !== undefined) {
    const shape = checkShape(op, 'shape', opts.shape);
    if (sizeOf(shape) !== result.size) throw argError(op, 'shape', `${showShape(shape)} does not fit ${result.size} elements`);
    result = result.reshape(shape);
  }
  return result;
}

function isBoolData(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0 && a[i] !== 1) return false;
  return true;
}

function copyCast(a: ArrayLike<number>, d: DType): Storage {
  const cast = castFn(d);
  const out = fresh(d, a.length);
  for (let i = 0; i < a.length; i++) out[i] = cast(a[i]!);
  return out;
}

/** Walks nested arrays, recording the shape at each depth and rejecting ragged or non-numeric data. */
function flatten(x: NestedArray, depth: number, shape: number[], flat: (number | boolean)[]): void {
  if (Array.isArray(x)) {
    if (depth === shape.length) {
      if (flat.length > 0) throw argError('array', 'data', `is ragged: a nested array sits where a number was found before`);
      shape.push(x.length);
    } else if (shape[depth] !== x.length) {
      throw argError('array', 'data', `is ragged: length ${x.length} at depth ${depth} where ${shape[depth]} was found before`);
    }
    for (const v of x) flatten(v as NestedArray, depth + 1, shape, flat);
    return;
  }
  if (depth !== shape.length) throw argError('array', 'data', `is ragged: a number at depth ${depth} where arrays of length ${shape[depth]} were found`);
  if (typeof x === 'number' || typeof x === 'boolean') flat.push(x);
  else throw argError('array', 'data', `holds ${describe(x)}; only numbers and booleans are allowed`);
}

/** A constant node of `shape`, its value first converted to `dtype`. */
export const constNode = (value: number, dtype: DType, shape: readonly number[]): Node =>
  Node.make('const', dtype, shape, [], castFn(dtype)(value));

export function full<T extends DType>(shape: readonly number[], value: number | boolean, opts: { dtype: T }): LazyArray<T>;
export function full(shape: readonly number[], value: boolean, opts?: { dtype?: undefined }): LazyArray<'bool'>;
export function full(shape: readonly number[], value: number | boolean, opts?: { dtype?: DType }): LazyArray;
export function full(shape: readonly number[], value: number | boolean, opts: { dtype?: DType } = {}): LazyArray {
  const s = checkShape('full', 'shape', shape);
  if (typeof value !== 'number' && typeof value !== 'boolean') throw argError('full', 'value', `must be a number or boolean, got ${describe(value)}`);
  const dtype = opts.dtype === undefined ? (typeof value === 'boolean' ? 'bool' : scalarDType(value)) : checkDType('full', 'dtype', opts.dtype);
  return new LazyArray(constNode(+value, dtype, s));
}

export const zeros = <T extends DType = 'float64'>(shape: readonly number[], opts: { dtype?: T } = {}): LazyArray<T> =>
  full(shape, 0, { dtype: opts.dtype ?? 'float64' }) as never;

export const ones = <T extends DType = 'float64'>(shape: readonly number[], opts: { dtype?: T } = {}): LazyArray<T> =>
  full(shape, 1, { dtype: opts.dtype ?? 'float64' }) as never;

/**
 * A realised array of zeros to write into (numpy's `empty`, for `out=`): in ndfuse's memory where it
 * has room, whatever its size, so that a WebAssembly kernel writes it directly. (Zeroed: reading one
 * before it is written gives zeros, never another array's values.)
 */
export function empty<T extends DType = 'float64'>(shape: readonly number[], opts: { dtype?: T } = {}): LazyArray<T> {
  const s = checkShape('empty', 'shape', shape);
  const dtype = opts.dtype === undefined ? 'float64' : checkDType('empty', 'dtype', opts.dtype);
  const n = sizeOf(s);
  checkLength('empty', s, dtype, n);
  return fromResult(fresh(dtype, n), dtype, s) as never;
}

/** numpy's arange: [start, stop) by step; int32 when every argument is an integer, else float64. */
export function arange(start: number, stop?: number, step = 1, opts: { dtype?: DType } = {}): LazyArray {
  if (stop === undefined) [start, stop] = [0, start];
  for (const [name, v] of [['start', start], ['stop', stop], ['step', step]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw argError('arange', name, `must be a finite number, got ${describe(v)}`);
  }
  if (step === 0) throw argError('arange', 'step', 'must not be 0');
  const dtype = opts.dtype === undefined
    ? ([start, stop, step].every((v) => Number.isInteger(v)) ? 'int32' : 'float64')
    : checkDType('arange', 'dtype', opts.dtype);
  const n = Math.max(0, Math.ceil((stop - start) / step));
  checkLength('arange', 'the range', dtype, n);
  const cast = castFn(dtype);
  const out = fresh(dtype, n);
  for (let i = 0; i < n; i++) out[i] = cast(start + i * step);
  return fromStorage(out, dtype, [n]);
}

/** numpy's linspace: `num` evenly spaced values from start to stop (included unless endpoint false). */
export function linspace<T extends DType = 'float64'>(start: number, stop: number, num?: number, opts?: { endpoint?: boolean; dtype?: T }): LazyArray<T>;
export function linspace(start: number, stop: number, num = 50, opts: { endpoint?: boolean; dtype?: DType } = {}): LazyArray {
  if (!Number.isInteger(num) || num < 0) throw argError('linspace', 'num', `must be a non-negative integer, got ${describe(num)}`);
  for (const [name, v] of [['start', start], ['stop', stop]] as const) {
    if (typeof v !== 'number' || Number.isNaN(v)) throw argError('linspace', name, `must be a number, got ${describe(v)}`);
  }
  const endpoint = opts.endpoint ?? true;
  const dtype = opts.dtype === undefined ? 'float64' : checkDType('linspace', 'dtype', opts.dtype);
  const div = endpoint ? num - 1 : num;
  const step = div > 0 ? (stop - start) / div : 0;
  checkLength('linspace', 'the range', dtype, num);
  const cast = castFn(dtype);
  const out = fresh(dtype, num);
  for (let i = 0; i < num; i++) out[i] = cast(start + i * step);
  if (endpoint && num > 1) out[num - 1] = cast(stop);
  return fromStorage(out, dtype, [num]);
}

/**
 * Uniform random numbers in [0, 1), from a seeded xoshiro128** generator: the same seed gives the
 * same array on every machine. Without a seed, one is drawn from Math.random.
 */
export function random<T extends 'float64' | 'float32' = 'float64'>(shape: readonly number[], opts?: { seed?: number; dtype?: T }): LazyArray<T>;
export function random(shape: readonly number[], opts: { seed?: number; dtype?: 'float64' | 'float32' } = {}): LazyArray {
  const s = checkShape('random', 'shape', shape);
  const dtype = opts.dtype ?? 'float64';
  if (dtype !== 'float64' && dtype !== 'float32') throw argError('random', 'dtype', `must be float64 or float32, got ${describe(dtype)}`);
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 32);
  if (!Number.isInteger(seed)) throw argError('random', 'seed', `must be an integer, got ${describe(seed)}`);
  const next = xoshiro128(seed);
  checkLength('random', s, dtype, sizeOf(s));
  const out = fresh(dtype, sizeOf(s));
  const cast = castFn(dtype);
  // 53 random bits per float64: 27 from one draw, 26 from the next
  for (let i = 0; i < out.length; i++) out[i] = cast(((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992);
  return fromStorage(out, dtype, s);
}

function xoshiro128(seed: number): () => number {
  // splitmix32 spreads the seed over the four words of state
  let x = seed >>> 0;
  const split = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  return () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a; d ^= b; b ^= c; a ^= d; c ^= t;
    d = rotl(d, 11);
    return r;
  };
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

export function checkStorage(op: string, arg: string, x: unknown, dtype: DType, size: number): Storage {
  const ctor = storageCtor(dtype);
  if (!(x instanceof ctor)) throw argError(op, arg, `must be a ${ctor.name} for dtype ${dtype}, got ${describe(x)}`);
  if (x.length !== size) throw argError(op, arg, `has ${x.length} elements where ${size} are needed`);
  return x;
}

