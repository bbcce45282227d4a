// Every elementwise op, dtype, broadcast and view case against the reference interpreter, exactly,
// at sizes around the chunk boundary. The chunk is set small here so that the boundary cases are cheap;
// one block at the default chunk size checks the same boundaries at full size.

import { describe, expect, it } from 'vitest';
import { BINARY_NAMES, DTYPES, FUNCTION_NAMES, LIB, type DType } from '../compiler/index.js';
import * as nd from '../src/index.js';
import { withConfig, DEFAULT_CHUNK, type LazyArray } from '../src/index.js';
import { expectSame, reference, sample } from './helpers.js';

const CHUNK = 64;
const SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 7];

type Unary = (x: LazyArray) => LazyArray;
type Binary = (a: LazyArray, b: LazyArray) => LazyArray;

const UNARY: Record<string, Unary> = {
  neg: nd.neg,
  // every one-array function of the op table, as a free function and as a method
  ...Object.fromEntries(FUNCTION_NAMES.flatMap((f) => [[f, nd[f]], [`.${f}`, (x: LazyArray) => x[f]()]])),
  round: (x) => nd.round(x), round2: (x) => nd.round(x, 2),
  not: nd.logicalNot, astypeF32: (x) => x.astype('float32'), astypeI32: (x) => x.astype('int32'),
  astypeU8: (x) => x.astype('uint8'), astypeBool: (x) => x.astype('bool'), astypeF64: (x) => x.astype('float64'),
};

const BINARY: Record<string, Binary> = {
  // the two-array ops of the op table (compiler/ir.ts BINARY), as functions and as methods
  ...Object.fromEntries(BINARY_NAMES.flatMap((f) => [[f, nd[f]], [`.${f}`, (a: LazyArray, b: LazyArray) => a[f](b)]])),
  and: nd.logicalAnd, or: nd.logicalOr, xor: nd.logicalXor,
  addScalar: (a) => a.add(3), mulFrac: (a) => a.mul(0.5), rsubScalar: (a) => nd.sub(2, a),
  clip: (a) => a.clip(-1, 1), whereGt: (a, b) => nd.where(a.gt(b), a, b),
};

// ops numpy refuses for booleans
const REFUSED: Record<string, string[]> = { bool: ['neg', 'sub', '.sub'] };

function check(x: LazyArray, what: string): void {
  const want = reference(x);
  const got = x.toTypedArray();
  expect(got.constructor).toBe(want.constructor);
  expectSame(got, want, what);
}

describe.each(DTYPES as DType[])('%s', (dtype) => {
  const refused = REFUSED[dtype] ?? [];
  it.each(SIZES)('unary ops at n = %i', (n) => withConfig({ chunk: CHUNK }, () => {
    const x = sample(dtype, [n], n + 1);
    for (const [name, f] of Object.entries(UNARY)) {
      if (refused.includes(name)) continue;
      check(f(x), `${name}(${dtype}[${n}])`);
    }
  }));

  it.each(SIZES)('binary ops at n = %i', (n) => withConfig({ chunk: CHUNK }, () => {
    const a = sample(dtype, [n], 2 * n + 3);
    const b = sample(dtype, [n], 3 * n + 5);
    for (const [name, f] of Object.entries(BINARY)) {
      if (refused.includes(name)) continue;
      check(f(a, b), `${name}(${dtype}[${n}], ${dtype}[${n}])`);
    }
  }));

  it('refuses what numpy refuses', () => {
    const x = sample(dtype, [4], 1);
    for (const name of refused) expect(() => (UNARY[name] ?? BINARY[name])!(x, x)).toThrow(/^ndfuse: /);
  });
});

