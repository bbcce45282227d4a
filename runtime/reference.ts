// The reference interpreter: the living definition of every op. It walks the graph as the API built
// it, node by node, with a fresh temporary array per node and plain index arithmetic for movement
// ops, sharing nothing with the compiler but the scalar tables (compiler/alu.ts, compiler/reduce.ts).
// It is the tests' oracle, the benchmarks' "naive" baseline, and the backend of any kernel that has
// no code (where `new Function` is forbidden and no module registers it).

import {
  accKind, castFn, contiguousStrides, isElementwise, productOf, REDUCE, refAlu, toposort, type AluOp, type Lowered, type Node, type ReduceArg, type SliceArg,
  type ViewArg,
} from '../compiler/index.js';
import { freshResult, type Buffer, type Storage } from './buffer.js';
import type { KernelFn } from './kernel-cache.js';

export function evaluateReference(roots: readonly Node[]): Storage[] {
  const mem = new Map<Node, Storage>();
  for (const n of toposort(roots)) mem.set(n, evalNode(n, n.src.map((s) => mem.get(s)!)));
  // a result must never be an input's own memory: the caller may write to it
  return roots.map((r) => {
    const s = mem.get(r)!;
    return r.op !== 'buffer' && isInputMemory(r, s) ? s.slice() : s;
  });
}

/**
 * One kernel of a compiled program on the reference interpreter, for when no code for it is at
 * hand (code generation forbidden and nothing registered ahead of time): it computes the nodes the
 * kernel stores from the nodes it reads, which the executor has in memory, and writes them into the
 * kernel's outputs. It fills its whole range in one call, whatever range it is given.
 */
export function referenceKernel(k: Lowered): KernelFn {
  const { outputs, inputs } = k.binding;
  return (_start, _end, buf) => {
    const mem = new Map<Node, Storage>();
    inputs.forEach((n, j) => mem.set(n, buf[outputs.length + j]!));
    const below = (n: Node): readonly Node[] => (mem.has(n) ? [] : n.src);
    for (const n of toposort(outputs, below)) if (!mem.has(n)) mem.set(n, evalNode(n, n.src.map((s) => mem.get(s)!)));
    outputs.forEach((n, j) => {
      if (buf[j] !== mem.get(n)) buf[j]!.set(mem.get(n)!);
    });
  };
}

// reshape and contiguous pass their source's array through, so a result can be an input's memory
function isInputMemory(r: Node, s: Storage): boolean {
  return toposort([r]).some((n) => n.op === 'buffer' && (n.arg as Buffer).data === s);
}

function evalNode(n: Node, src: Storage[]): Storage {
  const size = n.size;
  if (n.op === 'buffer') return (n.arg as Buffer).data;
  if (n.op === 'const') return freshResult(n.dtype, size).fill(n.arg as number);
  if (n.op === 'reshape' || n.op === 'contiguous') return src[0]!;
  if (n.op === 'cast') {
    const f = castFn(n.dtype);
    const a = src[0]!;
    const o = freshResult(n.dtype, size);
    for (let i = 0; i < size; i++) o[i] = f(a[i]!);
    return o;
  }
  if (n.op === 'gather') {
    const [table, idx] = src as [Storage, Storage];
    const o = freshResult(n.dtype, size);
    for (let i = 0; i < size; i++) o[i] = table[idx[i]!]!;
    return o;
  }
  if (isElementwise(n)) {
    const operand = n.op === 'where' ? n.src[1]!.dtype : n.src[0]!.dtype;
    const f = refAlu(n.op as AluOp, operand);
    const [a, b, c] = src as [Storage, Storage, Storage];
    const o = freshResult(n.dtype, size);
    // one loop per arity keeps this baseline as fast as plain op-by-op JavaScript can be
    if (src.length === 1) for (let i = 0; i < size; i++) o[i] = f(a[i]!, 0, 0);
    else if (src.length === 2) for (let i = 0; i < size; i++) o[i] = f(a[i]!, b[i]!, 0);
    else for (let i = 0; i < size; i++) o[i] = f(a[i]!, b[i]!, c[i]!);
    return o;
  }
  if (n.op === 'reduce') return reduce(n, src[0]!, src[1]);
  if (n.op === 'matmul') return matmul(n, src[0]!, src[1]!);
  if (n.op === 'segreduce') return segreduce(n, src[0]!, src[1]!);
  if (n.op === 'spmm') return spmm(n, src as [Storage, Storage, Storage, Storage]);
  if (n.op === 'compress') {
    const o = freshResult(n.dtype, n.size);
    let j = 0;
    for (let i = 0; i < src[0]!.length; i++) if (src[1]![i] !== 0) o[j++] = src[0]![i]!;
    return o;
  }
  return gather(n, src[0]!);
}

/** For each output element in row-major order, its reduced elements (where the mask, if any, is
 *  true) in row-major order, folded in the order compiler/reduce.ts defines. */
