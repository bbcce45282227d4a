// The elementwise and movement ops, as free functions that build graph nodes (nothing is computed
// here). This is where numpy's rules are applied: dtype promotion with weak JS numbers, broadcasting,
// and argument checks whose errors name the op and the argument. The compiler sees ops whose operands
// already share one dtype and one shape.

import {
  BINARY, broadcastShapes, castFn, floatResult, intRange, isFloat, isInt, Node, normAxis, outOfRange, promote, promoteWithScalar,
  sameShape, scalarDType, showShape, sizeOf, type AluOp, type BinaryName, type DType,
} from '../compiler/index.js';
import { LazyArray } from './array.js';
import { array, checkDType, checkShape, constNode, type ArrayData } from './creation.js';
import { argError, describe, NdfuseError } from './errors.js';
import type { BinaryOf, Common, DTypeOf, FloatOf } from './types.js';

/** Anything an op accepts as an array: a LazyArray, a JS number or boolean, a TypedArray, nested arrays. */
export type Operand = ArrayData;

/** An operand seen by an op: a graph node, or a JS scalar that only weakly takes part in promotion. */
interface In {
  readonly node?: Node;
  readonly scalar?: number;
  readonly dtype: DType;
  readonly shape: readonly number[];
}

function input(op: string, name: string, x: Operand): In {
  if (typeof x === 'number') return { scalar: x, dtype: scalarDType(x), shape: [] };
  if (typeof x === 'boolean') return { scalar: +x, dtype: 'bool', shape: [] };
  if (x instanceof LazyArray) return { node: x.node, dtype: x.dtype, shape: x.shape };
  if (Array.isArray(x) || ArrayBuffer.isView(x)) {
    const n = array(x).node;
    return { node: n, dtype: n.dtype, shape: n.shape };
  }
  throw argError(op, name, `must be a LazyArray, a number, a boolean, a TypedArray or nested arrays, got ${describe(x)}`);
}

/** The operand as a LazyArray (a JS number or boolean becomes a 0-d array), or an error naming the
 *  op and the argument. */
export function toLazy(op: string, name: string, x: Operand): LazyArray {
  if (x instanceof LazyArray) return x;
  const i = input(op, name, x);
  return new LazyArray(i.node ?? constNode(i.scalar!, i.dtype, []));
}

/** numpy's result dtype: arrays promote each other; JS numbers only change the kind (numpy 2's weak scalars). */
function commonDType(ins: readonly In[]): DType {
  let d: DType | undefined;
  for (const i of ins) if (i.node) d = d === undefined ? i.dtype : promote(d, i.dtype);
  if (d === undefined) return ins.map((i) => i.dtype).reduce(promote);
  for (const i of ins) if (!i.node && i.dtype !== 'bool') d = promoteWithScalar(d, i.scalar!);
  return d;
}

function broadcastAll(op: string, names: readonly string[], ins: readonly In[]): readonly number[] {
  let shape: readonly number[] = [];
  ins.forEach((x, k) => {
    if (sameShape(shape, x.shape) || x.shape.length === 0) return;
    const next = k === 0 ? x.shape : broadcastShapes(shape, x.shape);
    if (!next) {
      throw argError(op, names[k]!, `has shape ${showShape(x.shape)}, which cannot be broadcast with ${showShape(shape)}`);
    }
    shape = next;
  });
  return shape;
}

/** `n` converted to `dtype`. */
export function castNode(n: Node, dtype: DType): Node {
  if (n.dtype === dtype) return n;
  if (n.op === 'const') return constNode(n.arg as number, dtype, n.shape);
  return Node.make('cast', dtype, n.shape, [n]);
}

/** `n` broadcast to `shape` (assumed compatible). */
export function broadcastNode(n: Node, shape: readonly number[]): Node {
  if (sameShape(n.shape, shape)) return n;
  if (n.op === 'const') return Node.make('const', n.dtype, shape, [], n.arg);
  const lead = shape.length - n.shape.length;
  const ranked = lead > 0 ? Node.make('reshape', n.dtype, [...Array<number>(lead).fill(1), ...n.shape], [n]) : n;
  return Node.make('expand', n.dtype, shape, [ranked]);
}

