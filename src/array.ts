// LazyArray: a handle on a graph node. Every method is sugar over a free function in ops.ts; nothing
// is computed until eval(), toTypedArray(), toArray() or item().

import type { DType, Node } from '../compiler/index.js';
import type { Storage } from '../runtime/buffer.js';
import * as ops from './ops.js';
import * as red from './reduce.js';
import * as masks from './masks.js';
import * as linalg from './linalg.js';
import type { Axis, ReduceOptions } from './reduce.js';
import { evalAll, evalData, explain } from './realize.js';
import { NdfuseError } from './errors.js';
import type { Operand, SliceSpec } from './ops.js';

export type NestedResult = number | boolean | NestedResult[];

/**
 * `D` is the dtype when the code knows it (`array(new Float32Array(n))` is a `LazyArray<'float32'>`);
 * `ndfuse aot` reads it to compile kernels for arrays declared that way. Operations return plain
 * `LazyArray`s: their dtypes follow numpy's promotion, which the types do not spell out.
 */
export class LazyArray<D extends DType = DType> {
  constructor(readonly node: Node) {}

  get shape(): readonly number[] { return this.node.shape; }
  get dtype(): D { return this.node.dtype as D; }
  get size(): number { return this.node.size; }
  get ndim(): number { return this.node.shape.length; }
  /** True when the array is already in memory (no kernel runs to read it). */
  get realised(): boolean { return this.node.op === 'buffer'; }

  add(b: Operand): LazyArray { return ops.add(this, b); }
  sub(b: Operand): LazyArray { return ops.sub(this, b); }
  mul(b: Operand): LazyArray { return ops.mul(this, b); }
  div(b: Operand): LazyArray { return ops.div(this, b); }
  pow(b: Operand): LazyArray { return ops.pow(this, b); }
  mod(b: Operand): LazyArray { return ops.mod(this, b); }
  fmod(b: Operand): LazyArray { return ops.fmod(this, b); }
  atan2(b: Operand): LazyArray { return ops.atan2(this, b); }
  minimum(b: Operand): LazyArray { return ops.minimum(this, b); }
  maximum(b: Operand): LazyArray { return ops.maximum(this, b); }
  clip(lo: Operand | null, hi: Operand | null): LazyArray { return ops.clip(this, lo, hi); }
  eq(b: Operand): LazyArray { return ops.eq(this, b); }
  ne(b: Operand): LazyArray { return ops.ne(this, b); }
  lt(b: Operand): LazyArray { return ops.lt(this, b); }
  le(b: Operand): LazyArray { return ops.le(this, b); }
  gt(b: Operand): LazyArray { return ops.gt(this, b); }
  ge(b: Operand): LazyArray { return ops.ge(this, b); }
  and(b: Operand): LazyArray { return ops.logicalAnd(this, b); }
  or(b: Operand): LazyArray { return ops.logicalOr(this, b); }
  xor(b: Operand): LazyArray { return ops.logicalXor(this, b); }
  not(): LazyArray { return ops.logicalNot(this); }
  neg(): LazyArray { return ops.neg(this); }
  abs(): LazyArray { return ops.abs(this); }
  sign(): LazyArray { return ops.sign(this); }
  sqrt(): LazyArray { return ops.sqrt(this); }
  exp(): LazyArray { return ops.exp(this); }
  expm1(): LazyArray { return ops.expm1(this); }
  log(): LazyArray { return ops.log(this); }
  log1p(): LazyArray { return ops.log1p(this); }
  log10(): LazyArray { return ops.log10(this); }
  sin(): LazyArray { return ops.sin(this); }
  cos(): LazyArray { return ops.cos(this); }
  tan(): LazyArray { return ops.tan(this); }
  asin(): LazyArray { return ops.asin(this); }
  acos(): LazyArray { return ops.acos(this); }
  atan(): LazyArray { return ops.atan(this); }
  sinh(): LazyArray { return ops.sinh(this); }
  cosh(): LazyArray { return ops.cosh(this); }
  tanh(): LazyArray { return ops.tanh(this); }
  floor(): LazyArray { return ops.floor(this); }
  ceil(): LazyArray { return ops.ceil(this); }
  trunc(): LazyArray { return ops.trunc(this); }
  round(decimals = 0): LazyArray { return ops.round(this, decimals); }
  astype<T extends DType>(dtype: T): LazyArray<T> { return ops.astype(this, dtype) as LazyArray<T>; }

