// Math.exp, Math.log, Math.sin and Math.cos written in WebAssembly, so a kernel that calls them stays
// in WebAssembly without a call out to JavaScript per element: one-lane functions of the module, and
// two-lane code written into a kernel's loop. They are fdlibm's algorithms, the ones V8 runs for
// these Math functions (its base/ieee754.cc, which returns Math.E for exp(1)): the same operations in
// the same order give the same bits, which test/wasm-math.test.ts checks against Math over the whole
// range, special values included. A host whose Math differs fails that test, not silently.

import type { Instr, ValType, WasmFunc } from './wasm.js';

const get = (l: number): Instr => ['local.get', l];
const set = (l: number): Instr => ['local.set', l];
const f = (v: number): Instr => ['f64.const', v];
const i = (v: number): Instr => ['i32.const', v];

/** The high 32 bits of f64 local `x`, on the stack. */
const high = (x: number): Instr[] => [get(x), ['i64.reinterpret_f64'], i(32), ['i64.extend_i32_u'], ['i64.shr_u'], ['i32.wrap_i64']];
/** The low 32 bits. */
const low = (x: number): Instr[] => [get(x), ['i64.reinterpret_f64'], ['i32.wrap_i64']];
/** The f64 whose high word is on the stack and whose low word is `lo` (instructions). */
const withWords = (lo: Instr[]): Instr[] => [['i64.extend_i32_u'], i(32), ['i64.extend_i32_u'], ['i64.shl'], ...lo, ['i64.extend_i32_u'], ['i64.or'], ['f64.reinterpret_i64']];
const ret = (...v: Instr[]): Instr[] => [...v, ['return']];
/** c0 + x (c1 + x (c2 + ... x cn)), fdlibm's nesting of a polynomial in x (instructions that push
 *  it), on the stack: in f64, or over f64x2 lanes with `konst` giving each coefficient. */
function horner(x: Instr, cs: readonly number[], t: 'f64' | 'f64x2' = 'f64', konst: (v: number) => Instr = f): Instr[] {
  const out: Instr[] = [konst(cs[0]!)];
  for (const c of cs.slice(1)) out.push(x, konst(c));
  for (let j = 1; j < cs.length; j++) out.push([`${t}.mul`], [`${t}.add`]);
  return out;
}
/** Per lane, `a` where `mask` is set, else `b` (each instructions that push a vector). */
const pick = (a: Instr[], b: Instr[], mask: Instr[]): Instr[] => [...a, ...b, ...mask, ['v128.bitselect']];
/** The double whose high word is `h` and low word 0. */
const fromHigh = (h: number): number => new Float64Array(new BigInt64Array([BigInt(h) << 32n]).buffer)[0]!;

class Fn {
  readonly locals: ValType[] = [];
  local(t: ValType): number {
    this.locals.push(t);
    return this.locals.length; // after the one parameter, x
  }
}

const X = 0;

