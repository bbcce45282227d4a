// Sparse CSR matrices: against their dense equivalents and the reference interpreter; fusion by
// kernel count; the 1e5 x 1e4 TF-IDF weighting never allocates a dense matrix; malformed input.

import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import { CsrMatrix, type LazyArray } from '../src/index.js';
import { allocStats, resetAllocStats } from '../runtime/buffer.js';
import { expectSame, kernels, lcg, reference } from './helpers.js';

/** A random CSR matrix and its dense twin. */
function randomCsr(rows: number, cols: number, density: number, seed: number): { X: CsrMatrix; dense: number[][] } {
  const r = lcg(seed);
  const R: number[] = [], C: number[] = [], V: number[] = [];
  const dense = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (r() < density) {
        const v = Math.round(r() * 100) / 10 - 2;
        R.push(i); C.push(j); V.push(v);
        dense[i]![j] = v;
      }
    }
  }
  return { X: nd.fromTriplets(R, C, V, [rows, cols]), dense };
}

const close = (got: LazyArray, want: LazyArray, what: string): void => {
  const g = got.toTypedArray(), w = want.toTypedArray();
  expect(g.length, what).toBe(w.length);
  for (let i = 0; i < w.length; i++) expect(Math.abs(g[i]! - w[i]!), `${what} [${i}]`).toBeLessThan(1e-12 * (1 + Math.abs(w[i]!)));
};

describe('CSR against dense', () => {
  it.each([[1, 1, 1], [5, 7, 0.4], [13, 9, 0.2], [30, 40, 0.05], [6, 5, 0]])('%i x %i at density %f', (rows, cols, density) => {
    const { X, dense } = randomCsr(rows, cols, density, rows * 7 + cols);
    const D = nd.array(dense, { dtype: 'float64' });
    expect(X.toDense().toArray()).toEqual(dense);
    const row = nd.random([cols], { seed: 1 }), col = nd.random([rows, 1], { seed: 2 });
    close(X.mul(row).toDense(), D.mul(row), 'times a row vector');
    close(X.mul(col).toDense(), D.mul(col), 'times a column vector');
    close(X.mul(D).toDense(), D.mul(D), 'times a dense matrix');
    close(X.div(2).toDense(), D.div(2), 'over a scalar');
    close(X.abs().sqrt().toDense(), D.abs().sqrt(), 'zero-preserving functions');
    close(X.pow(2).toDense(), D.pow(2), 'pow');
    close(X.sum(1), D.sum(1), 'row sums');
    close(X.sum(0), D.sum(0), 'column sums');
    close(X.sum(), D.sum(), 'total');
    close(X.mean(1), D.mean(1), 'row means');
    close(X.rowNorms('l2'), D.mul(D).sum(1).sqrt(), 'row L2 norms');
    close(X.rowNorms('l1'), D.abs().sum(1), 'row L1 norms');
    const n2 = D.mul(D).sum(1, { keepdims: true }).sqrt();
    close(X.normalizeRows('l2').toDense(), D.div(nd.where(n2.eq(0), 1, n2)), 'normalizeRows l2');
    expect(X.T.toDense().toArray()).toEqual(D.T.toArray());
    const right = nd.random([cols, 3], { seed: 3 }), left = nd.random([4, rows], { seed: 4 });
    close(X.matmul(right), D.matmul(right), 'CSR x dense');
    close(nd.matmul(left, X), left.matmul(D), 'dense x CSR');
    close(X.mul(row).matmul(right), D.mul(row).matmul(right), 'CSR expression x dense');
    close(X.matmul(nd.random([cols], { seed: 5 })), nd.dot(D, nd.random([cols], { seed: 5 })), 'CSR x vector');
  });

  it('the kernels agree with the reference interpreter exactly', () => {
    const { X } = randomCsr(20, 15, 0.3, 3);
    const idf = nd.random([15], { seed: 6 });
    for (const x of [X.mul(idf).data, X.mul(idf).normalizeRows().data, X.mul(idf).sum(1), X.matmul(nd.random([15, 4], { seed: 7 })), X.T.sum(1)]) {
      expectSame(x.toTypedArray(), reference(x), 'sparse kernel');
    }
  });

  it('CSR x dense and dense x CSR for every column tail, dtype and an epilogue: the reference bits', () => {
    // the WebAssembly kernel fills up to 4 vectors of columns per pass over a row's values
    const { X } = randomCsr(23, 11, 0.35, 9);
    for (const d of ['float64', 'float32', 'int32'] as const) {
      const S = X.mul(3).astype(d);
      for (const k of [1, 2, 3, 5, 8, 9, 17, 20]) {
        const right = nd.random([11, k], { seed: k }).mul(5).astype(d), left = nd.random([k, 23], { seed: k + 1 }).mul(5).astype(d);
        for (const x of [S.matmul(right), S.matmul(right).mul(2).add(right.slice('0:1')), nd.matmul(left, S), S.sqrt().matmul(right)]) {
          expectSame(x.toTypedArray(), reference(x), `${d} k = ${k}`);
        }
      }
    }
  });

  it('fromTriplets sums duplicates and sorts', () => {
    const X = nd.fromTriplets([1, 0, 1, 1], [2, 1, 2, 0], [1, 2, 3, 4], [2, 3]);
    expect(Array.from(X.indptr)).toEqual([0, 1, 3]);
    expect(Array.from(X.indices)).toEqual([1, 0, 2]);
    expect(X.toDense().toArray()).toEqual([[0, 2, 0], [4, 0, 4]]);
  });
});