const place = (x: In, dtype: DType, shape: readonly number[]): Node =>
  x.node ? broadcastNode(castNode(x.node, dtype), shape) : constNode(x.scalar!, dtype, shape);

/**
 * numpy 2 (NEP 50): a JS number computed in an integer dtype must fit it. numpy raises OverflowError
 * (`uint8 + -1`, `int32 + 2**31`); so does ndfuse, instead of wrapping the number silently.
 */
function checkScalars(op: string, names: readonly string[], ins: readonly In[], d: DType): void {
  if (isFloat(d)) return;
  for (let k = 0; k < ins.length; k++) {
    const x = ins[k]!;
    if (x.node || x.dtype === 'bool' || !outOfRange(d, x.scalar!)) continue;
    throw argError(op, names[k]!, `is the JS number ${x.scalar}, out of bounds for ${d} ([${intRange(d)!.join(', ')}]), the dtype this op computes in` +
      ` (numpy 2 raises OverflowError too); convert the array with astype first`);
  }
}

const AB = ['a', 'b'] as const;

/** Builds `op` over operands converted to `operandDType` and broadcast together. */
function build(op: AluOp, outDType: DType, operandDTypes: readonly DType[], names: readonly string[], ins: readonly In[]): LazyArray {
  const shape = broadcastAll(op, names, ins);
  return new LazyArray(Node.make(op, outDType, shape, ins.map((x, k) => place(x, operandDTypes[k]!, shape))));
}

// ### Arithmetic

/** The comparisons among the two-array ops (compiler/ir.ts BINARY), and the rest. */
type Cmp = { [K in BinaryName]: (typeof BINARY)[K]['result'] extends 'bool' ? K : never }[BinaryName];
type Arith = Exclude<BinaryName, Cmp>;

function arith(op: Arith, a: Operand, b: Operand): LazyArray {
  const ins = [input(op, 'a', a), input(op, 'b', b)];
  let d = commonDType(ins);
  let alu: AluOp = op;
  if (d === 'bool') {
    // numpy: + and * on booleans are logical or / and; - is refused
    if (op === 'add') alu = 'or';
    else if (op === 'mul') alu = 'and';
    else if (op === 'sub') throw new NdfuseError(op, 'subtracting booleans is not supported; use logicalXor, or astype first');
    else if (op === 'pow' || op === 'mod' || op === 'fmod') d = 'int32';
  }
  if (op === 'div' && !isFloat(d)) d = 'float64';
  if (op === 'atan2') d = floatResult(d);
  checkScalars(op, AB, ins, d);
  if (op === 'pow' && isInt(d)) {
    // numpy refuses an integer to a negative integer power; where the exponent is known when the
    // graph is built (a number, a constant) so does ndfuse (an array exponent: see the README)
    const e = ins[1]!;
    const v = e.node ? (e.node.op === 'const' ? (e.node.arg as number) : 0) : e.scalar!;
    if (v < 0) throw argError('pow', 'b', `is ${v}: integers to negative integer powers are not allowed (as in numpy); use a float base`);
  }
  if (op === 'pow' && ins[0]!.node) {
    const e = ins[1]!;
    const v = e.node ? (e.node.op === 'const' ? (e.node.arg as number) : NaN) : e.scalar!;
    if (Number.isInteger(v) && v >= 2 && v <= MAX_POWER_CHAIN) {
      const shape = broadcastAll(op, AB, ins);
      // float32 multiplies in float64 and rounds once: closer than rounding each product
      const chain = powerChain(place(ins[0]!, d === 'float32' ? 'float64' : d, shape), v);
      return new LazyArray(castNode(chain, d));
    }
  }
  return build(alu, d, [d, d], ['a', 'b'], ins);
}

/**
 * The largest integer exponent known when the graph is built that becomes multiplications: x ** n for
 * 2 <= n <= MAX_POWER_CHAIN is n's binary powering (x*x, its square, ...), as numexpr does (it goes to
 * 50). Math.pow costs about 45 ns an element; the chain for n = 10 about 1.5. For floats the result is
 * within 7 ulp of Math.pow at n = 10 and 11 at n = 16 (x*x is exact: one rounding, as pow's);
 * float32 multiplies in float64 and rounds once; integers wrap as the power would, to the same bits.
 */
