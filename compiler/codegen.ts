// Code generation: LoopIR to the source of one JavaScript function
//   name(start, end, buf, cst, geo)
// that computes elements [start, end) of its outputs. `buf` holds the output arrays then the inputs,
// `cst` the constants, `geo` the loop dims and each strided input's offset and strides (a compress
// and a reduction that splits take `st, from, to` too: compiler/kernels.ts). The source depends only
// on the LoopIR, one statement per line, so it can be printed and kept as a golden file.

import { LIB, productOf, type LibName } from './alu.js';
import { isFloat } from './dtype.js';
import { castExpr, emitAlu, emitCast, emitProduct, JS_REDUCE, paren } from './js-ops.js';
import { accsOf, geometryOf, ruleOf, splitsReduced, type Acc, type LoopIR, type Ref } from './kernels.js';
import { REDUCE, SUM_BLOCK, SUM_LANES, SUM_TILE } from './reduce.js';

export interface Rendered {
  readonly source: string;
  /** Helpers from `LIB` the source calls by name; the runtime binds them. */
  readonly helpers: readonly LibName[];
}

class Lines {
  readonly lines: string[] = [];
  add(indent: number, text: string): void {
    this.lines.push('  '.repeat(indent) + text);
  }
}

/** Nesting depth at which an inlined expression gets a `const` of its own: a long chain becomes
 *  straight-line temporaries, never one expression nested thousands deep (which overflows the
 *  parser's stack in `new Function`). */
export const MAX_INLINE_DEPTH = 16;

/**
 * The statements computing the instructions of one region. A value used once is inlined into its
 * user, up to MAX_INLINE_DEPTH; a value used more often gets a `const`. `load(k)` is how input k is
 * read in this region.
 */
function values(ir: LoopIR, inner: boolean, load: (k: number) => string, exprs: string[], extraUses: readonly Ref[]): string[] {
  const uses = new Array<number>(ir.body.length).fill(0);
  for (const b of ir.body) for (const a of b.args) if (a.k === 'v') uses[a.i]!++;
  for (const r of extraUses) if (r.k === 'v') uses[r.i]!++;
  // a float32 value whose one use is its store needs no Math.fround: a Float32Array rounds what it
  // stores the same way (round to nearest, ties to even)
  const bare = new Set(ir.stores.flatMap((r, j) => (r.k === 'v' && ir.outs[j] === 'float32' && uses[r.i] === 1 && !ir.body[r.i]!.inner ? [r.i] : [])));
  const depth = new Array<number>(ir.body.length).fill(0);
  const out: string[] = [];
  ir.body.forEach((b, i) => {
    if (b.inner !== inner) return;
    const args = b.args.map((a) => ref(a, load, exprs));
    // a position out of range reads undefined: as a number, what the reference stores for it (NaN or 0)
    const e = b.op === 'gather' ? (isFloat(b.dtype) ? `+a${b.args[0]!.i}[${args[1]}]` : `(a${b.args[0]!.i}[${args[1]}] | 0)`)
      : b.op === 'cast' ? (bare.has(i) ? args[0]! : emitCast(b.dtype, b.out, args[0]!))
        : b.op === 'where' ? pick(slotOf(ir, i), args[0]!, args[1]!, args[2]!)
          : emitAlu(b.op, b.dtype, args, !bare.has(i));
    depth[i] = 1 + Math.max(0, ...b.args.map((a) => (a.k === 'v' ? depth[a.i]! : 0)));
    if (uses[i]! > 1 || depth[i]! >= MAX_INLINE_DEPTH) {
      out.push(`const v${i} = ${e};`);
      exprs[i] = `v${i}`;
      depth[i] = 0;
    } else exprs[i] = e;
  });
  return out;
}

/**
 * where(c, x, y) without a branch: both values go to a two-slot scratch and the condition picks one
 * (a ternary mispredicts half the time on random data: 5x slower; see bench/README.md). A bool is 0
 * or 1 (the API checks arrays given as bool; every op making one gives 0 or 1), so it is the index.
 * Every select has slots of its own, so selects nested in each other's operands do not clash.
 */
const pick = (slot: number, c: string, x: string, y: string): string =>
  `(sel[${slot}] = ${y}, sel[${slot + 1}] = ${x}, sel[${slot} + ${paren(c)}])`;

/** The first of the two scratch slots of select instruction i, or of masked accumulator k. */
function slotOf(ir: LoopIR, i: number): number {
  let s = 0;
  for (let j = 0; j < i; j++) if (ir.body[j]!.op === 'where') s += 2;
  return s;
}
function accSlot(ir: LoopIR, k: number): number {
  let s = slotOf(ir, ir.body.length);
  for (let j = 0; j < k; j++) if (maskedBySelect(accsOf(ir)[j]!)) s += 2;
  return s;
}
const scratchSlots = (ir: LoopIR): number => accSlot(ir, accsOf(ir).length);

/** A masked accumulator whose op has an identity takes the identity where the mask is false, picked
 *  without a branch; argmin and argmax count only the taken elements, so they branch. */
const maskedBySelect = (a: Acc): boolean => a.mask !== null && REDUCE[a.op].identity !== undefined && !skipping(a);