function reduce(n: Node, a: Storage, mask: Storage | undefined): Storage {
  const { op, axes } = n.arg as ReduceArg;
  const inShape = n.src[0]!.shape;
  const st = contiguousStrides(inShape);
  const kept = inShape.map((_, k) => k).filter((k) => !axes.includes(k));
  const count = axes.reduce((p, k) => p * inShape[k]!, 1);
  const def = REDUCE[op];
  const kind = accKind(n.src[0]!.dtype, n.dtype);
  const cast = castFn(n.dtype);
  const o = freshResult(n.dtype, n.size);
  const buf = new Float64Array(count);
  for (let i = 0; i < n.size; i++) {
    let taken = 0;
    // the source offset of output i
    let base = 0;
    let rest = i;
    for (let j = kept.length - 1; j >= 0; j--) {
      const k = kept[j]!;
      base += (rest % inShape[k]!) * st[k]!;
      rest = Math.floor(rest / inShape[k]!);
    }
    for (let r = 0; r < count; r++) {
      let off = base;
      let q = r;
      for (let j = axes.length - 1; j >= 0; j--) {
        const k = axes[j]!;
        off += (q % inShape[k]!) * st[k]!;
        q = Math.floor(q / inShape[k]!);
      }
      if (!mask || mask[off] !== 0) buf[taken++] = a[off]!;
    }
    o[i] = cast(def.ref(buf.subarray(0, taken), kind));
  }
  return o;
}

/** Movement ops and views: each output element copied from where its index says. */
function gather(n: Node, a: Storage): Storage {
  const inShape = n.src[0]!.shape;
  const inStrides = contiguousStrides(inShape);
  const rank = n.shape.length;
  const at: (idx: number[]) => number = (() => {
    switch (n.op) {
      case 'permute': {
        const order = n.arg as readonly number[];
        return (idx) => idx.reduce((p, v, k) => p + v * inStrides[order[k]!]!, 0);
      }
      case 'expand':
        return (idx) => idx.reduce((p, v, k) => p + (inShape[k] === 1 ? 0 : v) * inStrides[k]!, 0);
      case 'slice': {
        const s = n.arg as SliceArg;
        return (idx) => idx.reduce((p, v, k) => p + (s.starts[k]! + v * s.steps[k]!) * inStrides[k]!, 0);
      }
      case 'view': {
        const v = n.arg as ViewArg;
        return (idx) => idx.reduce((p, x, k) => p + x * v.strides[k]!, v.offset);
      }
      default:
        throw new Error(`ndfuse internal: the reference interpreter has no rule for ${n.op}`);
    }
  })();
  const o = freshResult(n.dtype, n.size);
  const idx = new Array<number>(rank).fill(0);
  for (let i = 0; i < n.size; i++) {
    o[i] = a[at(idx)]!;
    for (let k = rank - 1; k >= 0; k--) {
      if (++idx[k]! < n.shape[k]!) break;
      idx[k] = 0;
    }
  }
  return o;
}

/** Each output element is the plain sum over k, ascending, of A[.., i, k] * B[.., k, j]. */
function matmul(n: Node, a: Storage, b: Storage): Storage {
  const [sa, sb] = [n.src[0]!.shape, n.src[1]!.shape];
  const M = sa[sa.length - 2]!, K = sa[sa.length - 1]!, N = sb[sb.length - 1]!;
  const batches = n.shape.length === 3 ? n.shape[0]! : 1;
  const batchOf = (shape: readonly number[], size: number) => (t: number): number => (shape.length === 3 && shape[0]! > 1 ? t * size : 0);
  const aAt = batchOf(sa, M * K), bAt = batchOf(sb, K * N);
  const cast = castFn(n.dtype);
  const { accumulators, mul } = productOf(n.dtype);
  const s = new accumulators(1); // adds as the kernel's accumulators do
  const o = freshResult(n.dtype, n.size);
  for (let t = 0; t < batches; t++) {
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        s[0] = 0;
        for (let k = 0; k < K; k++) s[0] += mul(a[aAt(t) + i * K + k]!, b[bAt(t) + k * N + j]!);
        o[(t * M + i) * N + j] = cast(s[0]!);
      }
    }
  }
  return o;
}

/** Row i folds values[indptr[i] .. indptr[i+1]) in order. */
function segreduce(n: Node, values: Storage, indptr: Storage): Storage {
  const { op } = n.arg as ReduceArg;
  const kind = accKind(n.src[0]!.dtype, n.dtype);
  const cast = castFn(n.dtype);
  const o = freshResult(n.dtype, n.size);
  for (let i = 0; i < n.size; i++) o[i] = cast(REDUCE[op].ref(values.subarray(indptr[i]!, indptr[i + 1]!), kind));
  return o;
}

/** Row i of CSR times dense: the plain sum, over the row's values in order, of value * dense row. */
function spmm(n: Node, [values, indptr, indices, dense]: [Storage, Storage, Storage, Storage]): Storage {
  const [rows, k] = n.shape as [number, number];
  const cast = castFn(n.dtype);
  const o = freshResult(n.dtype, n.size);
  const { accumulators, mul } = productOf(n.dtype);
  const acc = new accumulators(k);
  for (let r = 0; r < rows; r++) {
    acc.fill(0);
    for (let j = indptr[r]!; j < indptr[r + 1]!; j++) {
      const v = values[j]!, c = indices[j]!;
      for (let t = 0; t < k; t++) acc[t] += mul(v, dense[c * k + t]!);
    }
    for (let t = 0; t < k; t++) o[r * k + t] = cast(acc[t]!);
  }
  return o;
}
