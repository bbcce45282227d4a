// What random graphs found (issue 11): each bug where the fused backend disagreed with the naive one,
// and each place where ndfuse now follows numpy 2, as the smallest graph that showed it.

import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import { NdfuseError, withConfig, type LazyArray } from '../src/index.js';
import { expectSame, reference } from './helpers.js';

/** The value on both backends, which must agree bit for bit. */
function both(x: () => LazyArray): unknown {
  const fused = withConfig({ backend: 'auto' }, () => x().toTypedArray());
  const naive = withConfig({ backend: 'naive' }, () => x().toTypedArray());
  expectSame(fused, naive, 'fused against naive');
  return withConfig({ backend: 'auto' }, () => x().toArray());
}

describe('the fused backend matches the reference where a selection reads a reduction', () => {
  it('select of a 0-d sum of reductions over arrays of different sizes', () => {
    const x = nd.array([1, 2]), y = nd.array([10, 20, 30]);
    expect(both(() => nd.add(x.sum(), y.sum()).select(nd.array(true)))).toEqual([63]);
    expect(both(() => nd.add(y.sum(), x.sum()).select(nd.array(true)))).toEqual([63]);
  });

  it('select with a mask that is itself a lazy reduction takes the selected elements, not the first ones', () => {
    const v = nd.array([10, 20, 30]);
    const bt = nd.array([[true, false, true], [true, true, true]]);
    expect(both(() => v.select(bt.all(0)))).toEqual([10, 30]);
  });

  it('a mask built from a reduction of a reduction', () => {
    const x = nd.array([[1, 2, 3], [4, 5, 6]]);
    expect(both(() => x.select(nd.gt(nd.arange(24).reshape([2, 2, 2, 3]).sum(2).sum(1), -1)))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a selection by a comparison of two products, under a reduction of an argmax', () => {
    const x = nd.random([4, 1, 8], { seed: 1 });
    const a = nd.random([1, 3], { seed: 2 }), b = nd.random([3, 8], { seed: 3 });
    const c = nd.random([5], { seed: 4 }).sum().broadcastTo([1, 3]), d = nd.random([7], { seed: 5 }).sum().broadcastTo([3, 8]);
    const r = both(() => x.sub(1.5).argmax(0).select(nd.matmul(a, b).ge(nd.matmul(c, d))).abs().mean()) as number;
    expect(Number.isNaN(r)).toBe(true); // every element of matmul(c, d) is larger: the mean of nothing
    const e = both(() => x.sub(1.5).argmax(0).select(nd.matmul(a, b).le(nd.matmul(c, d))).abs().mean());
    expect(e).toBe(reference(x.sub(1.5).argmax(0).astype('float64').mean())[0]);
  });

  it('a float32 mean of a selection of a reduction, broadcast against a float64 expression', () => {
    const x = nd.random([5461, 2, 1, 3], { seed: 4 }).astype('float32');
    const k = nd.random([5461, 1, 1, 3], { seed: 5 }).mul(3).astype('int32');
    const z = nd.random([1, 1, 1, 3], { seed: 6 });
    both(() => nd.log(nd.abs(nd.sub(nd.mul(x.sum(1).select(nd.ne(k.squeeze(2), 1)), 10).mean(), nd.sub(z.broadcastTo([33, 6, 1, 3]), nd.tanh(z))))));
  });
});

describe('found by the project\'s own fuzzer', () => {
  it('x - (-0) is not simplified to x: it turns -0 into 0', () => {
    const x = nd.array([-0, 1], { dtype: 'float64' });
    const r = both(() => nd.sub(x, -0)) as number[];
    expect(Object.is(r[0], 0)).toBe(true);
  });

  it('a reshape of no elements with a -1 beside a zero is refused, as numpy refuses it', () => {
    expect(() => nd.zeros([0, 7]).reshape([0, -1, 2])).toThrow(/could be any size/);
    expect(nd.zeros([0, 7]).reshape([-1]).shape).toEqual([0]);
  });

  it('nonzero of a 0-d array is refused, as numpy 2 refuses it (it gave no arrays at all)', () => {
    expect(() => nd.array(0.5).nonzero()).toThrow(/nonzero: argument 'x' is 0-d/);
  });

  it('clip by an out-of-range integer bound after a float bound clips in floats', () => {
    expect(both(() => nd.array([58], { dtype: 'uint8' }).clip(Infinity, -(2 ** 31)))).toEqual([-(2 ** 31)]);
  });

  it('a CSR matrix with a column stored twice is the matrix of their sum for abs, norms and normalizing', () => {
    const m = nd.csr({ data: nd.array([3, -5, 4], { dtype: 'float64' }), indices: [0, 0, 1], indptr: [0, 3], shape: [1, 2] });
    expect(m.abs().toDense().toArray()).toEqual([[2, 4]]);
    expect(m.rowNorms('l1').toArray()).toEqual([6]);
    expect(m.rowNorms('l2').item()).toBeCloseTo(Math.hypot(2, 4), 15);
    expect(m.normalizeRows('l1').toDense().toArray()).toEqual([[-2 / 6, 4 / 6]]);
  });
});

describe('numpy 2 rules', () => {
  const u8 = nd.array([0, 5, 255], { dtype: 'uint8' });
  const i32 = nd.array([1, -2]);
  const overflow = (f: () => unknown, text: RegExp) => {
    expect(f).toThrow(NdfuseError);
    expect(f).toThrow(text);
  };

  it('a JS number out of an integer dtype\'s range is an error in arithmetic (numpy: OverflowError)', () => {
    overflow(() => u8.add(-1), /add: argument 'b' is the JS number -1, out of bounds for uint8/);
    overflow(() => i32.add(2 ** 31), /out of bounds for int32/);
    overflow(() => nd.maximum(u8, 300), /maximum: argument 'b'/);
    overflow(() => nd.where(nd.array([true, false, true]), u8, 300), /where: argument 'y'/);
    overflow(() => nd.evaluate('u + 256', { u: u8 }), /out of bounds for uint8/);
    // what numpy computes in another dtype is not out of range
    expect(u8.div(300).dtype).toBe('float64');
    expect(u8.mul(1.5).toArray()).toEqual([0, 7.5, 382.5]);
    expect(u8.add(true).toArray()).toEqual([1, 6, 0]);
  });

  it('a comparison with an out-of-range JS number is exact', () => {
    expect(both(() => u8.lt(-2))).toEqual([false, false, false]);
    expect(both(() => u8.eq(256))).toEqual([false, false, false]);
    expect(both(() => u8.ne(256))).toEqual([true, true, true]);
    expect(both(() => u8.le(1e10))).toEqual([true, true, true]);
    expect(both(() => i32.gt(-(2 ** 40)))).toEqual([true, true]);
  });

  it('clip by a JS number beyond the range clips at the range', () => {
    expect(both(() => u8.clip(-5, 300))).toEqual([0, 5, 255]);
    expect(u8.clip(-5, 300).dtype).toBe('uint8');
  });

  it('a column stored twice in a CSR row is one sum everywhere: toDense, sum and matmul', () => {
    const m = nd.csr({ data: [1, 2, 4], indices: [0, 0, 1], indptr: [0, 3], shape: [1, 2] });
    expect(m.toDense().toArray()).toEqual([[3, 4]]);
    expect(m.sum().item()).toBe(7);
    expect(m.matmul(nd.array([1, 1])).toArray()).toEqual([7]);
    expect(m.sum(0).toArray()).toEqual(m.toDense().sum(0).toArray());
  });

  it('dot of 1-D integer and bool operands keeps the dtype and wraps as numpy does', () => {
    const d = both(() => nd.dot(nd.array([1, 2]), nd.array([3, 4])));
    expect(d).toBe(11);
    expect(nd.dot(nd.array([1, 2]), nd.array([3, 4])).dtype).toBe('int32');
    expect(nd.dot(nd.array([true, true]), nd.array([true, false])).item()).toBe(true);
    expect(nd.dot(nd.array([true, true]), nd.array([false, false])).item()).toBe(false);
    const u = nd.full([2], 200, { dtype: 'uint8' });
    expect(both(() => nd.dot(u, u))).toBe(128); // numpy: 80000 mod 256
    expect(both(() => nd.dot(nd.ones([2, 2], { dtype: 'uint8' }), nd.ones([2], { dtype: 'uint8' })))).toEqual([2, 2]);
    // int32 wraps modulo 2**32 however many products there are
    const big = nd.full([3], 2 ** 30, { dtype: 'int32' });
    expect(both(() => nd.dot(big, nd.full([3], 4, { dtype: 'int32' })))).toBe(0);
    expect(both(() => nd.dot(nd.full([2, 3], 65536, { dtype: 'int32' }), nd.full([3], 65537, { dtype: 'int32' })))).toEqual([196608, 196608]);
  });

  it('pow follows C99: 1 ** NaN, 1 ** ±inf and (-1) ** ±inf are 1', () => {
    const r = both(() => nd.pow(nd.array([1, 1, 1, -1, -1, 2]), nd.array([NaN, Infinity, -Infinity, Infinity, -Infinity, NaN])));
    expect(r).toEqual([1, 1, 1, 1, 1, NaN]);
    expect(both(() => nd.pow(nd.array([1], { dtype: 'float32' }), NaN))).toEqual([1]);
    expect(nd.evaluate('1 ** x', { x: NaN }).item()).toBe(1);
  });

  it('an integer to a negative integer power known when the graph is built is refused, as numpy refuses it', () => {
    overflow(() => nd.pow(i32, -1), /pow: argument 'b' is -1: integers to negative integer powers are not allowed/);
    overflow(() => nd.pow(i32, nd.full([], -2, { dtype: 'int32' })), /negative integer powers/);
    overflow(() => nd.evaluate('x ** -1', { x: i32 }), /negative integer powers/);
    expect(nd.pow(i32.astype('float64'), -1).toArray()).toEqual([1, -0.5]);
  });

  it('a float mod that gives zero takes the divisor\'s sign (seen as 1 / x)', () => {
    const m = both(() => nd.div(1, nd.mod(nd.array([2, -2, 0, -0], { dtype: 'float64' }), nd.array([-1, 1, -1, 1], { dtype: 'float64' })))) as number[];
    expect(m).toEqual([-Infinity, Infinity, -Infinity, Infinity]);
    expect(Object.is(nd.evaluate('a % b', { a: nd.array([2.5]), b: -0.5 }).item(), -0)).toBe(true);
  });

  it('row norms of integer CSR values are computed in float64, without wrapping', () => {
    const m = nd.csr({ data: nd.array([50000, 50000], { dtype: 'int32' }), indices: [0, 1], indptr: [0, 2], shape: [1, 2] });
    expect(m.rowNorms('l2').toArray()).toEqual([Math.hypot(50000, 50000)]);
    const n = m.normalizeRows('l2').toDense().toArray() as number[][];
    expect(n[0]![0]).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('int32 matmul wraps exactly in int32 past 2**53', () => {
    const a = nd.full([1, 2], 2 ** 30, { dtype: 'int32' }), b = nd.full([2, 1], 4, { dtype: 'int32' });
    expect(both(() => nd.matmul(a, b))).toEqual([[0]]);
    const c = nd.full([2, 5], 123456789, { dtype: 'int32' }), d = nd.full([5, 3], 987654321, { dtype: 'int32' });
    const want = Number((5n * 123456789n * 987654321n) % 2n ** 32n) | 0;
    expect(both(() => nd.matmul(c, d))).toEqual([[want, want, want], [want, want, want]]);
  });

  it('matmul with a zero-size batch has a zero-size batch', () => {
    const r = nd.matmul(nd.ones([0, 2, 3]), nd.ones([3, 4]));
    expect(r.shape).toEqual([0, 2, 4]);
    expect(both(() => nd.matmul(nd.ones([0, 2, 3]), nd.ones([3, 4])))).toEqual([]);
    expect(nd.matmul(nd.ones([1, 2, 3]), nd.ones([0, 3, 4])).shape).toEqual([0, 2, 4]);
  });
});

describe('a gather out of range reads what the reference stores for it, in any expression', () => {
  it('int32 and uint8 tables read 0, float tables NaN, on the backend under test', () => {
    const at = nd.array([0, 5, -1, 2, 2 ** 30], { dtype: 'int32' });
    for (const d of ['int32', 'uint8', 'bool', 'float64', 'float32'] as const) {
      const t = nd.array([1, 0, 1], { dtype: d });
      for (const x of [nd.gather(t, at), nd.gather(t, at).eq(0), nd.gather(t, at).add(1), nd.gather(t, at).eq(nd.gather(t, at.add(1)))]) {
        expectSame(x.toTypedArray(), reference(x), `${d}: ${x.shape}`);
      }
    }
  });
});