const ref = (r: Ref, load: (k: number) => string, exprs: readonly string[]): string =>
  (r.k === 'in' ? load(r.i) : r.k === 'c' ? `c${r.i}` : r.k === 'acc' ? `r${r.i}` : r.k === 'mm' ? 'm' : exprs[r.i]!);

/** Elements per iteration of a contiguous elementwise loop (see bench/README.md, engine). */
export const UNROLL = 8;
/** Longest body unrolled. */
export const UNROLL_MAX_OPS = 8;

/** Bump when generated code changes meaning for an unchanged kernel key: kernels compiled ahead of
 *  time by an older generator are then refused instead of run. */
export const CODEGEN_VERSION = 5;

/** The parameters of a kernel, typed for TypeScript; a compress and a reduction that splits take
 *  the trailing ones (compiler/kernels.ts says which). */
function signature(ir: LoopIR, lang: 'js' | 'ts'): string {
  const ts = lang === 'ts';
  const params = [ts ? 'start: number' : 'start', ts ? 'end: number' : 'end', ts ? 'buf: Storage[]' : 'buf',
    ts ? 'cst: readonly number[]' : 'cst', ts ? 'geo: readonly number[]' : 'geo'];
  if (ir.kind === 'compress' || splitsReduced(ir)) params.push(ts ? 'st?: Float64Array' : 'st');
  if (splitsReduced(ir)) params.push(ts ? 'from?: number' : 'from', ts ? 'to?: number' : 'to');
  return `(${params.join(', ')})${ts ? ': void' : ''}`;
}

function header(ir: LoopIR, name: string, lang: 'js' | 'ts', out: Lines): void {
  out.add(0, `function ${name}${signature(ir, lang)} {`);
  const arrays = [...ir.outs.map((_, j) => `o${j} = buf[${j}]`), ...ir.ins.map((_, k) => `a${k} = buf[${ir.outs.length + k}]`)];
  out.add(1, `const ${arrays.join(', ')};`);
  if (ir.nconsts > 0) out.add(1, `const ${Array.from({ length: ir.nconsts }, (_, k) => `c${k} = cst[${k}]`).join(', ')};`);
  // the geometry: one const per slot, named as kernels.ts names it
  const geo = geometryOf(ir);
  if (geo.length > 0) out.add(1, `const ${geo.map((g, i) => `${g} = geo[${i}]`).join(', ')};`);
  const slots = scratchSlots(ir);
  if (slots > 0) out.add(1, `const sel = new Float64Array(${slots}); // scratch of the branchless selects`);
  const accs = accsOf(ir);
  accs.forEach((a, k) => {
    if (maskedBySelect(a)) out.add(1, `sel[${accSlot(ir, k)}] = ${REDUCE[a.op].identity}; // where the mask is false`);
  });
  const sums = tailInline(ir) ? 0 : accs.filter((a) => a.op === 'sum' && a.kind !== 'wrap' && !skipping(a)).length;
  if (sums > 0) out.add(1, `const lanes = new Float64Array(${SUM_LANES * sums}); // the lanes of the sums of a long element`);
  accs.forEach((a, k) => {
    if (skipping(a)) out.add(1, `const sk${k} = new Float64Array(${SUM_BLOCK + SUM_LANES}); // a block of a masked sum's elements`);
  });
  if (accs.some(skipping)) blockSumFn(out, lang);
}

const names = (n: number, f: (d: number) => string): string => Array.from({ length: n }, (_, d) => f(d)).join(', ');

/** The kernel's source; with `lang` 'ts' the signature is typed (the body is the same: it already
 *  passes the TypeScript compiler in strict mode). */
export function renderJs(ir: LoopIR, name: string, lang: 'js' | 'ts' = 'js'): Rendered {
  const out = new Lines();
  header(ir, name, lang, out);
  switch (ir.kind) {
    case 'map': case 'compress': elementwiseBody(ir, out); break;
    case 'reduce': reduceBody(ir, out); break;
    case 'matmul': matmulBody(ir, out); break;
    case 'segments': case 'spmm': segmentBody(ir, out); break;
  }
  out.add(0, '}');
  const source = out.lines.join('\n');
  const helpers = (Object.keys(LIB) as LibName[]).filter((h) => source.includes(h + '('));
  return { source, helpers };
}

