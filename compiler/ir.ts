// THE IR: one immutable node type from the API to code generation. Nodes are interned by their
// structure, so structurally equal subgraphs are the same object: common subexpressions collapse on
// construction and a node can key any cache.

import type { DType } from './dtype.js';

/**
 * The functions of one array that JavaScript's Math has by the same name: the one list that the op
 * sets, the kernels' tables, the LazyArray and CsrMatrix methods, the names `jit` (Math.<name>) and
 * `evaluate` (numexpr's name) accept, and the fuzzer's ops are made from. `result`: 'float' gives
 * numpy's float dtype for the input (src/types.ts FloatOf), 'same' keeps the input's dtype. `zero`:
 * f(0) = 0, so a sparse matrix keeps its structure. `numexpr`: the name numexpr gives it, if any.
 * `keepsFloat`: of a float, the result is a value of the same float dtype (nothing to round).
 */
export const FUNCTIONS = {
  abs: { result: 'same', zero: true, numexpr: 'abs', keepsFloat: true },
  sign: { result: 'same', zero: true, numexpr: null, keepsFloat: false },
  sqrt: { result: 'float', zero: true, numexpr: 'sqrt', keepsFloat: false },
  exp: { result: 'float', zero: false, numexpr: 'exp', keepsFloat: false },
  expm1: { result: 'float', zero: true, numexpr: 'expm1', keepsFloat: false },
  log: { result: 'float', zero: false, numexpr: 'log', keepsFloat: false },
  log1p: { result: 'float', zero: true, numexpr: 'log1p', keepsFloat: false },
  log10: { result: 'float', zero: false, numexpr: 'log10', keepsFloat: false },
  sin: { result: 'float', zero: true, numexpr: 'sin', keepsFloat: false },
  cos: { result: 'float', zero: false, numexpr: 'cos', keepsFloat: false },
  tan: { result: 'float', zero: true, numexpr: 'tan', keepsFloat: false },
  asin: { result: 'float', zero: true, numexpr: 'arcsin', keepsFloat: false },
  acos: { result: 'float', zero: false, numexpr: 'arccos', keepsFloat: false },
  atan: { result: 'float', zero: true, numexpr: 'arctan', keepsFloat: false },
  sinh: { result: 'float', zero: true, numexpr: 'sinh', keepsFloat: false },
  cosh: { result: 'float', zero: false, numexpr: 'cosh', keepsFloat: false },
  tanh: { result: 'float', zero: true, numexpr: 'tanh', keepsFloat: false },
  asinh: { result: 'float', zero: true, numexpr: 'arcsinh', keepsFloat: false },
  acosh: { result: 'float', zero: false, numexpr: 'arccosh', keepsFloat: false },
  atanh: { result: 'float', zero: true, numexpr: 'arctanh', keepsFloat: false },
  floor: { result: 'same', zero: true, numexpr: 'floor', keepsFloat: true },
  ceil: { result: 'same', zero: true, numexpr: 'ceil', keepsFloat: true },
  trunc: { result: 'same', zero: true, numexpr: null, keepsFloat: true },
} as const satisfies Record<string, { readonly result: 'same' | 'float'; readonly zero: boolean; readonly numexpr: string | null; readonly keepsFloat: boolean }>;

export type FunctionName = keyof typeof FUNCTIONS;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

/**
 * The ops of two arrays (but the logical ones): the one list that the op sets, the LazyArray methods
 * and the free functions' result dtypes, the operators and functions `evaluate` (numexpr) and `jit`
 * (JavaScript) accept, the op tests and the fuzzer's ops are made from. `result`: 'common' the
 * promoted dtype, 'div' true division's (integers give float64), 'intOnBool' the promoted dtype with
 * int32 for two bools, 'float' numpy's float dtype for it, 'bool' a comparison's. `numexpr`: its
 * operators and function names for it; `js`: JavaScript's operators and Math functions that mean
 * the same (JavaScript's `%` is C's fmod; numexpr's and numpy's is mod).
 */
export const BINARY = {
  add: { result: 'common', numexpr: ['+'], js: ['+'] },
  sub: { result: 'common', numexpr: ['-'], js: ['-'] },
  mul: { result: 'common', numexpr: ['*'], js: ['*'] },
  div: { result: 'div', numexpr: ['/'], js: ['/'] },
  pow: { result: 'intOnBool', numexpr: ['**'], js: ['**', 'Math.pow'] },
  mod: { result: 'intOnBool', numexpr: ['%'], js: [] },
  fmod: { result: 'intOnBool', numexpr: ['fmod'], js: ['%'] },
  atan2: { result: 'float', numexpr: ['arctan2'], js: ['Math.atan2'] },
  minimum: { result: 'common', numexpr: ['minimum'], js: [] },
  maximum: { result: 'common', numexpr: ['maximum'], js: [] },
  eq: { result: 'bool', numexpr: ['==', '==='], js: ['==', '==='] },
  ne: { result: 'bool', numexpr: ['!=', '!=='], js: ['!=', '!=='] },
  lt: { result: 'bool', numexpr: ['<'], js: ['<'] },
  le: { result: 'bool', numexpr: ['<='], js: ['<='] },
  gt: { result: 'bool', numexpr: ['>'], js: ['>'] },
  ge: { result: 'bool', numexpr: ['>='], js: ['>='] },
} as const satisfies Record<string, { readonly result: 'common' | 'div' | 'intOnBool' | 'float' | 'bool'; readonly numexpr: readonly string[]; readonly js: readonly string[] }>;

