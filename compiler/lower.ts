// Lowering: a scheduled kernel becomes a LoopIR (three-address instructions over loads, constants and
// accumulators, plus how each input is addressed) and a Binding (the arrays, constants and sizes to
// pass). The LoopIR holds no sizes, strides or constant values, so one compiled kernel serves every
// shape of the same structure and layout; its canonical text is the kernel cache key.
//
// An elementwise kernel loops over its output. A kernel with reductions loops over its output (the
// outer loop nest) and, for each output element, over the reduced elements (the inner loop nest): the
// reductions' producers run inside, the epilogue and the stores outside.

import { DTYPE_INFO, type DType } from './dtype.js';
import { accKind, type AccKind } from './reduce.js';
import {
  contiguousStrides, hash8, isElementwise, toposort, type AluOp, type Node, type ReduceArg, type ReduceOp, type ViewArg,
} from './ir.js';
import type { KernelPlan } from './schedule.js';

/** A value inside the loop: input k, constant k, instruction k's result, accumulator k's result, or
 *  the kernel's matmul element. */
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

export interface LoopIR {
  /** Elementwise: 0 when every array is read at the loop index, else the rank of the strided loop
   *  nest. With reductions: the rank of the outer loop nest. */
  readonly rank: number;
  /** The reductions, and the rank of the inner loop nest; null for an elementwise kernel. */
  readonly reduce: { readonly rank: number; readonly accs: readonly Acc[] } | null;
  readonly outs: readonly DType[];
  /** `inner`: read in the inner loop nest (with strides over both nests). */
  readonly ins: readonly { readonly dtype: DType; readonly strided: boolean; readonly inner: boolean; readonly role: Role }[];
  readonly nconsts: number;
  readonly body: readonly Instr[];
  /** stores[j] is written to output j. */
  readonly stores: readonly Ref[];
  /** A compress kernel writes stores[0] to consecutive places where this value is nonzero; it must
   *  run over its whole range in one call. */
  readonly compress: Ref | null;
  /** A matmul kernel: the inputs holding A and B, the product's dtype; the loop runs over output rows. */
  readonly matmul: { readonly a: number; readonly b: number; readonly dtype: DType } | null;
  /** A CSR row kernel: for output row i the inner loop runs over positions indptr[i] .. indptr[i+1]
   *  of the values (input `indptr`); with `spmm`, each value times a row of the dense input is added
   *  to the output row, else the reductions in `reduce` fold the values. */
  readonly segments: {
    readonly indptr: number;
    readonly spmm: { readonly dense: number; readonly value: Ref; readonly column: Ref; readonly dtype: DType } | null;
  } | null;
}

export interface Binding {
  /** The nodes whose buffers receive the outputs, in order. */
  readonly outputs: readonly Node[];
  /** The materialised nodes (buffers or earlier kernels' outputs) read, in order. */
  readonly inputs: readonly Node[];
  readonly consts: readonly number[];
  /** Outer dims [, inner dims], then per input its offset and strides (outer [, inner]). */
  readonly geom: readonly number[];
  /** Elements in the (outer) loop. */
  readonly size: number;
}

export interface Lowered {
  readonly ir: LoopIR;
  readonly key: string;
  readonly name: string;
  readonly binding: Binding;
  /** The elementwise and reduction nodes computed inside the kernel. */
  readonly fused: readonly Node[];
}

/** How an input is addressed: by the loop ('loop'), at computed positions ('table'), as a CSR row
 *  pointer ('indptr'), or as a matrix operand ('operand'). */
export type Role = 'loop' | 'table' | 'indptr' | 'operand';

interface Input {
  readonly dtype: DType;
  readonly view: ViewArg | null;
  readonly inner: boolean;
  readonly shape: readonly number[];
  readonly role: Role;
}