function elementwiseBody(ir: LoopIR & { kind: 'map' | 'compress' }, out: Lines): void {
  const R = ir.rank;
  const mask = ir.kind === 'compress' ? ir.mask : null;
  const inner = R - 1;
  const stridedIdx = ir.ins.map((x, k) => (x.strided ? k : -1)).filter((k) => k >= 0);
  // one element's statements: its values, inputs read by `read`, then its stores at `at`
  const element = (at: string, read: (k: number) => string): string[] => {
    const ex: string[] = [];
    return [...values(ir, false, read, ex, ir.stores), ...ir.stores.map((s, j) => `o${j}[${at}] = ${ref(s, read, ex)};`)];
  };
  const load = (k: number): string => `a${k}[${ir.ins[k]!.strided ? `p${k}` : 'i'}]`;
  let body: string[];
  if (mask) {
    const exprs: string[] = [];
    body = values(ir, false, load, exprs, [...ir.stores, mask]);
    out.add(1, 'let n = st === undefined ? 0 : st[0]; // where the next element taken goes');
    // no branch: every element is written at n, and n moves on by the mask (0 or 1); a write past
    // the output's end (after its last element) is dropped by the TypedArray
    body.push(`o0[n] = ${ref(ir.stores[0]!, load, exprs)};`, `n += ${ref(mask, load, exprs)};`);
  } else body = element('i', load);
  for (const k of stridedIdx) if (R > 0) body.push(`p${k} += s${k}_${inner};`);

  if (R === 0 && !mask && ir.body.length <= UNROLL_MAX_OPS) {
    // contiguous and short: UNROLL elements per iteration, each in a block of its own, then the rest
    // one by one (V8 then checks each array once per UNROLL elements; the values are the same). A
    // long body is compute-bound: unrolling it only makes the code larger.
    out.add(1, 'let i = start;');
    out.add(1, `for (; i + ${UNROLL} <= end; i += ${UNROLL}) {`);
    for (let u = 0; u < UNROLL; u++) {
      const at = u === 0 ? 'i' : `i + ${u}`;
      const lines = element(at, (k) => `a${k}[${at}]`);
      if (lines.length === 1) out.add(2, lines[0]!);
      else {
        out.add(2, '{');
        for (const l of lines) out.add(3, l);
        out.add(2, '}');
      }
    }
    out.add(1, '}');
    out.add(1, 'for (; i < end; i++) {');
    for (const l of body) out.add(2, l);
    out.add(1, '}');
    return;
  }
  const handBack = (): void => {
    if (mask) out.add(1, 'if (st !== undefined) st[0] = n;');
  };
  if (R === 0) {
    out.add(1, 'for (let i = start; i < end; i++) {');
    for (const l of body) out.add(2, l);
    out.add(1, '}');
    handBack();
    return;
  }
  // moving to the next row of dim d (after a full row of dim d + 1) adds b<k>_<d> to a read's position
  for (const k of stridedIdx) if (R > 1) out.add(1, `const ${names(R - 1, (d) => `b${k}_${d} = s${k}_${d} - d${d + 1} * s${k}_${d + 1}`)};`);
  unravel(R, out, 1);
  for (const k of stridedIdx) out.add(1, `let p${k} = f${k} + ${names(R, (d) => `q${d} * s${k}_${d}`).replace(/, /g, ' + ')};`);
  out.add(1, 'let i = start;');
  out.add(1, 'while (i < end) {');
  out.add(2, `const stop = Math.min(end, i + d${inner} - q${inner});`);
  out.add(2, 'for (; i < stop; i++) {');
  for (const l of body) out.add(3, l);
  out.add(2, '}');
  if (R > 1) {
    out.add(2, `q${inner} = 0;`);
    carry(stridedIdx, inner - 1, out, 2, 'b', 'q', 'd', 'p');
  }
  out.add(1, '}');
  handBack();
}

/** Counters q0..q<R-1> for where `start` falls in a row-major nest of dims d0..d<R-1>. */
function unravel(R: number, out: Lines, indent: number): void {
  out.add(indent, 'let t = start;');
  for (let d = R - 1; d >= 1; d--) out.add(indent, `let q${d} = t % d${d}; t = (t - q${d}) / d${d};`);
  out.add(indent, 'let q0 = t;');
}

/** Steps positions `pos<k>` to the next index of dim d, carrying into outer dims as counters wrap. */
function carry(ks: readonly number[], d: number, out: Lines, indent: number, delta: string, q: string, dim: string, pos: string): void {
  for (const k of ks) out.add(indent, `${pos}${k} += ${delta}${k}_${d};`);
  if (d === 0) return;
  out.add(indent, `if (++${q}${d} === ${dim}${d}) {`);
  out.add(indent + 1, `${q}${d} = 0;`);
  carry(ks, d - 1, out, indent + 1, delta, q, dim, pos);
  out.add(indent, '}');
}

/** After the innermost counter of an inner nest wraps, steps the positions to the next row of dim
 *  d - 1 (u<k>_<d-1>), carrying further out as counters j<d> wrap. */
function innerCarry(ks: readonly number[], d: number, out: Lines, indent: number): void {
  out.add(indent, `if (++j${d} === e${d}) {`);
  out.add(indent + 1, `j${d} = 0;`);
  for (const k of ks) out.add(indent + 1, `x${k} += u${k}_${d - 1};`);
  if (d > 1) innerCarry(ks, d - 1, out, indent + 1);
  out.add(indent, '}');
}

/** Shortest run of reduced elements read through views (below it, making the views costs more
 *  than reading through them saves). */
export const VIEW_MIN = 256;

/** Whether reduction `a` merges tile by tile (its tile rule, compiler/reduce.ts); one without a rule
 *  keeps its variables across the tiles. */
const tiled = (a: Acc): boolean => ruleOf(a) !== null;

/** The variables of accumulator k with prefix p, initialised. */
const accVars = (a: Acc, k: number, p: 'r' | 'g'): string => JS_REDUCE[a.op].vars(a.kind).map(([v, init]) => `${p}${v}${k} = ${init}`).join(', ');

/** Accumulator k's result, from its merged variables when it merges by tiles. */
const accResult = (a: Acc, k: number): string => castExpr(a.dtype, JS_REDUCE[a.op].result(k, a.kind, tiled(a) ? 'g' : 'r'));

