// The kernel contract: what a kernel of each kind is, described once and read by the lowering (which
// fills it), by every renderer (which emits it) and by the runtime (which calls it). A kernel is
//   name(start, end, buf, cst, geo)
// computing [start, end) of its range; `buf` holds the outputs then the inputs, `cst` the
// constants, `geo` the geometry: sizes and strides as named slots, in the order `geometryOf` gives.
// Nothing here depends on sizes: a LoopIR and its slot names are a pure function of the kernel key.

import { DTYPE_INFO, type DType } from './dtype.js';
import type { AluOp, ReduceOp } from './ir.js';
import { tileRule, type AccKind, type TileRule } from './reduce.js';

/** A value inside the loop: input k, constant k, instruction k's result, accumulator k's result, or
 *  the kernel's product element. */
export interface Ref {
  readonly k: 'in' | 'c' | 'v' | 'acc' | 'mm';
  readonly i: number;
}

export interface Instr {
  readonly op: AluOp | 'cast' | 'gather';
  /** dtype of the operands (for cast: of the source; for gather: of the table). */
  readonly dtype: DType;
  /** dtype of the result. */
  readonly out: DType;
  readonly args: readonly Ref[];
  /** Computed in the inner (reduction) loop. */
  readonly inner: boolean;
}

export interface Acc {
  readonly op: ReduceOp;
  /** Only elements where this (bool) value is nonzero take part. */
  readonly mask: Ref | null;
  /** How the values add up (see `AccKind`). */
  readonly kind: AccKind;
  readonly value: Ref;
  /** dtype of the result. */
  readonly dtype: DType;
}

/** How an input is addressed: by the loop ('loop'), at computed positions ('table'), as a CSR row
 *  pointer ('indptr'), or as a matrix operand ('operand'). */
export type Role = 'loop' | 'table' | 'indptr' | 'operand';

export interface Input {
  readonly dtype: DType;
  /** Read through strides (geometry slots f<k>, s<k>_*, ...) rather than at the loop index. */
  readonly strided: boolean;
  /** Read in the inner (reduced) loop nest. */
  readonly inner: boolean;
  readonly role: Role;
}

interface LoopBase {
  readonly outs: readonly DType[];
  readonly ins: readonly Input[];
  readonly nconsts: number;
  readonly body: readonly Instr[];
  /** stores[j] is written to output j. */
  readonly stores: readonly Ref[];
}

/** One kernel, by kind. */
export type LoopIR = LoopBase & (
  /** Elementwise over the output: rank 0 when every array is read at the loop index, else the rank
   *  of the strided loop nest (dims d*). */
  | { readonly kind: 'map'; readonly rank: number }
  /** Over its source (a loop nest as for 'map'), storing stores[0] at consecutive places where
   *  `mask` is true. */
  | { readonly kind: 'compress'; readonly rank: number; readonly mask: Ref }
  /** Over the output (outer nest, dims d*); for each output element, over its reduced elements
   *  (inner nest, dims e*), the reductions' producers inside, the epilogue and stores outside. */
  | { readonly kind: 'reduce'; readonly rank: number; readonly inner: number; readonly accs: readonly Acc[] }
  /** Over output rows of [batch,] M x K times K x N (inputs a and b), the epilogue reading `mm`. */
  | { readonly kind: 'matmul'; readonly a: number; readonly b: number; readonly dtype: DType }
  /** Over CSR rows: row i folds the values at positions indptr[i] .. indptr[i+1]. */
  | { readonly kind: 'segments'; readonly indptr: number; readonly accs: readonly Acc[] }
  /** Over CSR rows times the dense input: row i adds value * dense[column] for its positions. */
  | { readonly kind: 'spmm'; readonly indptr: number; readonly dense: number; readonly value: Ref; readonly column: Ref; readonly dtype: DType });

export type KernelKind = LoopIR['kind'];

/*
 * How each kind's work splits across calls (and, later, threads). Every kind runs over any sub-range
 * [start, end) of its range (map, reduce: output elements; compress: source elements; matmul:
 * output rows, batch by batch; segments, spmm: CSR rows), writing only its own outputs' elements
 * there. Two kinds take more, in trailing arguments `(st, from, to)`:
 * - compress: `st[0]` is where the first element taken in [start, end) goes, and is left just past
 *   the last one. Parts run as count, prefix, place: a call with an empty output only counts (a
 *   store past an array's end is dropped).
 * - reduce, when `splitsReduced`: a part `from < to` folds the reduced elements [from, to) (from a
 *   multiple of SUM_TILE) of output elements [start, end) and writes, per output element, per tile,
 *   per reduction, the fields of its tile rule into `st` (compiler/reduce.ts); nothing is stored.
 *   The caller merges the tiles of every part in order; the finish, `st` without `from`, reads one
 *   merged state per output element and reduction from `st` and runs the epilogue. The bits are
 *   those of one whole call.
 */

/** The tile rule of reduction `a` (compiler/reduce.ts), or null when it runs in one order only. */
export const ruleOf = (a: Acc): TileRule | null => tileRule(a.op, a.kind, a.mask !== null);

/** Whether a reduce kernel's reduced elements split into parts: every reduction has a tile rule. */
export const splitsReduced = (ir: LoopIR): boolean => ir.kind === 'reduce' && ir.accs.every((a) => ruleOf(a) !== null);