export function lower(plan: KernelPlan, stored: ReadonlySet<Node>): Lowered {
  const values = plan.stores.map((s) => s.value);
  const ins: Input[] = [];
  const inputs: Node[] = [];
  const consts: number[] = [];
  const body: Instr[] = [];
  const accs: Acc[] = [];
  const fused: Node[] = [];
  let space: Node | undefined; // the first reduction's source: every reduction here shares its shape and axes
  const constRefs = new Map<Node, Ref>();

  const constant = (n: Node): Ref => {
    let r = constRefs.get(n);
    if (!r) {
      constRefs.set(n, (r = { k: 'c', i: consts.length }));
      consts.push(n.arg as number);
    }
    return r;
  };
  const input = (n: Node, inner: boolean, role: Role = 'loop'): Ref => {
    ins.push({ dtype: n.dtype, view: n.op === 'view' ? (n.arg as ViewArg) : null, inner, shape: n.shape, role });
    inputs.push(n.op === 'view' ? n.src[0]! : n);
    return { k: 'in', i: ins.length - 1 };
  };

  // lowers the nodes under `roots` in one region: outer (over the output) or inner (over the
  // reduced elements); each region remembers what it has lowered, so shared subexpressions are shared
  const outerRefs = new Map<Node, Ref>();
  const innerRefs = new Map<Node, Ref>();
  let axes: readonly number[] = [];
  let mm: { a: number; b: number; node: Node } | undefined;
  let seg: { indptr: number; spmm: { dense: number; node: Node } | null } | undefined;
  const region = (roots: readonly Node[], inner: boolean): void => {
    const refs = inner ? innerRefs : outerRefs;
    // a node another kernel stores is read, so the walk stops there
    const below = (m: Node): readonly Node[] => (stored.has(m) && !values.includes(m) ? []
      : m.op === 'gather' ? [m.src[1]!] : isElementwise(m) ? m.src : []);
    for (const n of toposort(roots, below)) {
      if (refs.has(n)) continue;
      // a stored node is read from memory, except by the kernel that stores it
      const mine = !stored.has(n) || values.includes(n);
      if (n.op === 'const') refs.set(n, constant(n));
      else if (!mine) refs.set(n, input(n, inner));
      else if (n.op === 'gather') {
        refs.set(n, { k: 'v', i: body.length });
        body.push({ op: 'gather', dtype: n.dtype, out: n.dtype, args: [input(n.src[0]!, inner, 'table'), refs.get(n.src[1]!)!], inner });
        fused.push(n);
      } else if (isElementwise(n)) {
        const operand = n.op === 'where' ? n.src[1]!.dtype : n.src[0]!.dtype;
        refs.set(n, { k: 'v', i: body.length });
        body.push({ op: n.op as AluOp | 'cast', dtype: operand, out: n.dtype, args: n.src.map((x) => refs.get(x)!), inner });
        fused.push(n);
      } else if (!inner && n.op === 'reduce') {
        if (!space) {
          space = n.src[0]!;
          axes = (n.arg as ReduceArg).axes;
        }
        region(n.src, true);
        refs.set(n, { k: 'acc', i: accs.length });
        const mask = n.src[1] ? innerRefs.get(n.src[1])! : null;
        accs.push({ op: (n.arg as ReduceArg).op, mask, kind: accKind(n.src[0]!.dtype, n.dtype), value: innerRefs.get(n.src[0]!)!, dtype: n.dtype });
        fused.push(n);
      } else if (!inner && n.op === 'segreduce') {
        space ??= n.src[0]!;
        seg ??= { indptr: input(n.src[1]!, false, 'indptr').i, spmm: null };
        region([n.src[0]!], true);
        refs.set(n, { k: 'acc', i: accs.length });
        accs.push({ op: (n.arg as ReduceArg).op, mask: null, kind: accKind(n.src[0]!.dtype, n.dtype), value: innerRefs.get(n.src[0]!)!, dtype: n.dtype });
        fused.push(n);
      } else if (!inner && n.op === 'spmm') {
        seg = { indptr: input(n.src[1]!, false, 'indptr').i, spmm: { dense: input(n.src[3]!, false, 'operand').i, node: n } };
        region([n.src[0]!, n.src[2]!], true);
        refs.set(n, { k: 'mm', i: 0 });
        fused.push(n);
      } else if (!inner && n.op === 'matmul') {
        mm = { a: input(n.src[0]!, false, 'operand').i, b: input(n.src[1]!, false, 'operand').i, node: n };
        refs.set(n, { k: 'mm', i: 0 });
        fused.push(n);
      } else refs.set(n, input(n, inner));
    }
  };
  // a compress kernel loops over its source and stores where the mask is true
  const compressed = values[0]!.op === 'compress' ? values[0]! : undefined;
  const roots = compressed ? compressed.src : values;
  region(roots, false);
  // the scheduler stores every loop op under a selection: a compress kernel's loop is elementwise
  if (compressed && (space || mm || seg)) throw new Error(`ndfuse internal: a selection kernel holds a ${space ? 'reduction' : 'product'}`);

  const outShape = roots[0]!.shape;
  let rank: number, innerRank = 0;
  const geom: number[] = [];
  const strided: boolean[] = [];
  if (seg) {
    // rows of a CSR matrix: values (inner) along the stored positions, the epilogue along the rows
    rank = 1;
    if (seg.spmm) geom.push(outShape[1]!);
    ins.forEach((x) => {
      strided.push(x.role === 'loop');
      if (x.role === 'table' || x.role === 'indptr') return;
      // values and indices: along the stored positions; the dense operand: its row stride; the
      // epilogue: along the rows (and, for a product, along a row)
      const st = x.view ? x.view.strides : contiguousStrides(x.shape);
      geom.push(x.view ? x.view.offset : 0, ...(x.role === 'loop' && !x.inner && seg!.spmm ? [st[0]!, st[1]!] : [st[0]!]));
    });
  } else if (mm) {
    // the output is [batch,] M, N; A is [batch,] M, K and B [batch,] K, N
    const [M, N] = outShape.slice(-2) as [number, number];
    const K = mm.node.src[0]!.shape[mm.node.src[0]!.shape.length - 1]!;
    rank = 1;
    geom.push(M, K, N);
    const batched = (x: Input): number[] => {
      const st = x.view ? [...x.view.strides] : contiguousStrides(x.shape);
      const shape = [...x.shape];
      while (st.length < 3) {
        st.unshift(0);
        shape.unshift(1);
      }
      if (shape[0] === 1) st[0] = 0; // a batch of one is broadcast
      return [x.view ? x.view.offset : 0, ...st];
    };
    ins.forEach((x, k) => {
      strided.push(x.role !== 'table');
      if (x.role === 'table') return;
      const g = batched(x);
      geom.push(...(k === mm!.b ? g.slice(0, 3) : g)); // B's rows are contiguous: no column stride
    });
  } else if (!space) {
    const { dims, strides } = collapse(outShape, ins.map((x) => (x.view && x.role === 'loop' ? x.view.strides : null)), false);
    rank = strides.some((s, k) => s !== null && !(ins[k]!.view!.offset === 0 && isPlain(s, dims))) ? dims.length : 0;
    if (rank > 0) geom.push(...dims);
    ins.forEach((x, k) => {
      const s = strides[k];
      const isStrided = rank > 0 && s !== null && !(x.view!.offset === 0 && isPlain(s, dims));
      strided.push(isStrided);
      if (isStrided) geom.push(x.view!.offset, ...s!);
    });
  } else {
    // outer dims are the source's unreduced axes, inner dims its reduced axes
    const keep = space.shape.map((_, a) => a).filter((a) => !axes.includes(a));
    const full = (x: Input): readonly number[] => (x.view ? x.view.strides : contiguousStrides(x.shape));
    const loop = (x: Input): boolean => x.role === 'loop';
    const outer = collapse(keep.map((a) => space!.shape[a]!), ins.map((x) => {
      if (!loop(x)) return null;
      const st = full(x);
      return x.inner ? keep.map((a) => st[a]!) : st;
    }), true);
    const innerPart = collapse(axes.map((a) => space!.shape[a]!), ins.map((x) => (x.inner && loop(x) ? axes.map((a) => full(x)[a]!) : null)), true);
    rank = outer.dims.length;
    innerRank = innerPart.dims.length;
    geom.push(...outer.dims, ...innerPart.dims);
    ins.forEach((x, k) => {
      strided.push(x.role === 'loop');
      if (x.role !== 'loop') return;
      geom.push(x.view ? x.view.offset : 0, ...outer.strides[k]!, ...(x.inner ? innerPart.strides[k]! : []));
    });
  }

  const ir: LoopIR = {
    rank,
    reduce: space ? { rank: innerRank, accs } : null,
    outs: plan.stores.map((s) => s.node.dtype),
    ins: ins.map((x, k) => ({ dtype: x.dtype, strided: strided[k]!, inner: x.inner, role: x.role })),
    nconsts: consts.length,
    body,
    stores: compressed ? [outerRefs.get(compressed.src[0]!)!] : values.map((v) => outerRefs.get(v)!),
    compress: compressed ? outerRefs.get(compressed.src[1]!)! : null,
    matmul: mm ? { a: mm.a, b: mm.b, dtype: mm.node.dtype } : null,
    segments: seg ? {
      indptr: seg.indptr,
      spmm: seg.spmm ? {
        dense: seg.spmm.dense, dtype: seg.spmm.node.dtype,
        value: innerRefs.get(seg.spmm.node.src[0]!)!, column: innerRefs.get(seg.spmm.node.src[2]!)!,
      } : null,
    } : null,
  };
  const key = keyOf(ir);
  const tag = DTYPE_INFO[ir.outs[0]!].tag;
  const kind = seg?.spmm ? 'spmm' + (body.length ? '_ew' + body.length : '')
    : mm ? 'matmul' + (body.length ? '_ew' + body.length : '')
    : seg ? 'seg' + [...new Set(accs.map((a) => a.op))].join('_') + (body.length ? '_ew' + body.length : '')
    : space ? [...new Set(accs.map((a) => a.op))].join('_') + (body.length ? '_ew' + body.length : '')
    : (rank > 0 ? 's' : '') + (compressed ? 'compress' : body.length ? 'ew' + body.length : 'copy');
  return {
    ir, key, fused,
    name: `k_${kind}_${tag}_${hash8(key)}`,
    // a matmul kernel's range is output rows; the others', output (or source) elements
    binding: { outputs: plan.stores.map((s) => s.node), inputs, consts, geom, size: outShape.slice(0, mm || seg?.spmm ? -1 : undefined).reduce((p, d) => p * d, 1) },
  };
}