export type BinaryName = keyof typeof BINARY;
export const BINARY_NAMES = Object.keys(BINARY) as BinaryName[];

/** Elementwise ops; their semantics live in `alu.ts`. */
export type AluOp =
  | 'neg' | FunctionName | 'round' | 'not'
  | BinaryName | 'and' | 'or' | 'xor'
  | 'where';

/** Movement ops change how elements are addressed, never their values. */
export type MovementOp = 'reshape' | 'permute' | 'expand' | 'slice';

export type Op =
  | 'buffer' // a realised array; arg: BufferRef
  | 'const' // one value broadcast to the node's shape; arg: number
  | 'cast' // arg: null (the node's dtype is the target)
  | 'contiguous' // its source, stored in memory of its own; arg: null (why is beside it: `stored`)
  | 'view' // a strided read of a materialised source; arg: ViewArg (made by the views pass only)
  | 'reduce' // arg: ReduceArg; the shape is the source's without the reduced axes; an optional
  //            second source (bool, the first's shape) limits the reduction to where it is true
  | 'compress' // the elements of src[0] where src[1] (bool, same shape) is true, in order; 1-D
  | 'matmul' // src[0] [batch?, M, K] times src[1] [batch?, K, N]; both in memory (see passes)
  | 'gather' // src[0] (1-D, in memory) read at the int32 positions src[1]; shape of src[1]
  | 'segreduce' // arg: ReduceArg (axes empty); reduces each run src[0][indptr[i] .. indptr[i+1]) of
  //               the 1-D values src[0], with src[1] = indptr (int32, rows + 1): a CSR row reduction
  | 'spmm' // CSR times dense: src = [values, indptr, indices, dense [cols, k]]; shape [rows, k]
  | MovementOp
  | AluOp;

export type ReduceOp = 'sum' | 'prod' | 'min' | 'max' | 'argmin' | 'argmax' | 'any' | 'all';

export interface ReduceArg {
  readonly op: ReduceOp;
  /** Reduced axes of the source, ascending. */
  readonly axes: readonly number[];
}

/** What the compiler knows of a realised buffer: an identity, never its data. */
export interface BufferRef {
  readonly id: number;
  /** The interned nodes that read this buffer directly; kept by the compiler (see `Node.make`). */
  nodes?: InternTable;
  /** Every node interned over this buffer, oldest first, bounded (see `Node.make`). */
  family?: Family;
}

/** Interned nodes by the hash of their structure; nodes whose hashes collide share a list. */
export type InternTable = Map<number, Node | Node[]>;

/**
 * The nodes interned under one root (a buffer, or the constants), oldest first. Interning keeps at
 * most MAX_FAMILY of them: past that the oldest leaves its table. A service that holds a dataset
 * and evaluates ever new expressions over it then runs in bounded memory; eviction costs only
 * sharing (an equal node made later is a new object), never correctness.
 */
export class Family {
  // each node beside the table it lives in, oldest first from `head`
  private nodes: (Node | undefined)[] = [];
  private tables: (InternTable | undefined)[] = [];
  private head = 0;

  add(n: Node, table: InternTable): void {
    this.nodes.push(n);
    this.tables.push(table);
    if (this.nodes.length - this.head <= MAX_FAMILY) return;
    const old = this.nodes[this.head]!, home = this.tables[this.head]!;
    this.nodes[this.head] = this.tables[this.head] = undefined;
    this.head++;
    unlink(home, old);
    if (this.head > 4096 && this.head * 2 > this.nodes.length) {
      this.nodes = this.nodes.slice(this.head);
      this.tables = this.tables.slice(this.head);
      this.head = 0;
    }
  }

  get size(): number {
    return this.nodes.length - this.head;
  }
}

/** Nodes interned under one root at most (each with its compiled program, if it was evaluated). */
export const MAX_FAMILY = 4096;

export interface ViewArg {
  readonly strides: readonly number[];
  readonly offset: number;
}

export interface SliceArg {
  readonly starts: readonly number[];
  readonly steps: readonly number[];
}

export type Arg = null | number | readonly number[] | BufferRef | ViewArg | SliceArg | ReduceArg;

