// Sparse matrices in CSR form. The structure (column indices, row pointers) is concrete and shared;
// the stored values are a lazy 1-D array, so arithmetic on a sparse matrix is arithmetic on its
// values: `X.mul(idf)` is one fused kernel over the values reading idf[indices[j]]. Row reductions,
// row normalisation and CSR-times-dense products are kernels over the rows that fuse the values'
// expression. Nothing here ever makes a dense array of the matrix's shape, except toDense().

import { FUNCTION_NAMES, FUNCTIONS, isFloat, Node, promote, showShape, type DType, type FunctionName } from '../compiler/index.js';
import { LazyArray } from './array.js';
import { array, fromStorage } from './creation.js';
import { argError, describe, NdfuseError } from './errors.js';
import * as ops from './ops.js';
import type { Operand } from './ops.js';
import { evalAll } from './realize.js';
import { sum } from './reduce.js';
import { fresh } from '../runtime/buffer.js';

/** A copy of `a` in ndfuse's memory, where WebAssembly kernels read it, and apart from the caller's
 *  array: a pattern checked once stays as it was checked. */
function kept(a: Int32Array): Int32Array {
  const o = fresh('int32', a.length, false) as Int32Array;
  o.set(a);
  return o;
}

/** The pattern of a CSR matrix: where its values sit. Shared by every matrix derived elementwise. */
class Structure {
  private rows_?: Int32Array;
  private flat_?: Int32Array;
  private transposed_?: { structure: Structure; perm: LazyArray };
  readonly indicesArray: LazyArray;
  readonly indptrArray: LazyArray;

  readonly indices: Int32Array;
  readonly indptr: Int32Array;

  constructor(indices: Int32Array, indptr: Int32Array, readonly shape: readonly [number, number]) {
    this.indices = kept(indices);
    this.indptr = kept(indptr);
    this.indicesArray = array(this.indices);
    this.indptrArray = array(this.indptr);
  }

  get nnz(): number {
    return this.indices.length;
  }

  /** The row of each stored value. */
  get rowIndex(): LazyArray {
    if (!this.rows_) {
      this.rows_ = new Int32Array(this.nnz);
      for (let r = 0; r < this.shape[0]; r++) this.rows_.fill(r, this.indptr[r]!, this.indptr[r + 1]!);
    }
    return array(this.rows_);
  }

  /** The position of each stored value in the dense row-major matrix. */
  get flatIndex(): LazyArray {
    if (!this.flat_) {
      if (this.shape[0] * this.shape[1] > 0x7fffffff) throw new NdfuseError('csr', `a ${showShape(this.shape)} matrix is too large to address densely`);
      const cols = this.shape[1];
      this.flat_ = new Int32Array(this.nnz);
      for (let r = 0; r < this.shape[0]; r++) for (let j = this.indptr[r]!; j < this.indptr[r + 1]!; j++) this.flat_[j] = r * cols + this.indices[j]!;
    }
    return array(this.flat_);
  }

  /** The transpose's structure (a counting sort by column) and where each of its values comes from. */
  get transposed(): { structure: Structure; perm: LazyArray } {
    if (!this.transposed_) {
      const [rows, cols] = this.shape;
      const ptr = new Int32Array(cols + 1);
      for (let j = 0; j < this.nnz; j++) ptr[this.indices[j]! + 1]!++;
      for (let c = 0; c < cols; c++) ptr[c + 1]! += ptr[c]!;
      const next = ptr.slice(0, cols);
      const idx = new Int32Array(this.nnz);
      const perm = new Int32Array(this.nnz);
      for (let r = 0; r < rows; r++) {
        for (let j = this.indptr[r]!; j < this.indptr[r + 1]!; j++) {
          const p = next[this.indices[j]!]!++;
          idx[p] = r;
          perm[p] = j;
        }
      }
      this.transposed_ = { structure: new Structure(idx, ptr, [cols, rows]), perm: array(kept(perm)) };
    }
    return this.transposed_;
  }
}