describe('fusion over sparse values', () => {
  const { X } = randomCsr(50, 40, 0.1, 9);
  const idf = nd.random([40], { seed: 8 });
  it('X.mul(idf) is one kernel over the values, reading idf[indices[j]]', () => {
    const ks = kernels(X.mul(idf).data);
    expect(ks).toHaveLength(1);
    expect(ks[0]!.fused.map((n) => n.op)).toEqual(['gather', 'mul']);
    expect(ks[0]!.binding.size).toBe(X.nnz);
  });
  it('row L2 norms of X * idf: one kernel; normalizeRows: two', () => {
    expect(kernels(X.mul(idf).rowNorms())).toHaveLength(1);
    expect(kernels(X.mul(idf).normalizeRows('l2').data)).toHaveLength(2);
  });
  it('(X * idf) @ D fuses the weighting into the product', () => {
    expect(kernels(X.mul(idf).matmul(nd.random([40, 5], { seed: 1 })))).toHaveLength(1);
  });
});

describe('X.mul(idf).normalizeRows(l2) at 1e5 x 1e4, 1% density', () => {
  it('never allocates anything near a dense matrix', () => {
    const rows = 1e5, cols = 1e4, perRow = 100;
    const indptr = new Int32Array(rows + 1);
    const indices = new Int32Array(rows * perRow);
    const r = lcg(1);
    for (let i = 0; i < rows; i++) {
      indptr[i + 1] = (i + 1) * perRow;
      // 100 distinct sorted columns per row: a random start and random gaps
      let c = Math.floor(r() * 50);
      for (let j = 0; j < perRow; j++) {
        indices[i * perRow + j] = c;
        c += 1 + Math.floor(r() * 98);
      }
    }
    const X = nd.csr({ data: nd.random([rows * perRow], { seed: 2 }), indices, indptr, shape: [rows, cols] });
    const idf = nd.random([cols], { seed: 3 }).add(1);
    resetAllocStats();
    const N = X.mul(idf).normalizeRows('l2');
    const values = N.data.toTypedArray();
    const denseBytes = rows * cols * 8;
    expect(allocStats.largestBytes).toBeLessThanOrEqual(X.nnz * 8);
    expect(allocStats.bytes).toBeLessThan(denseBytes / 20);
    // and it is right: row 0 has unit norm
    let s = 0;
    for (let j = 0; j < perRow; j++) s += values[j]! ** 2;
    expect(s).toBeCloseTo(1, 12);
  });
});

describe('sparse errors', () => {
  const ok = { data: [1, 2, 3], indices: [0, 2, 1], indptr: [0, 2, 3], shape: [2, 3] as [number, number] };
  it.each([
    [{ ...ok, indptr: [0, 3, 2] }, /^ndfuse: csr: argument 'indptr' is not monotone: row 0 starts at 0 and row 1 at 3|row 1 starts at 3 and row 2 at 2/],
    [{ ...ok, indptr: [1, 2, 3] }, /^ndfuse: csr: argument 'indptr' must start at 0, got 1/],
    [{ ...ok, indptr: [0, 3] }, /^ndfuse: csr: argument 'indptr' has 2 entries; 2 rows need 3/],
    [{ ...ok, indices: [0, 3, 1] }, /^ndfuse: csr: argument 'indices' holds column 3 at 1, out of range for 3 columns/],
    [{ ...ok, indices: [0, 2] }, /^ndfuse: csr: argument 'indptr' ends at 3 but there are 2 indices/],
    [{ ...ok, data: [1, 2] }, /^ndfuse: csr: argument 'data' has 2 values but there are 3 indices/],
    [{ ...ok, indices: [0, 1.5, 1] }, /^ndfuse: csr: argument 'indices' holds number 1.5 at 1; it must hold integers/],
    [{ ...ok, shape: [2] }, /^ndfuse: csr: argument 'shape' must be \[rows, cols\]/],
  ])('malformed csr %#', (parts, msg) => {
    expect(() => nd.csr(parts as never)).toThrow(msg);
  });

  const X = nd.csr(ok);
  it.each([
    [() => X.add(1), /^ndfuse: add: adding the scalar 1 would make a sparse \[2, 3\] matrix dense; pass \{dense: true\}/],
    [() => X.sub(nd.ones([2, 3])), /^ndfuse: sub: subtracting an array would make a sparse \[2, 3\] matrix dense/],
    [() => X.map((v) => v.exp()), /^ndfuse: map: argument 'f' maps 0 to 1: the result would be dense/],
    [() => X.pow(0), /^ndfuse: pow: argument 'p' must be a positive number to keep the matrix sparse/],
    [() => X.mul(nd.ones([4])), /^ndfuse: mul: argument 'b' has shape \[4\], which does not broadcast against a sparse \[2, 3\] matrix/],
    [() => X.div(nd.ones([2, 3])), /^ndfuse: div: argument 'b' is a dense \[2, 3\] matrix/],
    [() => X.matmul(nd.ones([2, 2])), /^ndfuse: matmul: argument 'b' has shape \[2, 2\]; a sparse \[2, 3\] matrix needs 3 rows/],
    [() => nd.fromTriplets([0, 5], [0, 0], [1, 1], [2, 2]), /^ndfuse: fromTriplets: argument 'rows' holds row 5 at 1, out of range for 2 rows/],
  ])('refused operation %#', (f, msg) => {
    expect(f).toThrow(msg);
  });

  it('asking for the dense result works', () => {
    expect((X.add(1, { dense: true }) as LazyArray).toArray()).toEqual([[2, 1, 3], [1, 4, 1]]);
  });
});
