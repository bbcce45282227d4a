// Random graphs over ndfuse's public API, as data: a graph is a list of statements, each an op of the
// table below over earlier statements and literals. The one table builds a graph with ndfuse and
// prints it as ndfuse code; test/fixtures/make_numpy_fixtures.py reads the same statements with numpy.
// The generator reads its decisions from a stream of numbers (fast-check shrinks the stream, so a
// failure shrinks to a small graph) and builds as it goes, so every choice sees real shapes and dtypes.

import * as nd from '../../src/index.js';
import { CsrMatrix, NdfuseError, withConfig, type LazyArray } from '../../src/index.js';
import { BINARY as BINARY_TABLE, BINARY_NAMES, FUNCTION_NAMES, type DType } from '../../compiler/index.js';

/** A literal in a statement: numbers that JSON cannot hold (NaN, infinities, -0) are tagged. */
export type Lit = number | boolean | null | string | { f: 'nan' | 'inf' | '-inf' | '-0' } | { ref: number } | readonly Lit[];

export interface Stmt {
  readonly op: string;
  readonly args: readonly Lit[];
}

export interface Graph {
  readonly stmts: readonly Stmt[];
  /** Statements evaluated at the end. */
  readonly roots: readonly number[];
  /** 'each': each root on its own; 'all': evalAll; 'out': each into an output array the caller owns. */
  readonly mode: 'each' | 'all' | 'out';
}

export const enc = (v: number): Lit =>
  (Number.isNaN(v) ? { f: 'nan' } : v === Infinity ? { f: 'inf' } : v === -Infinity ? { f: '-inf' } : Object.is(v, -0) ? { f: '-0' } : v);

export const dec = (v: Lit): number => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return +v;
  const f = (v as { f: string }).f;
  return f === 'nan' ? NaN : f === 'inf' ? Infinity : f === '-inf' ? -Infinity : -0;
};

export type Value = LazyArray | CsrMatrix;

const STORAGE = { float64: Float64Array, float32: Float32Array, int32: Int32Array, uint8: Uint8Array, bool: Uint8Array } as const;

/** An input statement's array, made once per graph so that every backend reads the same memory. */
export function inputData(s: Stmt): nd.Storage {
  const [dtype, , data] = s.args as [DType, number[], Lit[]];
  return STORAGE[dtype].from(data.map(dec));
}

const num = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const isRef = (a: Lit): a is { ref: number } => a !== null && typeof a === 'object' && 'ref' in a;
const scalarOf = (a: Lit): number | boolean => (typeof a === 'boolean' ? a : dec(a));

type Build = (args: readonly unknown[], raw: readonly Lit[]) => Value;
type Code = (args: readonly string[], raw: readonly Lit[]) => string;

const lazy = (v: unknown): LazyArray => v as LazyArray;
const csrOf = (v: unknown): CsrMatrix => v as CsrMatrix;
const method = (name: string): Code => ([x, ...rest]) => `${x}.${name}(${rest.join(', ')})`;
const fn = (name: string): Code => (args) => `nd.${name}(${args.join(', ')})`;

// the one-array functions come from the op table (compiler/ir.ts FUNCTIONS), so a new one is fuzzed
// (the numpy script mirrors the list: test/fixtures/make_numpy_fixtures.py)
export const UNARY = ['neg', ...FUNCTION_NAMES, 'round', 'logicalNot'] as const;
// and so do the two-array ops (compiler/ir.ts BINARY)
export const BINARY = [...BINARY_NAMES, 'logicalAnd', 'logicalOr', 'logicalXor'] as const;
export const REDUCTIONS = ['sum', 'prod', 'mean', 'min', 'max', 'argmin', 'argmax', 'any', 'all', 'var', 'std', 'countNonzero'] as const;
export const COMPARISONS = BINARY_NAMES.filter((op) => BINARY_TABLE[op].result === 'bool');

interface OpDef {
  readonly build: Build;
  readonly code: Code;
}