/** How many elements each output element of a reduce kernel folds: the product of its e* slots in
 *  `geom` (the geometry a binding gives the kernel). */
export function reducedCount(ir: LoopIR, geom: readonly number[]): number {
  let n = 1;
  geometryOf(ir).forEach((g, i) => { if (/^e\d+$/.test(g)) n *= geom[i]!; });
  return n;
}

/** Numbers per tile (and per merged state) in `st` for one output element: its reductions' fields. */
export const stateWords = (ir: LoopIR): number => accsOf(ir).reduce((w, a) => w + (ruleOf(a)?.fields.length ?? 0), 0);

/** The reductions a kernel folds. */
export const accsOf = (ir: LoopIR): readonly Acc[] => (ir.kind === 'reduce' || ir.kind === 'segments' ? ir.accs : []);

const range = (n: number, f: (d: number) => string): string[] => Array.from({ length: n }, (_, d) => f(d));

/**
 * The names of a kernel's geometry slots, in `geo` order: the loop dims, then, per input the loop
 * reads through strides, its first position f<k> and strides. Renderers name their variables after
 * these; the lowering fills them by name.
 */
export function geometryOf(ir: LoopIR): readonly string[] {
  const loopIns = ir.ins.map((x, k) => ({ x, k }));
  switch (ir.kind) {
    case 'map': case 'compress':
      if (ir.rank === 0) return [];
      return [...range(ir.rank, (d) => `d${d}`),
        ...loopIns.filter(({ x }) => x.strided).flatMap(({ k }) => [`f${k}`, ...range(ir.rank, (d) => `s${k}_${d}`)])];
    case 'reduce':
      return [...range(ir.rank, (d) => `d${d}`), ...range(ir.inner, (d) => `e${d}`),
        ...loopIns.filter(({ x }) => x.role === 'loop').flatMap(({ x, k }) => [`f${k}`, ...range(ir.rank, (d) => `s${k}_${d}`),
          ...(x.inner ? range(ir.inner, (d) => `t${k}_${d}`) : [])])];
    case 'matmul':
      // A: offset, batch, row and k strides; B: offset, batch and k strides (its rows are
      // contiguous); an epilogue input: offset, batch, row and column strides
      return ['M', 'K', 'N', ...loopIns.filter(({ x }) => x.role !== 'table').flatMap(({ k }) => (k === ir.a ? ['oA', 'bA', 'iA', 'kA']
        : k === ir.b ? ['oB', 'bB', 'kB'] : [`f${k}`, `sb${k}`, `si${k}`, `sj${k}`]))];
    case 'segments':
      // values and indices along the stored positions (t), the epilogue along the rows (s)
      return loopIns.filter(({ x }) => x.role === 'loop').flatMap(({ x, k }) => (x.inner ? [`f${k}`, `t${k}`] : [`f${k}`, `s${k}`]));
    case 'spmm':
      // K columns; the dense operand's offset and row stride; the epilogue along a row and the rows
      return ['K', ...loopIns.filter(({ x }) => x.role === 'loop' || x.role === 'operand').flatMap(({ x, k }) => (x.role === 'operand' ? ['oD', 'rD']
        : x.inner ? [`f${k}`, `t${k}`] : [`f${k}`, `si${k}`, `sj${k}`]))];
  }
}

const refText = (r: Ref): string => (r.k === 'in' ? 'a' : r.k === 'acc' ? 'r' : r.k) + r.i;
const tagOf = (d: DType): string => DTYPE_INFO[d].tag;

/** The canonical text of a LoopIR: equal texts generate equal source, on every renderer. */
export function keyOf(ir: LoopIR): string {
  const ins = ir.ins.map((x) => tagOf(x.dtype) + (x.strided ? 's' : 'c') + (x.inner ? 'i' : '') + (x.role === 'loop' ? '' : ':' + x.role)).join(',');
  const body = ir.body.map((b, i) => `v${i}${b.inner ? '*' : ''}=${b.op}.${tagOf(b.dtype)}>${tagOf(b.out)}(${b.args.map(refText).join(',')})`);
  const accs = (inner: number, list: readonly Acc[]): string => `|red${inner}:${list.map((a, k) =>
    `r${k}=${a.op}${a.kind === 'float' ? 'f' : a.kind === 'wrap' ? 'w' : ''}>${tagOf(a.dtype)}(${refText(a.value)}${a.mask ? ' if ' + refText(a.mask) : ''})`).join(';')}`;
  const rank = ir.kind === 'map' || ir.kind === 'compress' || ir.kind === 'reduce' ? ir.rank : 1;
  const red = ir.kind === 'reduce' ? accs(ir.inner, ir.accs) : ir.kind === 'segments' ? accs(0, ir.accs) : '';
  const tail = ir.kind === 'compress' ? ` if ${refText(ir.mask)}`
    : ir.kind === 'matmul' ? `|mm>${tagOf(ir.dtype)}(a${ir.a},a${ir.b})`
      : ir.kind === 'segments' ? `|seg(a${ir.indptr})`
        : ir.kind === 'spmm' ? `|seg(a${ir.indptr})spmm>${tagOf(ir.dtype)}(${refText(ir.value)},${refText(ir.column)},a${ir.dense})` : '';
  return `r${rank}${red}|o:${ir.outs.map(tagOf).join(',')}|i:${ins}|c${ir.nconsts}|${body.join(';')}|s:${ir.stores.map(refText).join(',')}${tail}`;
}
