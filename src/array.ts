// LazyArray: a handle on a graph node. Every method is sugar over a free function in ops.ts; nothing
// is computed until eval(), toTypedArray(), toArray() or item().

import { BINARY_NAMES, FUNCTION_NAMES, type BinaryName, type DType, type FUNCTIONS, type FunctionName, type Node } from '../compiler/index.js';
import { exported, type Buffer, type Storage } from '../runtime/buffer.js';
import * as ops from './ops.js';
import * as red from './reduce.js';
import * as masks from './masks.js';
import * as linalg from './linalg.js';
import type { Axis, ReduceOptions } from './reduce.js';
import { evalAll, evalAllAsync, evalData, explain } from './realize.js';
import { NdfuseError } from './errors.js';
import type { Operand, SliceSpec } from './ops.js';
import type { BinaryOf, Common, DTypeOf, FloatOf, Promote, StorageOf, SumOf } from './types.js';

export type NestedResult = number | boolean | NestedResult[];

/**
 * `D` is the dtype when the code knows it (`array(new Float32Array(n))` is a `LazyArray<'float32'>`),
 * and operations keep it: arithmetic follows numpy's promotion table with JS numbers as weak scalars
 * (`src/types.ts`), reductions and views give numpy's dtypes, and `toTypedArray()` returns the
 * TypedArray of D. `ndfuse aot` reads it to compile kernels for arrays declared that way.
 */
export class LazyArray<out D extends DType = DType> {
  constructor(readonly node: Node) {}

  get shape(): readonly number[] { return this.node.shape; }
  get dtype(): D { return this.node.dtype as D; }
  get size(): number { return this.node.size; }
  get ndim(): number { return this.node.shape.length; }
  /** True when the array is already in memory (no kernel runs to read it). */
  get realised(): boolean { return this.node.op === 'buffer'; }

  clip(lo: Operand | null, hi: Operand | null): LazyArray { return ops.clip(this, lo, hi); }
  and(b: Operand): LazyArray<'bool'> { return ops.logicalAnd(this, b) as never; }
  or(b: Operand): LazyArray<'bool'> { return ops.logicalOr(this, b) as never; }
  xor(b: Operand): LazyArray<'bool'> { return ops.logicalXor(this, b) as never; }
  not(): LazyArray<'bool'> { return ops.logicalNot(this) as never; }
  neg(): LazyArray<D> { return ops.neg(this) as never; }
  round(decimals = 0): LazyArray<D> { return ops.round(this, decimals) as never; }
  astype<T extends DType>(dtype: T): LazyArray<T> { return ops.astype(this, dtype) as LazyArray<T>; }

  sum(axis?: Axis, opts?: ReduceOptions): LazyArray<SumOf<D>> { return red.sum(this, axis, opts) as never; }
  prod(axis?: Axis, opts?: ReduceOptions): LazyArray<SumOf<D>> { return red.prod(this, axis, opts) as never; }
  mean(axis?: Axis, opts?: ReduceOptions): LazyArray<SumOf<D>> { return red.mean(this, axis, opts) as never; }
  min(axis?: Axis, opts?: ReduceOptions): LazyArray<D> { return red.min(this, axis, opts) as never; }
  max(axis?: Axis, opts?: ReduceOptions): LazyArray<D> { return red.max(this, axis, opts) as never; }
  argmin(axis?: number | null): LazyArray<'int32'> { return red.argmin(this, axis) as never; }
  argmax(axis?: number | null): LazyArray<'int32'> { return red.argmax(this, axis) as never; }
  any(axis?: Axis, opts?: ReduceOptions): LazyArray<'bool'> { return red.any(this, axis, opts) as never; }
  all(axis?: Axis, opts?: ReduceOptions): LazyArray<'bool'> { return red.all(this, axis, opts) as never; }
  var(axis?: Axis, opts?: ReduceOptions & { ddof?: number }): LazyArray<SumOf<D>> { return red.variance(this, axis, opts) as never; }
  std(axis?: Axis, opts?: ReduceOptions & { ddof?: number }): LazyArray<SumOf<D>> { return red.std(this, axis, opts) as never; }
  countNonzero(axis?: Axis, opts?: ReduceOptions): LazyArray<'int32'> { return red.countNonzero(this, axis, opts) as never; }

  /** The elements where mask is true, as a 1-D array (numpy's `x[mask]`). */
  select(mask: Operand): LazyArray<D> { return masks.select(this, mask) as never; }
  /** A new array with `value` where mask is true (numpy's `x[mask] = value`, without mutation). */
  setWhere(mask: Operand, value: Operand): LazyArray<D> { return masks.setWhere(this, mask, value) as never; }
  nonzero(): LazyArray<'int32'>[] { return masks.nonzero(this) as never; }
  matmul<B extends Operand | linalg.MatmulOperand>(b: B): LazyArray<Promote<D, DTypeOf<B>>> { return linalg.matmul(this, b) as never; }
  dot<B extends Operand>(b: B): LazyArray<Promote<D, DTypeOf<B>>> { return linalg.dot(this, b) as never; }