/** The functions that map 0 to 0 (compiler/ir.ts FUNCTIONS), which keep a sparse matrix sparse. */
type ZeroFunction = { [F in FunctionName]: (typeof FUNCTIONS)[F]['zero'] extends true ? F : never }[FunctionName];
type ZeroPreserving = ZeroFunction | 'neg' | 'round';
const ZERO_PRESERVING: readonly ZeroPreserving[] = ['neg', 'round', ...FUNCTION_NAMES.filter((f): f is ZeroFunction => FUNCTIONS[f].zero)];

export class CsrMatrix {
  /** @internal use `csr` or `fromTriplets` */
  constructor(readonly data: LazyArray, private readonly structure: Structure) {}

  get shape(): readonly [number, number] { return this.structure.shape; }
  get nnz(): number { return this.structure.nnz; }
  get dtype(): DType { return this.data.dtype; }
  /** Copies: the pattern itself lives in ndfuse's memory, checked once, and nobody writes to it. */
  get indices(): Int32Array { return this.structure.indices.slice(); }
  get indptr(): Int32Array { return this.structure.indptr.slice(); }

  private with(data: LazyArray): CsrMatrix {
    return new CsrMatrix(data, this.structure);
  }

  /** `other` as an array over the stored values, or why it cannot be. */
  private alongValues(op: string, other: Operand, allowDense: boolean): LazyArray | number {
    if (typeof other === 'number' || typeof other === 'boolean') return +other;
    const o = ops.toLazy(op, 'b', other);
    const [rows, cols] = this.shape;
    const s = o.shape;
    if (o.size === 1) return ops.reshape(o, []).broadcastTo([this.nnz]);
    if ((s.length === 1 && s[0] === cols) || (s.length === 2 && s[0] === 1 && s[1] === cols)) {
      return ops.gather(ops.reshape(o, [cols]), this.structure.indicesArray); // a row vector, per column
    }
    if (s.length === 2 && s[0] === rows && s[1] === 1) return ops.gather(ops.reshape(o, [rows]), this.structure.rowIndex);
    if (s.length === 2 && s[0] === rows && s[1] === cols) {
      if (!allowDense) throw argError(op, 'b', `is a dense ${showShape(s)} matrix: ${op} with it would not keep the result sparse; use toDense() first`);
      return ops.gather(ops.reshape(o, [rows * cols]), this.structure.flatIndex);
    }
    throw argError(op, 'b', `has shape ${showShape(s)}, which does not broadcast against a sparse ${showShape(this.shape)} matrix`);
  }

  /** Elementwise product (a scalar, a row or column vector, or a dense matrix of the same shape). */
  mul(b: Operand): CsrMatrix {
    return this.with(ops.mul(this.data, this.alongValues('mul', b, true)));
  }

  /** Elementwise quotient by a scalar or a row or column vector. */
  div(b: Operand): CsrMatrix {
    return this.with(ops.div(this.data, this.alongValues('div', b, false)));
  }

  /** Adding is only sparse for zero: anything else fills every element. Pass `{dense: true}` to get the dense result. */
  add(b: Operand, opts: { dense?: boolean } = {}): CsrMatrix | LazyArray {
    return this.additive('add', b, opts);
  }

  sub(b: Operand, opts: { dense?: boolean } = {}): CsrMatrix | LazyArray {
    return this.additive('sub', b, opts);
  }

  private additive(op: 'add' | 'sub', b: Operand, opts: { dense?: boolean }): CsrMatrix | LazyArray {
    if (b === 0) return this;
    if (opts.dense) return ops[op](this.toDense(), b);
    throw new NdfuseError(op, `${op === 'add' ? 'adding' : 'subtracting'} ${typeof b === 'number' ? `the scalar ${b}` : 'an array'} would make a sparse ${showShape(this.shape)} matrix dense; pass {dense: true} (or call toDense() first) for a dense result`);
  }

  /** Elementwise power; a non-positive exponent would turn the zeros into 1 or infinity. */
  pow(p: number): CsrMatrix {
    if (typeof p !== 'number' || !(p > 0)) throw argError('pow', 'p', `must be a positive number to keep the matrix sparse, got ${describe(p)}`);
    return this.with(ops.pow(this.data, p));
  }