/**
 * The fold of one output element's reduced elements [lo, hi), each read where the inner positions
 * x<k> are (at `lo` on entry), `advance()` stepping them to the next. The elements go in tiles of
 * SUM_TILE (compiler/reduce.ts): a reduction with a tile rule starts each tile afresh in its r
 * variables and merges it into its g variables, or, with `parts` and `st` given, writes the tile's
 * fields to `st` instead; one without keeps its r variables across tiles. Within a tile, float sums
 * go in blocks of SUM_BLOCK into eight lanes (a short element: eight per iteration into
 * l<k>_<lane>, then the last ones one by one; a long one: one per iteration into the scratch
 * `lanes`), blocks compensated into the tile; other reductions step element by element. With
 * `views`, a run of at least VIEW_MIN consecutive elements (every inner stride 1) is read through
 * subarrays that start at it.
 */
function foldLoop(ir: LoopIR, out: Lines, indent: number, lo: string, hi: string, advance: () => string[], stride: ((k: number) => string) | null, parts: boolean, views = false): void {
  const accs = accsOf(ir);
  // integer sums in float64 are exact in any order, so they take the lanes too (a masked one adds
  // zeros where the mask is false); a masked float sum counts only the elements taken (`skipping`)
  const lanesOf = accs.map((a, k) => (a.op === 'sum' && a.kind !== 'wrap' && !skipping(a) ? k : -1)).filter((k) => k >= 0);
  const skips = accs.map((a, k) => (skipping(a) ? k : -1)).filter((k) => k >= 0);
  const L = SUM_LANES;
  const laneVars = (k: number): string[] => Array.from({ length: L }, (_, u) => `l${k}_${u}`);
  // a one-dimensional run reads the eight elements of an iteration at fixed hops h<k>_<u> from x<k>
  // and steps once (independent loads, where stepping after each element chains them)
  const inner = ir.ins.map((x, k) => (x.inner && x.role === 'loop' ? k : -1)).filter((k) => k >= 0);
  // while the view loop is written: reads go through views z<k> that start at the run's first
  // element, at the loop's counter q
  let viewing = false;
  // one element: its values, then each accumulator takes it (`lane`: into which lane, or null for
  // the scratch at `lanes[8 f + q % 8]`; `hop`: read at x<k> + h<k>_<lane>, the step left to the caller)
  const element = (lane: number | null, hop = false): string[] => {
    const exprs: string[] = [];
    const load = (k: number): string => (viewing ? `z${k}[q${hop && lane ? ` + ${lane}` : ''}]`
      : hop && lane ? `a${k}[x${k} + h${k}_${lane}]` : `a${k}[x${k}]`);
    const lines = values(ir, true, load, exprs, accs.flatMap((a) => (a.mask ? [a.value, a.mask] : [a.value])));
    accs.forEach((a, k) => {
      const v = ref(a.value, load, exprs);
      const w = maskedBySelect(a) ? `(sel[${accSlot(ir, k) + 1}] = ${v}, sel[${accSlot(ir, k)} + ${paren(ref(a.mask!, load, exprs))}])` : v;
      const f = lanesOf.indexOf(k);
      if (skipping(a)) {
        const c = `tk${k}`, m = paren(ref(a.mask!, load, exprs));
        lines.push(`sk${k}[${c}] = ${v}; ${c} += ${m};`);
      } else if (f >= 0) lines.push(lane === null ? `lanes[${L * f} + (q & ${L - 1})] += ${w};` : `l${k}_${lane} += ${w};`);
      else if (a.mask && !maskedBySelect(a)) lines.push(`if (${paren(ref(a.mask, load, exprs))} !== 0) { const w${k} = ${v}; ${JS_REDUCE[a.op].step(k, `w${k}`, a.kind)} }`);
      else lines.push(`{ const w${k} = ${w}; ${JS_REDUCE[a.op].step(k, `w${k}`, a.kind)} }`);
    });
    return hop || viewing ? lines : [...lines, ...advance()];
  };
  const block = (lines: string[], at: number): void => {
    out.add(at, '{');
    for (const l of lines) out.add(at + 1, l);
    out.add(at, '}');
  };
  accs.forEach((a, k) => out.add(indent, `let ${accVars(a, k, tiled(a) ? 'g' : 'r')};`));
  for (const k of skips) out.add(indent, `let tk${k} = 0, nb${k} = 0, ts${k} = 0, tc${k} = 0, tn${k} = 0;`);
  // a block of a masked sum is full: sum it, keep what spilled past it (fewer than eight elements,
  // since this runs after at most eight) at the front
  const skipCheck = (at: number): void => {
    for (const k of skips) {
      out.add(at, `if (tk${k} >= ${SUM_BLOCK}) {`);
      out.add(at + 1, skipBlock(k));
      out.add(at + 1, Array.from({ length: L - 1 }, (_, j) => `sk${k}[${j}] = sk${k}[${SUM_BLOCK + j}];`).join(' ') + ` tk${k} -= ${SUM_BLOCK};`);
      out.add(at + 1, `if (++nb${k} === ${SUM_TILE / SUM_BLOCK}) { ${skipTile(k)} }`);
      out.add(at, '}');
    }
  };
  if (stride && tailInline(ir) && lanesOf.length + skips.length > 0) {
    for (const k of inner) out.add(indent, `const ${Array.from({ length: L }, (_, u) => `h${k}_${u + 1} = ${u + 1} * ${stride(k)}`).join(', ')};`);
  }
  // the elements [lo, hi) tile by tile, each tile merged or written out when it is done
  const tileLoop = (indent: number, lo: string, hi: string): void => {
    out.add(indent, `for (let q = ${lo}; q < ${hi};) {`);
    const tileAt = indent + 1;
    out.add(tileAt, `const qt = Math.min(${hi}, q + ${SUM_TILE});`);
    const fresh = accs.map((a, k) => (tiled(a) ? accVars(a, k, 'r') : '')).filter((v) => v !== '');
    if (fresh.length) out.add(tileAt, `let ${fresh.join(', ')};`);
    if (lanesOf.length === 0 && skips.length === 0) {
      out.add(tileAt, 'for (; q < qt; q++) {');
      for (const l of element(0)) out.add(tileAt + 1, l);
      out.add(tileAt, '}');
    } else {
      out.add(tileAt, 'while (q < qt) {');
      const at = tileAt + 1;
      // a block's sum from its lanes, compensated into the tile
      const closeBlock = (k: number, lanes: readonly string[]): void => {
        out.add(at, `const b${k} = ${laneTree(lanes)};`);
        out.add(at, kahan(`rs${k}`, `rc${k}`, `b${k}`) + ` rn${k} += b${k};`);
      };
      out.add(at, `const qb = Math.min(qt, q + ${SUM_BLOCK});`);
      if (!tailInline(ir)) {
        // a long element: one per iteration, into the lanes held in the scratch (the loop is bound by
        // the element's work, and one copy of it keeps the kernel small)
        out.add(at, zeros('lanes', 0, L * lanesOf.length));
        out.add(at, 'for (; q < qb; q++) {');
        for (const l of element(null)) out.add(at + 1, l);
        skipCheck(at + 1);
        out.add(at, '}');
        lanesOf.forEach((k, f) => closeBlock(k, Array.from({ length: L }, (_, u) => `lanes[${L * f + u}]`)));
      } else {
        if (lanesOf.length) out.add(at, `let ${lanesOf.flatMap((k) => laneVars(k).map((v) => `${v} = 0`)).join(', ')};`);
        out.add(at, `for (; q + ${L} <= qb; q += ${L}) {`);
        for (let u = 0; u < L; u++) block(element(u, stride !== null), at + 1);
        if (stride && !viewing) for (const k of inner) out.add(at + 1, `x${k} += h${k}_${L};`);
        skipCheck(at + 1);
        out.add(at, '}');
        // the last (fewer than eight) elements, each into its lane
        for (let u = 0; u < L - 1; u++) {
          out.add(at, 'if (q < qb) {');
          for (const l of element(u)) out.add(at + 1, l);
          out.add(at + 1, 'q++;');
          out.add(at, '}');
        }
        skipCheck(at);
        for (const k of lanesOf) closeBlock(k, laneVars(k));
      }
      out.add(tileAt, '}');
    }
    // the tile is done: merged into what came before, or, for a part, its state written out
    const merges = accs.map((a, k) => (tiled(a) ? JS_REDUCE[a.op].merge!(k, a.kind) : '')).filter((m) => m !== '');
    if (merges.length && parts) {
      const fields = accs.flatMap((a, k) => ruleOf(a)!.fields.map((f) => `st[w++] = r${f}${k};`));
      out.add(tileAt, `if (st !== undefined) { ${fields.join(' ')} } else { ${merges.join(' ')} }`);
    } else for (const m of merges) out.add(tileAt, m);
    out.add(indent, '}');
  };
  if (views && stride && inner.length > 0) {
    // a long run of consecutive elements is read through views that start at its first: every read
    // is at the loop's own counter, which lets V8 drop most of its checks (see bench/README.md)
    out.add(indent, `if (${hi} - ${lo} >= ${VIEW_MIN} && ${inner.map((k) => `${stride(k)} === 1`).join(' && ')}) {`);
    out.add(indent + 1, `const nz = ${hi} - ${lo}, ${inner.map((k) => `z${k} = a${k}.subarray(x${k}, x${k} + nz)`).join(', ')};`);
    viewing = true;
    // tiles and blocks fall where they did: `lo` is a multiple of the tile
    tileLoop(indent + 1, '0', 'nz');
    viewing = false;
    out.add(indent, '} else {');
    tileLoop(indent + 1, lo, hi);
    out.add(indent, '}');
  } else tileLoop(indent, lo, hi);
  for (const k of skips) out.add(indent, `if (tk${k} > 0) { ${skipBlock(k, `tk${k}`)} nb${k}++; } if (nb${k} > 0) { ${skipTile(k)} }`);
}

