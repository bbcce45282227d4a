// Shape arithmetic: numpy broadcasting and the strided-view algebra that movement ops fold into.
// Pure functions over number arrays; callers turn a `null` ("not expressible") into an error or a copy.

import { contiguousStrides, type SliceArg } from './ir.js';

/** numpy's broadcast of two shapes, or null when they do not broadcast. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const x = a[a.length - n + k] ?? 1;
    const y = b[b.length - n + k] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out[k] = x === 1 ? y : x;
  }
  return out;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

export const sizeOf = (shape: readonly number[]): number => shape.reduce((p, d) => p * d, 1);

export const showShape = (shape: readonly number[]): string => `[${shape.join(', ')}]`;

/** A strided window onto a flat array: element (i0..ik) is at offset + sum(ik * strides[k]). */
export interface View {
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly offset: number;
}

export const contiguousView = (shape: readonly number[]): View => ({
  shape, strides: contiguousStrides(shape), offset: 0,
});

export function isContiguous(v: View): boolean {
  if (v.offset !== 0) return false;
  const c = contiguousStrides(v.shape);
  return v.shape.every((d, k) => d === 1 || v.strides[k] === c[k]);
}

export function permuteView(v: View, order: readonly number[]): View {
  return { shape: order.map((k) => v.shape[k]!), strides: order.map((k) => v.strides[k]!), offset: v.offset };
}

/** Broadcast a view to `shape` (same rank): size-1 dimensions get stride 0. */
export function expandView(v: View, shape: readonly number[]): View {
  return { shape, strides: shape.map((d, k) => (v.shape[k] === d ? v.strides[k]! : 0)), offset: v.offset };
}

export function sliceView(v: View, s: SliceArg, shape: readonly number[]): View {
  let offset = v.offset;
  for (let k = 0; k < shape.length; k++) if (shape[k]! > 0) offset += s.starts[k]! * v.strides[k]!;
  return { shape, strides: v.strides.map((st, k) => st * s.steps[k]!), offset };
}

/**
 * numpy's no-copy reshape: the strides that read `v` in row-major order as `shape`, or null when the
 * view's memory order does not allow it (then the caller must copy, as numpy does).
 */
export function reshapeView(v: View, shape: readonly number[]): View | null {
  if (sizeOf(shape) === 0 || isContiguous(v)) return { shape, strides: contiguousStrides(shape), offset: v.offset };
  const od: number[] = [];
  const os: number[] = [];
  v.shape.forEach((d, k) => {
    if (d !== 1) {
      od.push(d);
      os.push(v.strides[k]!);
    }
  });
  const ns = new Array<number>(shape.length).fill(0);
  let oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < shape.length && oi < od.length) {
    let np = shape[ni]!, op = od[oi]!;
    while (np !== op) {
      if (np < op) np *= shape[nj++]!;
      else op *= od[oj++]!;
    }
    // the old dimensions of this group must be laid out contiguously one inside the other
    for (let k = oi; k < oj - 1; k++) if (os[k] !== od[k + 1]! * os[k + 1]!) return null;
    ns[nj - 1] = os[oj - 1]!;
    for (let k = nj - 1; k > ni; k--) ns[k - 1] = ns[k]! * shape[k]!;
    ni = nj++;
    oi = oj++;
  }
  return { shape, strides: ns, offset: v.offset };
}

/** Normalises an axis that may be negative; null when out of range. */
export function normAxis(axis: number, ndim: number): number | null {
  if (!Number.isInteger(axis)) return null;
  const a = axis < 0 ? axis + ndim : axis;
  return a >= 0 && a < ndim ? a : null;
}
