// matmul, dot and outer against the reference interpreter and hand-computed values; epilogue fusion.

import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import { withConfig, type LazyArray } from '../src/index.js';
import { expectSame, kernels, reference, sample } from './helpers.js';

function check(x: LazyArray, what: string): void {
  expectSame(x.toTypedArray(), reference(x), what);
}

describe('matmul', () => {
  it('2 x 2 by hand', () => {
    expect(nd.matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]).toArray()).toEqual([[19, 22], [43, 50]]);
  });

  it.each([[1, 1, 1], [3, 5, 2], [4, 4, 4], [9, 7, 13], [17, 3, 1], [0, 3, 4], [5, 0, 3]])('M=%i K=%i N=%i, every dtype and layout', (M, K, N) =>
    withConfig({ chunk: 3 }, () => {
      for (const d of ['float64', 'float32', 'int32', 'uint8', 'bool'] as const) {
        const a = sample(d, [M, K], M * 31 + K), b = sample(d, [K, N], K * 17 + N);
        check(a.matmul(b), `${d} a @ b`);
        check(a.T.T.matmul(b.T.T), `${d} views`);
        check(sample(d, [K, M], 3).T.matmul(sample(d, [N, K], 4).T), `${d} transposed operands (B packed)`);
        if (d !== 'bool') check(a.add(1).matmul(b).mul(2), `${d} computed operand and epilogue`);
      }
    }));

  it('rows four at a time and every column tail, whole and in ranges that split the tiles', () => {
    // the WebAssembly kernel works in tiles of 4 rows by 2 vectors: sizes around them
    for (const chunk of [0, 5]) {
      withConfig(chunk ? { chunk } : {}, () => {
        for (const d of ['float64', 'float32', 'int32'] as const) {
          for (const [M, N] of [[4, 4], [5, 9], [8, 1], [11, 3], [6, 7], [12, 16]] as const) {
            const a = sample(d, [M, 6], M + N), b = sample(d, [6, N], M * N);
            check(a.matmul(b), `${d} ${M} x 6 @ 6 x ${N}, chunk ${chunk}`);
            check(a.matmul(b).mul(3).sub(a.slice(':', '0:1')), `${d} ${M} x ${N} with an epilogue, chunk ${chunk}`);
          }
          // a batch of 3 x 5 rows: tiles stop at each batch's end
          check(nd.matmul(sample(d, [3, 5, 4], 7), sample(d, [4, 10], 8)), `${d} batched, chunk ${chunk}`);
        }
      });
    }
  });

  it('batched, with a 2-D operand broadcast over the batch', () => {
    const a = sample('float64', [3, 5, 4], 1), b = sample('float64', [3, 4, 6], 2), c = sample('float64', [4, 6], 3);
    check(nd.matmul(a, b), 'batch @ batch');
    check(nd.matmul(a, c), 'batch @ matrix');
    check(nd.matmul(a.slice(2), c), 'a slice of a batch @ matrix');
    check(nd.matmul(a.slice('1:2'), b), 'a batch of one broadcast');
    expect(nd.matmul(a, c).shape).toEqual([3, 5, 6]);
  });

  it("NMF's update H * (W.T @ X) / (W.T @ W @ H + eps): the epilogue runs in the last matmul's loop", () => {
    const W = nd.random([20, 4], { seed: 1 }), X = nd.random([20, 9], { seed: 2 }), H = nd.random([4, 9], { seed: 3 });
    const upd = H.mul(W.T.matmul(X)).div(W.T.matmul(W).matmul(H).add(1e-9));
    check(upd, 'update');
    const ks = kernels(upd);
    expect(ks).toHaveLength(3);
    expect(ks[2]!.fused.map((n) => n.op)).toEqual(['matmul', 'mul', 'add', 'div']);
  });

  it('an epilogue over one matmul is one kernel', () => {
    const a = nd.random([8, 8], { seed: 1 }), b = nd.random([8, 8], { seed: 2 });
    expect(kernels(a.matmul(b).mul(2).add(a).maximum(0))).toHaveLength(1);
  });
});

describe('dot and outer', () => {
  it('by hand', () => {
    expect(nd.dot([1, 2, 3], [4, 5, 6]).item()).toBe(32);
    expect(nd.dot([[1, 2], [3, 4]], [1, 1]).toArray()).toEqual([3, 7]);
    expect(nd.dot([1, 1], [[1, 2], [3, 4]]).toArray()).toEqual([4, 6]);
    expect(nd.dot([[1, 2], [3, 4]], [[1, 0], [0, 1]]).toArray()).toEqual([[1, 2], [3, 4]]);
    expect(nd.outer([1, 2], [3, 4, 5]).toArray()).toEqual([[3, 4, 5], [6, 8, 10]]);
  });

  it('vector . vector is one fused reduction', () => {
    expect(kernels(nd.dot(nd.random([100], { seed: 1 }), nd.random([100], { seed: 2 })))).toHaveLength(1);
  });
});

describe('linalg errors', () => {
  it.each([
    [() => nd.matmul([[1, 2]], [[1, 2]]), /^ndfuse: matmul: argument 'b' has shape \[1, 2\]: its 1 rows do not match the 2 columns of a \[1, 2\]/],
    [() => nd.matmul([1, 2], [[1], [2]]), /^ndfuse: matmul: argument 'a' must be 2-D or 3-D, got shape \[2\]/],
    [() => nd.matmul(nd.zeros([2, 3, 4]), nd.zeros([3, 4, 5])), /^ndfuse: matmul: argument 'b' has a batch of 3 where a has 2/],
    [() => nd.dot([1, 2], [1, 2, 3]), /^ndfuse: dot: argument 'b' has shape \[3\], which does not match a's \[2\]/],
    [() => nd.dot(nd.zeros([2, 2, 2]), [1, 2]), /^ndfuse: dot: argument 'a' must be 1-D or 2-D/],
  ])('%#', (f, msg) => {
    expect(f).toThrow(msg);
  });
});
