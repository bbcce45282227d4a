// Reductions, as free functions that build graph nodes: over all elements, one axis or several,
// with keepdims. mean, var and std are composed of sums; the scheduler decides what fuses.

import { isFloat, Node, normAxis, type DType, type ReduceOp } from '../compiler/index.js';
import { LazyArray } from './array.js';
import { argError, describe, NdfuseError } from './errors.js';
import { astype, div, mul, reshape, sqrt, sub, toLazy, type Operand } from './ops.js';
import type { DTypeOf, SumOf } from './types.js';

export type Axis = number | readonly number[] | null | undefined;

export interface ReduceOptions {
  /** Keep the reduced axes as size-1 dimensions (numpy's keepdims). */
  keepdims?: boolean;
}

/** The reduced axes, ascending, checked. */
function axesOf(op: string, axis: Axis, ndim: number): number[] {
  if (axis === null || axis === undefined) return Array.from({ length: ndim }, (_, k) => k);
  const list = typeof axis === 'number' ? [axis] : Array.isArray(axis) ? axis : null;
  if (!list) throw argError(op, 'axis', `must be a number, an array of numbers or null, got ${describe(axis)}`);
  const out = list.map((a) => {
    const k = normAxis(a, ndim);
    if (k === null) throw argError(op, 'axis', `${describe(a)} is out of range for ${ndim} dimension${ndim === 1 ? '' : 's'}`);
    return k;
  });
  if (new Set(out).size !== out.length) throw argError(op, 'axis', `repeats an axis: [${list.join(', ')}]`);
  return out.sort((p, q) => p - q);
}

/** The reduce node of `op` over `axes` of `x`, with result dtype `dtype`, then keepdims. */
function reduceNode(op: ReduceOp, x: LazyArray, axes: readonly number[], dtype: DType, opts: ReduceOptions): LazyArray {
  const shape = x.shape.filter((_, k) => !axes.includes(k));
  const count = axes.reduce((p, k) => p * x.shape[k]!, 1);
  if (count === 0 && (op === 'min' || op === 'max' || op === 'argmin' || op === 'argmax')) {
    throw new NdfuseError(op, 'the reduction is over no elements (a zero-size axis) and has no identity');
  }
  let r: LazyArray;
  if (axes.length === 0) {
    // reducing over no axes: numpy gives the elements themselves (as the result dtype)
    r = op === 'argmin' || op === 'argmax' ? new LazyArray(Node.make('const', dtype, x.shape, [], 0)) : astype(x, dtype);
  } else r = new LazyArray(Node.make('reduce', dtype, shape, [x.node], { op, axes }));
  return opts.keepdims ? reshape(r, x.shape.map((d, k) => (axes.includes(k) ? 1 : d))) : r;
}

/** The sum over `axes` with result dtype `dtype`: an integer dtype wraps as it adds, as numpy's
 *  integer dot does. */
export const sumAs = (x: LazyArray, axes: readonly number[], dtype: DType): LazyArray => reduceNode('sum', x, axes, dtype, {});

/** `op` over all elements of x where mask (bool, x's shape) is true: what a reduction of
 *  `select(x, mask)` computes, without the selection. */
export function maskedReduce(op: ReduceOp, x: LazyArray, mask: LazyArray, dtype: DType): LazyArray {
  return new LazyArray(Node.make('reduce', dtype, [], [x.node, mask.node], { op, axes: x.shape.map((_, k) => k) }));
}

/** numpy's sum; integer and bool sums give float64 (numpy's int64, exact up to 2**53). */
export function sum<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions): LazyArray<SumOf<DTypeOf<X>>>;
export function sum(x: Operand, axis?: Axis, opts: ReduceOptions = {}): LazyArray {
  const a = toLazy('sum', 'x', x);
  return reduceNode('sum', a, axesOf('sum', axis, a.ndim), isFloat(a.dtype) ? a.dtype : 'float64', opts);
}

export function prod<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions): LazyArray<SumOf<DTypeOf<X>>>;
export function prod(x: Operand, axis?: Axis, opts: ReduceOptions = {}): LazyArray {
  const a = toLazy('prod', 'x', x);
  return reduceNode('prod', a, axesOf('prod', axis, a.ndim), isFloat(a.dtype) ? a.dtype : 'float64', opts);
}

export function min<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions): LazyArray<DTypeOf<X>>;
export function min(x: Operand, axis?: Axis, opts: ReduceOptions = {}): LazyArray {
  const a = toLazy('min', 'x', x);
  return reduceNode('min', a, axesOf('min', axis, a.ndim), a.dtype, opts);
}