export const MAX_POWER_CHAIN = 16;

function powerChain(x: Node, n: number): Node {
  // x is never bool here: a bool base computes its power in int32
  const mulNode = (a: Node, b: Node): Node => Node.make('mul', x.dtype, x.shape, [a, b]);
  let result: Node | undefined;
  let p = x;
  for (let e = n; e > 0; e >>= 1) {
    if (e & 1) result = result ? mulNode(result, p) : p;
    if (e > 1) p = mulNode(p, p);
  }
  return result!;
}

/** A two-array op as a free function, typed by its kind in compiler/ir.ts BINARY. */
export type BinaryFn<K extends BinaryName> = <A extends Operand, B extends Operand>(a: A, b: B) => LazyArray<BinaryOf<K, A, B>>;
function binary<K extends BinaryName>(op: K): BinaryFn<K> {
  const f = (BINARY[op].result === 'bool' ? compare : arith) as (op: K, a: Operand, b: Operand) => LazyArray;
  return ((a: Operand, b: Operand) => f(op, a, b)) as never;
}

export const add = binary('add');
export const sub = binary('sub');
export const mul = binary('mul');
/** True division: integers give float64, as numpy's `/`. */
export const div = binary('div');
export const pow = binary('pow');
/** numpy's `%`: the result takes the sign of the divisor. */
export const mod = binary('mod');
/** C's fmod: the result takes the sign of the dividend. */
export const fmod = binary('fmod');
export const atan2 = binary('atan2');
export const minimum = binary('minimum');
export const maximum = binary('maximum');

/** numpy's clip: min(max(x, lo), hi); either bound may be null. */
export function clip(x: Operand, lo: Operand | null, hi: Operand | null): LazyArray {
  let r = same(input('clip', 'x', x));
  // numpy 2 clips an integer array by a JS number beyond its range as if by the range's end
  const bound = (b: Operand): Operand => {
    const range = isInt(r.dtype) ? intRange(r.dtype) : undefined;
    return range && typeof b === 'number' && Number.isInteger(b) ? Math.min(Math.max(b, range[0]), range[1]) : b;
  };
  if (lo !== null && lo !== undefined) r = maximum(r, bound(lo));
  if (hi !== null && hi !== undefined) r = minimum(r, bound(hi));
  return r;
}

// ### Comparisons and logic (results are bool)

function compare(op: Cmp, a: Operand, b: Operand): LazyArray {
  const ins = [input(op, 'a', a), input(op, 'b', b)];
  let d = commonDType(ins);
  // numpy 2 compares a JS number beyond an integer dtype's range exactly: in float64, which holds
  // every int32 and uint8 exactly
  if (!isFloat(d) && ins.some((x) => !x.node && outOfRange(d, x.scalar!))) d = 'float64';
  return build(op, 'bool', [d, d], ['a', 'b'], ins);
}

export const eq = binary('eq');
export const ne = binary('ne');
export const lt = binary('lt');
export const le = binary('le');
export const gt = binary('gt');
export const ge = binary('ge');

function logical(op: 'and' | 'or' | 'xor', a: Operand, b: Operand): LazyArray {
  const name = { and: 'logicalAnd', or: 'logicalOr', xor: 'logicalXor' }[op];
  return build(op, 'bool', ['bool', 'bool'], ['a', 'b'], [input(name, 'a', a), input(name, 'b', b)]);
}

/** Elementwise truth (nonzero is true) of both; any dtype, result bool. */
export const logicalAnd = (a: Operand, b: Operand): LazyArray<'bool'> => logical('and', a, b) as never;
export const logicalOr = (a: Operand, b: Operand): LazyArray<'bool'> => logical('or', a, b) as never;
export const logicalXor = (a: Operand, b: Operand): LazyArray<'bool'> => logical('xor', a, b) as never;
export const logicalNot = (x: Operand): LazyArray<'bool'> => build('not', 'bool', ['bool'], ['x'], [input('logicalNot', 'x', x)]) as never;

