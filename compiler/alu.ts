// What every elementwise op means, as data: its arity, result dtype and the scalar function the
// reference interpreter calls (the definition every backend matches). How a renderer writes an op is
// the renderer's (compiler/js-ops.ts for JavaScript). Operands arrive promoted to one dtype by the API.

import { castFn, isFloat, isInt, type DType } from './dtype.js';
import { FUNCTION_NAMES, FUNCTIONS, type AluOp, type FunctionName } from './ir.js';

// every reference function is called with three arguments, so none may be variadic (Math.min is)
type Fn = (a: number, b: number, c: number) => number;

export interface AluDef {
  readonly arity: 1 | 2 | 3;
  /** Result dtype for operands of dtype `d`. */
  readonly out: (d: DType) => DType;
  /** The value, before it is cast to the result dtype. */
  readonly ref: (d: DType) => Fn;
  /** The raw value for operands of dtype `d` already fits the result dtype, so it needs no cast. */
  readonly exact: (d: DType) => boolean;
}

// The definitions of the ops JavaScript has no operator for: the reference calls them, and the
// generated kernels call them by name (the kernel cache binds them), small enough for V8 to inline.
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
const never = (): boolean => false;
const always = (): boolean => true;
const toBool = (): DType => 'bool';

function def(arity: 1 | 2 | 3, ref: (d: DType) => Fn, opts: Partial<AluDef> = {}): AluDef {
  return { arity, out: same, ref, exact: never, ...opts };
}

/** A Math.* function of floats. */
function math(name: FunctionName): AluDef {
  const f = Math[name] as (x: number) => number;
  return def(1, () => f, FUNCTIONS[name].keepsFloat ? { exact: isFloat } : {});
}

const compare = (f: Fn): AluDef => def(2, () => f, { out: toBool, exact: always });

export const ALU: Readonly<Record<AluOp, AluDef>> = {
  neg: def(1, () => (a) => -a, { exact: isFloat }),
  ...(Object.fromEntries(FUNCTION_NAMES.map((f) => [f, math(f)])) as Record<FunctionName, AluDef>),
  // numpy's sign, not Math.sign: NaN stays NaN, and the value needs no cast
  sign: def(1, () => LIB.fsign, { exact: always }),
  round: def(1, () => LIB.rint, { exact: isFloat }),
  not: def(1, () => (a) => a ^ 1, { exact: always }),

  add: def(2, () => (a, b) => a + b),
  sub: def(2, () => (a, b) => a - b),
  mul: def(2, (d) => (d === 'int32' ? Math.imul : (a, b) => a * b)),
  div: def(2, () => (a, b) => a / b),
  pow: def(2, (d) => (isInt(d) ? LIB.ipow : LIB.fpow)),
  mod: def(2, (d) => (isInt(d) ? LIB.imod : LIB.fmodpy)),
  fmod: def(2, (d) => (isInt(d) ? LIB.ifmod : (a, b) => a % b)),
  atan2: def(2, () => Math.atan2),
  minimum: def(2, () => (a, b) => Math.min(a, b), { exact: always }),
  maximum: def(2, () => (a, b) => Math.max(a, b), { exact: always }),

  eq: compare((a, b) => (a === b ? 1 : 0)),
  ne: compare((a, b) => (a !== b ? 1 : 0)),
  lt: compare((a, b) => (a < b ? 1 : 0)),
  le: compare((a, b) => (a <= b ? 1 : 0)),
  gt: compare((a, b) => (a > b ? 1 : 0)),
  ge: compare((a, b) => (a >= b ? 1 : 0)),
  and: def(2, () => (a, b) => a & b, { exact: always }),
  or: def(2, () => (a, b) => a | b, { exact: always }),
  xor: def(2, () => (a, b) => a ^ b, { exact: always }),

  // where(cond, x, y): cond is bool, x and y share the result dtype
  where: def(3, () => (c, x, y) => (c !== 0 ? x : y), { exact: always }),
};

/**
 * How a product kernel (matmul, CSR times dense) multiplies and adds in dtype `d`, for every backend
 * and the reference alike: floats in float64; integers wrap as numpy's do, with Math.imul into int32
 * accumulators (an Int32Array stores each sum mod 2**32), exact where float64 products would lose
 * bits past 2**53.
 */
export function productOf(d: DType): {
  readonly accumulators: Float64ArrayConstructor | Int32ArrayConstructor;
  readonly mul: (x: number, y: number) => number;
} {
  return isFloat(d) ? { accumulators: Float64Array, mul: (x, y) => x * y } : { accumulators: Int32Array, mul: Math.imul };
}

/** The reference function for `op` with its cast to the result dtype. */
export function refAlu(op: AluOp, d: DType): Fn {
  const a = ALU[op];
  const f = a.ref(d);
  if (a.exact(d) || d === 'float64') return f;
  const cast = castFn(a.out(d));
  return (x, y, z) => cast(f(x, y, z));
}
