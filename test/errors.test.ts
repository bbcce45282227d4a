// Bad input: an error that names ndfuse, the op and the argument; nothing crashes inside generated
// code; a failed evaluation changes no input.

import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import { array, evalAll, NdfuseError, random } from '../src/index.js';

const CASES: [string, () => unknown, RegExp][] = [
  ['shapes that do not broadcast', () => nd.add(random([3]), random([4])), /^ndfuse: add: argument 'b' has shape \[4\], which cannot be broadcast with \[3\]/],
  ['an unknown dtype', () => array([1, 2], { dtype: 'float16' as never }), /^ndfuse: array: argument 'dtype' is not a dtype: the string "float16"/],
  ['astype to an unknown dtype', () => random([2]).astype('int64' as never), /^ndfuse: astype: argument 'dtype' is not a dtype/],
  ['ragged nested arrays', () => array([[1, 2], [3]]), /^ndfuse: array: argument 'data' is ragged/],
  ['ragged depth', () => array([[1, 2], 3] as never), /^ndfuse: array: argument 'data' is ragged/],
  ['non-numeric data', () => array([1, 'two'] as never), /^ndfuse: array: argument 'data' holds the string "two"/],
  ['an object operand', () => nd.mul(random([2]), { x: 1 } as never), /^ndfuse: mul: argument 'b' must be a LazyArray, a number/],
  ['a bad axis', () => random([2, 3]).expandDims(5), /^ndfuse: expandDims: argument 'axis' number 5 is out of range/],
  ['a bad transpose', () => random([2, 3]).transpose([0, 0]), /^ndfuse: transpose: argument 'axes' must be a permutation/],
  ['squeezing a non-unit axis', () => random([2, 3]).squeeze(0), /^ndfuse: squeeze: argument 'axis' 0 has size 2, not 1/],
  ['a reshape that does not fit', () => random([6]).reshape([4, 2]), /^ndfuse: reshape: argument 'shape' \[4, 2\] cannot hold the 6 elements/],
  ['an index out of range', () => random([2, 3]).slice(0, 3), /^ndfuse: slice: argument 'specs\[1\]' index number 3 is out of range for size 3/],
  ['a zero step', () => random([5]).slice('::0'), /^ndfuse: slice: argument 'specs\[0\]' has step 0/],
  ['a bad broadcastTo', () => random([3]).broadcastTo([4]), /^ndfuse: broadcastTo: argument 'shape' \[4\] is not a broadcast of shape \[3\]/],
  ['a negative shape', () => nd.zeros([-1]), /^ndfuse: full: argument 'shape' must be an array of non-negative integers/],
  ['item of many', () => random([2]).item(), /^ndfuse: item: the array has 2 elements, not 1/],
  ['out of the wrong type', () => random([3]).eval({ out: new Float32Array(3) }), /^ndfuse: evalAll: argument 'out\[0\]' must be a Float64Array for dtype float64, got a Float32Array/],
  ['out of the wrong size', () => random([3]).eval({ out: new Float64Array(2) }), /^ndfuse: evalAll: argument 'out\[0\]' has 2 elements where 3 are needed/],
  ['a DataView', () => array(new DataView(new ArrayBuffer(8)) as never), /^ndfuse: array: argument 'data' cannot hold a DataView/],
  ['BigInt data', () => array(new BigInt64Array(2) as never), /^ndfuse: array: argument 'data' cannot hold a BigInt64Array/],
  ['a bool Uint8Array holding 2', () => array(new Uint8Array([0, 2]), { dtype: 'bool' }), /^ndfuse: array: argument 'data' with dtype bool must hold only 0 and 1/],
];

describe('errors at the API boundary', () => {
  it.each(CASES)('%s', (_name, f, message) => {
    let err: unknown;
    try {
      f();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NdfuseError);
    expect((err as Error).message).toMatch(message);
  });
});

describe('a failed evaluation loses nothing', () => {
  it('leaves the inputs and the out buffer as they were', () => {
    const a = new Float64Array([1, 2, 3]);
    const b = new Float64Array([4, 5, 6]);
    const x = array(a).mul(b).sub(1);
    const out = new Float32Array([9, 9, 9]);
    expect(() => x.eval({ out: out as never })).toThrow(NdfuseError);
    expect(Array.from(a)).toEqual([1, 2, 3]);
    expect(Array.from(b)).toEqual([4, 5, 6]);
    expect(Array.from(out)).toEqual([9, 9, 9]);
    expect(() => evalAll([x, 'nope' as never])).toThrow(/^ndfuse: evalAll: argument 'xs'/);
    expect(Array.from(a)).toEqual([1, 2, 3]);
  });
});

describe('out', () => {
  it('writes into a buffer the caller owns', () => {
    const out = new Float64Array(4);
    const r = array([1, 2, 3, 4], { dtype: 'float64' }).mul(2).eval({ out });
    expect(Array.from(out)).toEqual([2, 4, 6, 8]);
    expect(r.toTypedArray()).toBe(out);
  });

  it('may be an input read in place, or through a view (then it is written last)', () => {
    const a = new Float64Array([1, 2, 3, 4]);
    array(a).mul(10).eval({ out: a });
    expect(Array.from(a)).toEqual([10, 20, 30, 40]);
    const m = new Float64Array([1, 2, 3, 4]);
    const t = array(m, { shape: [2, 2] }).T.add(0.5);
    t.eval({ out: m });
    expect(Array.from(m)).toEqual([1.5, 3.5, 2.5, 4.5]);
    const r = new Float64Array([1, 2, 3, 4, 5]);
    array(r).slice('::-1').eval({ out: r });
    expect(Array.from(r)).toEqual([5, 4, 3, 2, 1]);
  });
});