describe('mixed dtypes promote as numpy does', () => {
  const pairs: [DType, DType, DType][] = [
    ['float32', 'float64', 'float64'], ['int32', 'float32', 'float64'], ['uint8', 'float32', 'float32'],
    ['uint8', 'int32', 'int32'], ['bool', 'uint8', 'uint8'], ['bool', 'float32', 'float32'], ['int32', 'int32', 'int32'],
  ];
  it.each(pairs)('%s + %s is %s', (da, db, want) => withConfig({ chunk: CHUNK }, () => {
    const a = sample(da, [CHUNK + 1], 7);
    const b = sample(db, [CHUNK + 1], 8);
    for (const f of [nd.add, nd.mul, nd.sub, nd.maximum, nd.div, nd.lt] as Binary[]) {
      const r = f(a, b);
      check(r, `${da} with ${db}`);
    }
    expect(nd.add(a, b).dtype).toBe(want);
  }));

  it('a JS number does not upcast a float32 array; a fraction makes ints float64', () => {
    const f = sample('float32', [3], 1);
    const i = sample('int32', [3], 1);
    const u = sample('uint8', [3], 1);
    expect(f.mul(2.5).dtype).toBe('float32');
    expect(i.add(1).dtype).toBe('int32');
    expect(i.add(0.5).dtype).toBe('float64');
    expect(u.add(1).dtype).toBe('uint8');
    expect(i.div(2).dtype).toBe('float64');
    expect(nd.sqrt(u).dtype).toBe('float32');
    expect(nd.sqrt(i).dtype).toBe('float64');
    expect(i.lt(f).dtype).toBe('bool');
  });

  it('int32 wraps like numpy, and integer % and ** are exact', () => {
    const big = nd.array(new Int32Array([2147483647, -2147483648, 46341, 7, -7, 3]));
    expect(Array.from(big.add(1).toTypedArray())).toEqual([-2147483648, -2147483647, 46342, 8, -6, 4]);
    expect(Array.from(big.mul(big).toTypedArray())).toEqual([1, 0, -2147479015, 49, 49, 9]);
    expect(Array.from(nd.mod(nd.array([7, -7, 7, -7, 5]), nd.array([3, 3, -3, -3, 0])).toTypedArray())).toEqual([1, 2, -2, -1, 0]);
    expect(Array.from(nd.fmod(nd.array([7, -7, 7, -7]), nd.array([3, 3, -3, -3])).toTypedArray())).toEqual([1, -1, 1, -1]);
    expect(Array.from(nd.pow(nd.array([3, 2, -2]), nd.array([20, 31, 3])).toTypedArray())).toEqual([-808182895, -2147483648, -8]);
    expect(Array.from(nd.round(nd.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.4])).toTypedArray())).toEqual([0, 2, 2, -0, -2, 2]);
  });

  it('integer powers known when the graph is built are multiplications (src/ops.ts MAX_POWER_CHAIN)', () => {
    const xs = Float64Array.from({ length: 2000 }, (_, i) => (i / 500 - 2) * (1 + i * 1e-7));
    const x = nd.array(xs);
    const ulps = (a: number, b: number): number => {
      const v = new Float64Array([a, b]);
      const i = new BigInt64Array(v.buffer);
      return Math.abs(Number(i[0]! - i[1]!));
    };
    // binary powering, in this order: the same bits on every backend
    const chain = (v: number, n: number): number => {
      let r: number | undefined, p = v;
      for (let e = n; e > 0; e >>= 1) {
        if (e & 1) r = r === undefined ? p : r * p;
        if (e > 1) p = p * p;
      }
      return r!;
    };
    for (let n = 2; n <= nd.MAX_POWER_CHAIN; n++) {
      const got = x.pow(n).toTypedArray();
      expectSame(got, Array.from(xs, (v) => chain(v, n)), `x ** ${n}`);
      const worst = Math.max(...Array.from(xs, (v, i) => ulps(got[i]!, Math.pow(v, n))));
      expect(worst, `x ** ${n}: ulps from Math.pow`).toBeLessThanOrEqual(n === 2 ? 0 : 12);
    }
    expect(x.pow(10).explain()).not.toMatch(/fpow/);
    expect(x.pow(17).explain()).toMatch(/fpow/);
    expect(x.pow(2.5).explain()).toMatch(/fpow/);
    // integers wrap to the bits the power gives; float32 rounds once, after products in float64
    const i = nd.array(new Int32Array([3, -3, 7, 46341, 255]));
    expect(Array.from(i.pow(13).toTypedArray())).toEqual(Array.from(i.toTypedArray(), (v) => LIB.ipow(v, 13)));
    const u = nd.array(new Uint8Array([3, 7, 255, 16]));
    expect(Array.from(u.pow(5).toTypedArray())).toEqual(Array.from(u.toTypedArray(), (v) => LIB.ipow(v, 5) & 255));
    const f = nd.array(new Float32Array([1.1, -2.3, 0.7]));
    expectSame(f.pow(9).toTypedArray(), Array.from(f.toTypedArray(), (v) => Math.fround(chain(v, 9))), 'float32 ** 9');
    expect(nd.array([true, false]).pow(3).toArray()).toEqual([1, 0]);
  });

  it('float32 results are rounded after every op, fused or not', () => {
    const x = nd.array(new Float32Array([0.1, 1 / 3, 1e-8]));
    const r = x.mul(3).add(1e-7).sqrt();
    const want = Array.from(x.toTypedArray(), (v) => Math.fround(Math.sqrt(Math.fround(Math.fround(v * 3) + Math.fround(1e-7)))));
    expectSame(r.toTypedArray(), want, 'float32 chain');
  });
});