  sum(axis?: Axis, opts?: ReduceOptions): LazyArray { return red.sum(this, axis, opts); }
  prod(axis?: Axis, opts?: ReduceOptions): LazyArray { return red.prod(this, axis, opts); }
  mean(axis?: Axis, opts?: ReduceOptions): LazyArray { return red.mean(this, axis, opts); }
  min(axis?: Axis, opts?: ReduceOptions): LazyArray { return red.min(this, axis, opts); }
  max(axis?: Axis, opts?: ReduceOptions): LazyArray { return red.max(this, axis, opts); }
  argmin(axis?: number | null): LazyArray { return red.argmin(this, axis); }
  argmax(axis?: number | null): LazyArray { return red.argmax(this, axis); }
  any(axis?: Axis, opts?: ReduceOptions): LazyArray { return red.any(this, axis, opts); }
  all(axis?: Axis, opts?: ReduceOptions): LazyArray { return red.all(this, axis, opts); }
  var(axis?: Axis, opts?: ReduceOptions & { ddof?: number }): LazyArray { return red.variance(this, axis, opts); }
  std(axis?: Axis, opts?: ReduceOptions & { ddof?: number }): LazyArray { return red.std(this, axis, opts); }
  countNonzero(axis?: Axis, opts?: ReduceOptions): LazyArray { return red.countNonzero(this, axis, opts); }

  /** The elements where mask is true, as a 1-D array (numpy's `x[mask]`). */
  select(mask: Operand): LazyArray { return masks.select(this, mask); }
  /** A new array with `value` where mask is true (numpy's `x[mask] = value`, without mutation). */
  setWhere(mask: Operand, value: Operand): LazyArray { return masks.setWhere(this, mask, value); }
  nonzero(): LazyArray[] { return masks.nonzero(this); }
  matmul(b: Operand | linalg.MatmulOperand): LazyArray { return linalg.matmul(this, b); }
  dot(b: Operand): LazyArray { return linalg.dot(this, b); }

  reshape(shape: readonly number[]): LazyArray { return ops.reshape(this, shape); }
  transpose(axes?: readonly number[]): LazyArray { return ops.transpose(this, axes); }
  get T(): LazyArray { return ops.transpose(this); }
  broadcastTo(shape: readonly number[]): LazyArray { return ops.broadcastTo(this, shape); }
  expandDims(axis: number): LazyArray { return ops.expandDims(this, axis); }
  squeeze(axis?: number | readonly number[]): LazyArray { return ops.squeeze(this, axis); }
  slice(...specs: SliceSpec[]): LazyArray { return ops.slice(this, ...specs); }

  /** Computes the array now; `out` (a TypedArray of this dtype and size) receives it if given. */
  eval(opts: { out?: Storage } = {}): LazyArray {
    return evalAll([this], opts.out === undefined ? {} : { out: [opts.out] })[0]!;
  }

  /** The elements in row-major order. For a realised array this is its memory, not a copy. */
  toTypedArray(): Storage {
    return evalData([this])[0]!;
  }

  /** Nested JS arrays (booleans for bool), like numpy's tolist(). */
  toArray(): NestedResult {
    const data = this.toTypedArray();
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
    const v = this.toTypedArray()[0]!;
    return this.dtype === 'bool' ? v !== 0 : v;
  }

  explain(): string { return explain(this); }

  toString(): string {
    return `LazyArray(${this.dtype}[${this.shape.join(', ')}]${this.realised ? '' : ', lazy'})`;
  }
}
