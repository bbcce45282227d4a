// Non-negative matrix factorisation, compatible with scikit-learn's NMF (Frobenius loss): X ~ W H with
// W, H >= 0. Two solvers: 'mu' (multiplicative updates, written as lazy expressions: each update is a
// matrix product whose elementwise epilogue runs in the product's own loop) and 'cd' (coordinate
// descent, scikit-learn's sweep order). Initialisations 'random', 'nndsvd', 'nndsvda', 'nndsvdar'
// (NNDSVD over a randomised SVD built on the engine). Random draws follow numpy's RandomState, so a
// given randomState starts where scikit-learn starts.

import { fresh } from '../../runtime/buffer.js';
import { LazyArray } from '../array.js';
import { array } from '../creation.js';
import { argError, describe } from '../errors.js';
import { matmul } from '../linalg.js';
import * as ops from '../ops.js';
import { CsrMatrix } from '../sparse.js';
import { RandomState } from './random-state.js';

type Matrix = CsrMatrix | LazyArray;

/** numpy's float32 machine epsilon: scikit-learn's floor for a zero denominator. */
const EPSILON = 1.1920928955078125e-7;

export interface NMFOptions {
  nComponents?: number;
  /** Default: 'nndsvda' when nComponents <= min(rows, cols), else 'random' (scikit-learn's). */
  init?: 'random' | 'nndsvd' | 'nndsvda' | 'nndsvdar';
  solver?: 'cd' | 'mu';
  tol?: number;
  maxIter?: number;
  /** Seed for numpy-compatible draws; without one, a random seed. */
  randomState?: number;
  alphaW?: number;
  alphaH?: number | 'same';
  l1Ratio?: number;
}

/** A float64 copy of x's values, the caller's to change. */
const toArray = (x: LazyArray): Float64Array => {
  const t = x.toTypedArray();
  return t instanceof Float64Array ? t.slice() : Float64Array.from(t as ArrayLike<number>);
};
/** The same in ndfuse's memory, where the WebAssembly kernels read it in place: the factors that
 *  coordinate descent changes between products. */
const owned = (n: number): Float64Array => fresh('float64', n, false) as Float64Array;
const keptArray = (x: LazyArray): Float64Array => {
  const o = owned(x.size);
  o.set(x.toTypedArray() as ArrayLike<number>);
  return o;
};
const dense = (data: Float64Array, shape: readonly number[]): LazyArray => array(data, { shape: [...shape] });

/** An evaluation a solver asks its driver for: x, into out when given; the driver hands x back
 *  evaluated. The solvers are generators of these, so that one body runs blocking (fitTransform) or
 *  awaiting the worker threads with the event loop free (fitTransformAsync). */
interface Ask { x: LazyArray; out?: Float64Array }
type Steps<R> = Generator<Ask, R, LazyArray>;

function* value(x: LazyArray): Steps<LazyArray> {
  return yield { x };
}
function* scalar(x: LazyArray): Steps<number> {
  return (yield { x }).item() as number;
}
function* copied(x: LazyArray): Steps<Float64Array> {
  return toArray(yield { x });
}
function* into(x: LazyArray, out: Float64Array): Steps<Float64Array> {
  yield { x, out };
  return out;
}

function blocking<R>(steps: Steps<R>): R {
  for (let r = steps.next(); ; ) {
    if (r.done) return r.value;
    r = steps.next(r.value.x.eval(r.value.out ? { out: r.value.out } : {}));
  }
}

/** Between steps it lets the event loop turn too: a step whose kernels run on this thread (small,
 *  or with one thread) resolves without one, and the sweeps between products are this thread's. */
async function awaiting<R>(steps: Steps<R>): Promise<R> {
  for (let r = steps.next(); ; ) {
    if (r.done) return r.value;
    const x = await r.value.x.evalAsync(r.value.out ? { out: r.value.out } : {});
    await new Promise((turn) => setImmediate(turn));
    r = steps.next(x);
  }
}

