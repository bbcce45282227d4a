// Masks: select, setWhere, masked reductions that never store the selection, nonzero, groups.

import { describe, expect, it } from 'vitest';
import { DTYPES, type DType } from '../compiler/index.js';
import * as nd from '../src/index.js';
import { withConfig, type LazyArray } from '../src/index.js';
import { expectSame, kernels, reference, sample } from './helpers.js';

function check(x: LazyArray, what: string): void {
  expectSame(x.toTypedArray(), reference(x), what);
}

describe.each(DTYPES as DType[])('%s', (dtype) => {
  it.each([0, 1, 63, 64, 65, 199])('select and masked reductions at n = %i', (n) => withConfig({ chunk: 64 }, () => {
    const x = sample(dtype, [n], n + 7);
    const m = sample('bool', [n], n + 8);
    const s = x.select(m);
    check(s, 'select');
    for (const f of ['sum', 'prod', 'mean', 'any', 'all'] as const) check(s[f](), `${f} of a selection`);
    if (s.size > 0) for (const f of ['min', 'max', 'argmin', 'argmax'] as const) check(s[f](), `${f} of a selection`);
    check(x.setWhere(m, 1), 'setWhere');
    check(nd.evalAll(x.nonzero())[0]!, 'nonzero');
  }));
});

describe("the seed's examples", () => {
  it('tf_idf[idf == 0] = 0, as setWhere', () => {
    const tf = nd.array([[1, 2, 0], [0, 3, 4]], { dtype: 'float64' });
    const idf = nd.array([0, 1.5, 0.5]);
    const tfidf = tf.mul(idf).setWhere(idf.eq(0), 0);
    expect(tfidf.toArray()).toEqual([[0, 3, 0], [0, 4.5, 2]]);
    expect(kernels(tfidf)).toHaveLength(1);
  });

  it('ages[gender == male].mean() - ages[gender == female].mean(): one kernel, nothing of size n stored', () => {
    const ages = nd.array([30, 40, 25, 60, 35, 50]);
    const gender = nd.array([0, 1, 0, 1, 1, 0]); // 0 male, 1 female
    const diff = ages.select(gender.eq(0)).mean().sub(ages.select(gender.eq(1)).mean());
    expect(diff.item()).toBeCloseTo(35 - 45, 12);
    const ks = kernels(diff);
    expect(ks).toHaveLength(1);
    expect(ks[0]!.binding.outputs.map((o) => o.size)).toEqual([1]);
    expect(nd.groupMean(ages, gender).toArray()).toEqual([35, 45]);
  });

  it('a masked mean at 1e6 never stores the selection', () => {
    const x = nd.random([1e6], { seed: 1 });
    const mean = x.select(x.gt(0.5)).mean();
    expect(kernels(mean)).toHaveLength(1);
    expect(mean.item()).toBeCloseTo(0.75, 2);
  });
});

describe('nonzero and groups', () => {
  it('nonzero gives one index array per dimension', () => {
    const [r, c] = nd.array([[0, 3, 0], [4, 0, 5]]).nonzero();
    expect(r!.toArray()).toEqual([0, 1, 1]);
    expect(c!.toArray()).toEqual([1, 0, 2]);
    expect(nd.countNonzero(nd.array([[0, 3, 0], [4, 0, 5]]), 1).toArray()).toEqual([1, 2]);
  });

  it('groupSum and groupMean, with an empty group', () => {
    const v = nd.array([1, 2, 3, 4, 5]);
    const k = nd.array([2, 0, 2, 0, 2]);
    expect(nd.groupSum(v, k).toArray()).toEqual([6, 0, 9]);
    const means = nd.groupMean(v, k).toArray() as number[];
    expect(means[0]).toBe(3);
    expect(means[1]).toBeNaN();
    expect(means[2]).toBe(3);
    expect(nd.groupSum(v, k, { groups: 4 }).toArray()).toEqual([6, 0, 9, 0]);
  });
});

describe('mask errors', () => {
  const x = nd.array([1, 2, 3]);
  it.each([
    [() => x.select(nd.array([1, 0, 1])), /^ndfuse: select: argument 'mask' must be a bool array \(from a comparison, say\), got dtype int32/],
    [() => x.select(nd.array([true, false])), /^ndfuse: select: argument 'mask' has shape \[2\], which does not match the array's \[3\]/],
    [() => x.setWhere(nd.array([0.5, 1, 0]), 0), /^ndfuse: setWhere: argument 'mask' must be a bool array/],
    [() => nd.groupSum(x, nd.array([0.5, 1, 2])), /^ndfuse: groupSum: argument 'keys' must hold integer group numbers/],
    [() => nd.groupSum(x, nd.array([0, -1, 2])), /^ndfuse: groupSum: argument 'keys' must not be negative, found -1/],
    [() => nd.groupSum(x, nd.array([0, 1000, 2])), /^ndfuse: groupSum: argument 'keys' name 1001 groups; group reductions handle at most 256/],
    [() => nd.groupMean(x, nd.array([0, 1])), /^ndfuse: groupMean: argument 'keys' has shape \[2\]/],
  ])('%#', (f, msg) => {
    expect(f).toThrow(msg);
  });
});