function reductionOp(name: (typeof REDUCTIONS)[number]): OpDef {
  return {
    build: ([x, axis, keepdims, ddof]) => {
      const a = lazy(x);
      const ax = (axis ?? undefined) as number | number[] | undefined;
      if (name === 'argmin' || name === 'argmax') return a[name](ax as number | undefined);
      if (name === 'var' || name === 'std') return a[name](ax, { keepdims: keepdims as boolean, ddof: ddof as number });
      return a[name](ax, { keepdims: keepdims as boolean });
    },
    code: ([x, axis, keepdims, ddof]) => (name === 'argmin' || name === 'argmax' ? `${x}.${name}(${axis === 'null' ? '' : axis})`
      : `${x}.${name}(${axis === 'null' ? 'undefined' : axis}, { keepdims: ${keepdims}${name === 'var' || name === 'std' ? `, ddof: ${ddof}` : ''} })`),
  };
}

/** Every op a graph may use: how to build it with ndfuse and how to print it as ndfuse code. */
export const OPS: Readonly<Record<string, OpDef>> = {
  input: {
    build: () => { throw new Error('inputs are built by buildGraph'); },
    code: (_a, [dtype, shape, data]) => `nd.array(${STORAGE[dtype as DType].name}.from([${(data as Lit[]).map((v) => num(dec(v))).join(', ')}]), { dtype: '${dtype}' }).reshape(${JSON.stringify(shape)})`,
  },
  ...Object.fromEntries(UNARY.map((op) => [`un.${op}`, { build: ([x]) => (nd[op] as (x: unknown) => LazyArray)(x), code: fn(op) } satisfies OpDef])),
  ...Object.fromEntries(BINARY.map((op) => [`bin.${op}`, { build: ([a, b]) => (nd[op] as (a: unknown, b: unknown) => LazyArray)(a, b), code: fn(op) } satisfies OpDef])),
  ...Object.fromEntries(REDUCTIONS.map((op) => [`red.${op}`, reductionOp(op)])),
  where: { build: ([c, x, y]) => nd.where(c as LazyArray, x as LazyArray, y as LazyArray), code: fn('where') },
  astype: { build: ([x, d]) => lazy(x).astype(d as DType), code: method('astype') },
  clip: { build: ([x, lo, hi]) => lazy(x).clip(lo as number | null, hi as number | null), code: method('clip') },
  roundTo: { build: ([x, d]) => lazy(x).round(d as number), code: method('round') },
  reshape: { build: ([x, s]) => lazy(x).reshape(s as number[]), code: method('reshape') },
  transpose: { build: ([x, axes]) => lazy(x).transpose((axes ?? undefined) as number[] | undefined), code: ([x, a]) => `${x}.transpose(${a === 'null' ? '' : a})` },
  slice: { build: ([x, specs]) => lazy(x).slice(...(specs as nd.SliceSpec[])), code: ([x], [, specs]) => `${x}.slice(${(specs as Lit[]).map((s) => JSON.stringify(s)).join(', ')})` },
  broadcastTo: { build: ([x, s]) => lazy(x).broadcastTo(s as number[]), code: method('broadcastTo') },
  expandDims: { build: ([x, a]) => lazy(x).expandDims(a as number), code: method('expandDims') },
  squeeze: { build: ([x, a]) => lazy(x).squeeze((a ?? undefined) as number | undefined), code: ([x, a]) => `${x}.squeeze(${a === 'null' ? '' : a})` },
  select: { build: ([x, m]) => lazy(x).select(m as LazyArray), code: method('select') },
  setWhere: { build: ([x, m, v]) => lazy(x).setWhere(m as LazyArray, v as LazyArray), code: method('setWhere') },
  matmul: { build: ([a, b]) => nd.matmul(a as LazyArray, b as LazyArray), code: fn('matmul') },
  dot: { build: ([a, b]) => nd.dot(a as LazyArray, b as LazyArray), code: fn('dot') },
  outer: { build: ([a, b]) => nd.outer(a as LazyArray, b as LazyArray), code: fn('outer') },
  eval: { build: ([x]) => lazy(x).eval(), code: method('eval') },
  gather: { build: ([t, i]) => nd.gather(t as LazyArray, i as LazyArray), code: fn('gather') },
  nonzero: { build: ([x, k]) => lazy(x).nonzero()[k as number]!, code: ([x, k]) => `${x}.nonzero()[${k}]` },
  groupSum: { build: ([v, k, n]) => nd.groupSum(v as LazyArray, k as LazyArray, { groups: n as number }), code: ([v, k, n]) => `nd.groupSum(${v}, ${k}, { groups: ${n} })` },
  groupMean: { build: ([v, k, n]) => nd.groupMean(v as LazyArray, k as LazyArray, { groups: n as number }), code: ([v, k, n]) => `nd.groupMean(${v}, ${k}, { groups: ${n} })` },
  csr: {
    build: ([data, indices, indptr, shape]) => nd.csr({ data: data as LazyArray, indices: indices as number[], indptr: indptr as number[], shape: shape as [number, number] }),
    code: ([d, i, p, s]) => `nd.csr({ data: ${d}, indices: ${i}, indptr: ${p}, shape: ${s} })`,
  },
  'csr.sum': { build: ([m, axis]) => csrOf(m).sum(axis as 0 | 1 | null), code: method('sum') },
  'csr.matmul': { build: ([m, x]) => csrOf(m).matmul(x as LazyArray), code: method('matmul') },
  'csr.rowNorms': { build: ([m, norm]) => csrOf(m).rowNorms(norm as 'l1' | 'l2'), code: ([m, n]) => `${m}.rowNorms(${n})` },
  'csr.normalizeRows': { build: ([m, norm]) => csrOf(m).normalizeRows(norm as 'l1' | 'l2'), code: ([m, n]) => `${m}.normalizeRows(${n})` },
  'csr.T': { build: ([m]) => csrOf(m).T, code: ([m]) => `${m}.T` },
  'csr.abs': { build: ([m]) => (csrOf(m) as unknown as { abs(): CsrMatrix }).abs(), code: method('abs') },
  'csr.toDense': { build: ([m]) => csrOf(m).toDense(), code: method('toDense') },
};