export class NMF {
  private readonly o: Required<Omit<NMFOptions, 'nComponents' | 'init' | 'randomState'>> & Pick<NMFOptions, 'nComponents' | 'init' | 'randomState'>;
  /** H, after fit: [nComponents, features]. */
  components: LazyArray | null = null;
  /** ||X - W H|| (Frobenius), after fit. */
  reconstructionErr = NaN;
  /** Iterations run, after fit. */
  nIter = 0;
  private initUsed: NMFOptions['init'];

  constructor(opts: NMFOptions = {}) {
    const op = 'NMF';
    const o = {
      nComponents: opts.nComponents, init: opts.init, randomState: opts.randomState,
      solver: opts.solver ?? 'cd', tol: opts.tol ?? 1e-4, maxIter: opts.maxIter ?? 200,
      alphaW: opts.alphaW ?? 0, alphaH: opts.alphaH ?? 'same', l1Ratio: opts.l1Ratio ?? 0,
    };
    if (o.nComponents !== undefined && (!Number.isInteger(o.nComponents) || o.nComponents < 1)) throw argError(op, 'nComponents', `must be a positive integer, got ${describe(o.nComponents)}`);
    if (o.init !== undefined && !['random', 'nndsvd', 'nndsvda', 'nndsvdar'].includes(o.init)) throw argError(op, 'init', `must be 'random', 'nndsvd', 'nndsvda' or 'nndsvdar', got ${describe(o.init)}`);
    if (o.solver !== 'cd' && o.solver !== 'mu') throw argError(op, 'solver', `must be 'cd' or 'mu', got ${describe(o.solver)}`);
    if (!(o.tol >= 0)) throw argError(op, 'tol', `must be a non-negative number, got ${describe(o.tol)}`);
    if (!Number.isInteger(o.maxIter) || o.maxIter < 1) throw argError(op, 'maxIter', `must be a positive integer, got ${describe(o.maxIter)}`);
    if (!(o.alphaW >= 0) || (o.alphaH !== 'same' && !(o.alphaH >= 0))) throw argError(op, 'alphaW', 'alphaW and alphaH must be non-negative numbers');
    if (!(o.l1Ratio >= 0 && o.l1Ratio <= 1)) throw argError(op, 'l1Ratio', `must be in [0, 1], got ${describe(o.l1Ratio)}`);
    this.o = o;
  }

  /** The settings with their defaults filled in (scikit-learn's get_params); init is the one the
   *  last fit chose where none was given. */
  get params(): Readonly<NMFOptions> {
    return { ...this.o, init: this.o.init ?? this.initUsed };
  }

  /** Learns W and H from X (a CsrMatrix or a dense 2-D array, non-negative); returns W [rows, k]. */
  fitTransform(X: Matrix): LazyArray {
    return blocking(this.fit(X, 'NMF.fitTransform'));
  }

  /** `fitTransform` with the event loop free while the worker threads compute the products. */
  fitTransformAsync(X: Matrix): Promise<LazyArray> {
    return awaiting(this.fit(X, 'NMF.fitTransformAsync'));
  }

  private *fit(given: Matrix, op: string): Steps<LazyArray> {
    if (!(given instanceof CsrMatrix) && !(given instanceof LazyArray && given.ndim === 2)) throw argError(op, 'X', `must be a CsrMatrix or a 2-D array, got ${describe(given)}`);
    // the solvers read X in every product: a lazy X (TF-IDF's weighting, say) is evaluated once
    const X = given instanceof CsrMatrix ? given.withData(yield* value(given.data)) : yield* value(given);
    const [n, m] = X.shape as [number, number];
    if (n === 0 || m === 0) throw argError(op, 'X', `is empty: shape [${n}, ${m}]`);
    const values = X instanceof CsrMatrix ? X.data : X;
    if ((values.size > 0 ? yield* scalar(values.min()) : 0) < 0) throw argError(op, 'X', 'holds negative values: NMF needs a non-negative matrix');
    const k = this.o.nComponents ?? Math.min(n, m);
    const init = this.o.init ?? (k <= Math.min(n, m) ? 'nndsvda' : 'random');
    this.initUsed = init;
    if (init !== 'random' && k > Math.min(n, m)) {
      throw argError(op, 'nComponents', `is ${k}, but init '${init}' needs nComponents <= min(rows, cols) = ${Math.min(n, m)}`);
    }
    const seed = this.o.randomState ?? Math.floor(Math.random() * 2 ** 32);
    let [W, H] = yield* initialise(X, k, init, seed);
    const reg = regularisation(n, m, this.o.alphaW, this.o.alphaH === 'same' ? this.o.alphaW : this.o.alphaH, this.o.l1Ratio);
    [W, H, this.nIter] = this.o.solver === 'mu' ? yield* multiplicative(X, W, H, reg, this.o.tol, this.o.maxIter)
      : yield* coordinateDescent(X, W, H, reg, this.o.tol, this.o.maxIter);
    this.components = H;
    this.reconstructionErr = yield* frobenius(X, W, H);
    return W;
  }
}

