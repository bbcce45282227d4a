// Matrix products: matmul (2-D and batched 3-D), dot and outer, as graph nodes. An elementwise
// expression over a matmul's result runs inside the matmul kernel, row by row.

import { Node, promote, showShape, type DType } from '../compiler/index.js';
import { LazyArray } from './array.js';
import { argError } from './errors.js';
import { astype, mul, reshape, toLazy, type Operand } from './ops.js';
import { sumAs } from './reduce.js';
import { CsrMatrix } from './sparse.js';
import type { DTypeOf, Promote } from './types.js';

/** numpy's matmul for 2-D and 3-D operands (a 2-D operand, or a batch of one, is broadcast). Either
 *  operand may be a CsrMatrix (the other dense): dense times sparse is (sparse.T times dense.T).T. */
export function matmul<A extends Operand | CsrMatrix, B extends Operand | CsrMatrix>(a: A, b: B): LazyArray<Promote<DTypeOf<A>, DTypeOf<B>>>;
export function matmul(a: Operand | CsrMatrix, b: Operand | CsrMatrix): LazyArray {
  if (a instanceof CsrMatrix) {
    if (b instanceof CsrMatrix) throw argError('matmul', 'b', 'a sparse times sparse product is not supported; make one operand dense');
    return a.matmul(b);
  }
  if (b instanceof CsrMatrix) {
    const d = toLazy('matmul', 'a', a);
    if (d.ndim !== 2) throw argError('matmul', 'a', `must be 2-D to multiply a sparse matrix, got shape ${showShape(d.shape)}`);
    return b.T.matmul(d.T).T;
  }
  const x = toLazy('matmul', 'a', a), y = toLazy('matmul', 'b', b);
  for (const [name, v] of [['a', x], ['b', y]] as const) {
    if (v.ndim !== 2 && v.ndim !== 3) throw argError('matmul', name, `must be 2-D or 3-D, got shape ${showShape(v.shape)} (use dot for vectors)`);
  }
  const [M, K] = x.shape.slice(-2) as [number, number];
  const [K2, N] = y.shape.slice(-2) as [number, number];
  if (K !== K2) throw argError('matmul', 'b', `has shape ${showShape(y.shape)}: its ${K2} rows do not match the ${K} columns of a ${showShape(x.shape)}`);
  const ba = x.ndim === 3 ? x.shape[0]! : 1, bb = y.ndim === 3 ? y.shape[0]! : 1;
  if (ba !== bb && ba !== 1 && bb !== 1) throw argError('matmul', 'b', `has a batch of ${bb} where a has ${ba}`);
  const batched = x.ndim === 3 || y.ndim === 3;
  // a batch of one broadcasts against any other, a batch of none too (numpy's (0, M, N))
  const shape = batched ? [ba === 1 ? bb : ba, M, N] : [M, N];
  const d: DType = promote(x.dtype, y.dtype);
  return new LazyArray(Node.make('matmul', d, shape, [astype(x, d).node, astype(y, d).node]));
}

export type MatmulOperand = CsrMatrix;

/** numpy's dot for 1-D and 2-D: vector . vector, matrix . vector and vector . matrix are fused
 *  reductions; matrix . matrix is matmul. */
export function dot<A extends Operand, B extends Operand>(a: A, b: B): LazyArray<Promote<DTypeOf<A>, DTypeOf<B>>>;
export function dot(a: Operand, b: Operand): LazyArray {
  const x = toLazy('dot', 'a', a), y = toLazy('dot', 'b', b);
  if (x.ndim > 2 || y.ndim > 2 || x.ndim === 0 || y.ndim === 0) {
    throw argError('dot', x.ndim > 2 || x.ndim === 0 ? 'a' : 'b', `must be 1-D or 2-D (use matmul for batches), got shapes ${showShape(x.shape)} and ${showShape(y.shape)}`);
  }
  const k = x.shape[x.ndim - 1]!, k2 = y.shape[0]!;
  if (k !== k2) throw argError('dot', 'b', `has shape ${showShape(y.shape)}, which does not match a's ${showShape(x.shape)} (${k} vs ${k2})`);
  // numpy keeps the dtype: an integer dot wraps, a bool dot is true where any pair is
  const d = promote(x.dtype, y.dtype);
  if (x.ndim === 1 && y.ndim === 1) return sumAs(mul(x, y), [0], d);
  if (x.ndim === 2 && y.ndim === 1) return sumAs(mul(x, y), [1], d);
  if (x.ndim === 1 && y.ndim === 2) return sumAs(mul(reshape(x, [k, 1]), y), [0], d);
  return matmul(x, y);
}

/** numpy's outer: every a[i] times every b[j] (inputs flattened). */
export function outer(a: Operand, b: Operand): LazyArray {
  const x = toLazy('outer', 'a', a), y = toLazy('outer', 'b', b);
  return mul(reshape(x, [x.size, 1]), reshape(y, [1, y.size]));
}