/** Builds every statement with ndfuse; `inputs` holds the arrays of input statements by index. */
export function buildGraph(g: Graph, inputs: ReadonlyMap<number, nd.Storage>): Value[] {
  const vals: Value[] = [];
  g.stmts.forEach((s, i) => {
    if (s.op === 'input') {
      const [dtype, shape] = s.args as [DType, number[]];
      vals.push(nd.array(inputs.get(i)!, { dtype }).reshape(shape));
      return;
    }
    const def = OPS[s.op];
    if (!def) throw new Error(`fuzz: unknown op ${s.op}`);
    const args = s.args.map((a) => (isRef(a) ? vals[a.ref] : Array.isArray(a) ? a.map((x) => (isRef(x) ? vals[x.ref] : x)) : typeof a === 'object' && a !== null ? dec(a) : a));
    vals.push(def.build(args, s.args));
  });
  return vals;
}

/** The graph as ndfuse code a person can paste into a test. */
export function printGraph(g: Graph): string {
  const lit = (a: Lit): string => (isRef(a) ? `v${a.ref}` : Array.isArray(a) ? `[${a.map(lit).join(', ')}]`
    : a !== null && typeof a === 'object' ? num(dec(a)) : typeof a === 'string' ? `'${a}'` : String(a));
  const lines = g.stmts.map((s, i) => `const v${i} = ${OPS[s.op]!.code(s.args.map(lit), s.args)};`);
  const roots = g.roots.map((r) => `v${r}`);
  if (g.mode === 'out') lines.push("const outFor = (x: nd.LazyArray) => new { float64: Float64Array, float32: Float32Array, int32: Int32Array, uint8: Uint8Array, bool: Uint8Array }[x.dtype](x.size);");
  lines.push(g.mode === 'all' ? `nd.evalAll([${roots.join(', ')}]);` : roots.map((r) => g.mode === 'out' ? `${r}.eval({ out: outFor(${r}) });` : `${r}.toTypedArray();`).join(' '));
  return lines.join('\n');
}

// ### The generator

