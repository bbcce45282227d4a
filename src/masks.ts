// Masks: selecting (numpy's boolean indexing), masked assignment, nonzero, and group reductions.
// A selection's length depends on the mask's values, so `select` counts the mask when called (a
// small fused kernel); the selected values stay lazy, and a reduction of a selection reads the
// elements where they are without ever storing the selection.

import { Node, sameShape, showShape } from '../compiler/index.js';
import { LazyArray } from './array.js';
import { arange, array } from './creation.js';
import { argError, describe } from './errors.js';
import { broadcastTo, div, eq, reshape, toLazy, where, type Operand } from './ops.js';
import { countNonzero, maskedReduce, max, min, sum } from './reduce.js';
import { evalAll } from './realize.js';

function checkMask(op: string, x: LazyArray, mask: LazyArray): void {
  if (mask.dtype !== 'bool') throw argError(op, 'mask', `must be a bool array (from a comparison, say), got dtype ${mask.dtype}`);
  if (!sameShape(mask.shape, x.shape)) throw argError(op, 'mask', `has shape ${showShape(mask.shape)}, which does not match the array's ${showShape(x.shape)}`);
}

/** The elements of x where mask is true, in row-major order, as a 1-D array (numpy's x[mask]). */
export function select(x: Operand, mask: Operand): LazyArray {
  const a = toLazy('select', 'x', x);
  const m = toLazy('select', 'mask', mask);
  checkMask('select', a, m);
  const count = countNonzero(m).item() as number;
  return new LazyArray(Node.make('compress', a.dtype, [count], [a.node, m.node]));
}

/** A new array: x with `value` where mask is true (numpy's `x[mask] = value`, without the mutation). */
export function setWhere(x: Operand, mask: Operand, value: Operand): LazyArray {
  const a = toLazy('setWhere', 'x', x);
  const m = toLazy('setWhere', 'mask', mask);
  if (m.dtype !== 'bool') throw argError('setWhere', 'mask', `must be a bool array (from a comparison, say), got dtype ${m.dtype}`);
  // the result keeps x's dtype and shape, as an assignment would
  return where(m, value, a).astype(a.dtype).broadcastTo(a.shape);
}

/** The indices of the nonzero elements, one int32 array per dimension (numpy's nonzero). */
export function nonzero(x: Operand): LazyArray[] {
  const a = toLazy('nonzero', 'x', x);
  if (a.ndim === 0) throw argError('nonzero', 'x', 'is 0-d, which has no indices to give (numpy 2 refuses it too); reshape it to [1] first');
  const m = a.dtype === 'bool' ? a : a.astype('bool');
  const count = countNonzero(m).item() as number;
  return a.shape.map((d, k) => {
    // the k-th coordinate of every element: a broadcast view of arange(d), no copy
    const along = reshape(arange(d), a.shape.map((e, j) => (j === k ? e : 1)));
    const grid = broadcastTo(along, a.shape);
    return new LazyArray(Node.make('compress', 'int32', [count], [grid.node, m.node]));
  });
}

/** How many groups `keys` names, checked: keys are non-negative integers (or bools). */
function groupsOf(op: string, keys: LazyArray, groups: number | undefined): number {
  if (keys.dtype !== 'int32' && keys.dtype !== 'uint8' && keys.dtype !== 'bool') {
    throw argError(op, 'keys', `must hold integer group numbers (int32, uint8 or bool), got dtype ${keys.dtype}`);
  }
  if (keys.size === 0) return groups ?? 0;
  const lo = min(keys).item() as number;
  if (lo < 0) throw argError(op, 'keys', `must not be negative, found ${lo}`);
  const g = groups ?? (max(keys).item() as number) + 1;
  if (!Number.isInteger(g) || g < 0) throw argError(op, 'groups', `must be a non-negative integer, got ${describe(groups)}`);
  if (g > MAX_GROUPS) throw argError(op, 'keys', `name ${g} groups; group reductions handle at most ${MAX_GROUPS} (one accumulator each)`);
  return g;
}

/** One pass keeps one accumulator per group, so the number of groups is bounded. */
export const MAX_GROUPS = 256;

/**
 * Sum of `values` per group: result[g] sums values where keys == g. Every group is reduced in one
 * fused pass over the data, evaluated when called. `groups` defaults to max(keys) + 1.
 */
export function groupSum(values: Operand, keys: Operand, opts: { groups?: number } = {}): LazyArray {
  return grouped('groupSum', values, keys, opts, (v, m) => maskedReduce('sum', v, m, 'float64'));
}

/** Mean of `values` per group (NaN for an empty group, as numpy's mean of nothing). */
export function groupMean(values: Operand, keys: Operand, opts: { groups?: number } = {}): LazyArray {
  return grouped('groupMean', values, keys, opts, (v, m) =>
    div(maskedReduce('sum', v, m, 'float64'), sum(m)));
}

function grouped(op: string, values: Operand, keys: Operand, opts: { groups?: number }, per: (v: LazyArray, m: LazyArray) => LazyArray): LazyArray {
  const v = toLazy(op, 'values', values);
  const k = toLazy(op, 'keys', keys);
  if (!sameShape(v.shape, k.shape)) throw argError(op, 'keys', `has shape ${showShape(k.shape)}, which does not match the values' ${showShape(v.shape)}`);
  const g = groupsOf(op, k, opts.groups);
  // scalars over one input space: one kernel with an accumulator per group and an output each
  const parts = evalAll(Array.from({ length: g }, (_, i) => per(v, eq(k, i))));
  return array(Float64Array.from(parts, (p) => p.item() as number));
}