interface Reg { l1W: number; l2W: number; l1H: number; l2H: number }

/** scikit-learn's scaling of the penalties by the other dimension. */
function regularisation(n: number, m: number, alphaW: number, alphaH: number, l1: number): Reg {
  return { l1W: m * alphaW * l1, l2W: m * alphaW * (1 - l1), l1H: n * alphaH * l1, l2H: n * alphaH * (1 - l1) };
}

const times = (X: Matrix, D: LazyArray): LazyArray => (X instanceof CsrMatrix ? X.matmul(D) : X.matmul(D));
const transposeTimes = (X: Matrix, D: LazyArray): LazyArray => (X instanceof CsrMatrix ? X.T.matmul(D) : X.T.matmul(D));

/** ||X - W H||_F, as scikit-learn computes it for sparse X: from norms and a cross term. */
function* frobenius(X: Matrix, W: LazyArray, H: LazyArray): Steps<number> {
  const normX = yield* scalar(X instanceof CsrMatrix ? X.data.mul(X.data).sum() : X.mul(X).sum());
  const normWH = yield* scalar(W.T.matmul(W).matmul(H).mul(H).sum());
  const cross = yield* scalar(times(X, H.T).mul(W).sum());
  return Math.sqrt(Math.max(normX + normWH - 2 * cross, 0));
}

// ### Initialisation