function exp(name: string): WasmFunc {
  const fn = new Fn();
  const hx = fn.local('i32'), xsb = fn.local('i32'), k = fn.local('i32');
  const hi = fn.local('f64'), lo = fn.local('f64'), t = fn.local('f64'), c = fn.local('f64'), y = fn.local('f64'), twopk = fn.local('f64');
  const ln2HI = 6.93147180369123816490e-01, ln2LO = 1.90821492927058770002e-10, invln2 = 1.44269504088896338700e+00;
  const [P1, P2, P3, P4, P5] = [1.66666666666666019037e-01, -2.77777777770155933842e-03, 6.61375632143793436117e-05, -1.65339022054652515390e-06, 4.13813679705723846039e-08];
  // a constant or its negation by the sign of x (fdlibm's tables of two)
  const signed = (v: number): Instr[] => [f(v), f(-v), get(xsb), ['i32.eqz'], ['select']];
  const body: Instr[] = [
    ...high(X), set(hx), get(hx), i(31), ['i32.shr_u'], set(xsb), get(hx), i(0x7fffffff), ['i32.and'], set(hx),
    // |x| >= 709.78: NaN, infinities, overflow and underflow
    get(hx), i(0x40862e42), ['i32.ge_u'], ['if'],
    get(hx), i(0x7ff00000), ['i32.ge_u'], ['if'],
    get(hx), i(0xfffff), ['i32.and'], ...low(X), ['i32.or'], ['if'], ...ret(get(X), get(X), ['f64.add']), ['end'],
    ...ret(get(X), f(0), get(xsb), ['i32.eqz'], ['select']), ['end'],
    get(X), f(7.09782712893383973096e+02), ['f64.gt'], ['if'], ...ret(f(Infinity)), ['end'],
    get(X), f(-7.45133219101941108420e+02), ['f64.lt'], ['if'], ...ret(f(0)), ['end'],
    ['end'],
    // reduce: x = k ln2 + r, |r| <= ln2 / 2, r as hi - lo
    i(0), set(k),
    get(hx), i(0x3fd62e42), ['i32.gt_u'], ['if'],
    get(hx), i(0x3ff0a2b2), ['i32.lt_u'], ['if'],
    // V8's one change to fdlibm's exp: exp(1) is Math.E, where the steps below give one ulp more
    get(X), f(1), ['f64.eq'], ['if'], ...ret(f(Math.E)), ['end'],
    get(X), ...signed(ln2HI), ['f64.sub'], set(hi), ...signed(ln2LO), set(lo), i(1), get(xsb), ['i32.sub'], get(xsb), ['i32.sub'], set(k),
    ['else'],
    f(invln2), get(X), ['f64.mul'], ...signed(0.5), ['f64.add'], ['i32.trunc_f64_s'], set(k),
    get(k), ['f64.convert_i32_s'], set(t), get(X), get(t), f(ln2HI), ['f64.mul'], ['f64.sub'], set(hi), get(t), f(ln2LO), ['f64.mul'], set(lo),
    ['end'],
    get(hi), get(lo), ['f64.sub'], set(X),
    ['else'],
    // |x| < 2**-28: 1 + x
    get(hx), i(0x3e300000), ['i32.lt_u'], ['if'], ...ret(f(1), get(X), ['f64.add']), ['end'],
    ['end'],
    get(X), get(X), ['f64.mul'], set(t),
    // 2**k (pre-scaled by 2**1000 below the normal range)
    get(k), i(-1021), ['i32.ge_s'], ['if'], i(0x3ff00000), get(k), i(20), ['i32.shl'], ['i32.add'], ...withWords([i(0)]), set(twopk),
    ['else'], i(0x3ff00000), get(k), i(1000), ['i32.add'], i(20), ['i32.shl'], ['i32.add'], ...withWords([i(0)]), set(twopk), ['end'],
    get(X), get(t), ...horner(get(t), [P1, P2, P3, P4, P5]), ['f64.mul'], ['f64.sub'], set(c),
    get(k), ['i32.eqz'], ['if'], ...ret(f(1), get(X), get(c), ['f64.mul'], get(c), f(2), ['f64.sub'], ['f64.div'], get(X), ['f64.sub'], ['f64.sub']), ['end'],
    f(1), get(lo), get(X), get(c), ['f64.mul'], f(2), get(c), ['f64.sub'], ['f64.div'], ['f64.sub'], get(hi), ['f64.sub'], ['f64.sub'], set(y),
    get(k), i(-1021), ['i32.lt_s'], ['if'], ...ret(get(y), get(twopk), ['f64.mul'], f(9.33263618503218878990e-302), ['f64.mul']), ['end'],
    get(k), i(1024), ['i32.eq'], ['if'], ...ret(get(y), f(2), ['f64.mul'], f(8.98846567431157953865e307), ['f64.mul']), ['end'],
    get(y), get(twopk), ['f64.mul'],
  ];
  return { name, params: ['f64'], results: ['f64'], locals: fn.locals, body };
}

