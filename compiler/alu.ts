// What every elementwise op means, as data: the JS expression the code generator emits and the scalar
// function the reference interpreter calls stand side by side, so the two can be read against each
// other and the tests compare them. Operands arrive already promoted to one dtype by the API.

import { castExpr, castFn, isFloat, isInt, type DType } from './dtype.js';
import type { AluOp } from './ir.js';
import { paren as p } from './js.js';

// every reference function is called with three arguments, so none may be variadic (Math.min is)
type Fn = (a: number, b: number, c: number) => number;

export interface AluDef {
  readonly arity: 1 | 2 | 3;
  /** Result dtype for operands of dtype `d`. */
  readonly out: (d: DType) => DType;
  /** The value, before it is cast to the result dtype. */
  readonly ref: (d: DType) => Fn;
  /** JS source for the value, before the cast. */
  readonly emit: (d: DType, a: string, b: string, c: string) => string;
  /** The raw value already fits the result dtype, so no cast is emitted. */
  readonly exact: boolean;
}

// Helpers the generated kernels call by name (the kernel cache binds them): one definition for both
// backends, small enough for V8 to inline.
export const LIB = {
  /** numpy's round: half to even. */
  rint(x: number): number {
    const r = Math.round(x);
    return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  },
  /** numpy's float mod: the result takes the sign of the divisor, a zero result too. */
  fmodpy(a: number, b: number): number {
    const r = a % b;
    if (r === 0) return b < 0 ? -0 : 0;
    return r < 0 !== b < 0 ? r + b : r;
  },
  /** C99's (and numpy's) pow: 1 ** y and (-1) ** ±inf are 1, where JavaScript's Math.pow gives NaN. */
  fpow(a: number, b: number): number {
    return a === 1 || (a === -1 && (b === Infinity || b === -Infinity)) ? 1 : Math.pow(a, b);
  },
  /** numpy's integer mod: sign of the divisor, and 0 for a zero divisor. */
  imod(a: number, b: number): number {
    if (b === 0) return 0;
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r;
  },
  /** integer fmod: sign of the dividend, and 0 for a zero divisor. */
  ifmod(a: number, b: number): number {
    return b === 0 ? 0 : a % b;
  },
  /** int32 power with wrap-around, by squaring (Math.pow loses bits past 2**53). */
  ipow(a: number, b: number): number {
    if (b < 0) return a === 1 ? 1 : a === -1 ? (b & 1 ? -1 : 1) : 0;
    let r = 1;
    let base = a | 0;
    for (let e = b | 0; e > 0; e >>>= 1) {
      if (e & 1) r = Math.imul(r, base);
      base = Math.imul(base, base);
    }
    return r;
  },
  /** numpy's sign: NaN stays NaN, zeros give 0. */
  fsign(x: number): number {
    return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : NaN;
  },
} as const;

export type LibName = keyof typeof LIB;

const same = (d: DType): DType => d;
const toBool = (): DType => 'bool';

function def(arity: 1 | 2 | 3, ref: (d: DType) => Fn, emit: AluDef['emit'], opts: Partial<AluDef> = {}): AluDef {
  return { arity, out: same, ref, emit, exact: false, ...opts };
}

/** A Math.* function of floats. */
function math(name: keyof Math & string): AluDef {
  const f = Math[name] as (x: number) => number;
  return def(1, () => f, (_d, a) => `Math.${name}(${a})`);
}

function compare(f: Fn, op: string): AluDef {
  // `+(a < b)` turns the boolean into 0 or 1 without a branch (a ternary mispredicts on random data)
  return def(2, () => f, (_d, a, b) => `+(${p(a)} ${op} ${p(b)})`, { out: toBool, exact: true });
}

