// Reductions against the reference interpreter, and their fusion claims by kernel count.

import { describe, expect, it } from 'vitest';
import { DTYPES, type DType } from '../compiler/index.js';
import { splitsReduced } from '../compiler/kernels.js';
import { SUM_TILE, sumResult, tileRule, tileSums } from '../compiler/reduce.js';
import * as nd from '../src/index.js';
import { withConfig, type LazyArray } from '../src/index.js';
import { expectSame, kernels, reference, sample } from './helpers.js';

const CHUNK = 64;

function check(x: LazyArray, what: string): void {
  const want = reference(x);
  const got = x.toTypedArray();
  expect(got.constructor, what).toBe(want.constructor);
  expectSame(got, want, what);
}

type R = (x: LazyArray, axis?: nd.Axis, o?: nd.ReduceOptions) => LazyArray;
const REDUCTIONS: Record<string, R> = {
  sum: nd.sum, prod: nd.prod, mean: nd.mean, min: nd.min, max: nd.max, any: nd.any, all: nd.all,
  var: (x, a, o) => nd.variance(x, a, o), std: (x, a, o) => nd.std(x, a, { ...o, ddof: 1 }), countNonzero: nd.countNonzero,
};
const AXES: nd.Axis[] = [undefined, 0, 1, -1, [0, 2], [1, 2], [0, 1, 2]];

describe.each(DTYPES as DType[])('%s reductions', (dtype) => {
  it.each([[2, 3, 5], [7, 1, 13], [3, 22, 4], [0, 4, 3], [4, 3, 0]])('shape [%i, %i, %i] over every axis set', (a, b, c) => withConfig({ chunk: CHUNK }, () => {
    const x = sample(dtype, [a, b, c], a * 100 + b * 10 + c);
    for (const [name, f] of Object.entries(REDUCTIONS)) {
      for (const axis of AXES) {
        const empty = x.size === 0 || (axis !== undefined && [axis].flat().some((k) => x.shape[(k as number) < 0 ? (k as number) + 3 : k as number] === 0));
        if (empty && (name === 'min' || name === 'max')) continue;
        check(f(x, axis), `${name}(${dtype}${JSON.stringify(x.shape)}, ${JSON.stringify(axis)})`);
        check(f(x, axis, { keepdims: true }), `${name} keepdims`);
        // over a transposed view: reduced dims that do not merge into one run
        check(f(x.transpose([2, 0, 1]), axis), `${name}(transposed, ${JSON.stringify(axis)})`);
      }
    }
    if (x.size > 0) {
      for (const axis of [undefined, 0, 1, 2]) {
        check(nd.argmin(x, axis), `argmin ${axis}`);
        check(nd.argmax(x, axis), `argmax ${axis}`);
      }
    }
  }));

  it('reductions of views and of fused expressions', () => withConfig({ chunk: CHUNK }, () => {
    const x = sample(dtype, [9, 14], 3);
    const y = sample(dtype, [14], 4);
    check(x.T.sum(1), 'sum of a transpose');
    check(x.slice('::2', '1::3').max(0), 'max of a strided slice');
    if (dtype !== 'bool') check(x.mul(y).add(1).sum(1).sqrt(), 'row norms with an epilogue');
    check(nd.evalAll([x.sum(1), x.max(1)])[0]!, 'two reductions in one loop');
  }));
});

describe('reduction semantics', () => {
  it('dtypes follow numpy', () => {
    const i = sample('int32', [4], 1), f = sample('float32', [4], 1), b = sample('bool', [4], 1);
    expect(i.sum().dtype).toBe('float64');
    expect(f.sum().dtype).toBe('float32');
    expect(f.mean().dtype).toBe('float32');
    expect(i.mean().dtype).toBe('float64');
    expect(b.any().dtype).toBe('bool');
    expect(i.max().dtype).toBe('int32');
    expect(f.argmax().dtype).toBe('int32');
    expect(b.countNonzero().dtype).toBe('int32');
  });

  it('hand-computed values', () => {
    const x = nd.array([[1, 2, 3], [4, 5, 6]]);
    expect(x.sum().item()).toBe(21);
    expect(x.sum(0).toArray()).toEqual([5, 7, 9]);
    expect(x.sum(1, { keepdims: true }).toArray()).toEqual([[6], [15]]);
    expect(x.prod(1).toArray()).toEqual([6, 120]);
    expect(x.mean(0).toArray()).toEqual([2.5, 3.5, 4.5]);
    expect(x.min().item()).toBe(1);
    expect(x.argmax().item()).toBe(5);
    expect(x.argmin(1).toArray()).toEqual([0, 0]);
    expect(x.var().item()).toBeCloseTo(35 / 12, 15);
    for (const v of x.std(0, { ddof: 1 }).toArray() as number[]) expect(v).toBeCloseTo(Math.sqrt(4.5), 15);
    expect(x.gt(3).any(1).toArray()).toEqual([false, true]);
    expect(x.gt(0).all().item()).toBe(true);
    expect(nd.array([1, NaN, 3]).max().item()).toBeNaN();
    expect(nd.array([1, NaN, 3, NaN]).argmax().item()).toBe(1);
    expect(nd.array([1, Infinity, 3]).sum().item()).toBe(Infinity);
    expect(nd.array([Infinity, -Infinity]).sum().item()).toBeNaN();
    expect(nd.zeros([0]).sum().item()).toBe(0);
  });

  it('summing 1e7 copies of 0.1 is accurate to 1e-9 relative (compensated: to 1e-15)', () => {
    const s = nd.full([1e7], 0.1).sum().item() as number;
    expect(Math.abs(s - 1e6) / 1e6).toBeLessThan(1e-9);
    // compensation makes the error independent of n; a plain running sum drifts (1.6e-10 here),
    // so the tighter bound tells the two apart
    expect(Math.abs(s - 1e6) / 1e6).toBeLessThan(1e-15);
    let naive = 0;
    for (let i = 0; i < 1e7; i++) naive += 0.1;
    expect(Math.abs(naive - 1e6) / 1e6).toBeGreaterThan(1e-15);
  });
});