function log(name: string): WasmFunc {
  const fn = new Fn();
  const hx = fn.local('i32'), k = fn.local('i32'), j = fn.local('i32'), i2 = fn.local('i32');
  const fx = fn.local('f64'), R = fn.local('f64'), s = fn.local('f64'), dk = fn.local('f64'), z = fn.local('f64'), w = fn.local('f64'), hfsq = fn.local('f64');
  const ln2hi = 6.93147180369123816490e-01, ln2lo = 1.90821492927058770002e-10, two54 = 1.80143985094819840000e+16;
  const Lg = [0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01];
  const body: Instr[] = [
    ...high(X), set(hx), i(0), set(k),
    // subnormal, zero or negative
    get(hx), i(0x00100000), ['i32.lt_s'], ['if'],
    get(hx), i(0x7fffffff), ['i32.and'], ...low(X), ['i32.or'], ['i32.eqz'], ['if'], ...ret(f(-Infinity)), ['end'],
    get(hx), i(0), ['i32.lt_s'], ['if'], ...ret(get(X), get(X), ['f64.sub'], f(0), ['f64.div']), ['end'],
    i(-54), set(k), get(X), f(two54), ['f64.mul'], set(X), ...high(X), set(hx),
    ['end'],
    get(hx), i(0x7ff00000), ['i32.ge_s'], ['if'], ...ret(get(X), get(X), ['f64.add']), ['end'],
    get(k), get(hx), i(20), ['i32.shr_s'], i(1023), ['i32.sub'], ['i32.add'], set(k),
    get(hx), i(0x000fffff), ['i32.and'], set(hx),
    // normalise x into [sqrt(2)/2, sqrt(2)): i is 0x100000 where the mantissa is past sqrt(2)
    get(hx), i(0x95f64), ['i32.add'], i(0x100000), ['i32.and'], set(j),
    get(hx), get(j), i(0x3ff00000), ['i32.xor'], ['i32.or'], ...withWords(low(X)), set(X),
    get(k), get(j), i(20), ['i32.shr_s'], ['i32.add'], set(k),
    get(X), f(1), ['f64.sub'], set(fx),
    get(k), ['f64.convert_i32_s'], set(dk),
    // |f| < 2**-20
    i(0x000fffff), i(2), get(hx), ['i32.add'], ['i32.and'], i(3), ['i32.lt_s'], ['if'],
    get(fx), f(0), ['f64.eq'], ['if'],
    get(k), ['i32.eqz'], ['if'], ...ret(f(0)), ['end'],
    ...ret(get(dk), f(ln2hi), ['f64.mul'], get(dk), f(ln2lo), ['f64.mul'], ['f64.add']), ['end'],
    get(fx), get(fx), ['f64.mul'], f(0.5), f(0.33333333333333333), get(fx), ['f64.mul'], ['f64.sub'], ['f64.mul'], set(R),
    get(k), ['i32.eqz'], ['if'], ...ret(get(fx), get(R), ['f64.sub']), ['end'],
    ...ret(get(dk), f(ln2hi), ['f64.mul'], get(R), get(dk), f(ln2lo), ['f64.mul'], ['f64.sub'], get(fx), ['f64.sub'], ['f64.sub']),
    ['end'],
    get(fx), f(2), get(fx), ['f64.add'], ['f64.div'], set(s), get(s), get(s), ['f64.mul'], set(z),
    get(hx), i(0x6147a), ['i32.sub'], set(i2), get(z), get(z), ['f64.mul'], set(w), i(0x6b851), get(hx), ['i32.sub'], set(j),
    // R = t2 + t1, t1 = w (Lg2 + w (Lg4 + w Lg6)), t2 = z (Lg1 + w (Lg3 + w (Lg5 + w Lg7)))
    get(z), ...horner(get(w), [Lg[1]!, Lg[3]!, Lg[5]!, Lg[7]!]), ['f64.mul'],
    get(w), ...horner(get(w), [Lg[2]!, Lg[4]!, Lg[6]!]), ['f64.mul'],
    ['f64.add'], set(R),
    get(i2), get(j), ['i32.or'], set(i2),
    get(i2), i(0), ['i32.gt_s'], ['if'],
    f(0.5), get(fx), ['f64.mul'], get(fx), ['f64.mul'], set(hfsq),
    get(k), ['i32.eqz'], ['if'], ...ret(get(fx), get(hfsq), get(s), get(hfsq), get(R), ['f64.add'], ['f64.mul'], ['f64.sub'], ['f64.sub']), ['end'],
    ...ret(get(dk), f(ln2hi), ['f64.mul'], get(hfsq), get(s), get(hfsq), get(R), ['f64.add'], ['f64.mul'], get(dk), f(ln2lo), ['f64.mul'], ['f64.add'], ['f64.sub'], get(fx), ['f64.sub'], ['f64.sub']),
    ['end'],
    get(k), ['i32.eqz'], ['if'], ...ret(get(fx), get(s), get(fx), get(R), ['f64.sub'], ['f64.mul'], ['f64.sub']), ['end'],
    get(dk), f(ln2hi), ['f64.mul'], get(s), get(fx), get(R), ['f64.sub'], ['f64.mul'], get(dk), f(ln2lo), ['f64.mul'], ['f64.sub'], get(fx), ['f64.sub'], ['f64.sub'],
  ];
  return { name, params: ['f64'], results: ['f64'], locals: fn.locals, body };
}

// ---- sin and cos: fdlibm's reduction by pi/2 (the medium range), then its kernels -------------