export const ALU: Readonly<Record<AluOp, AluDef>> = {
  neg: def(1, () => (a) => -a, (_d, a) => `-${p(a)}`),
  abs: def(1, () => Math.abs, (_d, a) => `Math.abs(${a})`),
  sign: def(1, () => LIB.fsign, (_d, a) => `fsign(${a})`, { exact: true }),
  sqrt: math('sqrt'), exp: math('exp'), expm1: math('expm1'), log: math('log'), log1p: math('log1p'),
  log10: math('log10'), sin: math('sin'), cos: math('cos'), tan: math('tan'), asin: math('asin'),
  acos: math('acos'), atan: math('atan'), sinh: math('sinh'), cosh: math('cosh'), tanh: math('tanh'),
  asinh: math('asinh'), acosh: math('acosh'), atanh: math('atanh'),
  floor: math('floor'), ceil: math('ceil'), trunc: math('trunc'),
  round: def(1, () => LIB.rint, (_d, a) => `rint(${a})`),
  not: def(1, () => (a) => a ^ 1, (_d, a) => `(${p(a)} ^ 1)`, { exact: true }),

  add: def(2, () => (a, b) => a + b, (_d, a, b) => `${p(a)} + ${p(b)}`),
  sub: def(2, () => (a, b) => a - b, (_d, a, b) => `${p(a)} - ${p(b)}`),
  mul: def(2, (d) => (d === 'int32' ? Math.imul : (a, b) => a * b),
    (d, a, b) => (d === 'int32' ? `Math.imul(${a}, ${b})` : `${p(a)} * ${p(b)}`)),
  div: def(2, () => (a, b) => a / b, (_d, a, b) => `${p(a)} / ${p(b)}`),
  pow: def(2, (d) => (isInt(d) ? LIB.ipow : LIB.fpow),
    (d, a, b) => (isInt(d) ? `ipow(${a}, ${b})` : `fpow(${a}, ${b})`)),
  mod: def(2, (d) => (isInt(d) ? LIB.imod : LIB.fmodpy),
    (d, a, b) => (isInt(d) ? `imod(${a}, ${b})` : `fmodpy(${a}, ${b})`)),
  fmod: def(2, (d) => (isInt(d) ? LIB.ifmod : (a, b) => a % b),
    (d, a, b) => (isInt(d) ? `ifmod(${a}, ${b})` : `${p(a)} % ${p(b)}`)),
  atan2: def(2, () => Math.atan2, (_d, a, b) => `Math.atan2(${a}, ${b})`),
  minimum: def(2, () => (a, b) => Math.min(a, b), (_d, a, b) => `Math.min(${a}, ${b})`, { exact: true }),
  maximum: def(2, () => (a, b) => Math.max(a, b), (_d, a, b) => `Math.max(${a}, ${b})`, { exact: true }),

  eq: compare((a, b) => (a === b ? 1 : 0), '==='),
  ne: compare((a, b) => (a !== b ? 1 : 0), '!=='),
  lt: compare((a, b) => (a < b ? 1 : 0), '<'),
  le: compare((a, b) => (a <= b ? 1 : 0), '<='),
  gt: compare((a, b) => (a > b ? 1 : 0), '>'),
  ge: compare((a, b) => (a >= b ? 1 : 0), '>='),
  and: def(2, () => (a, b) => a & b, (_d, a, b) => `(${p(a)} & ${p(b)})`, { exact: true }),
  or: def(2, () => (a, b) => a | b, (_d, a, b) => `(${p(a)} | ${p(b)})`, { exact: true }),
  xor: def(2, () => (a, b) => a ^ b, (_d, a, b) => `(${p(a)} ^ ${p(b)})`, { exact: true }),

  // where(cond, x, y): cond is bool, x and y share the result dtype
  where: def(3, () => (c, x, y) => (c !== 0 ? x : y), (_d, c, x, y) => `(${p(c)} !== 0 ? ${x} : ${y})`, { exact: true }),
};

/**
 * How a product kernel (matmul, CSR times dense) multiplies and adds in dtype `d`, for the generated
 * kernels and the reference alike: floats in float64; integers wrap as numpy's do, with Math.imul
 * into int32 accumulators (an Int32Array stores each sum mod 2**32), exact where float64 products
 * would lose bits past 2**53.
 */
export function productOf(d: DType): {
  readonly accumulators: Float64ArrayConstructor | Int32ArrayConstructor;
  readonly emit: (x: string, y: string) => string;
  readonly mul: (x: number, y: number) => number;
} {
  return isFloat(d)
    ? { accumulators: Float64Array, emit: (x, y) => `${x} * ${y}`, mul: (x, y) => x * y }
    : { accumulators: Int32Array, emit: (x, y) => `Math.imul(${x}, ${y})`, mul: Math.imul };
}

/** The emitted expression for `op` with its cast to the result dtype. */
export function emitAlu(op: AluOp, d: DType, args: readonly string[]): string {
  const a = ALU[op];
  const raw = a.emit(d, args[0] ?? '', args[1] ?? '', args[2] ?? '');
  return a.exact ? raw : castExpr(a.out(d), raw);
}

/** The reference function for `op` with its cast to the result dtype. */
export function refAlu(op: AluOp, d: DType): Fn {
  const a = ALU[op];
  const f = a.ref(d);
  if (a.exact || d === 'float64') return f;
  const cast = castFn(a.out(d));
  return (x, y, z) => cast(f(x, y, z));
}

/** Emitted conversion of a value of dtype `from` to dtype `to`. */
export function emitCast(from: DType, to: DType, e: string): string {
  if (from === to) return e;
  // values that already fit need no code: bool and uint8 fit everything, int32 fits float64
  if (from === 'bool' || (from === 'uint8' && to !== 'bool') || (from === 'int32' && to === 'float64')) return e;
  if (from === 'float32' && to === 'float64') return e;
  return castExpr(to, e);
}

