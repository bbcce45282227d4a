// How the JavaScript renderer writes each op, cast, accumulator and product: text only. What they
// mean is in compiler/alu.ts, compiler/reduce.ts and compiler/dtype.ts, whose reference functions
// these must match bit for bit (the fuzzer and the backend suite check it); a renderer for another
// target has a table of its own beside this one.

import { ALU } from './alu.js';
import { isFloat, isInt, type DType } from './dtype.js';
import { FUNCTION_NAMES, type AluOp, type FunctionName, type ReduceOp } from './ir.js';
import type { AccKind } from './reduce.js';

/** Parenthesises an expression for use as an operand of an infix operator, unless it is a name, a
 *  number, an index, a call or already bracketed as a whole. */
export function paren(e: string): string {
  if (/^[\w$.]+$/.test(e)) return e;
  // a call `f(...)` or an index `a[...]` that spans the whole expression
  const open = e.search(/[([]/);
  if (open > 0 && /^[\w$.]*$/.test(e.slice(0, open)) && closing(e, open) === e.length - 1) return e;
  if (open === 0 && e[0] === '(' && closing(e, 0) === e.length - 1) return e;
  // a number made of a boolean, `+(...)`, binds tighter than any infix operator
  if (open === 1 && e[0] === '+' && closing(e, 1) === e.length - 1) return e;
  return `(${e})`;
}

/** Index of the bracket closing the one at `open` (round or square). */
function closing(e: string, open: number): number {
  let depth = 0;
  for (let i = open; i < e.length; i++) {
    if (e[i] === '(' || e[i] === '[') depth++;
    else if ((e[i] === ')' || e[i] === ']') && --depth === 0) return i;
  }
  return -1;
}

const p = paren;
type Emit = (d: DType, a: string, b: string, c: string) => string;
const math = (name: string): Emit => (_d, a) => `Math.${name}(${a})`;
// `+(a < b)` turns the boolean into 0 or 1 without a branch (a ternary mispredicts on random data)
const compare = (op: string): Emit => (_d, a, b) => `+(${p(a)} ${op} ${p(b)})`;

/** Each op's value in JavaScript, before the cast to its result dtype. `where` is written by the
 *  renderer itself (a branchless pick needs a scratch); this is its plain form. */
export const JS_ALU: Readonly<Record<AluOp, Emit>> = {
  neg: (_d, a) => `-${p(a)}`,
  ...(Object.fromEntries(FUNCTION_NAMES.map((f) => [f, math(f)])) as Record<FunctionName, Emit>),
  sign: (_d, a) => `fsign(${a})`,
  round: (_d, a) => `rint(${a})`,
  not: (_d, a) => `(${p(a)} ^ 1)`,

  add: (_d, a, b) => `${p(a)} + ${p(b)}`,
  sub: (_d, a, b) => `${p(a)} - ${p(b)}`,
  mul: (d, a, b) => (d === 'int32' ? `Math.imul(${a}, ${b})` : `${p(a)} * ${p(b)}`),
  div: (_d, a, b) => `${p(a)} / ${p(b)}`,
  pow: (d, a, b) => (isInt(d) ? `ipow(${a}, ${b})` : `fpow(${a}, ${b})`),
  mod: (d, a, b) => (isInt(d) ? `imod(${a}, ${b})` : `fmodpy(${a}, ${b})`),
  fmod: (d, a, b) => (isInt(d) ? `ifmod(${a}, ${b})` : `${p(a)} % ${p(b)}`),
  atan2: (_d, a, b) => `Math.atan2(${a}, ${b})`,
  minimum: (_d, a, b) => `Math.min(${a}, ${b})`,
  maximum: (_d, a, b) => `Math.max(${a}, ${b})`,

  eq: compare('==='), ne: compare('!=='), lt: compare('<'), le: compare('<='), gt: compare('>'), ge: compare('>='),
  and: (_d, a, b) => `(${p(a)} & ${p(b)})`,
  or: (_d, a, b) => `(${p(a)} | ${p(b)})`,
  xor: (_d, a, b) => `(${p(a)} ^ ${p(b)})`,

  where: (_d, c, x, y) => `(${p(c)} !== 0 ? ${x} : ${y})`,
};

/** Wraps a JS number expression so that it holds exactly what dtype `d` stores (castFn's rule). */
export function castExpr(d: DType, e: string): string {
  switch (d) {
    case 'float64': return e;
    case 'float32': return `Math.fround(${e})`;
    case 'int32': return `${paren(e)} | 0`;
    case 'uint8': return `${paren(e)} & 255`;
    case 'bool': return `+(${paren(e)} !== 0)`; // no branch, as for comparisons
  }
}

/** `op` over operands of dtype `d`, with its cast to the result dtype (unless `round` is false:
 *  the caller stores it where the array does the same). */
export function emitAlu(op: AluOp, d: DType, args: readonly string[], round = true): string {
  const raw = JS_ALU[op](d, args[0] ?? '', args[1] ?? '', args[2] ?? '');
  return ALU[op].exact(d) || !round ? raw : castExpr(ALU[op].out(d), raw);
}

/** A value of dtype `from` converted to dtype `to`. */
export function emitCast(from: DType, to: DType, e: string): string {
  if (from === to) return e;
  // values that already fit need no code: bool and uint8 fit everything, int32 fits float64
  if (from === 'bool' || (from === 'uint8' && to !== 'bool') || (from === 'int32' && to === 'float64')) return e;
  if (from === 'float32' && to === 'float64') return e;
  return castExpr(to, e);
}

/** A product kernel's multiply (compiler/alu.ts productOf). */
export const emitProduct = (d: DType, x: string, y: string): string => (isFloat(d) ? `${x} * ${y}` : `Math.imul(${x}, ${y})`);

/** How an accumulator is written: its variables (<p><name><k>, p = 'r' for one tile's, 'g' for the
 *  tiles merged so far) with their initial values, the statements adding value `v` to accumulator
 *  `k`, its result from the variables with prefix `p`, and, for a reduction with a tile rule
 *  (compiler/reduce.ts), the statements merging a tile's variables into the merged ones: the rule's
 *  arithmetic, in JavaScript. A float sum adds through lanes and blocks instead (codegen's
 *  foldLoop); these are its tile's state and result. */
export const JS_REDUCE: Readonly<Record<ReduceOp, {
  readonly vars: (kind: AccKind) => readonly (readonly [string, string])[];
  readonly step: (k: number, v: string, kind: AccKind) => string;
  readonly result: (k: number, kind: AccKind, p: 'r' | 'g') => string;
  readonly merge?: (k: number, kind: AccKind) => string;
}>> = {
  sum: {
    vars: (kind) => (kind === 'wrap' ? [['s', '0']] : [['s', '0'], ['c', '0'], ['n', '0']]),
    step: (k, v, kind) => (kind === 'wrap' ? `rs${k} = (rs${k} + ${v}) | 0;` : `rs${k} += ${v};`),
    result: (k, kind, p) => (kind === 'float' ? `(Number.isFinite(${p}n${k}) ? ${p}s${k} : ${p}n${k})` : `${p}s${k}`),
    merge: (k, kind) => (kind === 'wrap' ? `gs${k} = (gs${k} + rs${k}) | 0;`
      : `{ const y = rs${k} - gc${k}; const t = gs${k} + y; gc${k} = (t - gs${k}) - y; gs${k} = t; } gn${k} += rn${k};`),
  },
  prod: { vars: () => [['s', '1']], step: (k, v) => `rs${k} *= ${v};`, result: (k, _kind, p) => `${p}s${k}` },
  min: { vars: () => [['s', 'Infinity']], step: (k, v) => `rs${k} = Math.min(rs${k}, ${v});`, result: (k, _kind, p) => `${p}s${k}`, merge: (k) => `gs${k} = Math.min(gs${k}, rs${k});` },
  max: { vars: () => [['s', '-Infinity']], step: (k, v) => `rs${k} = Math.max(rs${k}, ${v});`, result: (k, _kind, p) => `${p}s${k}`, merge: (k) => `gs${k} = Math.max(gs${k}, rs${k});` },
  argmin: {
    vars: () => [['s', 'Infinity'], ['k', '0'], ['i', '0']],
    step: (k, v) => `if (${v} < rs${k} || (${v} !== ${v} && rs${k} === rs${k})) { rs${k} = ${v}; rk${k} = ri${k}; } ri${k}++;`,
    result: (k, _kind, p) => `${p}k${k}`,
    merge: (k) => `if (rs${k} < gs${k} || (rs${k} !== rs${k} && gs${k} === gs${k})) { gs${k} = rs${k}; gk${k} = gi${k} + rk${k}; } gi${k} += ri${k};`,
  },
  argmax: {
    vars: () => [['s', '-Infinity'], ['k', '0'], ['i', '0']],
    step: (k, v) => `if (${v} > rs${k} || (${v} !== ${v} && rs${k} === rs${k})) { rs${k} = ${v}; rk${k} = ri${k}; } ri${k}++;`,
    result: (k, _kind, p) => `${p}k${k}`,
    merge: (k) => `if (rs${k} > gs${k} || (rs${k} !== rs${k} && gs${k} === gs${k})) { gs${k} = rs${k}; gk${k} = gi${k} + rk${k}; } gi${k} += ri${k};`,
  },
  any: { vars: () => [['s', '0']], step: (k, v) => `rs${k} |= +(${v} !== 0);`, result: (k, _kind, p) => `${p}s${k}`, merge: (k) => `gs${k} |= rs${k};` },
  all: { vars: () => [['s', '1']], step: (k, v) => `rs${k} &= +(${v} !== 0);`, result: (k, _kind, p) => `${p}s${k}`, merge: (k) => `gs${k} &= rs${k};` },
};