  /** The same structure with other stored values (zeros stay zeros whatever the values are). */
  withData(data: LazyArray): CsrMatrix {
    if (!(data instanceof LazyArray) || data.ndim !== 1 || data.size !== this.nnz) {
      throw argError('withData', 'data', `must be a 1-D array of the ${this.nnz} stored values, got ${describe(data)}`);
    }
    return this.with(data);
  }

  astype(dtype: DType): CsrMatrix {
    return this.with(ops.astype(this.data, dtype));
  }

  /** Applies a function to the stored values; it must map 0 to 0 (checked), or the result would be dense. */
  map(f: (values: LazyArray) => LazyArray): CsrMatrix {
    const atZero = f(array([0], { dtype: this.dtype })).item();
    if (atZero !== 0 && atZero !== false) throw argError('map', 'f', `maps 0 to ${String(atZero)}: the result would be dense; use toDense() first`);
    return this.with(f(this.data));
  }

  /** Sum over all values, per row (axis 1) or per column (axis 0), as a dense array. */
  sum(axis?: 0 | 1 | null): LazyArray {
    if (axis === undefined || axis === null) return sum(this.data);
    if (axis === 1) return segreduce('sum', this.data, this.structure);
    if (axis === 0) return this.T.sum(1);
    throw argError('sum', 'axis', `must be 0, 1 or null for a sparse matrix, got ${describe(axis)}`);
  }

  mean(axis?: 0 | 1 | null): LazyArray {
    const n = axis === 0 ? this.shape[0] : axis === 1 ? this.shape[1] : this.shape[0] * this.shape[1];
    return ops.div(this.sum(axis), n);
  }

  /** Norm of each row: 'l2' (Euclidean) or 'l1' (sum of absolute values). */
  rowNorms(norm: 'l2' | 'l1' = 'l2'): LazyArray {
    // integer values are squared (and made positive) in float64, where they cannot wrap
    const v = isFloat(this.dtype) ? this.data : ops.astype(this.data, 'float64');
    if (norm === 'l2') return ops.sqrt(segreduce('sum', ops.mul(v, v), this.structure));
    if (norm === 'l1') return segreduce('sum', ops.abs(v), this.structure);
    throw argError('rowNorms', 'norm', `must be 'l2' or 'l1', got ${describe(norm)}`);
  }

  /** Each row divided by its norm (scikit-learn's normalize: all-zero rows stay zero). */
  normalizeRows(norm: 'l2' | 'l1' = 'l2'): CsrMatrix {
    if (norm !== 'l2' && norm !== 'l1') throw argError('normalizeRows', 'norm', `must be 'l2' or 'l1', got ${describe(norm)}`);
    const n = this.rowNorms(norm);
    const safe = ops.where(ops.eq(n, 0), 1, n);
    return this.with(ops.div(this.data, ops.gather(safe, this.structure.rowIndex)));
  }

  /** The transpose, as a CSR matrix (its structure is computed once, by counting sort). */
  get T(): CsrMatrix {
    const t = this.structure.transposed;
    return new CsrMatrix(ops.gather(this.data, t.perm), t.structure);
  }

  /** CSR times a dense matrix [cols, k] (or vector [cols]): a dense result, one kernel over the rows. */
  matmul(dense: Operand): LazyArray {
    const d = ops.toLazy('matmul', 'b', dense);
    const [rows, cols] = this.shape;
    if ((d.ndim !== 1 && d.ndim !== 2) || d.shape[0] !== cols) {
      throw argError('matmul', 'b', `has shape ${showShape(d.shape)}; a sparse ${showShape(this.shape)} matrix needs ${cols} rows`);
    }
    const m = d.ndim === 1 ? ops.reshape(d, [cols, 1]) : d;
    const k = m.shape[1]!;
    const dtype = promote(this.dtype, m.dtype);
    const node = Node.make('spmm', dtype, [rows, k], [this.data.node, this.structure.indptrArray.node, this.structure.indicesArray.node, ops.astype(m, dtype).node]);
    const r = new LazyArray(node);
    return d.ndim === 1 ? ops.reshape(r, [rows]) : r;
  }

