// THE IR: one immutable node type from the API to code generation. Nodes are interned by their
// structure, so structurally equal subgraphs are the same object: common subexpressions collapse on
// construction and a node can key any cache.

import type { DType } from './dtype.js';

/** Elementwise ops; their semantics live in `alu.ts`. */
export type AluOp =
  | 'neg' | 'abs' | 'sign' | 'sqrt' | 'exp' | 'expm1' | 'log' | 'log1p' | 'log10'
  | 'sin' | 'cos' | 'tan' | 'asin' | 'acos' | 'atan' | 'sinh' | 'cosh' | 'tanh'
  | 'asinh' | 'acosh' | 'atanh' | 'floor' | 'ceil' | 'round' | 'trunc' | 'not'
  | 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'mod' | 'fmod' | 'atan2' | 'minimum' | 'maximum'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'and' | 'or' | 'xor'
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
  nodes?: Map<string, Node>;
  /** Every node interned over this buffer, oldest first, bounded (see `Node.make`). */
  family?: Family;
}

/**
 * The nodes interned under one root (a buffer, or the constants), oldest first. Interning keeps at
 * most MAX_FAMILY of them: past that the oldest leaves its table. A service that holds a dataset
 * and evaluates ever new expressions over it then runs in bounded memory; eviction costs only
 * sharing (an equal node made later is a new object), never correctness.
 */
export class Family {
  // each node beside the table it lives in, oldest first from `head`
  private nodes: (Node | undefined)[] = [];
  private tables: (Map<string, Node> | undefined)[] = [];
  private head = 0;

  add(n: Node, table: Map<string, Node>): void {
    this.nodes.push(n);
    this.tables.push(table);
    if (this.nodes.length - this.head <= MAX_FAMILY) return;
    const old = this.nodes[this.head]!, home = this.tables[this.head]!;
    this.nodes[this.head] = this.tables[this.head] = undefined;
    this.head++;
    if (home.get(old.key) === old) home.delete(old.key);
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
  private children: Map<string, Node> | undefined = undefined;
  /** The family this node was interned in: its owner's, down to a buffer or the constants. */
  private family: Family | undefined = undefined;

  private constructor(
    readonly id: number,
    readonly key: string,
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
    let key = op + '|' + dtype + '|' + shape.join(',') + '|';
    let owner: Node | undefined;
    for (const s of src) {
      key += s.id + ',';
      if (s.op !== 'const' && (owner === undefined || s.id > owner.id)) owner = s;
    }
    key += '|' + argKey(arg);
    let table: Map<string, Node>, family: Family;
    if (owner) {
      table = owner.children ??= new Map();
      family = owner.family!;
    } else if (arg !== null && typeof arg === 'object' && 'id' in arg) {
      // a buffer's nodes live in a table on the buffer itself
      table = arg.nodes ??= new Map();
      family = arg.family ??= new Family();
    } else [table, family] = [constTable, constFamily];
    const hit = table.get(key);
    if (hit !== undefined) return hit;
    const n = new Node(nextId++, key, op, dtype, Object.freeze(shape.slice()), Object.freeze(src.slice()), freezeArg(arg));
    n.family = family;
    table.set(key, n);
    // the tables over a long-lived array must not grow without bound (ever new expressions over it)
    family.add(n, table);
    return n;
  }
}

let nextId = 1;

// constants, and nodes built from constants only, live in one table with a family of its own
const constTable = new Map<string, Node>();
const constFamily = new Family();

function argKey(arg: Arg): string {
  if (arg === null) return '';
  if (typeof arg === 'number') return Object.is(arg, -0) ? '-0' : String(arg);
  if (Array.isArray(arg)) return arg.join(',');
  if ('id' in arg) return '#' + arg.id;
  if ('strides' in arg) return arg.strides.join(',') + '@' + arg.offset;
  if ('op' in arg) return arg.op + ':' + arg.axes.join(',');
  const sl = arg as SliceArg;
  return sl.starts.join(',') + ':' + sl.steps.join(',');
}

function freezeArg(arg: Arg): Arg {
  if (arg === null || typeof arg !== 'object' || 'id' in arg) return arg; // a buffer stays live
  if (Array.isArray(arg)) return Object.freeze(arg.slice());
  if ('op' in arg) return Object.freeze({ op: arg.op, axes: Object.freeze(arg.axes.slice()) });
  return Object.freeze({ ...arg });
}

export const UNARY_OPS: ReadonlySet<Op> = new Set<Op>([
  'neg', 'abs', 'sign', 'sqrt', 'exp', 'expm1', 'log', 'log1p', 'log10', 'sin', 'cos', 'tan',
  'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'floor', 'ceil', 'round',
  'trunc', 'not',
]);
export const BINARY_OPS: ReadonlySet<Op> = new Set<Op>([
  'add', 'sub', 'mul', 'div', 'pow', 'mod', 'fmod', 'atan2', 'minimum', 'maximum',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'xor',
]);
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