describe('float sums in lanes, blocks and tiles (compiler/reduce.ts)', () => {
  // sizes around a block (128) and a tile (8192), where lanes, blocks and tiles begin and end
  const SIZES = [1, 7, 8, 9, 127, 128, 129, 1000, 8191, 8192, 8193, 2 * 8192 + 300];
  // values whose sum depends on the order: large and small, of both signs, with cancellation
  const values = (n: number, seed: number): LazyArray => {
    const r = nd.random([n], { seed });
    return r.sub(0.5).mul(r.mul(40).sub(20).exp());
  };

  it.each(SIZES)('n = %i: contiguous, strided, masked, long bodies, many axes and CSR rows agree with the reference bit for bit', (n) => {
    const x = values(n, n);
    const m = nd.random([n], { seed: n + 1 }).gt(0.3);
    check(x.sum(), 'sum');
    check(x.mul(x).sum(), 'sum of a product');
    check(values(2 * n, n + 2).slice('1::2').sum(), 'strided sum');
    check(x.select(m.eval()).sum(), 'sum of a selection');
    check(x.select(m.eval()).mean(), 'mean of a selection');
    check(nd.evalAll([x.sum(), x.max(), x.abs().sum()])[0]!, 'a sum beside other reductions');
    // more ops than are unrolled: the short last run goes through the scratch lanes
    let long = x;
    for (let k = 0; k < 10; k++) long = long.mul(1.0001).add(k % 3);
    check(long.sum(), 'sum of a long body');
    if (n % 4 === 0) {
      const cube = x.reshape([2, n / 4, 2]);
      check(cube.sum([0, 2]), 'sum over two axes');
      check(cube.sum([0, 1]), 'sum over the outer axes');
    }
    // one CSR row of n values
    const S = nd.csr({ data: x, indices: Int32Array.from({ length: n }, (_, j) => j), indptr: Int32Array.from([0, n]), shape: [1, n] });
    check(S.sum(1), 'a CSR row sum');
  });

  it('tile states merged in order by the tile rule give the bits of the whole sum, however the tiles are split', () => {
    const n = 5 * SUM_TILE + 77;
    const v = values(n, 9).toTypedArray() as Float64Array;
    const whole = tileSums(v, 0, n);
    const rule = tileRule('sum', 'float', false)!;
    for (const cut of [SUM_TILE, 2 * SUM_TILE, 5 * SUM_TILE]) {
      // two parts: each writes its tiles' fields (s, n), then one merge runs over them in order
      const states = [[0, cut], [cut, n]].flatMap(([from, to]) => {
        const out: number[] = [];
        for (let t = from!; t < to!; t += SUM_TILE) {
          const one = tileSums(v, t, Math.min(to!, t + SUM_TILE));
          out.push(one.s, one.n);
        }
        return out;
      });
      const g = rule.start();
      for (let at = 0; at < states.length; at += rule.fields.length) rule.merge(g, states, at);
      expect([g[0], g[1]]).toEqual([whole.s, whole.n]);
    }
    expect(nd.array(v).sum().item()).toBe(sumResult(whole));
    // the order is the lanes' and blocks', not a running sum's: on these values the two differ
    let running = 0;
    for (const x of v) running += x;
    expect(running).not.toBe(sumResult(whole));
  });
});

