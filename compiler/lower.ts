// Lowering: a scheduled kernel becomes a LoopIR (three-address instructions over loads and constants,
// plus how each input is addressed) and a Binding (the arrays, constants and sizes to pass). The
// LoopIR holds no sizes, strides or constant values, so one compiled kernel serves every shape of the
// same structure and layout; its canonical text is the kernel cache key.

import { DTYPE_INFO, type DType } from './dtype.js';
import { contiguousStrides, hash8, isElementwise, toposort, type AluOp, type Node, type ViewArg } from './ir.js';
import type { KernelPlan } from './schedule.js';

/** A value inside the loop: input k, constant k, or the result of instruction k. */
export interface Ref {
  readonly k: 'in' | 'c' | 'v';
  readonly i: number;
}

export interface Instr {
  readonly op: AluOp | 'cast';
  /** dtype of the operands (for cast: of the source). */
  readonly dtype: DType;
  /** dtype of the result. */
  readonly out: DType;
  readonly args: readonly Ref[];
}

export interface LoopIR {
  /** 0: every array is read at the loop index; otherwise the rank of the strided loop nest. */
  readonly rank: number;
  readonly outs: readonly DType[];
  readonly ins: readonly { readonly dtype: DType; readonly strided: boolean }[];
  readonly nconsts: number;
  readonly body: readonly Instr[];
  /** stores[j] is written to output j. */
  readonly stores: readonly Ref[];
}

export interface Binding {
  /** The nodes whose buffers receive the outputs, in order. */
  readonly outputs: readonly Node[];
  /** The materialised nodes (buffers or earlier kernels' outputs) read, in order. */
  readonly inputs: readonly Node[];
  readonly consts: readonly number[];
  /** Loop dims, then for each strided input its offset and strides. */
  readonly geom: readonly number[];
  /** Elements in the loop. */
  readonly size: number;
}

export interface Lowered {
  readonly ir: LoopIR;
  readonly key: string;
  readonly name: string;
  readonly binding: Binding;
  /** The elementwise nodes computed inside the loop. */
  readonly fused: readonly Node[];
}

const leafInputs = (n: Node): readonly Node[] => (isElementwise(n) ? n.src : []);

export function lower(plan: KernelPlan): Lowered {
  const values = plan.stores.map((s) => s.value);
  // the loop walks the values' shape; a stored node may name the same elements by another shape
  const shape = values[0]!.shape;
  const refs = new Map<Node, Ref>();
  const ins: { dtype: DType; view: ViewArg | null }[] = [];
  const inputs: Node[] = [];
  const consts: number[] = [];
  const body: Instr[] = [];
  const fused: Node[] = [];

  for (const n of toposort(values, leafInputs)) {
    if (n.op === 'const') {
      refs.set(n, { k: 'c', i: consts.length });
      consts.push(n.arg as number);
    } else if (isElementwise(n)) {
      const args = n.src.map((s) => refs.get(s)!);
      const operand = n.op === 'where' ? n.src[1]!.dtype : n.src[0]!.dtype;
      refs.set(n, { k: 'v', i: body.length });
      body.push({ op: n.op as AluOp | 'cast', dtype: operand, out: n.dtype, args });
      fused.push(n);
    } else {
      refs.set(n, { k: 'in', i: ins.length });
      const base = n.op === 'view' ? n.src[0]! : n;
      ins.push({ dtype: n.dtype, view: n.op === 'view' ? (n.arg as ViewArg) : null });
      inputs.push(base);
    }
  }

  const { dims, strided } = collapse(shape, ins.map((x) => x.view));
  const rank = strided.some((s) => s !== null) ? dims.length : 0;
  const geom: number[] = rank > 0 ? [...dims] : [];
  for (const s of strided) if (s) geom.push(s.offset, ...s.strides);

  const ir: LoopIR = {
    rank,
    outs: plan.stores.map((s) => s.node.dtype),
    ins: ins.map((x, k) => ({ dtype: x.dtype, strided: strided[k] !== null })),
    nconsts: consts.length,
    body,
    stores: values.map((v) => refs.get(v)!),
  };
  const key = keyOf(ir);
  const tag = DTYPE_INFO[ir.outs[0]!].tag;
  const name = `k_${rank > 0 ? 's' : ''}${body.length ? 'ew' + body.length : 'copy'}_${tag}_${hash8(key)}`;
  return {
    ir, key, name, fused,
    binding: { outputs: plan.stores.map((s) => s.node), inputs, consts, geom, size: plan.stores[0]!.node.size },
  };
}

/**
 * Drops unit dimensions and merges neighbours that every strided read walks as one, so a transposed
 * or broadcast read costs as few loop levels as possible; a read that collapses to plain row-major
 * order is no longer strided.
 */
function collapse(shape: readonly number[], views: readonly (ViewArg | null)[]): {
  dims: number[];
  strided: ({ offset: number; strides: number[] } | null)[];
} {
  const keep = shape.map((d, k) => (d !== 1 ? k : -1)).filter((k) => k >= 0);
  let dims = keep.map((k) => shape[k]!);
  let st = views.map((v) => (v ? keep.map((k) => v.strides[k]!) : null));
  if (dims.length === 0) {
    // a single element: one loop level still carries a read's offset
    dims = [1];
    st = st.map((s) => (s ? [0] : null));
  }
  for (let k = dims.length - 2; k >= 0; k--) {
    const merges = st.every((s) => s === null || s[k] === s[k + 1]! * dims[k + 1]!);
    if (!merges) continue;
    dims = [...dims.slice(0, k), dims[k]! * dims[k + 1]!, ...dims.slice(k + 2)];
    st = st.map((s) => (s ? [...s.slice(0, k), s[k + 1]!, ...s.slice(k + 2)] : null));
  }
  const plain = contiguousStrides(dims);
  const strided = views.map((v, j) => {
    const s = st[j];
    if (!v || !s || (v.offset === 0 && s.every((x, k) => x === plain[k]))) return null;
    return { offset: v.offset, strides: s };
  });
  return { dims, strided };
}

const refText = (r: Ref): string => (r.k === 'in' ? 'a' : r.k) + r.i;

/** The canonical text of a LoopIR: equal texts generate equal source. */
export function keyOf(ir: LoopIR): string {
  const ins = ir.ins.map((x) => DTYPE_INFO[x.dtype].tag + (x.strided ? 's' : 'c')).join(',');
  const body = ir.body.map((b, i) => `v${i}=${b.op}.${DTYPE_INFO[b.dtype].tag}>${DTYPE_INFO[b.out].tag}(${b.args.map(refText).join(',')})`);
  return `r${ir.rank}|o:${ir.outs.map((d) => DTYPE_INFO[d].tag).join(',')}|i:${ins}|c${ir.nconsts}|${body.join(';')}|s:${ir.stores.map(refText).join(',')}`;
}