const PIO2 = [1.57079632673412561417e+00, 6.07710050650619224932e-11, 6.07710050630396597660e-11, 2.02226624879595063154e-21, 2.02226624871116645580e-21, 8.47842766036889956997e-32];
const S = [-1.66666666666666324348e-01, 8.33333333332248946124e-03, -1.98412698298579493134e-04, 2.75573137070700676789e-06, -2.50507602534068634195e-08, 1.58969099521155010221e-10];
const C = [4.16666666666666019037e-02, -1.38888888888741095749e-03, 2.48015872894767294178e-05, -2.75573143513906633035e-07, 2.08757232129817482790e-09, -1.13596475577881948265e-11];
/** Past 2**19 pi/2 fdlibm reduces by a multi-word 2/pi (__kernel_rem_pio2): those go to Math. */
const MEDIUM = 0x413921fb;

/** fdlibm's __kernel_sin(x, y, iy) of f64 locals into local `into`: |x| <= pi/4, y its tail. */
function kernelSin(fn: Fn, x: number, y: number | null, into: number): Instr[] {
  const z = fn.local('f64'), v = fn.local('f64'), r = fn.local('f64');
  return [
    ...high(x), i(0x7fffffff), ['i32.and'], i(0x3e400000), ['i32.lt_u'], ['if'], get(x), set(into), ['else'],
    get(x), get(x), ['f64.mul'], set(z), get(z), get(x), ['f64.mul'], set(v),
    ...horner(get(z), S.slice(1)), set(r),
    ...(y === null
      ? [get(x), get(v), f(S[0]!), get(z), get(r), ['f64.mul'], ['f64.add'], ['f64.mul'], ['f64.add']] as Instr[]
      : [get(x), get(z), f(0.5), get(y), ['f64.mul'], get(v), get(r), ['f64.mul'], ['f64.sub'], ['f64.mul'], get(y), ['f64.sub'], get(v), f(S[0]!), ['f64.mul'], ['f64.sub'], ['f64.sub']] as Instr[]),
    set(into), ['end'],
  ];
}

/** fdlibm's __kernel_cos(x, y) into local `into`. */
function kernelCos(fn: Fn, x: number, y: number | null, into: number): Instr[] {
  const ix = fn.local('i32'), z = fn.local('f64'), r = fn.local('f64'), qx = fn.local('f64');
  const xy: Instr[] = y === null ? [f(0)] : [get(x), get(y), ['f64.mul']];
  const zrxy: Instr[] = [get(z), get(r), ['f64.mul'], ...xy, ['f64.sub']];
  return [
    ...high(x), i(0x7fffffff), ['i32.and'], set(ix),
    get(ix), i(0x3e400000), ['i32.lt_u'], ['if'], f(1), set(into), ['else'],
    get(x), get(x), ['f64.mul'], set(z),
    get(z), ...horner(get(z), C), ['f64.mul'], set(r),
    get(ix), i(0x3fd33333), ['i32.lt_u'], ['if'], f(1), f(0.5), get(z), ['f64.mul'], ...zrxy, ['f64.sub'], ['f64.sub'], set(into), ['else'],
    get(ix), i(0x3fe90000), ['i32.gt_u'], ['if'], f(0.28125), set(qx), ['else'], get(ix), i(0x00200000), ['i32.sub'], ...withWords([i(0)]), set(qx), ['end'],
    f(1), get(qx), ['f64.sub'], f(0.5), get(z), ['f64.mul'], get(qx), ['f64.sub'], ...zrxy, ['f64.sub'], ['f64.sub'], set(into),
    ['end'], ['end'],
  ];
}