  /** A dense copy (this is the one operation that allocates the full matrix). */
  toDense(): LazyArray {
    const [rows, cols] = this.shape;
    const [values] = evalAll([this.data]);
    const v = values!.toTypedArray();
    const out = fresh(this.dtype, rows * cols);
    const { indices, indptr } = this.structure;
    // each column is stored once in a row (csr merges duplicates)
    for (let r = 0; r < rows; r++) for (let j = indptr[r]!; j < indptr[r + 1]!; j++) out[r * cols + indices[j]!] = v[j]!;
    return fromStorage(out, this.dtype, [rows, cols]);
  }

  toString(): string {
    return `CsrMatrix(${this.dtype}${showShape(this.shape)}, ${this.nnz} stored)`;
  }
}

for (const name of ZERO_PRESERVING) {
  Object.defineProperty(CsrMatrix.prototype, name, {
    value(this: CsrMatrix) { return new CsrMatrix((ops[name] as (x: LazyArray) => LazyArray)(this.data), (this as unknown as { structure: Structure }).structure); },
  });
}

export interface CsrMatrix extends Record<ZeroPreserving, () => CsrMatrix> {}

function segreduce(op: 'sum', values: LazyArray, s: Structure): LazyArray {
  const dtype = values.dtype === 'float32' ? 'float32' : 'float64';
  return new LazyArray(Node.make('segreduce', dtype, [s.shape[0]], [values.node, s.indptrArray.node], { op, axes: [] }));
}

const toInt32 = (op: string, name: string, x: unknown): Int32Array => {
  if (x instanceof Int32Array) return x;
  if (!Array.isArray(x) && !ArrayBuffer.isView(x)) throw argError(op, name, `must be an array of integers, got ${describe(x)}`);
  const a = Array.from(x as ArrayLike<number>);
  const bad = a.findIndex((v) => !Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff);
  if (bad >= 0) throw argError(op, name, `holds ${describe(a[bad])} at ${bad}; it must hold integers`);
  return Int32Array.from(a);
};

const checkShape2 = (op: string, shape: unknown): [number, number] => {
  if (!Array.isArray(shape) || shape.length !== 2 || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw argError(op, 'shape', `must be [rows, cols] of non-negative integers, got ${describe(shape)}`);
  }
  return [shape[0], shape[1]];
};

/** A CSR matrix from its parts, checked: indptr starts at 0, never decreases and ends at the number of
 *  values; every column index is in range; the lengths agree. The arrays are used, not copied. */
export function csr(parts: { data: Operand; indices: ArrayLike<number>; indptr: ArrayLike<number>; shape: readonly [number, number] }): CsrMatrix {
  const op = 'csr';
  if (parts === null || typeof parts !== 'object') throw argError(op, 'parts', `must be {data, indices, indptr, shape}, got ${describe(parts)}`);
  const [rows, cols] = checkShape2(op, parts.shape);
  const indices = toInt32(op, 'indices', parts.indices);
  const indptr = toInt32(op, 'indptr', parts.indptr);
  const data = ops.toLazy(op, 'data', parts.data);
  if (data.ndim !== 1) throw argError(op, 'data', `must be 1-D, got shape ${showShape(data.shape)}`);
  if (indptr.length !== rows + 1) throw argError(op, 'indptr', `has ${indptr.length} entries; ${rows} rows need ${rows + 1}`);
  if (indptr[0] !== 0) throw argError(op, 'indptr', `must start at 0, got ${indptr[0]}`);
  for (let r = 0; r < rows; r++) {
    if (indptr[r + 1]! < indptr[r]!) throw argError(op, 'indptr', `is not monotone: row ${r} starts at ${indptr[r]} and row ${r + 1} at ${indptr[r + 1]}`);
  }
  if (indptr[rows] !== indices.length) throw argError(op, 'indptr', `ends at ${indptr[rows]} but there are ${indices.length} indices`);
  if (data.size !== indices.length) throw argError(op, 'data', `has ${data.size} values but there are ${indices.length} indices`);
  for (let j = 0; j < indices.length; j++) {
    if (indices[j]! < 0 || indices[j]! >= cols) throw argError(op, 'indices', `holds column ${indices[j]} at ${j}, out of range for ${cols} columns`);
  }
  return mergeDuplicates(data, indices, indptr, [rows, cols]);
}