function* initialise(X: Matrix, k: number, init: string, seed: number): Steps<[LazyArray, LazyArray]> {
  const [n, m] = X.shape as [number, number];
  const mean = (yield* scalar(X.sum())) / (n * m);
  if (init === 'random') {
    const rng = new RandomState(seed);
    const avg = Math.sqrt(mean / k);
    const H = rng.standardNormals(k * m).map((v) => Math.abs(avg * v));
    const W = rng.standardNormals(n * k).map((v) => Math.abs(avg * v));
    return [dense(W, [n, k]), dense(H, [k, m])];
  }
  const { U, S, Vt } = yield* randomizedSvd(X, k, seed);
  const W = new Float64Array(n * k), H = new Float64Array(k * m);
  const col = (j: number): Float64Array => Float64Array.from({ length: n }, (_, i) => U[i * k + j]!);
  const row = (j: number): Float64Array => Vt.subarray(j * m, (j + 1) * m);
  const norm = (v: Float64Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  for (let j = 0; j < k; j++) {
    const x = col(j), y = row(j);
    let u: Float64Array, v: Float64Array, scale: number;
    if (j === 0) {
      u = x.map(Math.abs);
      v = y.map(Math.abs);
      scale = Math.sqrt(S[0]!);
    } else {
      const xp = x.map((a) => Math.max(a, 0)), yp = y.map((a) => Math.max(a, 0));
      const xn = x.map((a) => Math.abs(Math.min(a, 0))), yn = y.map((a) => Math.abs(Math.min(a, 0)));
      const [xpn, ypn, xnn, ynn] = [norm(xp), norm(yp), norm(xn), norm(yn)];
      const mp = xpn * ypn, mn = xnn * ynn;
      // the larger of the positive and negative parts: the same whatever signs the SVD chose
      if (mp > mn) [u, v, scale] = [xp.map((a) => a / xpn), yp.map((a) => a / ypn), Math.sqrt(S[j]! * mp)];
      else [u, v, scale] = [xn.map((a) => a / xnn), yn.map((a) => a / ynn), Math.sqrt(S[j]! * mn)];
    }
    for (let i = 0; i < n; i++) W[i * k + j] = scale * u[i]!;
    for (let t = 0; t < m; t++) H[j * m + t] = scale * v[t]!;
  }
  const eps = 1e-6;
  for (const A of [W, H]) for (let i = 0; i < A.length; i++) if (A[i]! < eps) A[i] = 0;
  if (init === 'nndsvda') {
    for (const A of [W, H]) for (let i = 0; i < A.length; i++) if (A[i] === 0) A[i] = mean;
  } else if (init === 'nndsvdar') {
    const rng = new RandomState(seed);
    for (const A of [W, H]) {
      const zeros = A.reduce((c, x) => c + (x === 0 ? 1 : 0), 0);
      const r = rng.standardNormals(zeros);
      let q = 0;
      for (let i = 0; i < A.length; i++) if (A[i] === 0) A[i] = Math.abs((mean * r[q++]!) / 100);
    }
  }
  return [dense(W, [n, k]), dense(H, [k, m])];
}

/**
 * The top k singular triplets of X by randomised subspace iteration (Halko, Martinsson and Tropp), set
 * up as scikit-learn's randomized_svd sets it up, so that NNDSVD starts where scikit-learn's does: the
 * wider side is transposed away, k + 10 Gaussian directions come from numpy's RandomState(seed), and
 * the power iterations number 7 when k < 10% of the smaller side, else 4. (The subspace found depends
 * on those, not on how each iteration is re-normalised.) U is [n, k] row-major, Vt [k, m].
 */
function* randomizedSvd(X: Matrix, k: number, seed: number): Steps<{ U: Float64Array; S: Float64Array; Vt: Float64Array }> {
  const [n, m] = X.shape as [number, number];
  const transpose = n < m;
  // A is X or X^T; aTimes(D) = A D and atTimes(D) = A^T D, on the engine
  const [rows, cols] = transpose ? [m, n] : [n, m];
  const aTimes = (D: Float64Array, w: number): Steps<Float64Array> => copied(transpose ? transposeTimes(X, dense(D, [n, w])) : times(X, dense(D, [m, w])));
  const atTimes = (D: Float64Array, w: number): Steps<Float64Array> => copied(transpose ? times(X, dense(D, [m, w])) : transposeTimes(X, dense(D, [n, w])));
  const l = Math.min(k + 10, rows, cols);
  const iterations = k < 0.1 * Math.min(n, m) ? 7 : 4;
  let Q = new RandomState(seed).standardNormals(cols * l);
  // the power iterations re-normalise on the narrow side only: A Q of an orthonormal Q is no worse
  // conditioned than A, the next step's Gram-Schmidt takes A^T A Q back to an orthonormal basis, and
  // the wide side held nine tenths of the Gram-Schmidt time
  for (let it = 0; it < iterations; it++) Q = orthonormalColumns(yield* atTimes(yield* aTimes(Q, l), l), cols, l);
  Q = orthonormalColumns(yield* aTimes(Q, l), rows, l);
  // B = Q^T A, held as Z = A^T Q [cols, l]; its Gram matrix B B^T = Z^T Z is l x l
  const Z = yield* atTimes(Q, l);
  const G = new Float64Array(l * l);
  for (let a = 0; a < l; a++) for (let b = a; b < l; b++) {
    let s = 0;
    for (let t = 0; t < cols; t++) s += Z[t * l + a]! * Z[t * l + b]!;
    G[a * l + b] = G[b * l + a] = s;
  }
  const { values, vectors } = symmetricEigen(G, l);
  const order = Array.from({ length: l }, (_, i) => i).sort((a, b) => values[b]! - values[a]!).slice(0, k);
  const S = Float64Array.from(order, (j) => Math.sqrt(Math.max(values[j]!, 0)));
  // left vectors of A: Q times the eigenvectors; right vectors: Z times them over s
  const left = new Float64Array(rows * k), right = new Float64Array(cols * k);
  order.forEach((j, c) => {
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let a = 0; a < l; a++) s += Q[i * l + a]! * vectors[a * l + j]!;
      left[i * k + c] = s;
    }
    for (let t = 0; t < cols; t++) {
      let s = 0;
      for (let a = 0; a < l; a++) s += Z[t * l + a]! * vectors[a * l + j]!;
      right[t * k + c] = S[c]! > 0 ? s / S[c]! : 0;
    }
  });
  // X = A or A^T: its U is [n, k] and its Vt [k, m]
  const [u, v] = transpose ? [right, left] : [left, right];
  const Vt = new Float64Array(k * m);
  for (let t = 0; t < m; t++) for (let c = 0; c < k; c++) Vt[c * m + t] = v[t * k + c]!;
  return { U: u, S, Vt };
}