  reshape(shape: readonly number[]): LazyArray<D> { return ops.reshape(this, shape) as never; }
  transpose(axes?: readonly number[]): LazyArray<D> { return ops.transpose(this, axes) as never; }
  get T(): LazyArray<D> { return ops.transpose(this) as never; }
  broadcastTo(shape: readonly number[]): LazyArray<D> { return ops.broadcastTo(this, shape) as never; }
  expandDims(axis: number): LazyArray<D> { return ops.expandDims(this, axis) as never; }
  squeeze(axis?: number | readonly number[]): LazyArray<D> { return ops.squeeze(this, axis) as never; }
  slice(...specs: SliceSpec[]): LazyArray<D> { return ops.slice(this, ...specs) as never; }

  /** Computes the array now; `out`, if given, receives it: a TypedArray of this dtype and size, or a
   *  realised array of this dtype and shape (then returned; WebAssembly kernels write an array
   *  ndfuse made directly). */
  eval(opts: { out?: Storage | LazyArray<D> } = {}): LazyArray<D> {
    return evalAll([this], opts.out === undefined ? {} : { out: [opts.out] })[0]! as never;
  }

  /** `eval`, leaving the event loop free while worker threads compute (README "Threads"). */
  async evalAsync(opts: { out?: Storage | LazyArray<D> } = {}): Promise<LazyArray<D>> {
    return (await evalAllAsync([this], opts.out === undefined ? {} : { out: [opts.out] }))[0]! as never;
  }

  /** The elements in row-major order, in the TypedArray of the dtype, the caller's to keep: for an
   *  array over a TypedArray the caller handed in, that array itself; otherwise a copy in memory of
   *  its own (arrays ndfuse makes live in memory it reuses, README "Memory"). */
  toTypedArray(): StorageOf<D> {
    return exported(evalData([this])[0]!) as StorageOf<D>;
  }

  /** Nested JS arrays (booleans for bool), like numpy's tolist(). */
  toArray(): NestedResult {
    const data = evalData([this])[0]!;
    const bool = this.dtype === 'bool';
    const shape = this.shape;
    let i = 0;
    const build = (d: number): NestedResult => {
      if (d === shape.length) return bool ? data[i++] !== 0 : data[i++]!;
      return Array.from({ length: shape[d]! }, () => build(d + 1));
    };
    return build(0);
  }

  /** The single element of a one-element array. */
  item(): number | boolean {
    if (this.size !== 1) throw new NdfuseError('item', `the array has ${this.size} elements, not 1`);
    const v = evalData([this])[0]![0]!;
    return this.dtype === 'bool' ? v !== 0 : v;
  }

  /**
   * Gives the array's memory back now, for arrays ndfuse made (README "Memory"): in a loop that makes
   * large results without yielding to the event loop, the collector cannot give theirs back in time.
   * Any later use of this array, or of an expression built on it, is an error. A lazy array holds no
   * memory: disposing of it does nothing.
   */
  dispose(): void {
    if (this.node.op !== 'buffer') return;
    const b = this.node.arg as Buffer;
    if (b.inFlight > 0) throw new NdfuseError('dispose', 'this array is read or written by an evaluation still running (evalAsync): await it before disposing of the array');
    b.dispose();
  }

  explain(): string { return explain(this); }

  toString(): string {
    return `LazyArray(${this.dtype}[${this.shape.join(', ')}]${this.realised ? '' : ', lazy'})`;
  }
}

/** The methods of the one-array functions (compiler/ir.ts FUNCTIONS): `x.sqrt()` is `sqrt(x)`. */
type FunctionMethods<D extends DType> = {
  [F in FunctionName]: () => LazyArray<(typeof FUNCTIONS)[F]['result'] extends 'float' ? FloatOf<D> : D>;
};
/** The methods of the two-array ops (compiler/ir.ts BINARY): `x.add(y)` is `add(x, y)`. */
type BinaryMethods<D extends DType> = {
  [K in BinaryName]: <B extends Operand>(b: B) => LazyArray<BinaryOf<K, LazyArray<D>, B>>;
};
export interface LazyArray<out D extends DType = DType> extends FunctionMethods<D>, BinaryMethods<D> {}

// each method keeps its function after the first call: a lookup in the module's namespace on every
// call costs more than the rest of building a node (and ops.js may not be evaluated yet here: the
// two modules import each other)
for (const name of FUNCTION_NAMES) {
  let f: ((x: LazyArray) => LazyArray) | undefined;
  Object.defineProperty(LazyArray.prototype, name, {
    value(this: LazyArray) { return (f ??= ops[name] as (x: LazyArray) => LazyArray)(this); },
    writable: true, configurable: true,
  });
}
for (const name of BINARY_NAMES) {
  let f: ((x: LazyArray, y: Operand) => LazyArray) | undefined;
  Object.defineProperty(LazyArray.prototype, name, {
    value(this: LazyArray, b: Operand) { return (f ??= ops[name] as (x: LazyArray, y: Operand) => LazyArray)(this, b); },
    writable: true, configurable: true,
  });
}
