// Math.exp, log, sin and cos written as WebAssembly (compiler/wasm-math.ts) against Math itself: the
// same bits over the whole range, special values, subnormals and the edges of every branch included,
// one lane at a time and two at a time inside a kernel.

import { describe, expect, it } from 'vitest';
import { encode, WASM_MATH } from '../compiler/index.js';
import * as nd from '../src/index.js';
import { lcg } from './helpers.js';

const mathOf = (op: 'exp' | 'log' | 'sin' | 'cos'): ((x: number) => number) => {
  // what a function leaves to Math (sin and cos past 2**19 pi/2) calls import 0
  const fn = WASM_MATH[op]!(op, () => ['call', 0]);
  const bytes = encode({ memory: { min: 1, max: 1, shared: false }, imports: [{ name: 'math', params: ['f64'], results: ['f64'] }], funcs: [fn] });
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory, math: Math[op] } }).exports[op] as (x: number) => number;
};

/** x's neighbours: the doubles just below and above. */
function around(x: number): number[] {
  const f = new Float64Array([x]), b = new BigInt64Array(f.buffer);
  const out = [x];
  for (const d of [-2n, -1n, 1n, 2n]) {
    const g = new BigInt64Array([b[0]! + d]);
    out.push(new Float64Array(g.buffer)[0]!);
  }
  return out;
}

function check(op: 'exp' | 'log' | 'sin' | 'cos', xs: Iterable<number>): void {
  const mine = mathOf(op), math = Math[op];
  let n = 0;
  for (const x of xs) {
    n++;
    const got = mine(x), want = math(x);
    if (!Object.is(got, want)) expect.fail(`${op}(${x}): WebAssembly gives ${got}, Math gives ${want}`);
  }
  expect(n).toBeGreaterThan(0);
}

const SPECIAL = [0, -0, NaN, Infinity, -Infinity, 1, -1, 2, 0.5, Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308, 1e-310,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, 1 + Number.EPSILON, 1 - Number.EPSILON / 2];

describe('WebAssembly exp, log, sin and cos give the bits of Math', () => {
  it('exp over its whole range and at every branch edge', () => {
    const r = lcg(1);
    const xs: number[] = [...SPECIAL];
    for (let i = 0; i < 200_000; i++) xs.push((r() - 0.5) * 1500, (r() - 0.5) * 4, (r() - 0.5) * 1e-7, (r() - 0.5) * 1e-300);
    // |x| around ln2 / 2, 1.5 ln2, 2**-28, the overflow and underflow thresholds, k = -1021 and 1024
    for (const e of [0.5 * Math.LN2, 1.5 * Math.LN2, 2 ** -28, 709.782712893384, 745.1332191019411, 708.3964185322641, 709.089565712824, 707, 720, 744.44]) {
      xs.push(...around(e), ...around(-e));
    }
    check('exp', xs);
  });

  it.each(['exp', 'sin', 'cos'] as const)('%s two lanes at a time in a kernel: every lane as Math, vectors with a lane out of the fast range included', (op) => {
    const r = lcg(op.length * 7 + op.charCodeAt(0));
    const xs: number[] = [...SPECIAL, 1, 1, -1, 708, -708, 707.99, -707.99, 1e6, -3e5, 1e300];
    for (let i = 0; i < 100_000; i++) xs.push((r() - 0.5) * 1500, (r() - 0.5) * 4, (r() - 0.5) * 1e-7, (r() - 0.5) * 1420, (r() - 0.5) * 2e6);
    for (const e of [0.5 * Math.LN2, 1.5 * Math.LN2, 2 ** -28, 2 ** -27, 708, 1, 0.3, 0.78125, Math.PI / 4, 3 * Math.PI / 4]) for (const a of around(e)) xs.push(a, -a);
    for (let n = 1; n <= 40; n++) for (const a of around(n * Math.PI / 2)) xs.push(a, -a, r(), a);
    const x = nd.array(Float64Array.from(xs));
    nd.withConfig({ backend: 'wasm' }, () => {
      expect(nd.explain(nd[op](x))).toMatch(/WebAssembly[^\n]*2 elements at a time in SIMD128/);
      const got = nd[op](x).toTypedArray();
      xs.forEach((v, j) => { if (!Object.is(got[j], Math[op](v))) expect.fail(`${op}(${v}) in a kernel: ${got[j]}, Math gives ${Math[op](v)}`); });
    });
  });

  it.each(['sin', 'cos'] as const)('%s over the medium range and past it, near multiples of pi/2, tiny and special values', (op) => {
    const r = lcg(op === 'sin' ? 4 : 5);
    const xs: number[] = [...SPECIAL, 1e6, -1e6, 1e300, 2 ** 19 * Math.PI / 2];
    for (let i = 0; i < 150_000; i++) xs.push((r() - 0.5) * 8, (r() - 0.5) * 200, (r() - 0.5) * 2e6, (r() - 0.5) * 1e-8, (r() - 0.5) * 1e-300);
    // n pi/2 for the quadrants and the cancellations that need a second and third reduction
    for (let n = 1; n <= 40; n++) for (const a of around(n * Math.PI / 2)) xs.push(a, -a);
    for (const e of [Math.PI / 4, 0.3, 0.78125, 2 ** -27, 3 * Math.PI / 4, 1.5707963267948966, 6381956970095103 * 2 ** 797 % 1e5]) for (const a of around(e)) xs.push(a, -a);
    check(op, xs);
  });

  it('log over its whole range, subnormals, negatives and numbers just around 1', () => {
    const r = lcg(2);
    const xs: number[] = [...SPECIAL];
    for (let i = 0; i < 200_000; i++) xs.push(r() * 100, Math.exp((r() - 0.5) * 1400), 1 + (r() - 0.5) * 1e-5, r() * 1e-310, -r() * 10, Math.SQRT2 * (1 + (r() - 0.5) * 1e-9));
    for (const e of [1, Math.SQRT2, Math.SQRT1_2, 2, 2 ** -1022, 2 ** 1023]) xs.push(...around(e));
    check('log', xs);
  });
});