export class Node {
  /** Number of elements. */
  readonly size: number;
  /** Interned nodes this node owns (see `make`), created on first use. */
  private children: InternTable | undefined = undefined;
  /** The family this node was interned in: its owner's, down to a buffer or the constants. */
  private family: Family | undefined = undefined;

  private constructor(
    readonly id: number,
    /** The hash of (op, dtype, shape, sources, arg) it is interned under. */
    readonly hash: number,
    readonly op: Op,
    readonly dtype: DType,
    readonly shape: readonly number[],
    readonly src: readonly Node[],
    readonly arg: Arg,
  ) {
    let s = 1;
    for (const d of shape) s *= d;
    this.size = s;
  }

  /**
   * Interns: returns the existing node for an equal (op, dtype, shape, src, arg).
   *
   * Where the table lives decides how long nodes live. A node is kept in a table owned by its youngest
   * source that is not a constant (a buffer node's table hangs off its buffer), so a graph lives
   * exactly as long as the arrays it reads, and an expression over a fresh array dies with it. A
   * global table of WeakRefs would not do: V8 keeps every WeakRef target alive until the current job
   * ends, so a synchronous loop evaluating over fresh arrays would hold all of them.
   */
  static make(op: Op, dtype: DType, shape: readonly number[], src: readonly Node[], arg: Arg = null): Node {
    // numbers, not a string key: building a graph is on every call's path
    let h = mix(mix(0x9747b28c, codeOf(op)), codeOf(dtype));
    h = mix(h, shape.length);
    for (let k = 0; k < shape.length; k++) h = mix(h, shape[k]!);
    let owner: Node | undefined;
    for (let k = 0; k < src.length; k++) {
      const s = src[k]!;
      h = mix(h, s.id);
      if (s.op !== 'const' && (owner === undefined || s.id > owner.id)) owner = s;
    }
    h = hashArg(h, arg);
    let table: InternTable, family: Family;
    if (owner) {
      table = owner.children ??= new Map();
      family = owner.family!;
    } else if (arg !== null && typeof arg === 'object' && 'id' in arg) {
      // a buffer's nodes live in a table on the buffer itself
      table = arg.nodes ??= new Map();
      family = arg.family ??= new Family();
    } else [table, family] = [constTable, constFamily];
    const slot = table.get(h);
    if (slot !== undefined) {
      if (!Array.isArray(slot)) {
        if (slot.is(op, dtype, shape, src, arg)) return slot;
      } else {
        for (const c of slot) if (c.is(op, dtype, shape, src, arg)) return c;
      }
    }
    const n = new Node(nextId++, h, op, dtype, Object.freeze(shape.slice()), Object.freeze(src.slice()), freezeArg(arg));
    n.family = family;
    if (slot === undefined) table.set(h, n);
    else if (Array.isArray(slot)) slot.push(n);
    else table.set(h, [slot, n]);
    // the tables over a long-lived array must not grow without bound (ever new expressions over it)
    family.add(n, table);
    return n;
  }

  /** Is this node (op, dtype, shape, src, arg)? */
  private is(op: Op, dtype: DType, shape: readonly number[], src: readonly Node[], arg: Arg): boolean {
    if (this.op !== op || this.dtype !== dtype || this.shape.length !== shape.length || this.src.length !== src.length) return false;
    for (let k = 0; k < shape.length; k++) if (this.shape[k] !== shape[k]) return false;
    for (let k = 0; k < src.length; k++) if (this.src[k] !== src[k]) return false;
    return sameArg(this.arg, arg);
  }
}

let nextId = 1;

// constants, and nodes built from constants only, live in one table with a family of its own
const constTable: InternTable = new Map();
const constFamily = new Family();

/** Removes `n` from the table it was interned in. */
function unlink(table: InternTable, n: Node): void {
  const slot = table.get(n.hash);
  if (slot === n) table.delete(n.hash);
  else if (Array.isArray(slot)) {
    const rest = slot.filter((c) => c !== n);
    if (rest.length === 1) table.set(n.hash, rest[0]!);
    else table.set(n.hash, rest);
  }
}

// a small number for every op and dtype name, given on first sight
const codes = new Map<string, number>();
const codeOf = (name: string): number => {
  let c = codes.get(name);
  if (c === undefined) codes.set(name, (c = codes.size + 1));
  return c;
};

/** One step of a 32-bit multiplicative hash (the mixing of murmur3). */
function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  h ^= k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);
/** A number's 64 bits into the hash (so -0 and 0 differ, and every NaN is one). */
function mixNumber(h: number, v: number): number {
  bits[0] = v !== v ? NaN : v;
  return mix(mix(h, words[0]!), words[1]!);
}

function mixList(h: number, xs: readonly number[]): number {
  h = mix(h, xs.length);
  for (let k = 0; k < xs.length; k++) h = mixNumber(h, xs[k]!);
  return h;
}