/** fdlibm's __ieee754_rem_pio2 of x (pi/4 < |x| <= 2**19 pi/2): n into `n`, x - n pi/2 as y0 + y1. */
function remPio2(fn: Fn, x: number, n: number, y0: number, y1: number): Instr[] {
  const hx = fn.local('i32'), ix = fn.local('i32'), j = fn.local('i32'), t = fn.local('f64'), z = fn.local('f64'), r = fn.local('f64'), w = fn.local('f64'), fnv = fn.local('f64');
  const [p1, p1t, p2, p2t, p3, p3t] = PIO2 as [number, number, number, number, number, number];
  // |x| < 3 pi / 4: n = +-1 (the two halves differ only in signs; near pi/2, 33 + 33 + 53 bits of pi)
  const near = (sign: 1 | -1): Instr[] => {
    const op = sign > 0 ? 'f64.sub' : 'f64.add';
    return [
      get(x), f(p1), [op], set(z),
      get(ix), i(0x3ff921fb), ['i32.ne'], ['if'], get(z), f(p1t), [op], set(y0), get(z), get(y0), ['f64.sub'], f(p1t), [op], set(y1),
      ['else'], get(z), f(p2), [op], set(z), get(z), f(p2t), [op], set(y0), get(z), get(y0), ['f64.sub'], f(p2t), [op], set(y1), ['end'],
      i(sign), set(n),
    ];
  };
  /** One more round of the reduction with the next 33 bits of pi/2 (pio2_2 or pio2_3) and its tail. */
  const round = (pk: number, pkt: number): Instr[] => [
    get(r), set(t), get(fnv), f(pk), ['f64.mul'], set(w), get(t), get(w), ['f64.sub'], set(r),
    get(fnv), f(pkt), ['f64.mul'], get(t), get(r), ['f64.sub'], get(w), ['f64.sub'], ['f64.sub'], set(w), get(r), get(w), ['f64.sub'], set(y0),
  ];
  // how many bits the subtraction cancelled: the exponent of |x| less that of y0
  const lost: Instr[] = [get(j), ...high(y0), i(20), ['i32.shr_u'], i(0x7ff), ['i32.and'], ['i32.sub']];
  return [
    ...high(x), set(hx), get(hx), i(0x7fffffff), ['i32.and'], set(ix),
    get(ix), i(0x4002d97c), ['i32.lt_u'], ['if'],
    get(hx), i(0), ['i32.gt_s'], ['if'], ...near(1), ['else'], ...near(-1), ['end'],
    ['else'],
    get(x), ['f64.abs'], set(t), get(t), f(6.36619772367581382433e-01), ['f64.mul'], f(0.5), ['f64.add'], ['i32.trunc_f64_s'], set(n),
    get(n), ['f64.convert_i32_s'], set(fnv), get(t), get(fnv), f(p1), ['f64.mul'], ['f64.sub'], set(r), get(fnv), f(p1t), ['f64.mul'], set(w),
    get(r), get(w), ['f64.sub'], set(y0),
    // unless n < 32 and |x| is not within a word of n pi/2 (fdlibm's table npio2_hw holds the high
    // words of n pi/2), check the cancellation and reduce again
    get(n), i(32), ['i32.lt_s'], get(ix), get(n), ['f64.convert_i32_s'], f(Math.PI / 2), ['f64.mul'], set(z), ...high(z), ['i32.ne'], ['i32.and'], ['i32.eqz'], ['if'],
    get(ix), i(20), ['i32.shr_u'], set(j),
    ...lost, i(16), ['i32.gt_s'], ['if'], ...round(p2, p2t), ...lost, i(49), ['i32.gt_s'], ['if'], ...round(p3, p3t), ['end'], ['end'],
    ['end'],
    get(r), get(y0), ['f64.sub'], get(w), ['f64.sub'], set(y1),
    get(hx), i(0), ['i32.lt_s'], ['if'], get(y0), ['f64.neg'], set(y0), get(y1), ['f64.neg'], set(y1), i(0), get(n), ['i32.sub'], set(n), ['end'],
    ['end'],
  ];
}

/** sin or cos: the kernel on |x| <= pi/4, NaN for infinities and NaN, the reduction's quadrant
 *  picking the kernel and sign, and Math's own function past the medium range. */
function trig(which: 'sin' | 'cos') {
  return (name: string, imported: (op: string) => Instr): WasmFunc => {
    const fn = new Fn();
    const ix = fn.local('i32'), n = fn.local('i32'), y0 = fn.local('f64'), y1 = fn.local('f64'), out = fn.local('f64');
    const kernel = (q: number): Instr[] => {
      // sin: S, C, -S, -C by quadrant; cos: C, -S, -C, S
      const k = (q + (which === 'cos' ? 1 : 0)) & 3;
      return [...((k & 1) === 0 ? kernelSin(fn, y0, y1, out) : kernelCos(fn, y0, y1, out)), ...(k >= 2 ? [get(out), ['f64.neg'], set(out)] as Instr[] : [])];
    };
    const body: Instr[] = [
      ...high(X), i(0x7fffffff), ['i32.and'], set(ix),
      get(ix), i(0x3fe921fb), ['i32.le_u'], ['if'], ...(which === 'sin' ? kernelSin(fn, X, null, out) : kernelCos(fn, X, null, out)), get(out), ['return'], ['end'],
      get(ix), i(0x7ff00000), ['i32.ge_u'], ['if'], ...ret(get(X), get(X), ['f64.sub']), ['end'],
      get(ix), i(MEDIUM), ['i32.gt_u'], ['if'], ...ret(get(X), imported(which)), ['end'],
      ...remPio2(fn, X, n, y0, y1),
      get(n), i(3), ['i32.and'], set(n),
      get(n), i(0), ['i32.eq'], ['if'], ...kernel(0), ['else'], get(n), i(1), ['i32.eq'], ['if'], ...kernel(1), ['else'],
      get(n), i(2), ['i32.eq'], ['if'], ...kernel(2), ['else'], ...kernel(3), ['end'], ['end'], ['end'],
      get(out),
    ];
    return { name, params: ['f64'], results: ['f64'], locals: fn.locals, body };
  };
}