/** Decisions from a stream of numbers; past its end every decision is the simplest one (0). */
export class Choices {
  private i = 0;
  constructor(private readonly xs: readonly number[]) {}
  pick(n: number): number {
    return n <= 1 ? 0 : this.i < this.xs.length ? this.xs[this.i++]! % n : 0;
  }
  chance(per16: number): boolean {
    return this.pick(16) < per16;
  }
  of<T>(list: readonly T[]): T {
    return list[this.pick(list.length)]!;
  }
}

/** A small deterministic generator for input data (not the library's). */
function lcg(seed: number): () => number {
  let s = (seed >>> 0) || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const SPECIAL = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.5, -2.5, 5e-324, -1e-310, 1.7976931348623157e308, -3.4e38, 1e-45, 2 ** 31, 65504];
const INT_SPECIAL = [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 255, 256, -7];
/** JS scalars an op may take: every kind, out-of-range ones included. */
export const SCALARS: readonly (number | boolean)[] = [0, 1, -1, 2, 3, 0.5, -2.5, 7, 255, 256, -300, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 1e20,
  NaN, Infinity, -Infinity, -0, 5e-324, true, false];
const DIMS = [1, 2, 3, 0, 5, 4, 7, 1, 2, 3, 9, 17];

function data(dtype: DType, n: number, r: () => number): Lit[] {
  const out: Lit[] = [];
  for (let i = 0; i < n; i++) {
    const u = r(), w = r();
    let v: number;
    switch (dtype) {
      // specials; sixty-fourths (exact sums); magnitudes spread over 2**-30 .. 2**30, whose sums
      // depend on the order of the adds (so a kernel summing in another order than the reference's
      // shows); and values in between
      case 'float64': case 'float32': v = w < 0.15 ? SPECIAL[Math.floor(u * SPECIAL.length)]!
        : w > 0.85 ? (u - 0.5) * 2 ** Math.floor(((w - 0.85) / 0.15) * 60 - 30)
          : Math.round((u * 8 - 4) * 64) / 64 + (w < 0.5 ? 0 : u / 1024); break;
      case 'int32': v = w < 0.1 ? INT_SPECIAL[Math.floor(u * INT_SPECIAL.length)]! : Math.floor(u * 20) - 10; break;
      case 'uint8': v = Math.floor(u * 256); break;
      default: v = u < 0.5 ? 0 : 1;
    }
    if (dtype === 'float32') v = Math.fround(v);
    out.push(enc(v));
  }
  return out;
}

interface Gen {
  readonly c: Choices;
  readonly stmts: Stmt[];
  readonly vals: Value[];
  readonly inputs: Map<number, nd.Storage>;
  readonly rand: () => number;
  /** Statements that may end in an error (bad arguments), at most a few per graph. */
  errorsLeft: number;
}

const DTYPE_LIST: readonly DType[] = ['float64', 'float32', 'int32', 'uint8', 'bool', 'float64', 'float64', 'int32'];

/** Adds a statement, building it now; undefined when ndfuse refuses it (and no error is wanted). */
function add(g: Gen, op: string, args: Lit[]): number | undefined {
  let v: Value;
  try {
    v = withConfig({ backend: 'naive' }, () => {
      if (op === 'input') {
        const s = { op, args };
        g.inputs.set(g.stmts.length, inputData(s));
        return nd.array(g.inputs.get(g.stmts.length)!, { dtype: args[0] as DType }).reshape(args[1] as number[]);
      }
      const a = args.map((x) => (isRef(x) ? g.vals[x.ref] : Array.isArray(x) ? x : typeof x === 'object' && x !== null ? dec(x) : x));
      return OPS[op]!.build(a, args);
    });
  } catch (e) {
    // anything but an NdfuseError is a crash, which the property must report
    if (!(e instanceof NdfuseError)) throw e;
    if (g.errorsLeft <= 0) return undefined;
    g.errorsLeft--;
    // keep the statement: every backend must refuse it alike; nothing builds on it
    g.stmts.push({ op, args });
    g.vals.push(undefined as unknown as Value);
    throw new Refused(g.stmts.length - 1);
  }
  g.stmts.push({ op, args });
  g.vals.push(v);
  return g.stmts.length - 1;
}