/** A masked float sum's elements are compacted into a block's scratch sk<k> without a branch: each
 *  is written at tk<k> (the number taken so far in the block), which moves on by the mask, so an
 *  element not taken is overwritten. A full block (or, at the end, the rest) is summed by its lanes
 *  (`blockSum`), then compensated into the tile (nb<k> blocks so far) and the tile into the sum. */
const skipBlock = (k: number, count = `${SUM_BLOCK}`): string =>
  `const b = blockSum(sk${k}, ${count}); ${kahan(`ts${k}`, `tc${k}`, 'b')} tn${k} += b;`;
const skipTile = (k: number): string => `${kahan(`rs${k}`, `rc${k}`, `ts${k}`)} rn${k} += tn${k}; ts${k} = 0; tc${k} = 0; tn${k} = 0; nb${k} = 0;`;

/** The kernel's function summing the first n values of a block by lanes (see compiler/reduce.ts). */
function blockSumFn(out: Lines, lang: 'js' | 'ts'): void {
  const L = SUM_LANES;
  const lanes = Array.from({ length: L }, (_, u) => `l${u}`);
  out.add(1, `const blockSum = ${lang === 'ts' ? '(b: Float64Array, n: number): number' : '(b, n)'} => {`);
  out.add(2, `let ${lanes.map((l) => `${l} = 0`).join(', ')}, j = 0;`);
  out.add(2, `for (; j + ${L} <= n; j += ${L}) { ${lanes.map((l, u) => `${l} += b[j + ${u}];`).join(' ')} }`);
  out.add(2, lanes.slice(0, L - 1).map((l) => `if (j < n) ${l} += b[j++];`).join(' '));
  out.add(2, `return ${laneTree(lanes)};`);
  out.add(1, '};');
}