function hashArg(h: number, arg: Arg): number {
  if (arg === null) return mix(h, 1);
  if (typeof arg === 'number') return mixNumber(mix(h, 2), arg);
  if (Array.isArray(arg)) return mixList(mix(h, 3), arg as readonly number[]);
  const a = arg as Exclude<Arg, null | number | readonly number[]>;
  if ('id' in a) return mix(mix(h, 4), a.id);
  if ('strides' in a) return mixNumber(mixList(mix(h, 5), a.strides), a.offset);
  if ('op' in a) return mixList(mix(mix(h, 6), codeOf(a.op)), a.axes);
  return mixList(mixList(mix(h, 7), a.starts), a.steps);
}

const sameList = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, k) => Object.is(x, b[k]));

function sameArg(a: Arg, b: Arg): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' && typeof b === 'number' && Object.is(a, b);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && sameList(a, b);
  const x = a as Exclude<Arg, null | number | readonly number[]>, y = b as typeof x;
  if ('id' in x || 'id' in y) return false; // buffers are equal only as the same object
  if ('strides' in x) return 'strides' in y && Object.is(x.offset, y.offset) && sameList(x.strides, y.strides);
  if ('op' in x) return 'op' in y && x.op === y.op && sameList(x.axes, y.axes);
  const s = x as SliceArg, t = y as SliceArg;
  return 'starts' in t && sameList(s.starts, t.starts) && sameList(s.steps, t.steps);
}

function freezeArg(arg: Arg): Arg {
  if (arg === null || typeof arg !== 'object' || 'id' in arg) return arg; // a buffer stays live
  if (Array.isArray(arg)) return Object.freeze(arg.slice());
  if ('op' in arg) return Object.freeze({ op: arg.op, axes: Object.freeze(arg.axes.slice()) });
  return Object.freeze({ ...arg });
}

export const UNARY_OPS: ReadonlySet<Op> = new Set<Op>(['neg', ...FUNCTION_NAMES, 'round', 'not']);
export const BINARY_OPS: ReadonlySet<Op> = new Set<Op>([...BINARY_NAMES, 'and', 'or', 'xor']);
export const MOVEMENT_OPS: ReadonlySet<Op> = new Set<Op>(['reshape', 'permute', 'expand', 'slice']);

/** Ops computed per element inside a fused loop. */
export const isElementwise = (n: Node): boolean =>
  UNARY_OPS.has(n.op) || BINARY_OPS.has(n.op) || n.op === 'where' || n.op === 'cast' || n.op === 'gather';

/** Ops a kernel's loop nest is built around: reductions and products. */
export const LOOP_OPS: ReadonlySet<Op> = new Set<Op>(['reduce', 'segreduce', 'matmul', 'spmm']);

/** Ops whose value exists in memory once computed, so the views pass leaves them as a view's base. */
export const isMaterial = (n: Node): boolean =>
  n.op === 'buffer' || n.op === 'contiguous' || n.op === 'compress' || LOOP_OPS.has(n.op);

// Why each contiguous node is stored, beside the node and not in its key: the same value stored for
// two reasons is one node, computed once; the first reason given is the one the plan shows.
const storeReasons = new WeakMap<Node, string>();

/** `x` (read as `shape`, by default its own) stored in memory of its own, for the reason `why`. */
export function stored(x: Node, why: string, shape: readonly number[] = x.shape): Node {
  const n = Node.make('contiguous', x.dtype, shape, [x]);
  if (!storeReasons.has(n)) storeReasons.set(n, why);
  return n;
}

/** Why a contiguous node is stored. */
export const whyStored = (n: Node): string => storeReasons.get(n) ?? 'stored';

/** Row-major strides of a contiguous array of `shape`. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  let s = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    st[k] = s;
    s *= shape[k]!;
  }
  return st;
}

/**
 * Nodes reachable from `roots` through `inputs` (by default the sources), each after its inputs.
 * Iterative, because graphs can be deep.
 */
export function toposort(roots: readonly Node[], inputs: (n: Node) => readonly Node[] = (n) => n.src): Node[] {
  const seen = new Set<Node>();
  const out: Node[] = [];
  const stack: [Node, number][] = [];
  for (const r of roots) {
    if (seen.has(r)) continue;
    seen.add(r);
    stack.push([r, 0]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [n, i] = top;
      const ins = inputs(n);
      if (i < ins.length) {
        top[1] = i + 1;
        const s = ins[i]!;
        if (!seen.has(s)) {
          seen.add(s);
          stack.push([s, 0]);
        }
      } else {
        stack.pop();
        out.push(n);
      }
    }
  }
  return out;
}

/** A short, stable, non-cryptographic hash (FNV-1a, 32 bits) in 8 hex digits, for kernel names. */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