/** Elements of x where cond is true (nonzero), else of y; all three broadcast together. */
export function where<X extends Operand, Y extends Operand>(cond: Operand, x: X, y: Y): LazyArray<Common<X, Y>>;
export function where(cond: Operand, x: Operand, y: Operand): LazyArray {
  const ins = [input('where', 'cond', cond), input('where', 'x', x), input('where', 'y', y)];
  const d = commonDType(ins.slice(1));
  checkScalars('where', ['x', 'y'], ins.slice(1), d);
  return build('where', d, ['bool', d, d], ['cond', 'x', 'y'], ins);
}

// ### Unary functions

function unary(op: AluOp, i: In, d: DType = i.dtype): LazyArray {
  return build(op, d, [d], ['x'], [i]);
}

/** The operand itself, as a LazyArray (for ops that leave some dtypes unchanged). */
const same = (i: In): LazyArray => new LazyArray(place(i, i.dtype, i.shape));

export function neg(x: Operand): LazyArray {
  const i = input('neg', 'x', x);
  if (i.dtype === 'bool') throw new NdfuseError('neg', 'negating booleans is not supported; use logicalNot');
  return unary('neg', i);
}
export function abs(x: Operand): LazyArray {
  const i = input('abs', 'x', x);
  return i.dtype === 'bool' || i.dtype === 'uint8' ? same(i) : unary('abs', i);
}
export const sign = (x: Operand): LazyArray => unary('sign', input('sign', 'x', x));

const floatFn = (op: AluOp) => <X extends Operand>(x: X): LazyArray<FloatOf<DTypeOf<X>>> => {
  const i = input(op, 'x', x);
  return unary(op, i, floatResult(i.dtype)) as never;
};
export const sqrt = floatFn('sqrt');
export const exp = floatFn('exp');
export const expm1 = floatFn('expm1');
export const log = floatFn('log');
export const log1p = floatFn('log1p');
export const log10 = floatFn('log10');
export const sin = floatFn('sin');
export const cos = floatFn('cos');
export const tan = floatFn('tan');
export const asin = floatFn('asin');
export const acos = floatFn('acos');
export const atan = floatFn('atan');
export const sinh = floatFn('sinh');
export const cosh = floatFn('cosh');
export const tanh = floatFn('tanh');
export const asinh = floatFn('asinh');
export const acosh = floatFn('acosh');
export const atanh = floatFn('atanh');

// rounding leaves integers as they are (and keeps their dtype)
const rounding = (op: AluOp) => <X extends Operand>(x: X): LazyArray<DTypeOf<X>> => {
  const i = input(op, 'x', x);
  return (isFloat(i.dtype) ? unary(op, i) : same(i)) as never;
};
export const floor = rounding('floor');
export const ceil = rounding('ceil');
export const trunc = rounding('trunc');

/** numpy's round: halves go to the even neighbour; `decimals` scales by 10**decimals first, as numpy does. */
export function round(x: Operand, decimals = 0): LazyArray {
  if (!Number.isInteger(decimals)) throw argError('round', 'decimals', `must be an integer, got ${describe(decimals)}`);
  const i = input('round', 'x', x);
  if (decimals === 0 || !isFloat(i.dtype)) return rounding('round')(same(i));
  const scale = 10 ** Math.abs(decimals);
  const r = rounding('round');
  return decimals > 0 ? div(r(mul(same(i), scale)), scale) : mul(r(div(same(i), scale)), scale);
}

/** A copy converted to `dtype` (floats to ints truncate toward zero; to bool, nonzero is true). */
export function astype<T extends DType>(x: Operand, dtype: T): LazyArray<T>;
export function astype(x: Operand, dtype: DType): LazyArray {
  const d = checkDType('astype', 'dtype', dtype);
  const i = input('astype', 'x', x);
  return new LazyArray(i.node ? castNode(i.node, d) : constNode(castFn(d)(i.scalar!), d, []));
}