/** A statement ndfuse refused: the graph ends there. */
class Refused extends Error {
  constructor(readonly at: number) {
    super('refused');
  }
}

const ref = (i: number): Lit => ({ ref: i });
const arr = (g: Gen, i: number): LazyArray => g.vals[i] as LazyArray;

function newInput(g: Gen, shape: readonly number[], dtype?: DType): number {
  const d = dtype ?? g.c.of(DTYPE_LIST);
  const n = shape.reduce((p, x) => p * x, 1);
  return add(g, 'input', [d, [...shape], data(d, n, g.rand)])!;
}

/** At most this many elements per input: small arrays keep graphs fast; tiny chunks still cross
 *  chunk boundaries in them. */
const MAX_INPUT = 300;

function randomShape(g: Gen): number[] {
  const rank = g.c.of([1, 2, 0, 3, 1, 2, 4]);
  const shape = Array.from({ length: rank }, () => g.c.of(DIMS));
  for (let k = 0; shape.reduce((p, d) => p * d, 1) > MAX_INPUT; k++) shape[k % rank] = 1 + (shape[k % rank]! >> 2);
  return shape;
}

/** A shape that broadcasts with `s`: some dims replaced by 1, some leading ones dropped. */
function broadcastable(g: Gen, s: readonly number[]): number[] {
  const drop = g.c.pick(s.length + 1);
  return s.slice(drop).map((d) => (g.c.chance(4) ? 1 : d));
}

/** A leaf: an input (existing or new) of a shape that broadcasts with `hint`, maybe through a view. */
function leaf(g: Gen, hint: readonly number[] | undefined, exact: boolean): number {
  let shape: number[];
  if (hint === undefined) shape = randomShape(g);
  else shape = exact ? [...hint] : broadcastable(g, hint);
  // an earlier expression of that shape, sometimes: shared subgraphs are where fusion decides most
  const fits = (i: number): boolean => g.vals[i] !== undefined && !(g.vals[i] instanceof CsrMatrix) && sameShape(arr(g, i).shape, shape);
  const earlier = g.stmts.map((_, i) => i).filter((i) => g.stmts[i]!.op !== 'input' && fits(i));
  if (earlier.length && g.c.chance(3)) return g.c.of(earlier);
  const existing = g.stmts.map((_, i) => i).filter((i) => g.stmts[i]!.op === 'input' && fits(i));
  let x = existing.length && g.c.chance(8) ? g.c.of(existing) : newInput(g, shape);
  // a view of an input that has the shape wanted: a transpose of the transposed shape, say
  if (!exact && g.c.chance(3) && shape.length >= 2) {
    const t = newInput(g, [...shape].reverse(), arr(g, x).dtype);
    x = add(g, 'transpose', [ref(t), null]) ?? x;
  }
  return x;
}

const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((d, k) => d === b[k]);

function scalar(g: Gen): Lit {
  const v = g.c.of(SCALARS);
  return typeof v === 'boolean' ? v : enc(v);
}

