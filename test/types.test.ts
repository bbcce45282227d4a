// Types that keep the dtype: each expression's static dtype (checked by TypeScript, through vitest's
// typecheck mode with test/tsconfig.types.json) is the dtype the runtime gives it (checked when the
// test runs).

import { describe, expect, expectTypeOf, it } from 'vitest';
import * as nd from '../src/index.js';
import type { LazyArray } from '../src/index.js';

const f64 = nd.random([4], { seed: 1 });
const f32 = nd.random([4], { seed: 2, dtype: 'float32' });
const i32 = nd.array(new Int32Array([1, 2, 3, 4]));
const u8 = nd.array(new Uint8Array([1, 2, 3, 4]));
const b = nd.array(new Uint8Array([1, 0, 1, 0]), { dtype: 'bool' });

/** The runtime dtype, which must be the static one. */
const dtypeOf = <D extends nd.DType>(x: LazyArray<D>): D => x.dtype;

describe('the README\'s examples keep their dtype', () => {
  it('tf * idf - 1 over float64 arrays is a Float64Array', () => {
    const tf = nd.random([1000], { seed: 1 });
    const idf = nd.array(new Float64Array(1000).fill(2.5));
    const x = tf.mul(idf).sub(1);
    const data = x.toTypedArray();
    expectTypeOf(x.dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(data).toEqualTypeOf<Float64Array>();
    const d: Float64Array = nd.array(new Float64Array(3)).mul(nd.array(new Float64Array(3))).sub(1).toTypedArray();
    expect(d).toBeInstanceOf(Float64Array);
  });

  it('creation', () => {
    expectTypeOf(f64.dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(f32.dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(nd.zeros([2]).dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(nd.ones([2], { dtype: 'int32' }).dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(nd.full([2], true).dtype).toEqualTypeOf<'bool'>();
    expectTypeOf(nd.linspace(0, 1, 5).dtype).toEqualTypeOf<'float64'>();
    expect([dtypeOf(f64), dtypeOf(f32), dtypeOf(nd.zeros([2])), dtypeOf(nd.ones([2], { dtype: 'int32' })), dtypeOf(nd.full([2], true))])
      .toEqual(['float64', 'float32', 'float64', 'int32', 'bool']);
  });
});

describe('numpy\'s promotion as types', () => {
  it('arrays with arrays', () => {
    const cases = [
      [f32.add(i32), 'float64'], [f32.add(u8), 'float32'], [i32.mul(u8), 'int32'], [u8.add(b), 'uint8'], [b.add(b), 'bool'],
      [f64.sub(f32), 'float64'], [i32.div(i32), 'float64'], [f32.div(u8), 'float32'], [b.pow(b), 'int32'], [u8.atan2(u8), 'float32'],
      [i32.atan2(f32), 'float64'], [nd.maximum(i32, u8), 'int32'], [nd.where(b, f32, u8), 'float32'],
    ] as const;
    expectTypeOf(f32.add(i32).dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(f32.add(u8).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(i32.mul(u8).dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(u8.add(b).dtype).toEqualTypeOf<'uint8'>();
    expectTypeOf(b.add(b).dtype).toEqualTypeOf<'bool'>();
    expectTypeOf(i32.div(i32).dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(f32.div(u8).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(b.pow(b).dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(u8.atan2(u8).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(i32.atan2(f32).dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(nd.maximum(i32, u8).dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(nd.where(b, f32, u8).dtype).toEqualTypeOf<'float32'>();
    for (const [x, d] of cases) expect(x.dtype).toBe(d);
  });

  it('JS numbers are weak scalars: an integer keeps an int array int, a fraction makes it float64, neither upcasts float32', () => {
    expectTypeOf(f32.mul(2.5).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(i32.add(1).dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(i32.add(0.5).dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(u8.mul(3).dtype).toEqualTypeOf<'uint8'>();
    expectTypeOf(b.add(1).dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(nd.mul(2, f32).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(u8.add(true).dtype).toEqualTypeOf<'uint8'>();
    const n: number = Math.random();
    // a number whose value the types do not know: either
    expectTypeOf(i32.add(n).dtype).toEqualTypeOf<'int32' | 'float64'>();
    expect([f32.mul(2.5), i32.add(1), i32.add(0.5), u8.mul(3), b.add(1), nd.mul(2, f32), u8.add(true)].map((x) => x.dtype))
      .toEqual(['float32', 'int32', 'float64', 'uint8', 'int32', 'float32', 'uint8']);
  });

  it('comparisons, logic, float functions, rounding', () => {
    expectTypeOf(f64.gt(0.5).dtype).toEqualTypeOf<'bool'>();
    expectTypeOf(f64.gt(0.5).and(b).dtype).toEqualTypeOf<'bool'>();
    expectTypeOf(i32.sqrt().dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(u8.exp().dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(nd.sqrt(f32).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(i32.floor().dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(f32.astype('uint8').dtype).toEqualTypeOf<'uint8'>();
    expect([f64.gt(0.5), i32.sqrt(), u8.exp(), nd.sqrt(f32), i32.floor(), f32.astype('uint8')].map((x) => x.dtype))
      .toEqual(['bool', 'float64', 'float32', 'float32', 'int32', 'uint8']);
  });
});

describe('reductions, views, products', () => {
  it('give numpy\'s dtypes', () => {
    expectTypeOf(i32.sum().dtype).toEqualTypeOf<'float64'>();
    expectTypeOf(f32.mean(0).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(u8.max().dtype).toEqualTypeOf<'uint8'>();
    expectTypeOf(f64.argmax().dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(f64.any().dtype).toEqualTypeOf<'bool'>();
    expectTypeOf(nd.sum(f32).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(f32.reshape([2, 2]).T.slice(0).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(f32.select(f32.gt(0)).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(f32.reshape([2, 2]).matmul(u8.reshape([2, 2])).dtype).toEqualTypeOf<'float32'>();
    expectTypeOf(nd.dot(i32, i32).dtype).toEqualTypeOf<'int32'>();
    expectTypeOf(f32.sum().toTypedArray()).toEqualTypeOf<Float32Array>();
    expectTypeOf(b.toTypedArray()).toEqualTypeOf<Uint8Array>();
    expect([i32.sum(), f32.mean(0), u8.max(), f64.argmax(), f64.any(), nd.sum(f32), f32.reshape([2, 2]).T.slice(0), f32.select(f32.gt(0)),
      f32.reshape([2, 2]).matmul(u8.reshape([2, 2])), nd.dot(i32, i32)].map((x) => x.dtype))
      .toEqual(['float64', 'float32', 'uint8', 'int32', 'bool', 'float32', 'float32', 'float32', 'float32', 'int32']);
    expect(f32.sum().toTypedArray()).toBeInstanceOf(Float32Array);
  });

  it('a jitted function returns an array, with a shape', () => {
    const f = nd.jit((a, c) => a * c - 1);
    const r = f(f64, f64);
    expectTypeOf(r.dtype).toEqualTypeOf<nd.DType>();
    expect(r.shape).toEqual([4]);
    const g = nd.jit((a) => [a + 1, a * 2]);
    expect(g(f64)[1]!.shape).toEqual([4]);
  });
});
