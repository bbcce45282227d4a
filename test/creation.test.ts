// Creating arrays, and reading them back.

import { describe, expect, it } from 'vitest';
import { arange, array, full, linspace, ones, random, zeros } from '../src/index.js';

describe('creation', () => {
  it('array infers shape and dtype from nested data', () => {
    const a = array([[1, 2, 3], [4, 5, 6]]);
    expect(a.shape).toEqual([2, 3]);
    expect(a.dtype).toBe('int32');
    expect(array([1.5, 2]).dtype).toBe('float64');
    expect(array([true, false]).dtype).toBe('bool');
    expect(array([3e9]).dtype).toBe('float64');
    expect(array(5).shape).toEqual([]);
    expect(a.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(array([true, false]).toArray()).toEqual([true, false]);
  });

  it('a TypedArray of the right type is used without a copy', () => {
    const data = new Float32Array([1, 2, 3, 4]);
    const a = array(data, { shape: [2, 2] });
    expect(a.dtype).toBe('float32');
    expect(array(data).toTypedArray()).toBe(data);
    expect(array(data).node).toBe(array(data).node); // same array, same node
    expect(array(new Int16Array([1, -2])).dtype).toBe('int32');
    expect(array(new Float64Array([1.7, -2.2]), { dtype: 'int32' }).toArray()).toEqual([1, -2]);
    expect(array(new Uint8Array([0, 1]), { dtype: 'bool' }).toArray()).toEqual([false, true]);
  });

  it('zeros, ones and full are lazy constants', () => {
    expect(zeros([2, 2]).realised).toBe(false);
    expect(zeros([2, 2]).toArray()).toEqual([[0, 0], [0, 0]]);
    expect(ones([3], { dtype: 'int32' }).toTypedArray()).toEqual(new Int32Array([1, 1, 1]));
    expect(full([2], 7).dtype).toBe('int32');
    expect(full([2], 0.5).toArray()).toEqual([0.5, 0.5]);
    expect(full([1], true).item()).toBe(true);
  });

  it('arange and linspace follow numpy', () => {
    expect(arange(5).toArray()).toEqual([0, 1, 2, 3, 4]);
    expect(arange(1, 2, 0.25).toArray()).toEqual([1, 1.25, 1.5, 1.75]);
    expect(arange(5, 0, -2).toArray()).toEqual([5, 3, 1]);
    expect(arange(0, 0).size).toBe(0);
    expect(linspace(0, 1, 5).toArray()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linspace(0, 1, 4, { endpoint: false }).toArray()).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('random is deterministic for a seed and uniform in [0, 1)', () => {
    const a = random([10000], { seed: 42 }).toTypedArray();
    expect(random([10000], { seed: 42 }).toTypedArray()).toEqual(a);
    expect(random([10000], { seed: 43 }).toTypedArray()).not.toEqual(a);
    let sum = 0;
    for (const v of a) {
      expect(v >= 0 && v < 1).toBe(true);
      sum += v;
    }
    expect(Math.abs(sum / a.length - 0.5)).toBeLessThan(0.02);
    expect(random([3], { seed: 1, dtype: 'float32' }).dtype).toBe('float32');
  });

  it('item and toArray on 0-d and empty arrays', () => {
    expect(array([[7]]).item()).toBe(7);
    expect(array(3.5).add(1).item()).toBe(4.5);
    expect(zeros([0, 3]).toArray()).toEqual([]);
  });
});