describe('reductions and compress in parts, as threads will run them (compiler/kernels.ts)', () => {
  // more than three tiles, so that parts of one reduction hold different tiles
  const n = 3 * SUM_TILE + 77;
  const r = nd.random([n], { seed: 11 });
  const x = r.sub(0.5).mul(r.mul(40).sub(20).exp()).eval();
  const m = nd.random([n], { seed: 12 }).gt(0.4).eval();
  // NaN late, ties and infinities across tile boundaries
  const withNaN = nd.array(Float64Array.from({ length: n }, (_, i) => (i === 2 * SUM_TILE + 5 ? NaN : i % 1000))).eval();
  const ties = nd.array(Float64Array.from({ length: n }, (_, i) => (i < SUM_TILE + 3 ? Infinity : (i * 7919) % 101))).eval();
  const ints = nd.array(Int32Array.from({ length: n }, (_, i) => ((i * 2654435761) | 0) >> 4), { dtype: 'int32' }).eval();
  const cases: [string, () => LazyArray[]][] = [
    ['sum', () => [x.sum()]],
    ['sum of a product', () => [x.mul(x).sum()]],
    ['mean, var and std', () => [x.mean(), x.var(), x.std()]],
    ['min, max, argmin, argmax', () => [x.min(), x.max(), x.argmin().astype('float64'), x.argmax().astype('float64')]],
    ['a NaN in a later tile', () => [withNaN.max(), withNaN.min(), withNaN.argmax().astype('float64'), withNaN.sum()]],
    ['ties and infinities across tiles', () => [ties.argmin().astype('float64'), ties.argmax().astype('float64'), ties.min()]],
    ['any and all', () => [x.gt(1e8).any(), x.gt(-1e9).all(), m.all()]],
    ['integer sums', () => [ints.sum().astype('float64'), ints.astype('uint8').sum().astype('float64'), m.countNonzero().astype('float64')]],
    ['masked reductions', () => [x.select(m).max(), x.select(m).argmax().astype('float64'), ints.select(m).sum().astype('float64'), x.select(m).sum()]],
    ['a product (one order only: not split)', () => [x.mul(1e-3).add(1).prod()]],
    ['sum over axis 0 of a tall matrix', () => [x.slice(':24576').reshape([8192, 3]).sum(0)]],
    ['sum over axes 0 and 2, tiles crossing rows', () => [x.slice(':24576').reshape([96, 2, 128]).sum([0, 2]), x.slice(':24576').reshape([96, 2, 128]).max([0, 2])]],
    ['rows longer than a tile', () => [x.slice(':24576').reshape([2, 12288]).mul(2).sum(1)]],
    ['a selection', () => [x.select(m)]],
  ];
  it.each(cases)('%s: the same bits in 2, 3 and 7 parts as in one', (_what, f) => {
    const want = f().map((y) => reference(y));
    for (const split of [1, 2, 3, 7]) {
      for (const chunk of [1, 64]) {
        withConfig({ split, chunk }, () => nd.evalAll(f()).forEach((y, j) => expectSame(y.toTypedArray(), want[j]!, `split ${split}, chunk ${chunk}, result ${j}`)));
      }
    }
  });

  it('which kernels split their reduced elements', () => {
    const ir = (y: LazyArray) => kernels(y)[0]!.ir;
    expect(splitsReduced(ir(x.mul(x).sum()))).toBe(true);
    expect(splitsReduced(ir(x.select(m).argmax()))).toBe(true);
    expect(splitsReduced(ir(x.prod()))).toBe(false);
    expect(splitsReduced(ir(x.select(m).sum()))).toBe(false);
  });

  it('the number of parts is a positive integer', () => {
    for (const bad of [0, 1.5, -2]) expect(() => withConfig({ split: bad }, () => undefined)).toThrow(/setConfig: split must be an integer >= 1/);
  });
});

describe('fusion of reductions', () => {
  const a = nd.random([1000], { seed: 1 }), b = nd.random([1000], { seed: 2 });
  const m = nd.random([50, 40], { seed: 3 });

  it('a.mul(b).sum() is one kernel that stores nothing of size n', () => {
    const ks = kernels(a.mul(b).sum());
    expect(ks).toHaveLength(1);
    expect(ks[0]!.binding.outputs.map((o) => o.size)).toEqual([1]);
  });

  it('a.sub(a.mean(0)) is exactly two kernels, the boundary explained', () => {
    const x = m.sub(m.mean(0));
    const ks = kernels(x);
    expect(ks).toHaveLength(2);
    expect(x.explain()).toMatch(/a reduction's result with the work done on it, stored once before it is broadcast/);
  });

  it('row L2 norms, mean and var', () => {
    expect(kernels(m.mul(m).sum(1).sqrt())).toHaveLength(1);
    expect(kernels(m.mean())).toHaveLength(1);
    expect(kernels(m.var(1))).toHaveLength(2);
    expect(kernels(m.sum(1), m.max(1), m.mean(1))).toHaveLength(1);
  });

  it('reductions over different axes in one evaluation get a loop each', () => {
    const p = kernels(m.sum(0), m.sum(1).add(0).sum());
    expect(p.length).toBeGreaterThanOrEqual(2);
  });
});

describe('reduction errors', () => {
  const x = nd.random([2, 3], { seed: 1 });
  it.each([
    [() => x.sum(2), /^ndfuse: sum: argument 'axis' number 2 is out of range for 2 dimensions/],
    [() => x.mean([0, 0]), /^ndfuse: mean: argument 'axis' repeats an axis: \[0, 0\]/],
    [() => x.max('a' as never), /^ndfuse: max: argument 'axis' must be a number, an array of numbers or null/],
    [() => nd.zeros([0, 3]).min(0), /^ndfuse: min: the reduction is over no elements/],
    [() => x.var(0, { ddof: -1 }), /^ndfuse: var: argument 'ddof' must be a non-negative integer/],
  ])('%#', (f, msg) => {
    expect(f).toThrow(msg);
  });
});