/** table[index] for every element of index (numpy's take on a 1-D table); the result has index's shape. */
export function gather(table: Operand, index: Operand): LazyArray {
  const t = input('gather', 'table', table);
  const i = input('gather', 'index', index);
  if (!t.node || t.shape.length !== 1) throw argError('gather', 'table', `must be a 1-D array, got shape ${showShape(t.shape)}`);
  if (i.dtype !== 'int32' && i.dtype !== 'uint8') throw argError('gather', 'index', `must hold int32 or uint8 positions, got dtype ${i.dtype}`);
  const idx = i.node ?? constNode(i.scalar!, 'int32', []);
  return new LazyArray(Node.make('gather', t.dtype, idx.shape, [t.node, idx]));
}

// ### Views: new shapes over the same elements, never a copy

function node(op: string, x: Operand): Node {
  const i = input(op, 'x', x);
  return i.node ?? constNode(i.scalar!, i.dtype, []);
}

/** A new shape with the same elements in row-major order; one dimension may be -1. */
export function reshape(x: Operand, shape: readonly number[]): LazyArray {
  const n = node('reshape', x);
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= -1)) {
    throw argError('reshape', 'shape', `must be an array of integers (one may be -1), got ${describe(shape)}`);
  }
  const free = shape.filter((d) => d === -1).length;
  if (free > 1) throw argError('reshape', 'shape', `${showShape(shape)} has more than one -1`);
  const known = sizeOf(shape.filter((d) => d !== -1));
  // numpy: with no elements the size of a -1 is ambiguous, unless the other dimensions hold some
  if (free === 1 && known === 0) throw argError('reshape', 'shape', `${showShape(shape)} has a -1 that could be any size: the other dimensions hold no elements`);
  const target = shape.map((d) => (d === -1 ? n.size / known : d));
  if (sizeOf(target) !== n.size || !target.every(Number.isInteger)) {
    throw argError('reshape', 'shape', `${showShape(shape)} cannot hold the ${n.size} elements of shape ${showShape(n.shape)}`);
  }
  return new LazyArray(reshapeNode(n, target));
}

const reshapeNode = (n: Node, shape: readonly number[]): Node =>
  sameShape(n.shape, shape) ? n
    : n.op === 'const' ? Node.make('const', n.dtype, shape, [], n.arg)
      : Node.make('reshape', n.dtype, shape, [n]);

/** Permutes the axes (by default reverses them, like `.T`). */
export function transpose(x: Operand, axes?: readonly number[]): LazyArray {
  const n = node('transpose', x);
  const r = n.shape.length;
  const order = axes === undefined ? n.shape.map((_, k) => r - 1 - k) : axes.map((a) => normAxis(a, r));
  if (order.length !== r || order.some((a) => a === null) || new Set(order).size !== r) {
    throw argError('transpose', 'axes', `must be a permutation of the ${r} axes, got ${describe(axes)}`);
  }
  const ord = order as number[];
  if (ord.every((a, k) => a === k)) return new LazyArray(n);
  return new LazyArray(Node.make('permute', n.dtype, ord.map((a) => n.shape[a]!), [n], ord));
}

/** numpy's broadcast_to: repeats size-1 (or missing leading) dimensions, without copying. */
export function broadcastTo(x: Operand, shape: readonly number[]): LazyArray {
  const n = node('broadcastTo', x);
  const s = checkShape('broadcastTo', 'shape', shape);
  const b = broadcastShapes(n.shape, s);
  if (!b || b.length !== s.length || !b.every((d, k) => d === s[k])) {
    throw argError('broadcastTo', 'shape', `${showShape(s)} is not a broadcast of shape ${showShape(n.shape)}`);
  }
  return new LazyArray(broadcastNode(n, s));
}

/** Inserts a size-1 dimension at `axis`. */
export function expandDims(x: Operand, axis: number): LazyArray {
  const n = node('expandDims', x);
  const a = normAxis(axis, n.shape.length + 1);
  if (a === null) throw argError('expandDims', 'axis', `${describe(axis)} is out of range for ${n.shape.length + 1} dimensions`);
  return new LazyArray(reshapeNode(n, [...n.shape.slice(0, a), 1, ...n.shape.slice(a)]));
}