/** An expression over `depth` levels; with a hint its shape broadcasts with it (equals it if exact). */
function expr(g: Gen, depth: number, hint?: readonly number[], exact = false): number {
  if (depth <= 0) return leaf(g, hint, exact);
  const kind = g.c.pick(19);
  const sub = (h?: readonly number[], ex = false): number => expr(g, depth - 1 - g.c.pick(2), h, ex);
  const shapeOf = (i: number): readonly number[] => arr(g, i).shape;
  switch (kind) {
    case 0: return leaf(g, hint, exact);
    case 1: case 2: {
      const x = sub(hint, exact);
      return add(g, `un.${g.c.of(UNARY)}`, [ref(x)]) ?? x;
    }
    case 3: case 4: case 5: case 18: {
      const a = sub(hint, exact);
      const op = g.c.of(BINARY);
      if (g.c.chance(6)) return add(g, `bin.${op}`, g.c.chance(3) ? [scalar(g), ref(a)] : [ref(a), scalar(g)]) ?? a;
      const b = sub(exact ? shapeOf(a) : hint ?? shapeOf(a), exact);
      return add(g, `bin.${op}`, [ref(a), ref(b)]) ?? a;
    }
    case 6: {
      const x = sub(hint, exact);
      const c = sub(shapeOf(x), true);
      const cond = add(g, `bin.${g.c.of(COMPARISONS)}`, [ref(c), scalar(g)]) ?? c;
      const y = g.c.chance(6) ? scalar(g) : ref(sub(shapeOf(x), g.c.chance(8)));
      return add(g, 'where', [ref(cond), ref(x), y]) ?? x;
    }
    case 7: {
      const x = sub(hint, exact);
      return add(g, 'astype', [ref(x), g.c.of(['float64', 'float32', 'int32', 'uint8', 'bool'])]) ?? x;
    }
    case 8: case 9: {
      if (exact) return sub(hint, exact);
      const x = sub();
      const s = shapeOf(x);
      const op = g.c.of(REDUCTIONS);
      const form = g.c.pick(4);
      const axis: Lit = form === 0 || s.length === 0 ? null
        : form === 1 ? g.c.pick(s.length) - (g.c.chance(4) ? s.length : 0)
          : op === 'argmin' || op === 'argmax' ? g.c.pick(s.length) : [...new Set(Array.from({ length: 1 + g.c.pick(s.length) }, () => g.c.pick(s.length)))];
      return add(g, `red.${op}`, [ref(x), axis, g.c.chance(5), g.c.pick(3)]) ?? x;
    }
    case 10: case 11: return view(g, sub(), hint, exact);
    case 12: {
      if (exact) return sub(hint, exact);
      const x = sub();
      const m0 = sub(shapeOf(x), true);
      const mask = add(g, `bin.${g.c.of(COMPARISONS)}`, [ref(m0), scalar(g)]) ?? m0;
      return add(g, 'select', [ref(x), ref(mask)]) ?? x;
    }
    case 13: {
      const x = sub(hint, exact);
      const m0 = sub(shapeOf(x), g.c.chance(12));
      const mask = add(g, `bin.${g.c.of(COMPARISONS)}`, [ref(m0), scalar(g)]) ?? m0;
      const v = g.c.chance(10) ? scalar(g) : ref(sub(shapeOf(x)));
      return add(g, 'setWhere', [ref(x), ref(mask), v]) ?? x;
    }
    case 14: return exact ? sub(hint, exact) : product(g, sub());
    case 15: return exact ? sub(hint, exact) : sparse(g);
    case 16: {
      const x = sub(hint, exact);
      if (exact || g.c.chance(10)) return add(g, 'eval', [ref(x)]) ?? x;
      return indexed(g, x);
    }
    default: {
      const x = sub(hint, exact);
      if (g.c.chance(8)) return add(g, 'roundTo', [ref(x), g.c.pick(3) - 1]) ?? x;
      const lo = g.c.chance(4) ? null : scalar(g);
      return add(g, 'clip', [ref(x), lo, lo === null || g.c.chance(8) ? scalar(g) : null]) ?? x;
    }
  }
}