/** The Math functions a module can carry as its own WebAssembly, by op: each a function of one f64;
 *  `imported(op)` calls Math's own, where a function leaves its rarest inputs to it. */
export const WASM_MATH: Readonly<Partial<Record<string, (name: string, imported: (op: string) => Instr) => WasmFunc>>> = { exp, log, sin: trig('sin'), cos: trig('cos') };

/** What lane code written into a kernel takes from it: new locals, and constants in both lanes
 *  (made once, before the kernel's loops). */
export interface Lanes {
  local(t: ValType): number;
  constant(v: number): number;
}

/**
 * exp over the two float64 lanes of local `x` into local `into`, written into the kernel's loop (so
 * unrolled vectors interleave): fdlibm's steps, lane by lane, where every lane is below 708 in
 * magnitude (no overflow, no subnormal result, no NaN): each branch's reduction is chosen per lane
 * by `bitselect` (|x| <= ln2 / 2 is k = 0: hi = x, lo = 0 give fdlibm's own formula for it, as the
 * negations are exact), 2**k is built in the exponent bits, |x| < 2**-28 gives 1 + x and exp(1)
 * gives e. Any other vector goes lane by lane through the scalar function that `scalar` calls.
 */
function expLanes(x: number, into: number, at: Lanes, scalar: Instr): Instr[] {
  const ax = at.local('v128'), k = at.local('v128'), hi = at.local('v128'), lo = at.local('v128'), xr = at.local('v128'), t = at.local('v128'), c = at.local('v128');
  const v = (value: number): Instr => get(at.constant(value));
  // |x| below the double whose high word is `h` (and low word 0): fdlibm's tests of the high word
  const below = (h: number): Instr[] => [get(ax), v(fromHigh(h)), ['f64x2.lt']];
  const [P1, P2, P3, P4, P5] = [1.66666666666666019037e-01, -2.77777777770155933842e-03, 6.61375632143793436117e-05, -1.65339022054652515390e-06, 4.13813679705723846039e-08];
  const neg: Instr[] = [get(x), v(0), ['f64x2.lt']];
  return [
    get(x), ['f64x2.abs'], set(ax),
    get(ax), v(708), ['f64x2.lt'], ['i64x2.all_true'], ['if'],
    // k: 0 up to ln2 / 2, the sign of x up to 1.5 ln2, else trunc(x / ln2 + sign(x) / 2)
    ...pick([v(0)], pick(pick([v(-1)], [v(1)], neg), [v(1.44269504088896338700e+00), get(x), ['f64x2.mul'], ...pick([v(-0.5)], [v(0.5)], neg), ['f64x2.add'], ['f64x2.trunc']],
      below(0x3ff0a2b2)), below(0x3fd62e43)), set(k),
    get(x), get(k), v(6.93147180369123816490e-01), ['f64x2.mul'], ['f64x2.sub'], set(hi),
    get(k), v(1.90821492927058770002e-10), ['f64x2.mul'], set(lo),
    get(hi), get(lo), ['f64x2.sub'], set(xr),
    get(xr), get(xr), ['f64x2.mul'], set(t),
    get(xr), get(t), ...horner(get(t), [P1, P2, P3, P4, P5], 'f64x2', v), ['f64x2.mul'], ['f64x2.sub'], set(c),
    // y = 1 - ((lo - xr c / (2 - c)) - hi), times 2**k made from k + 1023 in the exponent bits
    v(1), get(lo), get(xr), get(c), ['f64x2.mul'], v(2), get(c), ['f64x2.sub'], ['f64x2.div'], ['f64x2.sub'], get(hi), ['f64x2.sub'], ['f64x2.sub'],
    get(k), ['i32x4.trunc_sat_f64x2_s_zero'], i(1023), ['i32x4.splat'], ['i32x4.add'], ['i64x2.extend_low_i32x4_s'], i(52), ['i64x2.shl'], ['f64x2.mul'], set(into),
    ...pick([v(1), get(x), ['f64x2.add']], [get(into)], below(0x3e300000)), set(into),
    ...pick([v(Math.E)], [get(into)], [get(x), v(1), ['f64x2.eq']]), set(into),
    ['else'],
    // a lane out of that range: both lanes the scalar way
    ...laneByLane(x, into, at, scalar),
    ['end'],
  ];
}