/** A masked float sum follows the order of the elements taken, not of their places. */
const skipping = (a: Acc): boolean => a.op === 'sum' && a.kind === 'float' && a.mask !== null;

/** Stores of zero into `name`[from, from + n), written out (a call to fill costs more for eight). */
const zeros = (name: string, from: number, n: number): string => Array.from({ length: n }, (_, j) => `${name}[${from + j}] = 0;`).join(' ');

/** A fold whose element is short runs eight elements an iteration and writes its last ones out one
 *  by one (fifteen copies of the element in all); a long one runs one element an iteration. */
const tailInline = (ir: LoopIR): boolean => ir.body.filter((b) => b.inner).length <= UNROLL_MAX_OPS;

/** Eight lanes added pairwise, in the order of compiler/reduce.ts's blockSum. */
const laneTree = (l: readonly string[]): string => `((${l[0]} + ${l[1]}) + (${l[2]} + ${l[3]})) + ((${l[4]} + ${l[5]}) + (${l[6]} + ${l[7]}))`;

/** Statements adding v to the compensated sum s with compensation c (Kahan). */
const kahan = (s: string, c: string, v: string): string =>
  `{ const y = ${v} - ${c}; const t = ${s} + y; ${c} = (t - ${s}) - y; ${s} = t; }`;

/**
 * For each output element i in [start, end): fold its reduced elements (the inner nest, dims e*,
 * input k at position x<k>, strides t<k>_*), then compute the epilogue and store; then step every
 * input's outer position p<k> (strides s<k>_*) to the next output element. A kernel whose reduced
 * elements split (compiler/kernels.ts, splitsReduced) also runs a part [from, to) of them, writing
 * tile states to `st`, or finishes from merged states in `st`.
 */
function reduceBody(ir: LoopIR & { kind: 'reduce' }, out: Lines): void {
  const R = ir.rank, E = ir.inner;
  const all = ir.ins.map((_, k) => k).filter((k) => ir.ins[k]!.role === 'loop');
  const innerIns = all.filter((k) => ir.ins[k]!.inner);
  const parts = splitsReduced(ir);
  const len = names(E, (d) => `e${d}`).replace(/, /g, ' * ');
  for (const k of all) if (R > 1) out.add(1, `const ${names(R - 1, (d) => `b${k}_${d} = s${k}_${d} - d${d + 1} * s${k}_${d + 1}`)};`);
  for (const k of innerIns) if (E > 1) out.add(1, `const ${names(E - 1, (d) => `u${k}_${d} = t${k}_${d} - e${d + 1} * t${k}_${d + 1}`)};`);
  unravel(R, out, 1);
  for (const k of all) out.add(1, `let p${k} = f${k} + ${names(R, (d) => `q${d} * s${k}_${d}`).replace(/, /g, ' + ')};`);
  // the next output element
  const nextOutput = (at: number): void => {
    for (const k of all) out.add(at, `p${k} += s${k}_${R - 1};`);
    if (R > 1) {
      out.add(at, `if (++q${R - 1} === d${R - 1}) {`);
      out.add(at + 1, `q${R - 1} = 0;`);
      carry(all, R - 2, out, at + 1, 'b', 'q', 'd', 'p');
      out.add(at, '}');
    }
  };
  // the epilogue over the results r<k> and the stores
  const finish = (at: number): void => {
    const outerExprs: string[] = [];
    for (const l of values(ir, false, (k) => `a${k}[p${k}]`, outerExprs, ir.stores)) out.add(at, l);
    ir.stores.forEach((s, j) => out.add(at, `o${j}[i] = ${ref(s, (k) => `a${k}[p${k}]`, outerExprs)};`));
  };
  if (parts) {
    out.add(1, 'let w = 0; // the next number of st');
    out.add(1, 'if (st !== undefined && from === undefined) {');
    out.add(2, '// finish: the merged state of each output element is in st');
    out.add(2, 'for (let i = start; i < end; i++) {');
    ir.accs.forEach((a, k) => out.add(3, `const ${ruleOf(a)!.fields.map((f) => `g${f}${k} = st[w++]`).join(', ')};`));
    ir.accs.forEach((a, k) => out.add(3, `const r${k} = ${accResult(a, k)};`));
    finish(3);
    nextOutput(3);
    out.add(2, '}');
    out.add(2, 'return;');
    out.add(1, '}');
    out.add(1, `const lo = st === undefined || from === undefined ? 0 : from, hi = st === undefined || to === undefined ? ${len} : to;`);
  }
  out.add(1, 'for (let i = start; i < end; i++) {');
  if (innerIns.length) {
    if (!parts) out.add(2, `let ${innerIns.map((k) => `x${k} = p${k}`).join(', ')};`);
    else if (E === 1) out.add(2, `let ${innerIns.map((k) => `x${k} = p${k} + lo * t${k}_0`).join(', ')};`);
  }
  // the inner nest as one run of elements: an element steps the innermost position and carries
  // into the outer ones as its counters wrap
  if (E > 1) {
    if (!parts) out.add(2, `let ${names(E - 1, (d) => `j${d + 1} = 0`)};`);
    else {
      // where `lo` falls in the inner nest
      out.add(2, 'let jt = lo;');
      for (let d = E - 1; d >= 1; d--) out.add(2, `let j${d} = jt % e${d}; jt = (jt - j${d}) / e${d};`);
      if (innerIns.length) out.add(2, `let ${innerIns.map((k) => `x${k} = p${k} + jt * t${k}_0 + ${names(E - 1, (d) => `j${d + 1} * t${k}_${d + 1}`).replace(/, /g, ' + ')}`).join(', ')};`);
    }
  }
  const advance = (): string[] => {
    const lines = new Lines();
    for (const k of innerIns) lines.add(0, `x${k} += t${k}_${E - 1};`);
    if (E > 1) innerCarry(innerIns, E - 1, lines, 0);
    return lines.lines;
  };
  foldLoop(ir, out, 2, parts ? 'lo' : '0', parts ? 'hi' : len, advance, E === 1 ? (k) => `t${k}_0` : null, parts, E === 1);
  if (parts) {
    out.add(2, 'if (st !== undefined) {');
    nextOutput(3);
    out.add(3, 'continue;');
    out.add(2, '}');
  }
  ir.accs.forEach((a, k) => out.add(2, `const r${k} = ${accResult(a, k)};`));
  finish(2);
  nextOutput(2);
  out.add(1, '}');
}