/**
 * A column stored more than once in a row holds the sum of its values (scipy's rule), for every
 * operation alike: the matrix keeps each column once, in the order it first appears, and its values
 * are a lazy segment sum of the repeated ones (in their dtype, as scipy adds them). Without
 * duplicates the parts are used as they are.
 */
function mergeDuplicates(data: LazyArray, indices: Int32Array, indptr: Int32Array, shape: [number, number]): CsrMatrix {
  const [rows, cols] = shape;
  // the common case first, in one pass: the row in which each column was last seen
  const lastRow = new Int32Array(cols).fill(-1);
  let repeated = false;
  for (let r = 0; r < rows && !repeated; r++) {
    for (let j = indptr[r]!; j < indptr[r + 1]!; j++) {
      if (lastRow[indices[j]!] === r) {
        repeated = true;
        break;
      }
      lastRow[indices[j]!] = r;
    }
  }
  if (!repeated) return new CsrMatrix(data, new Structure(indices, indptr, shape));
  const first = new Map<number, number[]>();
  const groups: number[][] = [];
  const outPtr = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) {
    first.clear();
    for (let j = indptr[r]!; j < indptr[r + 1]!; j++) {
      const g = first.get(indices[j]!);
      if (g) g.push(j);
      else {
        const ng = [j];
        first.set(indices[j]!, ng);
        groups.push(ng);
      }
    }
    outPtr[r + 1] = groups.length;
  }
  const perm = Int32Array.from(groups.flat());
  const groupPtr = new Int32Array(groups.length + 1);
  groups.forEach((g, k) => (groupPtr[k + 1] = groupPtr[k]! + g.length));
  const merged = new LazyArray(Node.make('segreduce', data.dtype, [groups.length], [ops.gather(data, array(perm)).node, array(groupPtr).node], { op: 'sum', axes: [] }));
  return new CsrMatrix(merged, new Structure(Int32Array.from(groups, (g) => indices[g[0]!]!), outPtr, shape));
}

/** A CSR matrix from (row, column, value) triplets; duplicates are summed (as scipy's coo to csr). */
export function fromTriplets(rowsIn: ArrayLike<number>, colsIn: ArrayLike<number>, valuesIn: ArrayLike<number>, shape: readonly [number, number]): CsrMatrix {
  const op = 'fromTriplets';
  const [rows, cols] = checkShape2(op, shape);
  const r = toInt32(op, 'rows', rowsIn), c = toInt32(op, 'cols', colsIn);
  if (!Array.isArray(valuesIn) && !ArrayBuffer.isView(valuesIn)) throw argError(op, 'values', `must be an array of numbers, got ${describe(valuesIn)}`);
  const v = Float64Array.from(valuesIn as ArrayLike<number>);
  if (r.length !== c.length || r.length !== v.length) throw argError(op, 'values', `lengths differ: ${r.length} rows, ${c.length} cols, ${v.length} values`);
  for (let j = 0; j < r.length; j++) {
    if (r[j]! < 0 || r[j]! >= rows) throw argError(op, 'rows', `holds row ${r[j]} at ${j}, out of range for ${rows} rows`);
    if (c[j]! < 0 || c[j]! >= cols) throw argError(op, 'cols', `holds column ${c[j]} at ${j}, out of range for ${cols} columns`);
  }
  // order by row, then column (a stable sort of positions), and sum duplicates
  const order = Array.from({ length: r.length }, (_, j) => j).sort((a, b) => r[a]! - r[b]! || c[a]! - c[b]!);
  const indptr = new Int32Array(rows + 1);
  const indices: number[] = [];
  const data: number[] = [];
  let lastR = -1, lastC = -1;
  for (const j of order) {
    if (r[j] === lastR && c[j] === lastC) data[data.length - 1]! += v[j]!;
    else {
      indices.push(c[j]!);
      data.push(v[j]!);
      indptr[r[j]! + 1]!++;
      lastR = r[j]!;
      lastC = c[j]!;
    }
  }
  for (let i = 0; i < rows; i++) indptr[i + 1]! += indptr[i]!;
  return new CsrMatrix(array(Float64Array.from(data)), new Structure(Int32Array.from(indices), indptr, [rows, cols]));
}