/** A function over two lanes as two calls of the one-lane function: the kernel around it keeps
 *  its vectors. */
const laneByLane = (x: number, into: number, _at: Lanes, scalar: Instr): Instr[] => [
  get(x), get(x), ['f64x2.extract_lane', 0], scalar, ['f64x2.replace_lane', 0], set(into),
  get(into), get(x), ['f64x2.extract_lane', 1], scalar, ['f64x2.replace_lane', 1], set(into),
];


/**
 * sin or cos over two float64 lanes of local `x` into `into`, written into the kernel's loop:
 * fdlibm's steps lane by lane. A vector whose lanes are all within pi/4 takes the kernel on x
 * itself. Otherwise, where every lane is within 2**19 pi/2, none within a word of pi/2 (fdlibm's
 * own reduction there) and the first round of the reduction cancels at most 16 bits (else fdlibm
 * reduces again): the reduction by n pi/2 (|x| < 3 pi / 4 is n = 1, which it gives the same bits),
 * both kernels, each lane's kernel and sign by its quadrant, lanes within pi/4 on x itself (sin by
 * the formula fdlibm keeps for a zero tail). Any other vector goes lane by lane.
 */
function trigLanes(which: 'sin' | 'cos') {
  return (x: number, into: number, at: Lanes, scalar: Instr): Instr[] => {
    const L = (): number => at.local('v128');
    const ax = L(), fn = L(), r = L(), w = L(), y0 = L(), y1 = L(), q = L(), z = L(), v = L(), p = L(), zr = L(), s1 = L(), c1 = L(), qx = L(), small = L();
    const k = (value: number): Instr => get(at.constant(value));
    const below = (of: number, h: number): Instr[] => [get(of), ['f64x2.abs'], k(fromHigh(h)), ['f64x2.lt']];
    // bit b of the quadrant as an i64 lane mask
    const quadrantBit = (b: number): Instr[] => [get(q), i(b), ['i32x4.splat'], ['v128.and'], i(0), ['i32x4.splat'], ['i32x4.ne'], ['i64x2.extend_low_i32x4_s']];
    const [p1, p1t] = PIO2 as [number, number];
    /** z = y^2 and, for sin, v = z y and its polynomial p; for cos, zr = z r (r: fdlibm's). */
    const poly = (y: number, sin: boolean): Instr[] => [
      get(y), get(y), ['f64x2.mul'], set(z),
      ...(sin ? [get(z), get(y), ['f64x2.mul'], set(v),
        ...horner(get(z), S.slice(1), 'f64x2', k), set(p)] as Instr[]
        : [get(z), ...horner(get(z), C, 'f64x2', k), ['f64x2.mul'], get(z), ['f64x2.mul'], set(zr)] as Instr[]),
    ];
    /** __kernel_sin(y, tail) after `poly(y, true)` into s1: fdlibm's formula for a zero tail when
     *  `tail` is null; y itself when tiny. */
    const sinKernel = (y: number, tail: Instr[] | null): Instr[] => [
      ...(tail === null ? [get(y), get(v), k(S[0]!), get(z), get(p), ['f64x2.mul'], ['f64x2.add'], ['f64x2.mul'], ['f64x2.add']] as Instr[]
        : [get(y), get(z), k(0.5), ...tail, ['f64x2.mul'], get(v), get(p), ['f64x2.mul'], ['f64x2.sub'], ['f64x2.mul'], ...tail, ['f64x2.sub'], get(v), k(S[0]!), ['f64x2.mul'], ['f64x2.sub'], ['f64x2.sub']] as Instr[]),
      set(s1), ...pick([get(y)], [get(s1)], below(y, 0x3e400000)), set(s1),
    ];
    /** __kernel_cos(y, tail) after `poly(y, false)` into c1: qx = 0.28125 past 0.78125, else |y| / 4
     *  cut to its high word; 1 when tiny. */
    const cosKernel = (y: number, tail: number | null): Instr[] => [
      ...(tail === null ? [] : [get(zr), get(y), get(tail), ['f64x2.mul'], ['f64x2.sub'], set(zr)] as Instr[]),
      ...pick([k(0.28125)], [get(y), ['f64x2.abs'], i(-1), ['i32x4.splat'], i(32), ['i64x2.shl'], ['v128.and'], i(0x00200000), ['i32x4.splat'], i(32), ['i64x2.shl'], ['i32x4.sub']],
        [get(y), ['f64x2.abs'], k(fromHigh(0x3fe90001)), ['f64x2.ge']]), set(qx),
      ...pick([k(1), k(0.5), get(z), ['f64x2.mul'], get(zr), ['f64x2.sub'], ['f64x2.sub']],
        [k(1), get(qx), ['f64x2.sub'], k(0.5), get(z), ['f64x2.mul'], get(qx), ['f64x2.sub'], get(zr), ['f64x2.sub'], ['f64x2.sub']], below(y, 0x3fd33333)), set(c1),
      ...pick([k(1)], [get(c1)], below(y, 0x3e400000)), set(c1),
    ];
    return [
      get(x), ['f64x2.abs'], set(ax),
      ...below(x, 0x3fe921fc), set(small),
      get(small), ['i64x2.all_true'], ['if'],
      // every lane within pi/4: the kernel on x, no tail
      ...(which === 'sin' ? [...poly(x, true), ...sinKernel(x, null), get(s1)] : [...poly(x, false), ...cosKernel(x, null), get(c1)]), set(into),
      ['else'],
      // the reduction's first round: n = trunc(|x| 2/pi + 1/2), y0 = (|x| - n p1) - n p1t
      get(ax), k(6.36619772367581382433e-01), ['f64x2.mul'], k(0.5), ['f64x2.add'], ['f64x2.trunc'], set(fn),
      get(ax), get(fn), k(p1), ['f64x2.mul'], ['f64x2.sub'], set(r), get(fn), k(p1t), ['f64x2.mul'], set(w),
      get(r), get(w), ['f64x2.sub'], set(y0),
      // every lane in the range, none near pi/2, no lane cancelled more than 16 bits
      get(ax), k(fromHigh(MEDIUM + 1)), ['f64x2.lt'],
      get(ax), k(fromHigh(0x3ff921fb)), ['f64x2.lt'], get(ax), k(fromHigh(0x3ff921fc)), ['f64x2.ge'], ['v128.or'], ['v128.and'],
      // (|y0| at least 2**(e - 16) for e the exponent of |x|: fdlibm's i <= 16)
      get(y0), ['f64x2.abs'], get(ax), i(0x7ff00000), ['i32x4.splat'], i(32), ['i64x2.shl'], ['v128.and'], k(2 ** -16), ['f64x2.mul'], ['f64x2.ge'], ['v128.and'],
      ['i64x2.all_true'], ['if'],
      get(r), get(y0), ['f64x2.sub'], get(w), ['f64x2.sub'], set(y1),
      // negative x: -y0, -y1 and -n; |x| <= pi/4: x itself, no tail, n = 0
      ...pick([get(y0), ['f64x2.neg']], [get(y0)], [get(x), k(0), ['f64x2.lt']]), set(y0),
      ...pick([get(y1), ['f64x2.neg']], [get(y1)], [get(x), k(0), ['f64x2.lt']]), set(y1),
      ...pick([get(fn), ['f64x2.neg']], [get(fn)], [get(x), k(0), ['f64x2.lt']]), set(fn),
      ...pick([get(x)], [get(y0)], [get(small)]), set(y0), ...pick([k(0)], [get(y1)], [get(small)]), set(y1), ...pick([k(0)], [get(fn)], [get(small)]), set(fn),
      // the quadrant, n & 3 (plus one for cos), as i64 lane masks of its two bits
      get(fn), ['i32x4.trunc_sat_f64x2_s_zero'], ...(which === 'cos' ? [i(1), ['i32x4.splat'], ['i32x4.add']] as Instr[] : []), set(q),
      // both kernels on y0, y1 (sin's formula for no tail where the lane is within pi/4)
      ...poly(y0, true), ...sinKernel(y0, [get(y1)]), get(s1), set(w), ...sinKernel(y0, null), ...pick([get(s1)], [get(w)], [get(small)]), set(s1),
      ...poly(y0, false), ...cosKernel(y0, y1),
      // quadrant bit 0 picks the kernel, bit 1 the sign
      ...pick([get(c1)], [get(s1)], quadrantBit(1)), set(into),
      ...pick([get(into), ['f64x2.neg']], [get(into)], quadrantBit(2)), set(into),
      ['else'], ...laneByLane(x, into, at, scalar), ['end'],
      ['end'],
    ];
  };
}

/** The Math functions a kernel can compute two float64 lanes at a time, by op, written into its
 *  loop; `scalar` calls the one-lane function of the same op (WASM_MATH). */
export const WASM_MATH_X2: Readonly<Partial<Record<string, (x: number, into: number, at: Lanes, scalar: Instr) => Instr[]>>> = {
  exp: expLanes, log: laneByLane, sin: trigLanes('sin'), cos: trigLanes('cos'),
};