/** A view of x: a transpose, slice, reshape, broadcast, new axis or squeeze. */
function view(g: Gen, x: number, hint: readonly number[] | undefined, exact: boolean): number {
  const s = arr(g, x).shape;
  if (exact) {
    // only shape-keeping views: a transpose and back, a full slice with a double reversal
    if (s.length >= 2 && g.c.chance(8)) {
      const t = add(g, 'transpose', [ref(x), null]);
      return t === undefined ? x : add(g, 'transpose', [ref(t), null]) ?? x;
    }
    const once = add(g, 'slice', [ref(x), s.map(() => '::-1')]);
    return once === undefined ? x : add(g, 'slice', [ref(once), s.map(() => '::-1')]) ?? x;
  }
  switch (g.c.pick(6)) {
    case 0: {
      const perm = s.map((_, k) => k);
      for (let k = perm.length - 1; k > 0; k--) {
        const j = g.c.pick(k + 1);
        [perm[k], perm[j]] = [perm[j]!, perm[k]!];
      }
      return add(g, 'transpose', [ref(x), g.c.chance(4) ? null : perm]) ?? x;
    }
    case 1: {
      const specs: Lit[] = s.map((d) => {
        switch (g.c.pick(5)) {
          case 0: return null;
          case 1: return d > 0 ? g.c.pick(d) - (g.c.chance(8) ? d : 0) : null;
          case 2: return `${g.c.pick(d + 2) - 1}:${g.c.pick(d + 2)}`;
          case 3: return [g.c.chance(8) ? null : g.c.pick(d + 1), null, g.c.of([2, -1, 3, -2])];
          default: return '::-1';
        }
      });
      return add(g, 'slice', [ref(x), specs.slice(0, Math.max(0, s.length - g.c.pick(2)))]) ?? x;
    }
    case 2: {
      const n = s.reduce((p, d) => p * d, 1);
      const factors = g.c.of([[n], [-1], [1, n], [n, 1], ...(n % 2 === 0 ? [[2, n / 2], [n / 2, -1, 2]] : []), [...s].reverse()]);
      return add(g, 'reshape', [ref(x), factors.filter((f) => f === -1 || Number.isFinite(f))]) ?? x;
    }
    case 3: {
      const target = [...(g.c.chance(8) ? [g.c.of([2, 3])] : []), ...s.map((d) => (d === 1 && g.c.chance(8) ? g.c.of([2, 3, 0]) : d))];
      return add(g, 'broadcastTo', [ref(x), hint && g.c.chance(4) ? [...hint] : target]) ?? x;
    }
    case 4: return add(g, 'expandDims', [ref(x), g.c.pick(s.length + 1)]) ?? x;
    default: return s.includes(1) ? add(g, 'squeeze', [ref(x), null]) ?? x : add(g, 'expandDims', [ref(x), 0]) ?? x;
  }
}

/** Ops that address by computed positions: gather, nonzero, group reductions. */
function indexed(g: Gen, x: number): number {
  const s = arr(g, x).shape;
  const n = s.reduce((p, d) => p * d, 1);
  switch (g.c.pick(3)) {
    case 0: {
      // positions in range: an int32 expression modulo the table's size
      const table = add(g, 'reshape', [ref(x), [n]]) ?? x;
      if (n === 0) return table;
      const raw = add(g, 'astype', [ref(leaf(g, undefined, false)), 'int32'])!;
      const idx = add(g, 'bin.mod', [ref(raw), n])!;
      return add(g, 'gather', [ref(table), ref(idx)]) ?? table;
    }
    case 1: return add(g, 'nonzero', [ref(x), g.c.pick(Math.max(1, s.length))]) ?? x;
    default: {
      const groups = g.c.of([1, 2, 3, 5]);
      const raw = add(g, 'astype', [ref(leaf(g, s, true)), 'int32'])!;
      const keys = add(g, 'bin.mod', [ref(raw), groups])!;
      return add(g, g.c.chance(8) ? 'groupSum' : 'groupMean', [ref(x), ref(keys), groups + g.c.pick(2)]) ?? x;
    }
  }
}

/** matmul, dot or outer over x and an operand made to fit it. */
function product(g: Gen, x: number): number {
  const s = arr(g, x).shape;
  const n = s.reduce((p, d) => p * d, 1);
  const k = s.length ? s[s.length - 1]! : 1;
  const m = k === 0 ? 0 : n / k;
  switch (g.c.pick(4)) {
    case 0: {
      const a = add(g, 'reshape', [ref(x), [m, k]]) ?? x;
      const cols = g.c.of([1, 2, 3, 5]);
      const b = g.c.chance(5) ? add(g, 'transpose', [ref(newInput(g, [cols, k])), null])! : expr(g, 1, [k, cols], true);
      return add(g, 'matmul', [ref(a), ref(b)]) ?? a;
    }
    case 1: {
      const batch = g.c.of([1, 2, 0]);
      const b = newInput(g, [batch, k, g.c.of([1, 2, 3])]);
      const a = add(g, 'reshape', [ref(x), [1, m, k]]) ?? x;
      return add(g, 'matmul', [ref(a), ref(b)]) ?? a;
    }
    case 2: {
      const flat = add(g, 'reshape', [ref(x), [n]]) ?? x;
      const form = g.c.pick(3);
      if (form === 0) return add(g, 'dot', [ref(flat), ref(expr(g, 1, [n], true))]) ?? flat;
      const cols = g.c.of([1, 2, 3]);
      if (form === 1) return add(g, 'dot', [ref(flat), ref(newInput(g, [n, cols]))]) ?? flat;
      return add(g, 'dot', [ref(newInput(g, [cols, n])), ref(flat)]) ?? flat;
    }
    default: return add(g, 'outer', [ref(x), ref(leaf(g, undefined, false))]) ?? x;
  }
}