/** Gram-Schmidt over the columns of a row-major [rows, cols] matrix, each column taken twice against
 *  the ones before it (classical Gram-Schmidt twice is as stable as the modified one). Each step reads
 *  the matrix row by row: column by column, with rows of `cols` apart, it was ten times slower. */
function orthonormalColumns(A: Float64Array, rows: number, cols: number): Float64Array {
  const d = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    for (let pass = 0; pass < 2 && j > 0; pass++) {
      d.fill(0, 0, j);
      for (let r = 0, o = 0; r < rows; r++, o += cols) {
        const a = A[o + j]!;
        for (let i = 0; i < j; i++) d[i]! += A[o + i]! * a;
      }
      for (let r = 0, o = 0; r < rows; r++, o += cols) {
        let s = 0;
        for (let i = 0; i < j; i++) s += d[i]! * A[o + i]!;
        A[o + j]! -= s;
      }
    }
    let s = 0;
    for (let o = j; o < A.length; o += cols) s += A[o]! * A[o]!;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let o = j; o < A.length; o += cols) A[o]! *= inv;
  }
  return A;
}

/** Eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations. */
function symmetricEigen(G: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const A = G.slice();
  const V = new Float64Array(l * l);
  for (let i = 0; i < l; i++) V[i * l + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += A[p * l + q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = A[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q * l + q]! - A[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let r = 0; r < l; r++) {
          const arp = A[r * l + p]!, arq = A[r * l + q]!;
          A[r * l + p] = c * arp - s * arq;
          A[r * l + q] = s * arp + c * arq;
        }
        for (let r = 0; r < l; r++) {
          const apr = A[p * l + r]!, aqr = A[q * l + r]!;
          A[p * l + r] = c * apr - s * aqr;
          A[q * l + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < l; r++) {
          const vrp = V[r * l + p]!, vrq = V[r * l + q]!;
          V[r * l + p] = c * vrp - s * vrq;
          V[r * l + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: l }, (_, i) => A[i * l + i]!), vectors: V };
}

// ### Solvers

/** A denominator where scikit-learn floors exact zeros at EPSILON. */
const floored = (den: LazyArray): LazyArray => ops.where(ops.eq(den, 0), EPSILON, den);

/**
 * Multiplicative updates (Lee and Seung), scikit-learn's order: W, then H, the error checked every
 * 10 iterations. Each update is one lazy expression: W * (X H^T) / (W (H H^T) + penalties), whose
 * elementwise part runs inside the last product's loop.
 */
function* multiplicative(X: Matrix, W: LazyArray, H: LazyArray, reg: Reg, tol: number, maxIter: number): Steps<[LazyArray, LazyArray, number]> {
  const errorAtInit = yield* frobenius(X, W, H);
  let previous = errorAtInit;
  let iter = 1;
  for (; iter <= maxIter; iter++) {
    let denW = W.matmul(H.matmul(H.T));
    if (reg.l1W > 0) denW = denW.add(reg.l1W);
    if (reg.l2W > 0) denW = denW.add(W.mul(reg.l2W));
    W = yield* value(W.mul(times(X, H.T).div(floored(denW))));
    let denH = W.T.matmul(W).matmul(H);
    if (reg.l1H > 0) denH = denH.add(reg.l1H);
    if (reg.l2H > 0) denH = denH.add(H.mul(reg.l2H));
    H = yield* value(H.mul(matmul(W.T, X).div(floored(denH))));
    if (tol > 0 && iter % 10 === 0) {
      const error = yield* frobenius(X, W, H);
      if ((previous - error) / errorAtInit < tol) break;
      previous = error;
    }
  }
  return [W, H, Math.min(iter, maxIter)];
}

/**
 * Coordinate descent (Cichocki and Phan; scikit-learn's sweep): each coordinate of W, then of H^T,
 * moves to the minimum of its quadratic, kept non-negative; stops when the projected gradient has
 * shrunk below tol of its first value. The Gram matrices come from the engine; the sweeps are
 * sequential by nature.
 */
function* coordinateDescent(X: Matrix, W: LazyArray, H: LazyArray, reg: Reg, tol: number, maxIter: number): Steps<[LazyArray, LazyArray, number]> {
  const [n, m] = X.shape as [number, number];
  const k = W.shape[1]!;
  const w = keptArray(yield* value(W)), ht = keptArray(yield* value(H.T));
  // the products go into the same arrays every iteration: fresh memory faults in page by page
  const gram = owned(k * k), xw = owned(n * k), xh = owned(m * k), pg = new Float64Array(Math.max(n, m) * k);
  let violationInit = 0;
  let iter = 1;
  for (; iter <= maxIter; iter++) {
    let violation = sweep(w, n, k, yield* into(dense(ht, [m, k]).T.matmul(dense(ht, [m, k])), gram), yield* into(times(X, dense(ht, [m, k])), xw), reg.l1W, reg.l2W, pg);
    violation += sweep(ht, m, k, yield* into(dense(w, [n, k]).T.matmul(dense(w, [n, k])), gram), yield* into(transposeTimes(X, dense(w, [n, k])), xh), reg.l1H, reg.l2H, pg);
    if (iter === 1) violationInit = violation;
    if (violationInit === 0 || violation / violationInit <= tol) break;
  }
  return [dense(w, [n, k]), yield* value(dense(ht, [m, k]).T), Math.min(iter, maxIter)];
}

/** One pass over the coordinates of A [rows, k], given HHt [k, k] and XHt [rows, k]: coordinate t of
 *  every row, for t in order (scikit-learn's order). A row's update reads only that row, so the loop
 *  runs row by row with the same values, two rows at a time: each gradient is a chain of dependent
 *  additions, and two independent chains keep the core busy (1.3-1.5x). The projected gradients are
 *  summed afterwards in scikit-learn's order, so the stopping test sees the same bits. */
function sweep(A: Float64Array, rows: number, k: number, HHt: Float64Array, XHt: Float64Array, l1: number, l2: number, pg: Float64Array): number {
  if (l2 !== 0) for (let t = 0; t < k; t++) HHt[t * k + t]! += l2;
  if (l1 !== 0) for (let i = 0; i < XHt.length; i++) XHt[i]! -= l1;
  let i = 0;
  for (; i + 1 < rows; i += 2) {
    const o = i * k, p = o + k;
    for (let t = 0; t < k; t++) {
      const h = t * k;
      let g0 = -XHt[o + t]!, g1 = -XHt[p + t]!;
      for (let r = 0; r < k; r++) {
        const c = HHt[h + r]!;
        g0 += c * A[o + r]!;
        g1 += c * A[p + r]!;
      }
      const a0 = A[o + t]!, a1 = A[p + t]!, hess = HHt[h + t]!;
      pg[t * rows + i] = a0 === 0 ? Math.min(0, g0) : g0;
      pg[t * rows + i + 1] = a1 === 0 ? Math.min(0, g1) : g1;
      if (hess !== 0) {
        A[o + t] = Math.max(a0 - g0 / hess, 0);
        A[p + t] = Math.max(a1 - g1 / hess, 0);
      }
    }
  }
  if (i < rows) {
    const o = i * k;
    for (let t = 0; t < k; t++) {
      const h = t * k;
      let g = -XHt[o + t]!;
      for (let r = 0; r < k; r++) g += HHt[h + r]! * A[o + r]!;
      const a = A[o + t]!, hess = HHt[h + t]!;
      pg[t * rows + i] = a === 0 ? Math.min(0, g) : g;
      if (hess !== 0) A[o + t] = Math.max(a - g / hess, 0);
    }
  }
  let violation = 0;
  for (let q = 0; q < rows * k; q++) violation += Math.abs(pg[q]!);
  return violation;
}