export function max<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions): LazyArray<DTypeOf<X>>;
export function max(x: Operand, axis?: Axis, opts: ReduceOptions = {}): LazyArray {
  const a = toLazy('max', 'x', x);
  return reduceNode('max', a, axesOf('max', axis, a.ndim), a.dtype, opts);
}

/** Index of the first minimum, over the flattened array or along one axis (int32). */
export function argmin(x: Operand, axis?: number | null): LazyArray<'int32'>;
export function argmin(x: Operand, axis?: number | null): LazyArray {
  const a = toLazy('argmin', 'x', x);
  return reduceNode('argmin', flatFor(a, axis), axesOf('argmin', axis ?? 0, axis === null || axis === undefined ? 1 : a.ndim), 'int32', {});
}

/** Index of the first maximum, over the flattened array or along one axis (int32). */
export function argmax(x: Operand, axis?: number | null): LazyArray<'int32'>;
export function argmax(x: Operand, axis?: number | null): LazyArray {
  const a = toLazy('argmax', 'x', x);
  return reduceNode('argmax', flatFor(a, axis), axesOf('argmax', axis ?? 0, axis === null || axis === undefined ? 1 : a.ndim), 'int32', {});
}

const flatFor = (a: LazyArray, axis: number | null | undefined): LazyArray =>
  (axis === null || axis === undefined ? reshape(a, [a.size]) : a);

export function any<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions): LazyArray<'bool'>;
export function any(x: Operand, axis?: Axis, opts: ReduceOptions = {}): LazyArray {
  const a = toLazy('any', 'x', x);
  return reduceNode('any', a, axesOf('any', axis, a.ndim), 'bool', opts);
}

export function all<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions): LazyArray<'bool'>;
export function all(x: Operand, axis?: Axis, opts: ReduceOptions = {}): LazyArray {
  const a = toLazy('all', 'x', x);
  return reduceNode('all', a, axesOf('all', axis, a.ndim), 'bool', opts);
}

/** The dtype numpy's mean/var give: float64 for integers and bool, the float type otherwise. */
const meanDType = (d: DType): DType => (isFloat(d) ? d : 'float64');

/** numpy's mean. A float32 mean is summed in float64 and rounded once at the end. */
export function mean<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions): LazyArray<SumOf<DTypeOf<X>>>;
export function mean(x: Operand, axis?: Axis, opts: ReduceOptions = {}): LazyArray {
  const a = toLazy('mean', 'x', x);
  const axes = axesOf('mean', axis, a.ndim);
  const count = axes.reduce((p, k) => p * a.shape[k]!, 1);
  const total = reduceNode('sum', a, axes, 'float64', opts);
  return astype(div(total, count), meanDType(a.dtype));
}

/** numpy's var, two passes (the mean, then the squared deviations), with `ddof`. */
export function variance<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions & { ddof?: number }): LazyArray<SumOf<DTypeOf<X>>>;
export function variance(x: Operand, axis?: Axis, opts: ReduceOptions & { ddof?: number } = {}): LazyArray {
  const a = toLazy('var', 'x', x);
  const axes = axesOf('var', axis, a.ndim);
  const ddof = opts.ddof ?? 0;
  if (!Number.isInteger(ddof) || ddof < 0) throw argError('var', 'ddof', `must be a non-negative integer, got ${describe(ddof)}`);
  const count = axes.reduce((p, k) => p * a.shape[k]!, 1);
  const x64 = astype(a, 'float64');
  const m = div(reduceNode('sum', x64, axes, 'float64', { keepdims: true }), count);
  const d = sub(x64, m);
  const ss = reduceNode('sum', mul(d, d), axes, 'float64', opts);
  return astype(div(ss, Math.max(count - ddof, 0)), meanDType(a.dtype));
}

export function std<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions & { ddof?: number }): LazyArray<SumOf<DTypeOf<X>>>;
export function std(x: Operand, axis?: Axis, opts: ReduceOptions & { ddof?: number } = {}): LazyArray {
  const a = toLazy('std', 'x', x);
  return astype(sqrt(astype(variance(a, axis, opts), 'float64')), meanDType(a.dtype));
}

/** How many elements are nonzero (true), in all or along axes (int32). */
export function countNonzero<X extends Operand>(x: X, axis?: Axis, opts?: ReduceOptions): LazyArray<'int32'>;
export function countNonzero(x: Operand, axis?: Axis, opts: ReduceOptions = {}): LazyArray {
  const a = toLazy('countNonzero', 'x', x);
  return astype(sum(astype(a, 'bool'), axis, opts), 'int32');
}