/** Rows of a matmul block and width of a K panel: a 64 x N panel of B (256 KiB at N = 512) stays in
 *  L2 while every group of four rows of the block uses it (see bench/README.md). */
export const MATMUL_ROW_BLOCK = 64;
export const MATMUL_K_PANEL = 64;

/**
 * Output rows [start, end) of a (batched) matrix product, a block of rows at a time. For each K
 * panel, four rows at a time share each load of B (the inner loop runs along a row of B and of the
 * accumulators); each element still sums its k in ascending order. A finished block then runs
 * through the epilogue, where `m` is the product's element, and is stored.
 */
function matmulBody(ir: LoopIR & { kind: 'matmul' }, out: Lines): void {
  const { a, b } = ir;
  const A = `a${a}`, B = `a${b}`;
  const epi = ir.ins.map((_, k) => k).filter((k) => k !== a && k !== b && ir.ins[k]!.role === 'loop');
  const { accumulators } = productOf(ir.dtype);
  const madd = (x: string, y: string): string => emitProduct(ir.dtype, x, y);
  out.add(1, `const acc = new ${accumulators.name}(${MATMUL_ROW_BLOCK} * N); // accumulators for a block of rows`);
  out.add(1, 'let r = start;');
  out.add(1, 'while (r < end) {');
  out.add(2, 'const bt = Math.floor(r / M), i = r - bt * M;');
  out.add(2, `const rows = Math.min(${MATMUL_ROW_BLOCK}, end - r, M - i);`);
  out.add(2, 'acc.fill(0, 0, rows * N);');
  out.add(2, 'const pa0 = oA + bt * bA + i * iA, pb = oB + bt * bB;');
  out.add(2, `for (let k0 = 0; k0 < K; k0 += ${MATMUL_K_PANEL}) {`);
  out.add(3, `const k1 = Math.min(K, k0 + ${MATMUL_K_PANEL});`);
  out.add(3, 'let q = 0;');
  out.add(3, 'for (; q + 4 <= rows; q += 4) {');
  out.add(4, 'const pa = pa0 + q * iA, c0 = q * N, c1 = c0 + N, c2 = c1 + N, c3 = c2 + N;');
  out.add(4, 'for (let k = k0; k < k1; k++) {');
  out.add(5, 'const ak = pa + k * kA, bk = pb + k * kB;');
  out.add(5, `const x0 = ${A}[ak], x1 = ${A}[ak + iA], x2 = ${A}[ak + 2 * iA], x3 = ${A}[ak + 3 * iA];`);
  out.add(5, 'for (let j = 0; j < N; j++) {');
  out.add(6, `const y = ${B}[bk + j];`);
  out.add(6, `acc[c0 + j] += ${madd('x0', 'y')};`);
  out.add(6, `acc[c1 + j] += ${madd('x1', 'y')};`);
  out.add(6, `acc[c2 + j] += ${madd('x2', 'y')};`);
  out.add(6, `acc[c3 + j] += ${madd('x3', 'y')};`);
  out.add(5, '}');
  out.add(4, '}');
  out.add(3, '}');
  out.add(3, 'for (; q < rows; q++) {');
  out.add(4, 'const pa = pa0 + q * iA, c0 = q * N;');
  out.add(4, 'for (let k = k0; k < k1; k++) {');
  out.add(5, `const x = ${A}[pa + k * kA], bk = pb + k * kB;`);
  out.add(5, `for (let j = 0; j < N; j++) acc[c0 + j] += ${madd('x', `${B}[bk + j]`)};`);
  out.add(4, '}');
  out.add(3, '}');
  out.add(2, '}');
  out.add(2, 'for (let q = 0; q < rows; q++) {');
  if (epi.length) out.add(3, `let ${epi.map((k) => `p${k} = f${k} + bt * sb${k} + (i + q) * si${k}`).join(', ')};`);
  out.add(3, 'const row = (r + q) * N, base = q * N;');
  out.add(3, 'for (let j = 0; j < N; j++) {');
  out.add(4, `const m = ${castExpr(ir.dtype, 'acc[base + j]')};`);
  const exprs: string[] = [];
  const load = (k: number): string => `a${k}[p${k}]`;
  for (const l of values(ir, false, load, exprs, ir.stores)) out.add(4, l);
  ir.stores.forEach((s, j) => out.add(4, `o${j}[row + j] = ${ref(s, load, exprs)};`));
  for (const k of epi) out.add(4, `p${k} += sj${k};`);
  out.add(3, '}');
  out.add(2, '}');
  out.add(2, 'r += rows;');
  out.add(1, '}');
}

