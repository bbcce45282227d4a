// Lowering: a scheduled kernel becomes a LoopIR (three-address instructions over loads, constants and
// accumulators, plus how each input is addressed) and a Binding (the arrays, constants and sizes to
// pass). The LoopIR holds no sizes, strides or constant values, so one compiled kernel serves every
// shape of the same structure and layout; its canonical text is the kernel cache key.
//
// An elementwise kernel loops over its output. A kernel with reductions loops over its output (the
// outer loop nest) and, for each output element, over the reduced elements (the inner loop nest): the
// reductions' producers run inside, the epilogue and the stores outside.

import { DTYPE_INFO, type DType } from './dtype.js';
import { geometryOf, keyOf, type Acc, type Instr, type LoopIR, type Ref, type Role } from './kernels.js';
import { accKind } from './reduce.js';
import {
  contiguousStrides, hash8, isElementwise, toposort, type AluOp, type Node, type ReduceArg, type ViewArg,
} from './ir.js';
import type { KernelPlan } from './schedule.js';

export type { Acc, Instr, LoopIR, Ref, Role } from './kernels.js';

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

/** An input as the lowering sees it: how the kernel reads it, and the view it reads through. */
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
  // the geometry, by slot name (kernels.ts names the slots of each kind and orders them)
  const slots = new Map<string, number>();
  const set = (name: string, v: number): void => void slots.set(name, v);
  const setAll = (prefix: string, vs: readonly number[]): void => vs.forEach((v, d) => set(prefix + d, v));
  const firstOf = (x: Input): number => (x.view ? x.view.offset : 0);
  const stridesOf = (x: Input): readonly number[] => (x.view ? x.view.strides : contiguousStrides(x.shape));
  const base = {
    outs: plan.stores.map((s) => s.node.dtype),
    nconsts: consts.length,
    body,
    stores: compressed ? [outerRefs.get(compressed.src[0]!)!] : values.map((v) => outerRefs.get(v)!),
  };
  const strided: boolean[] = [];
  const inputsRead = (): LoopIR['ins'] => ins.map((x, k) => ({ dtype: x.dtype, strided: strided[k]!, inner: x.inner, role: x.role }));
  let ir: LoopIR;
  if (seg) {
    // rows of a CSR matrix: values and indices (inner) along the stored positions, the dense
    // operand by its row stride, the epilogue along the rows (and, for a product, along a row)
    if (seg.spmm) set('K', outShape[1]!);
    ins.forEach((x, k) => {
      strided.push(x.role === 'loop');
      if (x.role === 'table' || x.role === 'indptr') return;
      const st = stridesOf(x);
      if (x.role === 'operand') {
        set('oD', firstOf(x));
        set('rD', st[0]!);
        return;
      }
      set(`f${k}`, firstOf(x));
      if (x.inner) set(`t${k}`, st[0]!);
      else if (seg!.spmm) {
        set(`si${k}`, st[0]!);
        set(`sj${k}`, st[1]!);
      } else set(`s${k}`, st[0]!);
    });
    ir = seg.spmm
      ? { ...base, ins: inputsRead(), kind: 'spmm', indptr: seg.indptr, dense: seg.spmm.dense, dtype: seg.spmm.node.dtype,
        value: innerRefs.get(seg.spmm.node.src[0]!)!, column: innerRefs.get(seg.spmm.node.src[2]!)! }
      : { ...base, ins: inputsRead(), kind: 'segments', indptr: seg.indptr, accs };
  } else if (mm) {
    // the output is [batch,] M, N; A is [batch,] M, K and B [batch,] K, N
    const [M, N] = outShape.slice(-2) as [number, number];
    set('M', M);
    set('K', mm.node.src[0]!.shape[mm.node.src[0]!.shape.length - 1]!);
    set('N', N);
    // offset, batch, row and column strides; a batch of one is broadcast
    const batched = (x: Input): number[] => {
      const st = [...stridesOf(x)];
      const shape = [...x.shape];
      while (st.length < 3) {
        st.unshift(0);
        shape.unshift(1);
      }
      if (shape[0] === 1) st[0] = 0;
      return [firstOf(x), ...st];
    };
    ins.forEach((x, k) => {
      strided.push(x.role !== 'table');
      if (x.role === 'table') return;
      // B's rows are contiguous: it has no column stride
      const names = k === mm!.a ? ['oA', 'bA', 'iA', 'kA'] : k === mm!.b ? ['oB', 'bB', 'kB'] : [`f${k}`, `sb${k}`, `si${k}`, `sj${k}`];
      batched(x).slice(0, names.length).forEach((v, j) => set(names[j]!, v));
    });
    ir = { ...base, ins: inputsRead(), kind: 'matmul', a: mm.a, b: mm.b, dtype: mm.node.dtype };
  } else if (!space) {
    const { dims, strides } = collapse(outShape, ins.map((x) => (x.view && x.role === 'loop' ? x.view.strides : null)), false);
    const rank = strides.some((s, k) => s !== null && !(ins[k]!.view!.offset === 0 && isPlain(s, dims))) ? dims.length : 0;
    if (rank > 0) setAll('d', dims);
    ins.forEach((x, k) => {
      const s = strides[k];
      const isStrided = rank > 0 && s !== null && !(x.view!.offset === 0 && isPlain(s, dims));
      strided.push(isStrided);
      if (isStrided) {
        set(`f${k}`, x.view!.offset);
        setAll(`s${k}_`, s!);
      }
    });
    ir = compressed
      ? { ...base, ins: inputsRead(), kind: 'compress', rank, mask: outerRefs.get(compressed.src[1]!)! }
      : { ...base, ins: inputsRead(), kind: 'map', rank };
  } else {
    // outer dims are the source's unreduced axes, inner dims its reduced axes
    const keep = space.shape.map((_, a) => a).filter((a) => !axes.includes(a));
    const loop = (x: Input): boolean => x.role === 'loop';
    const outer = collapse(keep.map((a) => space!.shape[a]!), ins.map((x) => {
      if (!loop(x)) return null;
      const st = stridesOf(x);
      return x.inner ? keep.map((a) => st[a]!) : st;
    }), true);
    const innerPart = collapse(axes.map((a) => space!.shape[a]!), ins.map((x) => (x.inner && loop(x) ? axes.map((a) => stridesOf(x)[a]!) : null)), true);
    setAll('d', outer.dims);
    setAll('e', innerPart.dims);
    ins.forEach((x, k) => {
      strided.push(x.role === 'loop');
      if (x.role !== 'loop') return;
      set(`f${k}`, firstOf(x));
      setAll(`s${k}_`, outer.strides[k]!);
      if (x.inner) setAll(`t${k}_`, innerPart.strides[k]!);
    });
    ir = { ...base, ins: inputsRead(), kind: 'reduce', rank: outer.dims.length, inner: innerPart.dims.length, accs };
  }
  const geom = geometryOf(ir).map((name) => {
    const v = slots.get(name);
    if (v === undefined) throw new Error(`ndfuse internal: the lowering left geometry slot ${name} of a ${ir.kind} kernel unset`);
    return v;
  });
  if (geom.length !== slots.size) throw new Error(`ndfuse internal: the lowering set geometry slots a ${ir.kind} kernel does not have`);

  const key = keyOf(ir);
  const tag = DTYPE_INFO[ir.outs[0]!].tag;
  const ew = body.length ? '_ew' + body.length : '';
  const ops = [...new Set(accs.map((a) => a.op))].join('_');
  const kind = ir.kind === 'spmm' ? 'spmm' + ew : ir.kind === 'matmul' ? 'matmul' + ew : ir.kind === 'segments' ? 'seg' + ops + ew
    : ir.kind === 'reduce' ? ops + ew : (ir.rank > 0 ? 's' : '') + (ir.kind === 'compress' ? 'compress' : body.length ? 'ew' + body.length : 'copy');
  return {
    ir, key, fused,
    name: `k_${kind}_${tag}_${hash8(key)}`,
    // a product kernel's range is output rows; the others', output (or source) elements
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
