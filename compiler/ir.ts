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
  | 'contiguous' // forces its source to be materialised into a buffer of its own
  | 'view' // a strided read of a materialised source; arg: ViewArg (made by the views pass only)
  | MovementOp
  | AluOp;

/** What the compiler knows of a realised buffer: an identity, never its data. */
export interface BufferRef {
  readonly id: number;
}

export interface ViewArg {
  readonly strides: readonly number[];
  readonly offset: number;
}

export interface SliceArg {
  readonly starts: readonly number[];
  readonly steps: readonly number[];
}

export type Arg = null | number | readonly number[] | BufferRef | ViewArg | SliceArg;

export class Node {
  /** Number of elements. */
  readonly size: number;
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
    Object.freeze(this);
  }

  /** Interns: returns the existing node for an equal (op, dtype, shape, src, arg). */
  static make(op: Op, dtype: DType, shape: readonly number[], src: readonly Node[], arg: Arg = null): Node {
    let key = op + '|' + dtype + '|' + shape.join(',') + '|';
    for (const s of src) key += s.id + ',';
    key += '|' + argKey(arg);
    const hit = interned.get(key)?.deref();
    if (hit !== undefined) return hit;
    const n = new Node(nextId++, key, op, dtype, Object.freeze(shape.slice()), Object.freeze(src.slice()), freezeArg(arg));
    interned.set(key, new WeakRef(n));
    collector.register(n, key);
    return n;
  }
}

let nextId = 1;
const interned = new Map<string, WeakRef<Node>>();
// a node the program no longer holds may be collected; drop its entry unless the key was reused
const collector = new FinalizationRegistry<string>((key) => {
  if (interned.get(key)?.deref() === undefined) interned.delete(key);
});

/** How many nodes are interned right now (for tests of collection). */
export const internedCount = (): number => interned.size;

function argKey(arg: Arg): string {
  if (arg === null) return '';
  if (typeof arg === 'number') return Object.is(arg, -0) ? '-0' : String(arg);
  if (Array.isArray(arg)) return arg.join(',');
  if ('id' in arg) return '#' + arg.id;
  if ('strides' in arg) return arg.strides.join(',') + '@' + arg.offset;
  const sl = arg as SliceArg;
  return sl.starts.join(',') + ':' + sl.steps.join(',');
}

function freezeArg(arg: Arg): Arg {
  if (arg === null || typeof arg !== 'object' || 'id' in arg) return arg; // a buffer stays live
  return Object.freeze(Array.isArray(arg) ? arg.slice() : { ...arg });
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
  UNARY_OPS.has(n.op) || BINARY_OPS.has(n.op) || n.op === 'where' || n.op === 'cast';

/** Ops whose value exists in memory, so a kernel reads them rather than computing them. */
export const isMaterial = (n: Node): boolean => n.op === 'buffer' || n.op === 'contiguous';

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