const isPlain = (s: readonly number[], dims: readonly number[]): boolean => {
  const plain = contiguousStrides(dims);
  return s.every((x, k) => x === plain[k]);
};

/**
 * Drops unit dimensions and merges neighbours that every read walks as one, so a transposed or
 * broadcast read costs as few loop levels as possible. `null` strides mean row-major over `shape`.
 * With `keepOne`, a nest that collapses to nothing keeps one unit dimension (a reduction's loops
 * always exist).
 */
function collapse(shape: readonly number[], strides: readonly (readonly number[] | null)[], keepOne: boolean): {
  dims: number[];
  strides: (number[] | null)[];
} {
  const keep = shape.map((d, k) => (d !== 1 ? k : -1)).filter((k) => k >= 0);
  let dims = keep.map((k) => shape[k]!);
  let st = strides.map((s) => (s ? keep.map((k) => s[k]!) : null));
  if (dims.length === 0 && (keepOne || st.some((s) => s !== null))) {
    dims = [1];
    st = st.map((s) => (s ? [0] : null));
  }
  for (let k = dims.length - 2; k >= 0; k--) {
    if (!st.every((s) => s === null || s[k] === s[k + 1]! * dims[k + 1]!)) continue;
    dims = [...dims.slice(0, k), dims[k]! * dims[k + 1]!, ...dims.slice(k + 2)];
    st = st.map((s) => (s ? [...s.slice(0, k), s[k + 1]!, ...s.slice(k + 2)] : null));
  }
  return { dims, strides: st };
}

