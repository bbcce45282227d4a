// Math.exp and Math.log as WebAssembly functions of the module, so a kernel that calls them stays in
// WebAssembly without a call out to JavaScript per element. They are fdlibm's e_exp.c and e_log.c,
// the algorithms V8 runs for Math.exp and Math.log (its base/ieee754.cc, which returns Math.E for
// exp(1)): the same operations in the same order give the same bits, which test/wasm-math.test.ts checks against Math over the whole
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
    get(X), get(t), f(P1), get(t), f(P2), get(t), f(P3), get(t), f(P4), get(t), f(P5), ['f64.mul'], ['f64.add'], ['f64.mul'], ['f64.add'], ['f64.mul'], ['f64.add'], ['f64.mul'], ['f64.add'], ['f64.mul'], ['f64.sub'], set(c),
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
    get(z), f(Lg[1]!), get(w), f(Lg[3]!), get(w), f(Lg[5]!), get(w), f(Lg[7]!), ['f64.mul'], ['f64.add'], ['f64.mul'], ['f64.add'], ['f64.mul'], ['f64.add'], ['f64.mul'],
    get(w), f(Lg[2]!), get(w), f(Lg[4]!), get(w), f(Lg[6]!), ['f64.mul'], ['f64.add'], ['f64.mul'], ['f64.add'], ['f64.mul'],
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

/** The Math functions a module can carry as its own WebAssembly, by op: each a function of one f64. */
export const WASM_MATH: Readonly<Partial<Record<string, (name: string) => WasmFunc>>> = { exp, log };

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
  const below = (h: number): Instr[] => [get(ax), v(new Float64Array(new BigInt64Array([BigInt(h) << 32n]).buffer)[0]!), ['f64x2.lt']];
  const pick = (a: Instr[], b: Instr[], mask: Instr[]): Instr[] => [...a, ...b, ...mask, ['v128.bitselect']];
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
    get(xr), get(t), v(P1), get(t), v(P2), get(t), v(P3), get(t), v(P4), get(t), v(P5),
    ['f64x2.mul'], ['f64x2.add'], ['f64x2.mul'], ['f64x2.add'], ['f64x2.mul'], ['f64x2.add'], ['f64x2.mul'], ['f64x2.add'], ['f64x2.mul'], ['f64x2.sub'], set(c),
    // y = 1 - ((lo - xr c / (2 - c)) - hi), times 2**k made from k + 1023 in the exponent bits
    v(1), get(lo), get(xr), get(c), ['f64x2.mul'], v(2), get(c), ['f64x2.sub'], ['f64x2.div'], ['f64x2.sub'], get(hi), ['f64x2.sub'], ['f64x2.sub'],
    get(k), ['i32x4.trunc_sat_f64x2_s_zero'], i(1023), ['i32x4.splat'], ['i32x4.add'], ['i64x2.extend_low_i32x4_s'], i(52), ['i64x2.shl'], ['f64x2.mul'], set(into),
    ...pick([v(1), get(x), ['f64x2.add']], [get(into)], below(0x3e300000)), set(into),
    ...pick([v(Math.E)], [get(into)], [get(x), v(1), ['f64x2.eq']]), set(into),
    ['else'],
    // a lane out of that range: both lanes the scalar way
    get(x), get(x), ['f64x2.extract_lane', 0], scalar, ['f64x2.replace_lane', 0], set(into),
    get(into), get(x), ['f64x2.extract_lane', 1], scalar, ['f64x2.replace_lane', 1], set(into),
    ['end'],
  ];
}

/** The Math functions a kernel can compute two float64 lanes at a time, by op, written into its
 *  loop; `scalar` calls the one-lane function of the same op (WASM_MATH). */
export const WASM_MATH_X2: Readonly<Partial<Record<string, (x: number, into: number, at: Lanes, scalar: Instr) => Instr[]>>> = { exp: expLanes };