describe('broadcasting and views', () => {
  const shapes: [string, number[], number[]][] = [
    ['row + column', [9, 1], [1, 7]],
    ['matrix + row', [13, 5], [5]],
    ['matrix + column', [5, 13], [5, 1]],
    ['3-D + 2-D', [3, 4, 6], [4, 1]],
    ['scalar shape', [], [8, 9]],
    ['size zero', [0, 3], [3]],
  ];
  it.each(shapes)('%s', (_name, sa, sb) => withConfig({ chunk: CHUNK }, () => {
    for (const d of ['float64', 'int32', 'float32'] as DType[]) {
      const a = sample(d, sa, 11);
      const b = sample(d, sb, 12);
      check(a.mul(b).sub(a), `${d}${JSON.stringify(sa)} * ${JSON.stringify(sb)}`);
      check(nd.where(a.gt(b), a, b.neg()), 'where');
    }
  }));

  const views: [string, (x: LazyArray) => LazyArray][] = [
    ['transpose', (x) => x.T],
    ['transpose 3-D', (x) => x.reshape([15, 3, 13]).transpose([2, 0, 1])],
    ['slice with steps', (x) => x.slice('1:', '::2')],
    ['negative step', (x) => x.slice('::-1', [null, null, -3])],
    ['index drops a dim', (x) => x.slice(2)],
    ['index then slice', (x) => x.slice(null, 4)],
    ['reshape of a transpose (copies)', (x) => x.T.reshape([13, 45])],
    ['reshape of a slice (no copy)', (x) => x.slice(null, '0:26').reshape([15, 2, 13])],
    ['broadcastTo', (x) => x.slice(0).broadcastTo([4, 39])],
    ['expandDims + squeeze', (x) => x.expandDims(1).squeeze(1).T],
    ['view of a computed value', (x) => x.mul(2).T.add(x.T)],
    ['slice of a broadcast', (x) => x.slice(null, '::3').reshape([15, 13, 1]).broadcastTo([15, 13, 4]).slice('1::4')],
  ];
  it.each(views)('%s', (_name, f) => withConfig({ chunk: CHUNK }, () => {
    for (const d of DTYPES) {
      const x = sample(d, [15, 39], 21);
      const v = f(x);
      check(v, `${d} view`);
      if (d !== 'bool') check(v.add(v), `${d} view + view`);
    }
  }));
});

describe('at the default chunk size', () => {
  it.each([0, 1, DEFAULT_CHUNK - 1, DEFAULT_CHUNK, DEFAULT_CHUNK + 1, 3 * DEFAULT_CHUNK + 7])('n = %i', (n) => {
    const a = sample('float64', [n], 5);
    const b = sample('float64', [n], 6);
    check(a.mul(b).sub(1), 'tf * idf - 1');
    const m = sample('float32', [n], 7);
    check(nd.where(m.gt(0), m.sqrt(), m.exp()), 'where float32');
    if (n > 7) check(a.slice('::7').add(b.slice('1::7')), 'strided');
  });
});