const refText = (r: Ref): string => (r.k === 'in' ? 'a' : r.k === 'acc' ? 'r' : r.k) + r.i;
const tagOf = (d: DType): string => DTYPE_INFO[d].tag;

/** The canonical text of a LoopIR: equal texts generate equal source. */
export function keyOf(ir: LoopIR): string {
  const ins = ir.ins.map((x) => tagOf(x.dtype) + (x.strided ? 's' : 'c') + (x.inner ? 'i' : '') + (x.role === 'loop' ? '' : ':' + x.role)).join(',');
  const body = ir.body.map((b, i) => `v${i}${b.inner ? '*' : ''}=${b.op}.${tagOf(b.dtype)}>${tagOf(b.out)}(${b.args.map(refText).join(',')})`);
  const red = ir.reduce ? `|red${ir.reduce.rank}:${ir.reduce.accs.map((a, k) => `r${k}=${a.op}${a.kind === 'float' ? 'f' : a.kind === 'wrap' ? 'w' : ''}>${tagOf(a.dtype)}(${refText(a.value)}${a.mask ? ' if ' + refText(a.mask) : ''})`).join(';')}` : '';
  const compress = (ir.compress ? ` if ${refText(ir.compress)}` : '') + (ir.matmul ? `|mm>${tagOf(ir.matmul.dtype)}(a${ir.matmul.a},a${ir.matmul.b})` : '')
    + (ir.segments ? `|seg(a${ir.segments.indptr})` + (ir.segments.spmm ? `spmm>${tagOf(ir.segments.spmm.dtype)}(${refText(ir.segments.spmm.value)},${refText(ir.segments.spmm.column)},a${ir.segments.spmm.dense})` : '') : '');
  return `r${ir.rank}${red}|o:${ir.outs.map(tagOf).join(',')}|i:${ins}|c${ir.nconsts}|${body.join(';')}|s:${ir.stores.map(refText).join(',')}${compress}`;
}