/** Removes size-1 dimensions: all of them, or the ones named. */
export function squeeze(x: Operand, axis?: number | readonly number[]): LazyArray {
  const n = node('squeeze', x);
  const r = n.shape.length;
  let drop: number[];
  if (axis === undefined) drop = n.shape.map((d, k) => (d === 1 ? k : -1)).filter((k) => k >= 0);
  else {
    drop = (typeof axis === 'number' ? [axis] : [...axis]).map((a) => {
      const k = normAxis(a, r);
      if (k === null) throw argError('squeeze', 'axis', `${describe(a)} is out of range for ${r} dimensions`);
      if (n.shape[k] !== 1) throw argError('squeeze', 'axis', `${a} has size ${n.shape[k]}, not 1`);
      return k;
    });
  }
  return new LazyArray(reshapeNode(n, n.shape.filter((_, k) => !drop.includes(k))));
}

/** One dimension of a slice: an index (drops the dimension), 'start:stop:step', [start, stop, step] or null (all). */
export type SliceSpec = number | string | null | readonly (number | null | undefined)[];

/**
 * numpy basic indexing, one spec per leading dimension: `x.slice(0)`, `x.slice(':', '::-1')`,
 * `x.slice([1, null, 2])`. Negative numbers count from the end; the result is a view.
 */
export function slice(x: Operand, ...specs: SliceSpec[]): LazyArray {
  const n = node('slice', x);
  if (specs.length > n.shape.length) throw argError('slice', 'specs', `has ${specs.length} entries for ${n.shape.length} dimensions`);
  const starts: number[] = [], steps: number[] = [], counts: number[] = [];
  const keep: boolean[] = [];
  n.shape.forEach((dim, k) => {
    const spec = specs[k] ?? null;
    if (typeof spec === 'number') {
      const i = spec < 0 ? spec + dim : spec;
      if (!Number.isInteger(spec) || i < 0 || i >= dim) throw argError('slice', `specs[${k}]`, `index ${describe(spec)} is out of range for size ${dim}`);
      starts.push(i); steps.push(1); counts.push(1); keep.push(false);
      return;
    }
    const [a, b, c] = parseSpec(spec, k);
    const step = c ?? 1;
    if (step === 0) throw argError('slice', `specs[${k}]`, 'has step 0');
    // numpy's PySlice_AdjustIndices
    const clampStart = (v: number | undefined, dflt: number): number => {
      if (v === undefined) return dflt;
      if (v < 0) v += dim;
      return step > 0 ? Math.min(Math.max(v, 0), dim) : Math.min(Math.max(v, -1), dim - 1);
    };
    const start = clampStart(a, step > 0 ? 0 : dim - 1);
    const stop = clampStart(b, step > 0 ? dim : -1);
    const count = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
    starts.push(count > 0 ? start : 0); steps.push(step); counts.push(count); keep.push(true);
  });
  const sliced = starts.every((s) => s === 0) && steps.every((s) => s === 1) && counts.every((c, k) => c === n.shape[k])
    ? n : Node.make('slice', n.dtype, counts, [n], { starts, steps });
  return new LazyArray(reshapeNode(sliced, counts.filter((_, k) => keep[k])));
}

function parseSpec(spec: SliceSpec, k: number): [number | undefined, number | undefined, number | undefined] {
  const bad = (): NdfuseError => argError('slice', `specs[${k}]`, `is not a slice: ${describe(spec)} (use an index, 'start:stop:step', [start, stop, step] or null)`);
  let parts: (number | null | undefined)[];
  if (spec === null) return [undefined, undefined, undefined];
  if (typeof spec === 'string') {
    const p = spec.split(':');
    if (p.length < 1 || p.length > 3) throw bad();
    parts = p.map((s) => (s.trim() === '' ? undefined : Number(s)));
    if (p.length === 1) throw bad();
  } else if (Array.isArray(spec)) {
    if (spec.length > 3) throw bad();
    parts = [...spec];
  } else throw bad();
  if (parts.some((v) => v !== undefined && v !== null && !Number.isInteger(v))) throw bad();
  const [a, b, c] = parts.map((v) => (v === null ? undefined : v));
  return [a, b, c];
}