/** A CSR matrix (unsorted columns, duplicates, empty rows) and one of its operations. */
function sparse(g: Gen): number {
  const rows = g.c.of([1, 2, 3, 5, 0]), cols = g.c.of([1, 2, 4, 3]);
  const indptr = [0];
  const indices: number[] = [];
  for (let r = 0; r < rows; r++) {
    const count = g.c.pick(4);
    for (let j = 0; j < count; j++) indices.push(g.c.pick(cols));
    indptr.push(indices.length);
  }
  let d = newInput(g, [indices.length], g.c.of(['float64', 'float32', 'int32', 'float64', 'uint8']));
  if (g.c.chance(5)) d = add(g, `un.${g.c.of(['abs', 'neg', 'sqrt', 'exp'] as const)}`, [ref(d)]) ?? d;
  let m = add(g, 'csr', [ref(d), indices, indptr, [rows, cols]]);
  if (m === undefined) return d;
  if (g.c.chance(4)) m = add(g, g.c.chance(8) ? 'csr.T' : 'csr.abs', [ref(m)]) ?? m;
  const mat = g.vals[m] as CsrMatrix;
  switch (g.c.pick(6)) {
    case 0: return add(g, 'csr.sum', [ref(m), g.c.of([null, 0, 1])]) ?? d;
    case 1: return add(g, 'csr.matmul', [ref(m), ref(newInput(g, g.c.chance(8) ? [mat.shape[1]] : [mat.shape[1], g.c.of([1, 2, 3])]))]) ?? d;
    case 2: return add(g, 'csr.rowNorms', [ref(m), g.c.of(['l2', 'l1'])]) ?? d;
    case 3: {
      const nm = add(g, 'csr.normalizeRows', [ref(m), g.c.of(['l2', 'l1'])]);
      return nm === undefined ? d : add(g, 'csr.toDense', [ref(nm)]) ?? d;
    }
    default: return add(g, 'csr.toDense', [ref(m)]) ?? d;
  }
}

/** A random graph from a stream of decisions and a seed for its input data. */
export function generate(choices: readonly number[], dataSeed: number, opts: { maxDepth?: number } = {}): { graph: Graph; inputs: Map<number, nd.Storage> } {
  const c = new Choices(choices);
  const g: Gen = { c, stmts: [], vals: [], inputs: new Map(), rand: lcg(dataSeed), errorsLeft: c.chance(2) ? 1 : 0 };
  const roots: number[] = [];
  const nroots = 1 + (c.chance(3) ? 1 + c.pick(2) : 0);
  try {
    for (let r = 0; r < nroots; r++) {
      const depth = 1 + c.pick(opts.maxDepth ?? 6);
      roots.push(expr(g, depth, r > 0 && c.chance(8) ? arr(g, roots[0]!).shape : undefined));
    }
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    roots.length = 0;
    roots.push(e.at);
  }
  // a root must be an array (a CSR matrix is made dense)
  const arrays = roots.map((r) => (g.vals[r] instanceof CsrMatrix ? add(g, 'csr.toDense', [ref(r)]) ?? r : r));
  const mode = c.of(['each', 'all', 'out', 'each'] as const);
  return { graph: { stmts: g.stmts, roots: [...new Set(arrays)], mode }, inputs: g.inputs };
}