/**
 * Rows [start, end) of a CSR matrix. Row i's values sit at positions indptr[i] .. indptr[i+1]: the
 * inner loop runs over them (inputs at x<k>, stride t<k>), folding them into the reductions, or, for
 * CSR times dense, adding value * dense[column] to a row of accumulators. Then the epilogue runs over
 * the row's result (inputs at p<k>) and stores it.
 */
function segmentBody(ir: LoopIR & { kind: 'segments' | 'spmm' }, out: Lines): void {
  const sp = ir.kind === 'spmm' ? ir : null;
  const P = `a${ir.indptr}`;
  const loopIns = ir.ins.map((_, k) => k).filter((k) => ir.ins[k]!.role === 'loop');
  const innerIns = loopIns.filter((k) => ir.ins[k]!.inner);
  const outerIns = loopIns.filter((k) => !ir.ins[k]!.inner);
  const product = sp ? productOf(sp.dtype) : null;
  if (product) out.add(1, `const acc = new ${product.accumulators.name}(K);`);
  out.add(1, 'for (let i = start; i < end; i++) {');
  out.add(2, `const j0 = ${P}[i], j1 = ${P}[i + 1];`);
  if (sp) out.add(2, 'acc.fill(0);');
  const accs = accsOf(ir);
  if (innerIns.length) out.add(2, `let ${innerIns.map((k) => `x${k} = f${k} + j0 * t${k}`).join(', ')};`);
  if (sp) {
    out.add(2, 'for (let j = j0; j < j1; j++) {');
    const innerLoad = (k: number): string => `a${k}[x${k}]`;
    const innerExprs: string[] = [];
    for (const l of values(ir, true, innerLoad, innerExprs, [sp.value, sp.column])) out.add(3, l);
    out.add(3, `const v = ${ref(sp.value, innerLoad, innerExprs)}, pd = oD + ${paren(ref(sp.column, innerLoad, innerExprs))} * rD;`);
    out.add(3, `for (let t = 0; t < K; t++) acc[t] += ${emitProduct(sp.dtype, 'v', `a${sp.dense}[pd + t]`)};`);
    for (const k of innerIns) out.add(3, `x${k} += t${k};`);
    out.add(2, '}');
  } else foldLoop(ir, out, 2, '0', 'j1 - j0', () => innerIns.map((k) => `x${k} += t${k};`), (k) => `t${k}`, false);
  const load = (k: number): string => `a${k}[p${k}]`;
  const exprs: string[] = [];
  if (sp) {
    if (outerIns.length) out.add(2, `let ${outerIns.map((k) => `p${k} = f${k} + i * si${k}`).join(', ')};`);
    out.add(2, 'for (let t = 0; t < K; t++) {');
    out.add(3, `const m = ${castExpr(sp.dtype, 'acc[t]')};`);
    for (const l of values(ir, false, load, exprs, ir.stores)) out.add(3, l);
    ir.stores.forEach((s, j) => out.add(3, `o${j}[i * K + t] = ${ref(s, load, exprs)};`));
    for (const k of outerIns) out.add(3, `p${k} += sj${k};`);
    out.add(2, '}');
  } else {
    accs.forEach((a, k) => out.add(2, `const r${k} = ${accResult(a, k)};`));
    if (outerIns.length) out.add(2, `const ${outerIns.map((k) => `p${k} = f${k} + i * s${k}`).join(', ')};`);
    for (const l of values(ir, false, load, exprs, ir.stores)) out.add(2, l);
    ir.stores.forEach((s, j) => out.add(2, `o${j}[i] = ${ref(s, load, exprs)};`));
  }
  out.add(1, '}');
}
