// The WebAssembly renderer: a LoopIR to a module exporting one function
//   name(start, end, args)
// that computes elements [start, end) of its outputs, every array in the one memory ndfuse owns.
// `args` is where the kernel's arguments sit in that memory (`argsLayout`): each array's byte
// address (outputs then inputs) and each geometry slot as i32, then each constant as f64. Where every
// value of the kernel has one lane width, the elements go two (float64) or four (float32, int32) at a
// time in SIMD128, the rest one by one; the bits are those of the reference in either loop, since
// every op here rounds as the reference's does. An op WebAssembly lacks (exp, pow, an integer mod...)
// calls the reference's own function, imported: same bits, slower than the JavaScript kernels' inlined
// calls, which the backend choice weighs (`slower`).

import { ALU, refAlu } from './alu.js';
import { castFn, DTYPE_INFO, isFloat, type DType } from './dtype.js';
import type { AluOp } from './ir.js';
import { accsOf, geometryOf, ruleOf, splitsReduced, type Acc, type Instr as LoopInstr, type LoopIR, type Ref } from './kernels.js';
import { SUM_BLOCK, SUM_LANES, SUM_TILE } from './reduce.js';
import type { Instr, ValType, WasmFunc, WasmImport, WasmModule } from './wasm.js';
import { WASM_MATH, WASM_MATH_X2 } from './wasm-math.js';

/** Where a kernel's arguments sit from `args`: addresses and geometry as i32 words, constants as f64
 *  from byte `consts`, then room for a reduction's lanes (`lanes`: a long element adds into them
 *  there). A function of the LoopIR only. */
export interface ArgsLayout {
  readonly arrays: number;
  readonly geometry: number;
  /** The arrays (outputs then inputs) whose lengths follow the geometry as i32 words: those read
   *  at computed positions (a position past the end reads what the reference stores for it) and a
   *  compress's output (a store past its end is dropped). */
  readonly tables: readonly number[];
  /** Byte offset of a compress's `st[0]` (a float64: where its next element goes), or -1. */
  readonly state: number;
  /** Byte offset of a reduction in parts' four i32 words (`splitsReduced`), or -1: what this call
   *  does (0 the whole fold, 1 the part [from, to) writing tile states, 2 the finish from merged
   *  states), from, to, and the address of `st` in ndfuse's memory. */
  readonly part: number;
  /** Byte offset of constant 0 (8-aligned). */
  readonly consts: number;
  readonly nconsts: number;
  /** Byte offset of the lanes of the reduction sums (8 float64 each). */
  readonly lanes: number;
  /** Byte offset of the blocks of the masked float sums (SUM_BLOCK float64 each). */
  readonly blocks: number;
  /** Byte offset of a matmul's tile of finished accumulators, read by its epilogue. */
  readonly tile: number;
  /** Bytes in all. */
  readonly bytes: number;
}

/** The masked float sums of `ir`: they add the elements they take in their order (compiler/reduce.ts),
 *  a block of them gathered in memory first. */
const skippingSums = (ir: LoopIR): readonly boolean[] => accsOf(ir).map((a) => a.op === 'sum' && a.kind === 'float' && a.mask !== null);

/** The reductions of `ir` that add through lanes by the element's place (sums but those that wrap
 *  as int32 and the masked float sums). */
const laneSums = (ir: LoopIR): readonly boolean[] => {
  const skipping = skippingSums(ir);
  return accsOf(ir).map((a, k) => a.op === 'sum' && a.kind !== 'wrap' && !skipping[k]);
};

export function argsLayout(ir: LoopIR): ArgsLayout {
  const arrays = ir.outs.length + ir.ins.length, geometry = geometryOf(ir).length;
  const tables = [...(ir.kind === 'compress' ? [0] : []), ...ir.ins.flatMap((x, k) => (x.role === 'table' ? [ir.outs.length + k] : []))];
  const words = arrays + geometry + tables.length, part = splitsReduced(ir) ? 4 * words : -1;
  const consts = Math.ceil((4 * (words + (part >= 0 ? 4 : 0))) / 8) * 8;
  const state = ir.kind === 'compress' ? consts + 8 * ir.nconsts : -1;
  const lanes = consts + 8 * ir.nconsts + (state >= 0 ? 8 : 0);
  const blocks = lanes + 8 * SUM_LANES * laneSums(ir).filter(Boolean).length;
  const tile = blocks + 8 * SUM_BLOCK * skippingSums(ir).filter(Boolean).length;
  return { arrays, geometry, tables, state, part, consts, nconsts: ir.nconsts, lanes, blocks, tile, bytes: tile + (ir.kind === 'matmul' || ir.kind === 'spmm' ? 8 * TILE_WORDS : 0) };
}

export interface WasmRendered {
  readonly module: WasmModule;
  /** The functions the module imports, by name: the reference's own, bound when instantiated. */
  readonly imports: Readonly<Record<string, (...xs: number[]) => number>>;
  readonly args: ArgsLayout;
  /** Why this module is slower than the JavaScript kernel of the same LoopIR, where it is (measured
   *  in bench/README.md): the backend choice leaves such kernels to JavaScript unless forced. */
  readonly slower: string | null;
  /** Elements per SIMD step (1: one at a time only). */
  readonly lanes: number;
}

/** The memory every kernel imports: shared, up to 4 GiB (the runtime creates it, runtime/memory.ts). */
export const KERNEL_MEMORY = { min: 1, max: 65536, shared: true } as const;

/** Why the renderer cannot render `ir`, or null when it can. */
export function wasmUnsupported(ir: LoopIR): string | null {
  if (ir.kind === 'map' || ir.kind === 'compress') return null;
  if (ir.kind === 'matmul' || ir.kind === 'spmm') {
    return !MM_DTYPES.has(ir.dtype) ? `a ${ir.dtype} product: the WebAssembly renderer multiplies float64, float32 and int32`
      : ir.kind === 'spmm' && ir.ins[ir.dense]!.dtype !== ir.dtype ? 'a product whose dense operand has another dtype' : null;
  }
  return null;
}

const VAL: Readonly<Record<DType, ValType>> = { float64: 'f64', float32: 'f32', int32: 'i32', uint8: 'i32', bool: 'i32' };
const SHIFT: Readonly<Record<DType, number>> = { float64: 3, float32: 2, int32: 2, uint8: 0, bool: 0 };
const LOAD: Readonly<Record<DType, string>> = { float64: 'f64.load', float32: 'f32.load', int32: 'i32.load', uint8: 'i32.load8_u', bool: 'i32.load8_u' };
const STORE: Readonly<Record<DType, string>> = { float64: 'f64.store', float32: 'f32.store', int32: 'i32.store', uint8: 'i32.store8', bool: 'i32.store8' };

/** A function body being written: its locals and instructions. */
class Body {
  readonly locals: ValType[] = [];
  readonly code: Instr[] = [];
  /** What runs once before the loops (constants made ready). */
  readonly prologue: Instr[] = [];
  /** Literal lane splats made in the prologue, by dtype and value. */
  readonly splats = new Map<string, number>();
  constructor(private readonly nparams: number) {}
  local(t: ValType): number {
    this.locals.push(t);
    return this.nparams + this.locals.length - 1;
  }
  /** Appends instructions, and lists of them (a list is never spread into arguments: a long
   *  kernel's would overflow the stack). */
  add(...parts: (Instr | readonly Instr[])[]): void {
    for (const p of parts) {
      if (typeof p[0] === 'string') this.code.push(p as Instr);
      else for (const i of p as readonly Instr[]) this.code.push(i);
    }
  }
}

/** The module's imported functions, each once, by name. */
class Imports {
  readonly list: WasmImport[] = [];
  readonly fns: Record<string, (...xs: number[]) => number> = {};
  index(name: string, fn: (...xs: number[]) => number, arity: number): number {
    let i = this.list.findIndex((f) => f.name === name);
    if (i < 0) {
      i = this.list.length;
      this.list.push({ name, params: Array<ValType>(arity).fill('f64'), results: ['f64'] });
      this.fns[name] = fn;
    }
    return i;
  }
}

const get = (l: number): Instr => ['local.get', l];
/** The dtype of argument j of `x`: a select's condition is a bool, every other operand x.dtype. */
const argDType = (x: LoopInstr, j: number): DType => (x.op === 'where' && j === 0 ? 'bool' : x.dtype);
const set = (l: number): Instr => ['local.set', l];

// ---- one element at a time ----------------------------------------------------------------------

/** `x` (a local of dtype `d`'s value type) as float64, on the stack. */
function toF64(d: DType, x: number): Instr[] {
  return d === 'float64' ? [get(x)] : d === 'float32' ? [get(x), ['f64.promote_f32']] : [get(x), ['f64.convert_i32_s']];
}

/** An f64 on the stack that holds a value of dtype `d` exactly, as `d`'s value type. */
function fromF64(d: DType): Instr[] {
  return d === 'float64' ? [] : d === 'float32' ? [['f32.demote_f64']] : [['i32.trunc_f64_s']];
}

/** ToInt32 of the float64 in local `x`, into local `r`: a truncation wraps modulo 2**32 as `| 0` does;
 *  past 2**63 (and for infinities) the reference's own cast answers. */
function toInt32(b: Body, imp: Imports, x: number, r: number): void {
  const slow = imp.index('cast_i32', castFn('int32'), 1);
  b.add(get(x), ['f64.abs'], ['f64.const', 2 ** 63], ['f64.lt'], ['if'],
    get(x), ['i64.trunc_sat_f64_s'], ['i32.wrap_i64'], set(r),
    ['else'], get(x), ['call', slow], ['i32.trunc_f64_s'], set(r), ['end']);
}

/** Converts local `x` of dtype `from` to dtype `to` (castFn's rule) into a new local. */
function castScalar(b: Body, imp: Imports, from: DType, to: DType, x: number): number {
  if (from === to || (from === 'bool' && to !== 'float64' && to !== 'float32') || (from === 'uint8' && to === 'int32')) return x;
  const r = b.local(VAL[to]);
  const t = VAL[from];
  switch (to) {
    case 'float64': b.add(toF64(from, x)); break;
    case 'float32': b.add(get(x), [from === 'float64' ? 'f32.demote_f64' : 'f32.convert_i32_s']); break;
    case 'bool':
      b.add(get(x), [`${t}.const`, 0], [`${t}.ne`]);
      break;
    case 'int32': case 'uint8':
      if (isFloat(from)) {
        const f = from === 'float64' ? x : b.local('f64');
        if (from === 'float32') b.add(get(x), ['f64.promote_f32'], set(f));
        toInt32(b, imp, f, r);
        if (to === 'int32') return r;
        b.add(get(r));
      } else b.add(get(x));
      b.add(['i32.const', 255], ['i32.and']);
      break;
  }
  b.add(set(r));
  return r;
}

const FLOAT_BINARY: Partial<Record<AluOp, string>> = { add: 'add', sub: 'sub', mul: 'mul', div: 'div', minimum: 'min', maximum: 'max' };
const FLOAT_UNARY: Partial<Record<AluOp, string>> = { neg: 'neg', abs: 'abs', sqrt: 'sqrt', ceil: 'ceil', floor: 'floor', trunc: 'trunc', round: 'nearest' };
const COMPARE: Partial<Record<AluOp, [float: string, signed: string, unsigned: string]>> = {
  eq: ['eq', 'eq', 'eq'], ne: ['ne', 'ne', 'ne'], lt: ['lt', 'lt_s', 'lt_u'], le: ['le', 'le_s', 'le_u'], gt: ['gt', 'gt_s', 'gt_u'], ge: ['ge', 'ge_s', 'ge_u'],
};
const INT_WRAPPING: Partial<Record<AluOp, string>> = { add: 'add', sub: 'sub', mul: 'mul', and: 'and', or: 'or', xor: 'xor' };

/**
 * `op` over operand locals `a` of dtype `d`, its result (of dtype ALU[op].out(d)) left on the stack,
 * in native instructions; false when WebAssembly has none with the reference's bits.
 */
function nativeScalar(b: Body, op: AluOp, d: DType, a: readonly number[]): boolean {
  const t = VAL[d];
  const cmp = COMPARE[op];
  if (op === 'where') {
    b.add(get(a[1]!), get(a[2]!), get(a[0]!), ['select']);
    return true;
  }
  if (cmp) {
    b.add(get(a[0]!), get(a[1]!), [`${t}.${isFloat(d) ? cmp[0] : d === 'int32' ? cmp[1] : cmp[2]}`]);
    return true;
  }
  if (op === 'sign') {
    // (x > 0) - (x < 0); a float keeps x where it is NaN: select(x, sign, x != x)
    const z: Instr = [`${t}.const`, 0];
    const [gt, lt] = isFloat(d) ? ['gt', 'lt'] : ['gt_s', 'lt_s'];
    if (isFloat(d)) b.add(get(a[0]!));
    b.add(get(a[0]!), z, [`${t}.${gt}`], get(a[0]!), z, [`${t}.${lt}`], ['i32.sub']);
    if (isFloat(d)) b.add([`${t}.convert_i32_s`], get(a[0]!), get(a[0]!), [`${t}.ne`], ['select']);
    return true;
  }
  if (isFloat(d)) {
    const bin = FLOAT_BINARY[op], un = FLOAT_UNARY[op];
    if (bin) b.add(get(a[0]!), get(a[1]!), [`${t}.${bin}`]);
    else if (un) b.add(get(a[0]!), [`${t}.${un}`]);
    else return false;
    return true;
  }
  // integers: int32 wraps as Math.imul and `| 0` do; uint8 keeps its low byte; bool is 0 or 1
  const wrap = d === 'uint8' ? [['i32.const', 255], ['i32.and']] as Instr[] : [];
  const w = INT_WRAPPING[op];
  if (w) b.add(get(a[0]!), get(a[1]!), [`i32.${w}`], ...(op === 'and' || op === 'or' || op === 'xor' ? [] : wrap));
  else if (op === 'neg') b.add(['i32.const', 0], get(a[0]!), ['i32.sub'], ...wrap);
  else if (op === 'not') b.add(get(a[0]!), ['i32.const', 1], ['i32.xor']);
  else if (op === 'abs') b.add(['i32.const', 0], get(a[0]!), ['i32.sub'], get(a[0]!), get(a[0]!), ['i32.const', 0], ['i32.lt_s'], ['select']);
  else if (op === 'minimum' || op === 'maximum') b.add(get(a[0]!), get(a[1]!), get(a[0]!), get(a[1]!), [op === 'minimum' ? 'i32.lt_s' : 'i32.gt_s'], ['select']);
  else if (op === 'floor' || op === 'ceil' || op === 'trunc' || op === 'round') b.add(get(a[0]!));
  else return false;
  return true;
}

/** `op` through the reference's own function, imported: operands as float64, the result (already
 *  cast to its dtype by `refAlu`) converted back exactly. */
function importedScalar(b: Body, imp: Imports, op: AluOp, d: DType, a: readonly number[]): void {
  const arity = ALU[op].arity;
  const fn = refAlu(op, d);
  const i = imp.index(`${op}_${DTYPE_INFO[d].tag}`, arity === 1 ? (x) => fn(x, 0, 0) : arity === 2 ? (x, y) => fn(x, y, 0) : fn, arity);
  for (const x of a) b.add(toF64(d, x));
  b.add(['call', i], ...fromF64(ALU[op].out(d)));
}

/** `op` through the module's own WebAssembly version of its Math function (compiler/wasm-math.ts),
 *  operands and result converted as for an imported one. */
function mathScalar(K: Kernel, op: AluOp, d: DType, a: readonly number[]): void {
  for (const x of a) K.b.add(toF64(d, x));
  K.b.add(mathCall(K, op), ...fromF64(ALU[op].out(d)));
}

/** A call of the module's own function for `op`, written as -1 - its place among them: its index
 *  is known once every import is (renderWasm puts it in). */
function mathCall(K: Kernel, op: string): Instr {
  let h = K.math.indexOf(op);
  if (h < 0) h = K.math.push(op) - 1;
  return ['call', -1 - h];
}

// ---- several elements at a time ------------------------------------------------------------------

/** The SIMD shape of a value of dtype `d`: its lane prefix, or null for one WebAssembly has no
 *  same-width lanes for here. */
const SIMD_OF: Readonly<Record<DType, string | null>> = { float64: 'f64x2', float32: 'f32x4', int32: 'i32x4', uint8: null, bool: null };

/** Bytes per lane of every value of the kernel, or null when they differ or one has no lanes: a bool
 *  made by a comparison is a lane mask as wide as its operands, and one loaded or stored has none. */
function laneWidth(ir: LoopIR): number | null {
  if (ir.kind === 'compress') return null;
  const widths = new Set<number>();
  const note = (d: DType): boolean => (SIMD_OF[d] === null ? false : (widths.add(DTYPE_INFO[d].bytes), true));
  if (!ir.ins.every((x) => note(x.dtype)) || !ir.outs.every(note)) return null;
  for (const x of ir.body) {
    const ok = x.op === 'cast'
      // a mask to 0 or 1 of a number type, or int32 to float32: within one width
      ? (x.dtype === 'bool' || x.dtype === x.out || (x.dtype === 'int32' && x.out === 'float32')) && (x.out === 'bool' || note(x.out))
      : x.op === 'gather' ? false
        : x.dtype === 'bool' ? MASK_SIMD.has(x.op)
          : note(x.dtype) && ((isFloat(x.dtype) ? FLOAT_SIMD : INT_SIMD).has(x.op) || (x.dtype === 'float64' && WASM_MATH_X2[x.op] !== undefined));
    if (!ok) return null;
  }
  return widths.size === 1 ? [...widths][0]! : null;
}

const COMMON_SIMD = ['add', 'sub', 'mul', 'minimum', 'maximum', 'neg', 'abs', 'ceil', 'floor', 'trunc', 'round', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'where'];
const FLOAT_SIMD = new Set<string>([...COMMON_SIMD, 'div', 'sqrt', 'sign']);
const INT_SIMD = new Set<string>([...COMMON_SIMD, 'and', 'or', 'xor']);
/** Ops of bools that lane masks do as they are (a comparison of masks would not). */
const MASK_SIMD = new Set<string>(['and', 'or', 'xor', 'not']);

/** `op` over v128 operand locals `a` whose lanes are dtype `d` (a bool: masks of the kernel's width
 *  `mask`), the result on the stack. */
function simdOp(K: Kernel, op: AluOp, d: DType, a: readonly number[], mask: string): void {
  const b = K.b;
  const v = d === 'bool' ? mask : SIMD_OF[d]!;
  const float = isFloat(d);
  const cmp = COMPARE[op];
  if (op === 'where') b.add(get(a[1]!), get(a[2]!), get(a[0]!), ['v128.bitselect']);
  else if (cmp) b.add(get(a[0]!), get(a[1]!), [`${v}.${float ? cmp[0] : cmp[1]}`]);
  else if (op === 'and' || op === 'or' || op === 'xor') b.add(get(a[0]!), get(a[1]!), [`v128.${op}`]);
  else if (op === 'not') b.add(get(a[0]!), ['v128.not']);
  else if (op === 'sign') {
    // bitselect(x, (x > 0 as 1) - (x < 0 as 1), x != x): NaN stays NaN
    const one = splat(b, d, 1), zero = splat(b, d, 0);
    b.add(get(a[0]!), get(a[0]!), get(zero), [`${v}.gt`], get(one), ['v128.and'], get(a[0]!), get(zero), [`${v}.lt`], get(one), ['v128.and'], [`${v}.sub`],
      get(a[0]!), get(a[0]!), [`${v}.ne`], ['v128.bitselect']);
  } else if (float) {
    const bin = FLOAT_BINARY[op], un = FLOAT_UNARY[op];
    if (bin) b.add(get(a[0]!), get(a[1]!), [`${v}.${bin}`]);
    else if (un) b.add(get(a[0]!), [`${v}.${un}`]);
    else {
      const r = b.local('v128');
      b.add(WASM_MATH_X2[op]!(a[0]!, r, { local: (t) => b.local(t), constant: (c) => splat(b, 'float64', c) }, mathCall(K, op)), get(r));
    }
  } else if (op === 'minimum' || op === 'maximum') b.add(get(a[0]!), get(a[1]!), [`i32x4.${op === 'minimum' ? 'min_s' : 'max_s'}`]);
  else if (op === 'neg' || op === 'abs') b.add(get(a[0]!), [`i32x4.${op}`]);
  else if (op === 'floor' || op === 'ceil' || op === 'trunc' || op === 'round') b.add(get(a[0]!));
  else b.add(get(a[0]!), get(a[1]!), [`i32x4.${INT_WRAPPING[op]!}`]);
}

/** A v128 local holding `value` in every lane of dtype `d`, set before the loop (once per body). */
function splat(b: Body, d: DType, value: number): number {
  const key = `${d}:${value}`;
  let l = b.splats.get(key);
  if (l === undefined) {
    b.splats.set(key, (l = b.local('v128')));
    b.prologue.push([`${VAL[d]}.const`, value], [`${SIMD_OF[d]!}.splat`], set(l));
  }
  return l;
}

/** Element index local `i` as a byte offset for dtype `d`, on the stack. */
const scaled = (i: number, d: DType): Instr[] => (SHIFT[d] ? [get(i), ['i32.const', SHIFT[d]], ['i32.shl']] : [get(i)]);

/** Stores local `v` as output j's element at index local `i`. */
const storeAt = (addr: number, i: number, d: DType, v: number): Instr[] => [get(addr), ...scaled(i, d), ['i32.add'], get(v), [STORE[d], SHIFT[d], 0]];

/** Eight f64 lane locals added pairwise, as compiler/reduce.ts's blockSum, into local `into`. */
const laneTree = (l: readonly number[], into: number): Instr[] => [get(l[0]!), get(l[1]!), ['f64.add'], get(l[2]!), get(l[3]!), ['f64.add'], ['f64.add'],
  get(l[4]!), get(l[5]!), ['f64.add'], get(l[6]!), get(l[7]!), ['f64.add'], ['f64.add'], ['f64.add'], set(into)];

// ---- the kernel ----------------------------------------------------------------------------------

/** The instructions `write` emits into `b`, taken out of it. */
function aside(b: Body, write: () => void): Instr[] {
  const before = b.code.length;
  write();
  return b.code.splice(before);
}

/** A loop `while (i + step <= end) { body; i += step }` (step 1: `while (i < end)`); `end` a local. */
const loopOf = (i: number, end: number, step: number, body: readonly Instr[]): Instr[] => [
  ['block'], ['loop'],
  ...(step === 1 ? [get(i), get(end), ['i32.ge_s']] : [get(i), ['i32.const', step], ['i32.add'], get(end), ['i32.gt_s']]) as Instr[], ['br_if', 1],
  ...body, get(i), ['i32.const', step], ['i32.add'], set(i), ['br', 0], ['end'], ['end'],
];

/** Vectors per iteration of the SIMD loop: each reads and writes at a fixed offset from one address
 *  (`tf * idf - 1` at 1e4 on the 2-core EPYC of bench/README.md: 2.7 us a call against 3.6 with one
 *  vector an iteration; the hand loop of `npm run bench -- wasm` takes 2.4). */
export const WASM_UNROLL = 4;
/** Longest body written more than twice (unrolled, or once per lane of a reduction): a longer one
 *  is bound by its own work, and copies of it only make the module larger and slower to compile. */
export const WASM_UNROLL_MAX_OPS = 8;

/** What every part of a kernel's function shares: its body, imports, the arrays' addresses, the
 *  constants (as float64, and as each dtype and lane splat they are read in, made once before the
 *  loops), and the geometry slots by name. */
class Kernel {
  readonly b = new Body(3);
  readonly imp = new Imports();
  readonly layout: ArgsLayout;
  readonly addr: readonly number[];
  readonly constF64: readonly number[];
  readonly geo = new Map<string, number>();
  /** The element counts the kernel reads (ArgsLayout.tables), by array: outputs, then inputs. */
  readonly lengths = new Map<number, number>();
  readonly consts = new Map<string, number>();
  readonly splats = new Map<string, number>();
  /** The instructions that call an imported function (each counted once, however often written). */
  readonly imported = new Set<number>();
  /** The Math functions the module carries as its own functions, after the kernel's. */
  readonly math: string[] = [];
  /** A compress's position for its next element (from and back to ArgsLayout.state). */
  readonly next: number | null = null;
  constructor(readonly ir: LoopIR) {
    const b = this.b;
    this.layout = argsLayout(ir);
    this.addr = Array.from({ length: this.layout.arrays }, (_, j) => {
      const l = b.local('i32');
      b.prologue.push(get(ARGS), ['i32.load', 2, 4 * j], set(l));
      return l;
    });
    geometryOf(ir).forEach((g, j) => {
      const l = b.local('i32');
      b.prologue.push(get(ARGS), ['i32.load', 2, 4 * (this.layout.arrays + j)], set(l));
      this.geo.set(g, l);
    });
    this.layout.tables.forEach((j, t) => {
      const l = b.local('i32');
      b.prologue.push(get(ARGS), ['i32.load', 2, 4 * (this.layout.arrays + this.layout.geometry + t)], set(l));
      this.lengths.set(j, l);
    });
    if (this.layout.state >= 0) {
      this.next = b.local('i32');
      b.prologue.push(get(ARGS), ['f64.load', 3, this.layout.state], ['i32.trunc_f64_s'], set(this.next));
    }
    this.constF64 = Array.from({ length: ir.nconsts }, (_, k) => {
      const l = b.local('f64');
      b.prologue.push(get(ARGS), ['f64.load', 3, this.layout.consts + 8 * k], set(l));
      return l;
    });
  }
  /** Input k's address local. */
  input(k: number): number {
    return this.addr[this.ir.outs.length + k]!;
  }
  slot(name: string): number {
    return this.geo.get(name)!;
  }
  /** Constant k as dtype d's value type. */
  scalarConst(k: number, d: DType): number {
    const key = `${k}:${d}`;
    let l = this.consts.get(key);
    if (l === undefined) {
      this.consts.set(key, (l = this.b.local(VAL[d])));
      this.b.prologue.push(get(this.constF64[k]!), ...fromF64(d), set(l));
    }
    return l;
  }
  /** Constant k in every lane of dtype d (a bool: a lane mask, all ones or all zeros). */
  vectorConst(k: number, d: DType): number {
    const key = `${k}:${d}`;
    let l = this.splats.get(key);
    if (l === undefined) {
      this.splats.set(key, (l = this.b.local('v128')));
      if (d === 'bool') this.b.prologue.push(['i32.const', 0], get(this.constF64[k]!), ['f64.const', 0], ['f64.ne'], ['i32.sub'], ['i32x4.splat'], set(l));
      else this.b.prologue.push(get(this.constF64[k]!), ...fromF64(d), [`${SIMD_OF[d]!}.splat`], set(l));
    }
    return l;
  }
}
const ARGS = 2;

/** The values of one element: the instructions of a region (`inner`: those in the reduced loop, or
 *  the rest; null: all) over input k at element index local `at(k)`, and the reductions' results
 *  `accs`. Emits into the body; gives each Ref's local. */
function scalarValues(K: Kernel, inner: boolean | null, at: (k: number) => number, accs: readonly number[] = [], mm = -1): (r: Ref, d: DType) => number {
  const { b, ir } = K;
  const vals: number[] = [];
  const loads = new Map<number, number>();
  const operand = (r: Ref, d: DType): number => {
    if (r.k === 'in') {
      let l = loads.get(r.i);
      if (l === undefined) {
        const dt = ir.ins[r.i]!.dtype;
        loads.set(r.i, (l = b.local(VAL[dt])));
        b.add(get(K.input(r.i)), scaled(at(r.i), dt), ['i32.add'], [LOAD[dt], SHIFT[dt], 0], set(l));
      }
      return l;
    }
    if (r.k === 'c') return K.scalarConst(r.i, d);
    if (r.k === 'acc') return accs[r.i]!;
    if (r.k === 'mm') return mm;
    return vals[r.i]!;
  };
  ir.body.forEach((x: LoopInstr, n) => {
    if (inner !== null && x.inner !== inner) return;
    if (x.op === 'gather') {
      vals[n] = gatherScalar(K, x.args[0]!.i, operand(x.args[1]!, 'int32'), x.dtype);
      return;
    }
    const args = x.args.map((r, j) => operand(r, argDType(x, j)));
    if (x.op === 'cast') {
      vals[n] = castScalar(b, K.imp, x.dtype, x.out, args[0]!);
      return;
    }
    const op = x.op as AluOp;
    if (!nativeScalar(b, op, x.dtype, args)) {
      if (WASM_MATH[op]) mathScalar(K, op, x.dtype, args);
      else {
        importedScalar(b, K.imp, op, x.dtype, args);
        K.imported.add(n);
      }
    }
    b.add(set((vals[n] = b.local(VAL[x.out]))));
  });
  return operand;
}

/** Table k's element at position local `at` into a new local: past either end (an unsigned
 *  comparison), what the reference stores for the undefined read there, NaN or 0. */
function gatherScalar(K: Kernel, k: number, at: number, d: DType): number {
  const { b } = K;
  const r = b.local(VAL[d]);
  b.add([`${VAL[d]}.const`, isFloat(d) ? NaN : 0], set(r), get(at), get(K.lengths.get(K.ir.outs.length + k)!), ['i32.lt_u'], ['if'],
    get(K.input(k)), scaled(at, d), ['i32.add'], [LOAD[d], SHIFT[d], 0], set(r), ['end']);
  return r;
}

/** The values of one vector of elements (16 / width bytes of each input from the address `base(k)`
 *  pushes, plus `at` bytes): the instructions of a region, on lanes. Emits into the body. */
function vectorValues(K: Kernel, inner: boolean | null, base: (k: number) => Instr[], at: number, width: number): (r: Ref, d: DType) => number {
  const { b, ir } = K;
  const mask = width === 8 ? 'f64x2' : 'i32x4';
  const loads = new Map<number, number>();
  const vals: number[] = [];
  const operand = (r: Ref, d: DType): number => {
    if (r.k === 'in') {
      let l = loads.get(r.i);
      if (l === undefined) {
        loads.set(r.i, (l = b.local('v128')));
        b.add(base(r.i), ['v128.load', 3, at], set(l));
      }
      return l;
    }
    if (r.k === 'c') return K.vectorConst(r.i, d);
    return vals[r.i]!;
  };
  ir.body.forEach((x: LoopInstr, n) => {
    if (inner !== null && x.inner !== inner) return;
    const args = x.args.map((r, j) => operand(r, argDType(x, j)));
    if (x.op === 'cast') {
      // a mask to 0 or 1, or int32 to float32 (laneWidth allows no other)
      if (x.dtype === x.out) b.add(get(args[0]!));
      else if (x.dtype === 'bool') b.add(get(args[0]!), get(splat(b, x.out, 1)), ['v128.and']);
      else b.add(get(args[0]!), ['f32x4.convert_i32x4_s']);
    } else simdOp(K, x.op as AluOp, x.dtype, args, mask);
    b.add(set((vals[n] = b.local('v128'))));
  });
  return operand;
}

/** Renders `ir` (for which `wasmUnsupported` is null) as a module exporting `name`. */
export function renderWasm(ir: LoopIR, name: string): WasmRendered {
  const why = wasmUnsupported(ir);
  if (why) throw new Error(`ndfuse: wasm: ${name}: ${why}`);
  const K = new Kernel(ir);
  const { code, lanes } = ir.kind === 'reduce' || ir.kind === 'segments' ? reduceCode(K, ir) : ir.kind === 'matmul' ? matmulCode(K, ir) : ir.kind === 'spmm' ? spmmCode(K, ir)
    : (ir.kind === 'map' || ir.kind === 'compress') && ir.rank > 0 ? stridedCode(K, ir) : mapCode(K);
  // a compress hands back where its next element goes
  if (K.next !== null) code.push(get(ARGS), get(K.next), ['f64.convert_i32_s'], ['f64.store', 3, K.layout.state]);
  // the module's own Math functions (which may import Math's for their rarest inputs), then: a call
  // of own function h (written as -1 - h) goes to index imports + 1 + h
  const math = Math as unknown as Record<string, (x: number) => number>;
  const own = K.math.map((op): WasmFunc => WASM_MATH[op]!(`${op}_f64`, (f) => ['call', K.imp.index(`math_${f}`, math[f]!, 1)]));
  const first = K.imp.list.length + 1;
  const placed = (body: readonly Instr[]): Instr[] => body.map((x): Instr => (x[0] === 'call' && x[1]! < 0 ? ['call', first - 1 - x[1]!] : x));
  const module: WasmModule = {
    memory: KERNEL_MEMORY,
    imports: K.imp.list,
    funcs: [{ name, params: ['i32', 'i32', 'i32'], results: [], locals: K.b.locals, body: placed([...K.b.prologue, ...code]) },
      ...own.map((f) => ({ ...f, body: placed(f.body) }))],
  };
  const n = K.imported.size;
  const slower = n > 0 ? `${n} of its ops call a JavaScript function per element (Math's, or the reference's), which a JavaScript kernel inlines`
    : skippingSums(ir).some(Boolean) ? 'its masked float sum gathers the elements it takes one at a time, 1.8x slower than the JavaScript kernel' : null;
  return { module, imports: K.imp.fns, args: K.layout, slower, lanes };
}

const START = 0, END = 1;

/** One element's stores at index local `i`, or a compress's: its value written at `n`, which moves
 *  on by the mask (an element not taken is written over by the next; a store past the output's end
 *  is dropped), as the JavaScript kernel does. */
function stores(K: Kernel, i: number, v: (r: Ref, d: DType) => number): Instr[] {
  const { ir } = K;
  if (ir.kind !== 'compress') return ir.stores.flatMap((s, j) => storeAt(K.addr[j]!, i, ir.outs[j]!, v(s, ir.outs[j]!)));
  const n = K.next!, d = ir.outs[0]!;
  return [get(n), get(K.lengths.get(0)!), ['i32.lt_u'], ['if'], ...storeAt(K.addr[0]!, n, d, v(ir.stores[0]!, d)), ['end'], get(n), get(v(ir.mask, 'bool')), ['i32.add'], set(n)];
}

/** An elementwise kernel over [start, end): WASM_UNROLL vectors an iteration, then one, then the
 *  rest one by one. */
function mapCode(K: Kernel): { code: Instr[]; lanes: number } {
  const { b, ir } = K;
  const i = b.local('i32');
  b.prologue.push(get(START), set(i));
  const width = laneWidth(ir);
  const code: Instr[] = [];
  if (width !== null) {
    const lanes = 16 / width;
    const off = b.local('i32');
    const offset: Instr[] = [get(i), ['i32.const', Math.log2(width)], ['i32.shl'], set(off)];
    const step = (at: number): Instr[] => aside(b, () => {
      const v = vectorValues(K, null, (k) => [get(K.input(k)), get(off), ['i32.add']], at, width);
      ir.stores.forEach((s, j) => b.add(get(K.addr[j]!), get(off), ['i32.add'], get(v(s, ir.outs[j]!)), ['v128.store', 3, at]));
    });
    if (ir.body.length <= WASM_UNROLL_MAX_OPS) {
      const unrolled = Array.from({ length: WASM_UNROLL }, (_, u) => step(16 * u)).flat();
      for (const ins of loopOf(i, END, lanes * WASM_UNROLL, [...offset, ...unrolled])) code.push(ins);
    }
    for (const ins of loopOf(i, END, lanes, [...offset, ...step(0)])) code.push(ins);
  }
  const element = aside(b, () => b.add(stores(K, i, scalarValues(K, null, () => i))));
  for (const ins of loopOf(i, END, 1, element)) code.push(ins);
  return { code, lanes: width === null ? 1 : 16 / width };
}

/** The dtype a Ref holds (a constant: `dflt`, the dtype it is read in). */
function refDType(ir: LoopIR, r: Ref, dflt: DType): DType {
  return r.k === 'in' ? ir.ins[r.i]!.dtype : r.k === 'v' ? ir.body[r.i]!.out : dflt;
}

/** Whether the reduced loop's values go two float64 lanes at a time when the inner strides are 1:
 *  every input read there and every instruction there in float64 (comparisons as masks), and every
 *  reduction a sum of floats, a minimum or a maximum of float64 values. */
function innerVectors(ir: LoopIR & { kind: 'reduce' | 'segments' }): boolean {
  const f64 = (d: DType): boolean => d === 'float64';
  if (!ir.ins.every((x) => !x.inner || f64(x.dtype))) return false;
  for (const x of ir.body) {
    if (!x.inner) continue;
    const ok = x.op === 'cast' ? (x.dtype === 'bool' || x.dtype === x.out) && (x.out === 'bool' || f64(x.out))
      : x.op === 'gather' ? false : x.dtype === 'bool' ? MASK_SIMD.has(x.op) : f64(x.dtype) && FLOAT_SIMD.has(x.op) && (x.out === 'bool' || f64(x.out));
    if (!ok) return false;
  }
  return ir.accs.every((a) => (a.op === 'sum' || a.op === 'min' || a.op === 'max') && a.mask === null && a.kind === 'float' && f64(refDType(ir, a.value, 'float64')));
}

const isArg = (a: Acc): boolean => a.op === 'argmin' || a.op === 'argmax';
/** Whether a reduction keeps one state over all its tiles (no tile state of its own). */
const acrossTiles = (a: Acc): boolean => a.op === 'prod' || isArg(a);

/** Whether a reduction's state is an int32: a sum that wraps, any, all (0 or 1). */
const intState = (a: Acc): boolean => (a.op === 'sum' && a.kind === 'wrap') || a.op === 'any' || a.op === 'all';

/** Adds `v` (an f64 local) to the compensated sum s, c (Kahan's step, as compiler/reduce.ts). */
const kahanStep = (s: number, c: number, v: number, y: number, t: number): Instr[] => [
  get(v), get(c), ['f64.sub'], set(y), get(s), get(y), ['f64.add'], set(t), get(t), get(s), ['f64.sub'], get(y), ['f64.sub'], set(c), get(t), set(s),
];

/**
 * A reduce kernel: for each output element i in [start, end), its positions from i (the outer
 * strides), then its reduced elements (over one dim or several, one run in row-major order; a CSR
 * row's stored values) folded in the order of compiler/reduce.ts:
 * tiles of SUM_TILE, blocks of SUM_BLOCK into eight lanes (element j of a block into lane j % 8;
 * with inner strides 1 and float64 values, four f64x2 vectors a step), the lanes pairwise into the
 * block's sum, compensated into the tile, tiles merged in order; then the epilogue and the stores.
 */
function reduceCode(K: Kernel, ir: LoopIR & { kind: 'reduce' | 'segments' }): { code: Instr[]; lanes: number } {
  const { b } = K;
  const seg = ir.kind === 'segments', R = ir.kind === 'reduce' ? ir.rank : 1, E = ir.kind === 'reduce' ? ir.inner : 1, L = SUM_LANES;
  const loopIns = ir.ins.map((_, k) => k).filter((k) => ir.ins[k]!.role === 'loop');
  const innerIns = loopIns.filter((k) => ir.ins[k]!.inner);
  // the reduced elements of output element i: its CSR row's stored values (segments), or the
  // e0 e1 ... of its reduced dims, one run in row-major order
  const i = b.local('i32'), t = b.local('i32'), q = b.local('i32'), qt = b.local('i32'), qb = b.local('i32');
  const len = seg ? b.local('i32') : E === 1 ? K.slot('e0') : b.local('i32');
  if (!seg && E > 1) b.prologue.push(get(K.slot('e0')), ...Array.from({ length: E - 1 }, (_, d): Instr[] => [get(K.slot(`e${d + 1}`)), ['i32.mul']]).flat(), set(len));
  const stride = (k: number): number => K.slot(seg ? `t${k}` : `t${k}_${E - 1}`);
  const p = new Map(loopIns.map((k) => [k, b.local('i32')]));
  const x = new Map(innerIns.map((k) => [k, b.local('i32')]));
  // several reduced dims: counters j_d of dims 1.. along the run, and what input k's position
  // moves by when counter d wraps (u_k_(d-1) = t_k_(d-1) - e_d t_k_d), as the JavaScript kernel
  const j = Array.from({ length: E - 1 }, () => b.local('i32'));
  const u = new Map(innerIns.map((k) => [k, Array.from({ length: E - 1 }, (_, d) => {
    const l = b.local('i32');
    b.prologue.push(get(K.slot(`t${k}_${d}`)), get(K.slot(`e${d + 1}`)), get(K.slot(`t${k}_${d + 1}`)), ['i32.mul'], ['i32.sub'], set(l));
    return l;
  })]));
  const y = b.local('f64'), tt = b.local('f64');
  b.prologue.push(get(START), set(i));
  // a long element is written once: it adds into lanes kept in memory after the arguments, at q & 7
  const long = ir.body.filter((x) => x.inner).length > WASM_UNROLL_MAX_OPS;
  const vectors = !long && E === 1 && innerVectors(ir);
  // whether this call's inner strides are all 1 (then the vectors read consecutive elements)
  const unit = b.local('i32');
  b.prologue.push(['i32.const', 1], set(unit));
  if (vectors) for (const k of innerIns) b.prologue.push(get(unit), get(stride(k)), ['i32.const', 1], ['i32.eq'], ['i32.and'], set(unit));

  // a masked float sum follows the order of the elements it takes (compiler/reduce.ts): its blocks
  // and tiles count those, so it gathers them in a block in memory, summed by lanes when full;
  // every other sum adds into lanes by the element's place
  const sums = laneSums(ir);
  const skipping = skippingSums(ir);
  // where masked sum k gathers the block of elements it takes
  const blockAt = (k: number): number => K.layout.blocks + 8 * SUM_BLOCK * skipping.slice(0, k).filter(Boolean).length;
  const lanesOf = sums;
  const anyLanes = lanesOf.some((l) => l);
  // where reduction k's lanes sit in memory (a long element's, a masked sum's): one after another
  const laneAt = (k: number, u: number): number => K.layout.lanes + 8 * (SUM_LANES * sums.slice(0, k).filter(Boolean).length + u);
  // per reduction: its merged (g) and tile (r) state; a lane sum its compensation and plain sum too;
  // a masked float sum how many it took (tk), its blocks in the tile (nb) and the tile's sum (ts, tc, tn)
  const acc = ir.accs.map((a, k) => {
    const ty: ValType = intState(a) ? 'i32' : 'f64';
    const st = { gs: b.local(ty), gc: b.local('f64'), gn: b.local('f64'), rs: b.local(ty), rc: b.local('f64'), rn: b.local('f64'),
      lane: lanesOf[k] ? Array.from({ length: L }, () => b.local('f64')) : [], vec: Array.from({ length: L / 2 }, () => b.local('v128')),
      tk: b.local('i32'), nb: b.local('i32'), ts: b.local('f64'), tc: b.local('f64'), tn: b.local('f64'),
      // argmin, argmax: where the best so far is (ak) among the elements taken so far (ai)
      ak: isArg(a) ? b.local('i32') : -1, ai: isArg(a) ? b.local('i32') : -1 };
    return st;
  });
  /** Closes masked sum k's block of the tk elements it took: their lanes pairwise into the tile's
   *  sum (compiler/reduce.ts blockSum); when `full` (SUM_BLOCK of them), a tile of SUM_TILE taken
   *  elements may close into the sum too. */
  const closeTaken = (k: number, full: boolean): Instr[] => aside(b, () => {
    const s = acc[k]!, bs = b.local('f64'), j = b.local('i32'), l = Array.from({ length: L }, () => b.local('f64'));
    const at = (u: number): Instr[] => [get(ARGS), get(j), ['i32.const', 3], ['i32.shl'], ['i32.add'], ['f64.load', 3, blockAt(k) + 8 * u]];
    for (const v of l) b.add(['f64.const', 0], set(v));
    b.add(['i32.const', 0], set(j));
    b.add(loopOf(j, s.tk, L, l.flatMap((v, u) => [get(v), ...at(u), ['f64.add'], set(v)] as Instr[])));
    for (let u = 0; u < L - 1; u++) b.add(get(j), get(s.tk), ['i32.lt_s'], ['if'], get(l[u]!), at(0), ['f64.add'], set(l[u]!), get(j), ['i32.const', 1], ['i32.add'], set(j), ['end']);
    b.add(laneTree(l, bs));
    b.add(kahanStep(s.ts, s.tc, bs, y, tt), get(s.tn), get(bs), ['f64.add'], set(s.tn), get(s.nb), ['i32.const', 1], ['i32.add'], set(s.nb), ['i32.const', 0], set(s.tk));
    if (full) b.add(get(s.nb), ['i32.const', SUM_TILE / SUM_BLOCK], ['i32.eq'], ['if'], closeTile(k), ['end']);
  });
  const closeTile = (k: number): Instr[] => {
    const s = acc[k]!;
    return [...kahanStep(s.rs, s.rc, s.ts, y, tt), get(s.rn), get(s.tn), ['f64.add'], set(s.rn),
      ['f64.const', 0], set(s.ts), ['f64.const', 0], set(s.tc), ['f64.const', 0], set(s.tn), ['i32.const', 0], set(s.nb)];
  };
  const init = (a: Acc): Instr => (intState(a) ? ['i32.const', a.op === 'all' ? 1 : 0]
    : ['f64.const', a.op === 'min' || a.op === 'argmin' ? Infinity : a.op === 'max' || a.op === 'argmax' ? -Infinity : a.op === 'prod' ? 1 : 0]);
  const carry = (d: number): Instr[] => [get(j[d - 1]!), ['i32.const', 1], ['i32.add'], ['local.tee', j[d - 1]!], get(K.slot(`e${d}`)), ['i32.eq'], ['if'],
    ['i32.const', 0], set(j[d - 1]!), ...innerIns.flatMap((k) => [get(x.get(k)!), get(u.get(k)![d - 1]!), ['i32.add'], set(x.get(k)!)] as Instr[]),
    ...(d > 1 ? carry(d - 1) : []), ['end']];
  const advance = (): Instr[] => [...innerIns.flatMap((k) => [get(x.get(k)!), get(stride(k)), ['i32.add'], set(x.get(k)!)] as Instr[]), ...(E > 1 ? carry(E - 1) : [])];

  /** One element at x: its inner values, then each reduction takes it (a lane sum into lane `lane`,
   *  or, for a long element (lane -1), into lane q & 7 in memory). */
  const element = (lane: number): Instr[] => aside(b, () => {
    const v = scalarValues(K, true, (k) => x.get(k)!);
    ir.accs.forEach((a, k) => {
      const s = acc[k]!;
      const d = refDType(ir, a.value, a.op === 'sum' && a.kind === 'wrap' ? 'int32' : 'float64');
      const val = v(a.value, d);
      const m = a.mask ? v(a.mask, 'bool') : -1;
      if (skipping[k]) {
        // written at tk, which moves on by the mask (an element not taken is written over); a full
        // block closes
        const at = b.local('i32');
        b.add(get(ARGS), get(s.tk), ['i32.const', 3], ['i32.shl'], ['i32.add'], set(at), get(at), toF64(d, val), ['f64.store', 3, blockAt(k)],
          get(s.tk), get(m), ['i32.add'], set(s.tk),
          get(s.tk), ['i32.const', SUM_BLOCK], ['i32.eq'], ['if'], closeTaken(k, true), ['end']);
        return;
      }
      if (isArg(a)) {
        // the first best wins, a NaN beats everything (compiler/reduce.ts); an element not taken
        // is not counted
        const f = b.local('f64');
        b.add(toF64(d, val), set(f), get(f), get(s.rs), [a.op === 'argmin' ? 'f64.lt' : 'f64.gt'], get(f), get(f), ['f64.ne'], get(s.rs), get(s.rs), ['f64.eq'], ['i32.and'], ['i32.or'],
          ...(a.mask ? [get(m), ['i32.and']] as Instr[] : []), ['if'], get(f), set(s.rs), get(s.ai), set(s.ak), ['end'],
          get(s.ai), a.mask ? get(m) : ['i32.const', 1], ['i32.add'], set(s.ai));
        return;
      }
      // where the mask is false, the reduction's identity: the same bits as skipping the element
      const taken = (e: Instr[], identity: Instr): Instr[] => (a.mask ? [...e, identity, get(m), ['select']] : e);
      if (a.op === 'sum' && a.kind === 'wrap') b.add(get(s.rs), taken([get(val)], ['i32.const', 0]), ['i32.add'], set(s.rs));
      // any and all take whether the value is nonzero (NaN is)
      else if (a.op === 'any' || a.op === 'all') {
        b.add(get(s.rs), taken([get(val), [`${VAL[d]}.const`, 0], [`${VAL[d]}.ne`]], ['i32.const', a.op === 'all' ? 1 : 0]), [a.op === 'any' ? 'i32.or' : 'i32.and'], set(s.rs));
      }
      else {
        const f = b.local('f64');
        b.add(toF64(d, val), set(f));
        if (a.mask) b.add(get(f), ['f64.const', a.op === 'min' ? Infinity : a.op === 'max' ? -Infinity : a.op === 'prod' ? 1 : 0], get(m), ['select'], set(f));
        if (lanesOf[k] && lane < 0) {
          const at = b.local('i32');
          b.add(get(ARGS), get(q), ['i32.const', L - 1], ['i32.and'], ['i32.const', 3], ['i32.shl'], ['i32.add'], set(at),
            get(at), get(at), ['f64.load', 3, laneAt(k, 0)], get(f), ['f64.add'], ['f64.store', 3, laneAt(k, 0)]);
        } else if (lanesOf[k]) b.add(get(s.lane[lane]!), get(f), ['f64.add'], set(s.lane[lane]!));
        else b.add(get(s.rs), get(f), [a.op === 'min' ? 'f64.min' : a.op === 'max' ? 'f64.max' : 'f64.mul'], set(s.rs));
      }
    });
    b.add(advance());
  });

  /** Eight consecutive elements from x as four vectors into the vector lanes; x moves on by eight. */
  const vectorGroup = (): Instr[] => aside(b, () => {
    const base = new Map(innerIns.map((k) => [k, b.local('i32')]));
    for (const k of innerIns) b.add(get(K.input(k)), get(x.get(k)!), ['i32.const', 3], ['i32.shl'], ['i32.add'], set(base.get(k)!));
    for (let u = 0; u < L / 2; u++) {
      const v = vectorValues(K, true, (k) => [get(base.get(k)!)], 16 * u, 8);
      ir.accs.forEach((a, k) => {
        const s = acc[k]!, val = v(a.value, 'float64');
        const into = lanesOf[k] ? s.vec[u]! : s.vec[0]!;
        b.add(get(into), get(val), [lanesOf[k] ? 'f64x2.add' : a.op === 'min' ? 'f64x2.min' : 'f64x2.max'], set(into));
      });
    }
    for (const k of innerIns) b.add(get(x.get(k)!), ['i32.const', L], ['i32.add'], set(x.get(k)!));
  });

  // a reduction in parts (ArgsLayout.part): this call's mode, its reduced elements [lo, hi) (the
  // whole run but for a part), and w, where the next state number goes in or comes from in st
  const parts = splitsReduced(ir), words = parts ? ir.accs.reduce((n, a) => n + ruleOf(a)!.fields.length, 0) : 0;
  const [mode, lo, w, jt, hi] = parts ? [b.local('i32'), b.local('i32'), b.local('i32'), b.local('i32'), b.local('i32')] : [-1, -1, -1, -1, len];
  if (parts) {
    const word = (n: number): Instr[] => [get(ARGS), ['i32.load', 2, K.layout.part + 4 * n]];
    b.prologue.push(...word(0), set(mode), ...word(1), ['i32.const', 0], get(mode), ['i32.const', 1], ['i32.eq'], ['select'], set(lo),
      ...word(2), get(len), get(mode), ['i32.const', 1], ['i32.eq'], ['select'], set(hi), ...word(3), set(w));
  }
  /** Reduction k's tile state (a part's) or merged state (the finish's) as its tile rule's fields
   *  in st at w (compiler/reduce.ts): the tile's (r) or merged (g) locals, int32 ones as float64. */
  const fields = (a: Acc, k: number, which: 'r' | 'g'): [local: number, int: boolean][] => {
    const s = acc[k]!, sl = which === 'r' ? s.rs : s.gs;
    if (isArg(a)) return [[s.rs, false], [s.ak, true], [s.ai, true]];
    if (a.op === 'sum' && a.kind !== 'wrap') return [[sl, false], [which === 'r' ? s.rn : s.gn, false]];
    return [[sl, intState(a)]];
  };
  const stateIo = (which: 'r' | 'g', write: boolean): Instr[] => {
    const io: Instr[] = [];
    let at = 0;
    ir.accs.forEach((a, k) => {
      for (const [l, int] of fields(a, k, which)) {
        if (write) io.push(get(w), get(l), ...(int ? [['f64.convert_i32_s']] as Instr[] : []), ['f64.store', 3, 8 * at++]);
        else io.push(get(w), ['f64.load', 3, 8 * at++], ...(int ? [['i32.trunc_f64_s']] as Instr[] : []), set(l));
      }
    });
    return [...io, get(w), ['i32.const', 8 * words], ['i32.add'], set(w)];
  };

  const code = aside(b, () => {
    if (ir.kind === 'segments') {
      // row i: its stored values from indptr[i] (inputs at f + j t), the epilogue's inputs at f + i s
      const at = b.local('i32'), j0 = b.local('i32');
      b.add(get(K.input(ir.indptr)), get(i), ['i32.const', 2], ['i32.shl'], ['i32.add'], set(at), get(at), ['i32.load', 2, 0], set(j0),
        get(at), ['i32.load', 2, 4], get(j0), ['i32.sub'], set(len));
      for (const k of loopIns) {
        b.add(get(K.slot(`f${k}`)), ...(ir.ins[k]!.inner ? [get(j0), get(stride(k))] : [get(i), get(K.slot(`s${k}`))]), ['i32.mul'], ['i32.add'], set(p.get(k)!));
      }
    } else {
      // positions of output element i: q_d from i, each input at f + sum q_d s_d
      const unravel: Instr[] = [get(i), set(t), ...loopIns.flatMap((k) => [get(K.slot(`f${k}`)), set(p.get(k)!)] as Instr[])];
      for (let d = R - 1; d >= 0; d--) {
        const qd = b.local('i32');
        if (d > 0) unravel.push(get(t), get(K.slot(`d${d}`)), ['i32.rem_u'], set(qd), get(t), get(K.slot(`d${d}`)), ['i32.div_u'], set(t));
        else unravel.push(get(t), set(qd));
        for (const k of loopIns) unravel.push(get(p.get(k)!), get(qd), get(K.slot(`s${k}_${d}`)), ['i32.mul'], ['i32.add'], set(p.get(k)!));
      }
      b.add(unravel);
    }
    const fold = aside(b, () => {
      const first = aside(b, () => {
        for (const k of innerIns) b.add(get(p.get(k)!), set(x.get(k)!));
        for (const c of j) b.add(['i32.const', 0], set(c));
      });
      // a part from lo > 0 (then no reduced dim is empty): the counters j_d where lo falls, and
      // each input's position there
      const within = aside(b, () => {
        b.add(get(lo), set(jt));
        for (let d = E - 1; d >= 1; d--) b.add(get(jt), get(K.slot(`e${d}`)), ['i32.rem_u'], set(j[d - 1]!), get(jt), get(K.slot(`e${d}`)), ['i32.div_u'], set(jt));
        for (const k of innerIns) {
          b.add(get(p.get(k)!), get(jt), get(K.slot(`t${k}_0`)), ['i32.mul'], ['i32.add']);
          for (let d = 1; d < E; d++) b.add(get(j[d - 1]!), get(K.slot(`t${k}_${d}`)), ['i32.mul'], ['i32.add']);
          b.add(set(x.get(k)!));
        }
      });
      b.add(parts ? [get(lo), ['i32.eqz'], ['if'], ...first, ['else'], ...within, ['end']] : first);
      // a product has no tile rule: one product in order, across the tiles; nor has a masked float
      // sum; the first best of every tile's is the first best of all, so argmin and argmax need none
      ir.accs.forEach((a, k) => {
        const s = acc[k]!;
        b.add(init(a), set(s.gs), ['f64.const', 0], set(s.gc), ['f64.const', 0], set(s.gn));
        if (acrossTiles(a)) b.add(init(a), set(s.rs));
        if (isArg(a)) b.add(['i32.const', 0], set(s.ak), ['i32.const', 0], set(s.ai));
        if (skipping[k]) {
          b.add(['f64.const', 0], set(s.rs), ['f64.const', 0], set(s.rc), ['f64.const', 0], set(s.rn), ['i32.const', 0], set(s.tk), ['i32.const', 0], set(s.nb),
            ['f64.const', 0], set(s.ts), ['f64.const', 0], set(s.tc), ['f64.const', 0], set(s.tn));
        }
      });
      // tile by tile
      const tileBody = aside(b, () => {
        b.add(get(q), ['i32.const', SUM_TILE], ['i32.add'], set(qt), get(qt), get(hi), get(qt), get(hi), ['i32.lt_s'], ['select'], set(qt));
        ir.accs.forEach((a, k) => { if (!acrossTiles(a) && !skipping[k]) b.add(init(a), set(acc[k]!.rs), ['f64.const', 0], set(acc[k]!.rc), ['f64.const', 0], set(acc[k]!.rn)); });
        // a part's argmin and argmax start every tile afresh: a tile's state is its own
        if (parts) {
          const fresh = ir.accs.flatMap((a, k): Instr[] => (isArg(a) ? [init(a), set(acc[k]!.rs), ['i32.const', 0], set(acc[k]!.ak), ['i32.const', 0], set(acc[k]!.ai)] : []));
          if (fresh.length) b.add(get(mode), ['i32.const', 1], ['i32.eq'], ['if'], ...fresh, ['end']);
        }
        if (!anyLanes) {
          b.add(loopOf(q, qt, 1, element(0)));
        } else {
          const blockBody = aside(b, () => {
            b.add(get(q), ['i32.const', SUM_BLOCK], ['i32.add'], set(qb), get(qb), get(qt), get(qb), get(qt), ['i32.lt_s'], ['select'], set(qb));
            for (const s of acc) for (const l of s.lane) b.add(['f64.const', 0], set(l));
            ir.accs.forEach((a, k) => {
              for (const v of acc[k]!.vec) b.add(['f64.const', lanesOf[k] ? 0 : a.op === 'min' ? Infinity : -Infinity], ['f64x2.splat'], set(v));
            });
            if (long) {
              acc.forEach((s, k) => s.lane.forEach((_, u) => b.add(get(ARGS), ['f64.const', 0], ['f64.store', 3, laneAt(k, u)])));
              b.add(loopOf(q, qb, 1, element(-1)));
              acc.forEach((s, k) => s.lane.forEach((l, u) => b.add(get(ARGS), ['f64.load', 3, laneAt(k, u)], set(l))));
            } else {
              const scalarGroup = aside(b, () => { for (let u = 0; u < L; u++) b.add(element(u)); });
              if (vectors) {
                b.add(get(unit), ['if'], loopOf(q, qb, L, vectorGroup()), ['else'], loopOf(q, qb, L, scalarGroup), ['end']);
              } else b.add(loopOf(q, qb, L, scalarGroup));
              // the last (fewer than eight) elements, each into its lane
              for (let u = 0; u < L - 1; u++) b.add(get(q), get(qb), ['i32.lt_s'], ['if'], element(u), get(q), ['i32.const', 1], ['i32.add'], set(q), ['end']);
            }
            ir.accs.forEach((a, k) => {
              const s = acc[k]!;
              if (lanesOf[k]) {
                // lane u: what the vectors hold in it, plus what the scalar steps added (+0 when none)
                s.lane.forEach((l, u) => b.add(get(s.vec[u >> 1]!), ['f64x2.extract_lane', u & 1], get(l), ['f64.add'], set(l)));
                const bs = b.local('f64');
                b.add(laneTree(s.lane, bs));
                b.add(kahanStep(s.rs, s.rc, bs, y, tt), get(s.rn), get(bs), ['f64.add'], set(s.rn));
              } else if (a.op === 'min' || a.op === 'max') {
                const f = a.op === 'min' ? 'f64.min' : 'f64.max';
                b.add(get(s.rs), get(s.vec[0]!), ['f64x2.extract_lane', 0], [f], get(s.vec[0]!), ['f64x2.extract_lane', 1], [f], set(s.rs));
              }
            });
          });
          b.add(['block'], ['loop'], get(q), get(qt), ['i32.ge_s'], ['br_if', 1], blockBody, ['br', 0], ['end'], ['end']);
        }
        // the tile merges into the tiles before it, or, for a part, its state goes to st
        const merge = aside(b, () => ir.accs.forEach((a, k) => {
          const s = acc[k]!;
          if (skipping[k]) return;
          if (a.op === 'sum' && a.kind === 'wrap') b.add(get(s.gs), get(s.rs), ['i32.add'], set(s.gs));
          else if (a.op === 'sum') b.add(kahanStep(s.gs, s.gc, s.rs, y, tt), get(s.gn), get(s.rn), ['f64.add'], set(s.gn));
          else if (a.op === 'any' || a.op === 'all') b.add(get(s.gs), get(s.rs), [a.op === 'any' ? 'i32.or' : 'i32.and'], set(s.gs));
          else if (!acrossTiles(a)) b.add(get(s.gs), get(s.rs), [a.op === 'min' ? 'f64.min' : 'f64.max'], set(s.gs));
        }));
        b.add(parts ? [get(mode), ['i32.const', 1], ['i32.eq'], ['if'], ...stateIo('r', true), ['else'], ...merge, ['end']] : merge);
      });
      b.add(parts ? get(lo) : ['i32.const', 0], set(q), ['block'], ['loop'], get(q), get(hi), ['i32.ge_s'], ['br_if', 1], tileBody, ['br', 0], ['end'], ['end']);
      // a masked float sum's last block and tile
      ir.accs.forEach((_, k) => {
        if (!skipping[k]) return;
        const s = acc[k]!;
        b.add(get(s.tk), ['if'], closeTaken(k, false), ['end'], get(s.nb), ['if'], closeTile(k), ['end']);
        b.add(get(s.rs), set(s.gs), get(s.rn), set(s.gn));
      });
    });
    // the results, as their dtypes, and the stores: after the fold, or, for the finish, from the
    // merged states in st (a part stores nothing)
    const finish = aside(b, () => {
      const results = ir.accs.map((a, k) => {
        const s = acc[k]!;
        if (intState(a)) return castScalar(b, K.imp, 'int32', a.dtype, s.gs);
        if (a.op === 'prod') return castScalar(b, K.imp, 'float64', a.dtype, s.rs);
        if (isArg(a)) return castScalar(b, K.imp, 'int32', a.dtype, s.ak);
        if (a.op === 'sum' && a.kind === 'float') {
          // the plain sum where it is not finite (an infinity or NaN among the values), as numpy's
          b.add(get(s.gs), get(s.gn), get(s.gn), get(s.gn), ['f64.sub'], ['f64.const', 0], ['f64.eq'], ['select'], set(s.gs));
        }
        return castScalar(b, K.imp, 'float64', a.dtype, s.gs);
      });
      const v = scalarValues(K, false, (k) => p.get(k)!, results);
      ir.stores.forEach((st, j) => {
        const d = ir.outs[j]!;
        b.add(storeAt(K.addr[j]!, i, d, v(st, d)));
      });
    });
    if (!parts) b.add(fold, finish);
    else b.add(get(mode), ['i32.const', 2], ['i32.eq'], ['if'], stateIo('g', false), ['else'], fold, ['end'], get(mode), ['i32.const', 1], ['i32.ne'], ['if'], finish, ['end']);
  });
  return { code: loopOf(i, END, 1, code), lanes: vectors ? 2 : 1 };
}

/**
 * An elementwise kernel over a strided loop nest (dims d*, strided input k at f<k> + sum q_d s<k>_d,
 * the others at the loop index): row by row, each row's positions worked out from its first index;
 * along a row, where every strided input moves by one element (rows read in order), vectors as in
 * `mapCode`, then one element at a time.
 */
function stridedCode(K: Kernel, ir: LoopIR & { kind: 'map' | 'compress' }): { code: Instr[]; lanes: number } {
  const { b } = K;
  const R = ir.rank, inner = R - 1;
  const strided = ir.ins.map((x, k) => (x.strided ? k : -1)).filter((k) => k >= 0);
  const i = b.local('i32'), t = b.local('i32'), stop = b.local('i32');
  const p = new Map(strided.map((k) => [k, b.local('i32')]));
  b.prologue.push(get(START), set(i));
  const width = laneWidth(ir);
  // whether every strided read moves by one element along a row in this call
  const unit = b.local('i32');
  b.prologue.push(['i32.const', 1], set(unit));
  for (const k of strided) b.prologue.push(get(unit), get(K.slot(`s${k}_${inner}`)), ['i32.const', 1], ['i32.eq'], ['i32.and'], set(unit));
  const at = (k: number): number => p.get(k) ?? i;
  const row = aside(b, () => {
    // where row element i is: q_d from i, each strided input at f + sum q_d s_d
    b.add(get(i), set(t));
    for (const k of strided) b.add(get(K.slot(`f${k}`)), set(p.get(k)!));
    for (let d = inner; d >= 0; d--) {
      const qd = b.local('i32');
      if (d > 0) b.add(get(t), get(K.slot(`d${d}`)), ['i32.rem_u'], set(qd), get(t), get(K.slot(`d${d}`)), ['i32.div_u'], set(t));
      else b.add(get(t), set(qd));
      for (const k of strided) b.add(get(p.get(k)!), get(qd), get(K.slot(`s${k}_${d}`)), ['i32.mul'], ['i32.add'], set(p.get(k)!));
      // the row ends after its last element, or at `end`
      if (d === inner) b.add(get(i), get(K.slot(`d${inner}`)), ['i32.add'], get(qd), ['i32.sub'], set(stop), get(stop), get(END), get(stop), get(END), ['i32.lt_s'], ['select'], set(stop));
    }
    if (width !== null) {
      const lanes = 16 / width, w = Math.log2(width);
      const vector = aside(b, () => {
        const v = vectorValues(K, null, (k) => [get(K.input(k)), get(at(k)), ['i32.const', w], ['i32.shl'], ['i32.add']], 0, width);
        ir.stores.forEach((s, j) => b.add(get(K.addr[j]!), get(i), ['i32.const', w], ['i32.shl'], ['i32.add'], get(v(s, ir.outs[j]!)), ['v128.store', 3, 0]));
        for (const k of strided) b.add(get(p.get(k)!), ['i32.const', lanes], ['i32.add'], set(p.get(k)!));
      });
      b.add(get(unit), ['if'], loopOf(i, stop, lanes, vector), ['end']);
    }
    const element = aside(b, () => {
      b.add(stores(K, i, scalarValues(K, null, at)));
      for (const k of strided) b.add(get(p.get(k)!), get(K.slot(`s${k}_${inner}`)), ['i32.add'], set(p.get(k)!));
    });
    b.add(loopOf(i, stop, 1, element));
  });
  // rows until `end`: each row's loops move i to its stop
  return { code: [['block'], ['loop'], get(i), get(END), ['i32.ge_s'], ['br_if', 1], ...row, ['br', 0], ['end'], ['end']], lanes: width === null ? 1 : 16 / width };
}

/** Rows and vectors of columns of a matmul's register tile: 4 x 2 f64x2 (4 x 4 float64 elements)
 *  measured 10-13 GFLOP/s at 512 x 512 and 1024 x 1024 on the 2-core EPYC of bench/README.md, about
 *  as fast as 6 x 2, 3 x 4 and 4 x 3, with no blocking of K or N (which changed nothing). */
export const MM_ROWS = 4;
export const MM_VECTORS = 2;
/** Vectors of columns a CSR row's pass over its values fills: the more, the fewer passes over them
 *  (X @ W at 10,000 x 10,000, 1%, by 20 columns on the EPYC of bench/README.md: 19.4 ms with 2,
 *  17.2 with 4, 16.0 with 6, 15.6 with 10; JavaScript 55). Each width is one copy of the pass. */
export const SPMM_VECTORS = 6;
/** Words of the tile in memory that an epilogue reads (the larger of the two kinds' tiles). */
const TILE_WORDS = Math.max(MM_ROWS * MM_VECTORS, SPMM_VECTORS) * 4;
const MM_DTYPES: ReadonlySet<DType> = new Set(['float64', 'float32', 'int32']);

/** How the product kernels (matmul, CSR times dense) of dtype `d` load, multiply and add: float64
 *  and float32 into float64 accumulators (float32 elements promoted, two columns a vector), int32
 *  wrapping (four a vector), as the reference's accumulators do (compiler/alu.ts productOf). */
class Product {
  readonly sh: number;
  readonly float: boolean;
  readonly vec: 'f64x2' | 'i32x4';
  readonly lanes: number;
  readonly acc: ValType;
  constructor(readonly d: DType) {
    this.sh = SHIFT[d];
    this.float = isFloat(d);
    this.vec = this.float ? 'f64x2' : 'i32x4';
    this.lanes = this.float ? 2 : 4;
    this.acc = this.float ? 'f64' : 'i32';
  }
  /** Element index instructions as a byte offset. */
  bytes(x: Instr[]): Instr[] {
    return [...x, ['i32.const', this.sh], ['i32.shl']];
  }
  zero(): Instr {
    return this.float ? ['f64.const', 0] : ['i32.const', 0];
  }
  /** Vector u of a row at address local `at` (consecutive elements) into local `into`. */
  row(at: number, u: number, into: number): Instr[] {
    return this.d === 'float32' ? [get(at), ['v128.load64_splat', 2, 8 * u], ['f64x2.promote_low_f32x4'], set(into)] : [get(at), ['v128.load', 3, 16 * u], set(into)];
  }
  /** The element at address local `at` as an accumulator value. */
  one(at: number): Instr[] {
    return [get(at), [LOAD[this.d], this.sh, 0], ...(this.d === 'float32' ? [['f64.promote_f32'] as Instr] : [])];
  }
  /** The element at address local `at` in every lane. */
  splatAt(at: number): Instr[] {
    return this.d === 'float64' ? [get(at), ['v128.load64_splat', 3, 0]] : this.d === 'int32' ? [get(at), ['v128.load32_splat', 2, 0]] : [...this.one(at), ['f64x2.splat']];
  }
  /** acc += x * y, over lanes (vector) or one value. */
  madd(acc: number, x: number, y: number, vector: boolean): Instr[] {
    const t = vector ? this.vec : this.acc;
    return [get(acc), get(x), get(y), [`${t}.mul`], [`${t}.add`], set(acc)];
  }
  /** Stores a vector (or one accumulator) local at the address on the stack plus `offset`. */
  store(v: number, vector: boolean, offset: number): Instr[] {
    return [get(v), vector ? ['v128.store', 3, offset] : [`${this.acc}.store`, this.float ? 3 : 2, offset]];
  }
  /** Bytes per accumulator in the tile kept in memory. */
  get word(): number {
    return this.float ? 8 : 4;
  }
  /** A row of a tile: its first `nv` vectors `vecs` (or, nv = 0, its one accumulator `one`) into
   *  each output at the address `at(output's address local)` pushes when `plain` (no epilogue),
   *  else into the tile in memory from byte `tile`. */
  storeRow(K: Kernel, plain: boolean, at: (o: number) => Instr[], vecs: readonly number[], one: number, nv: number, tile: number): Instr[] {
    const to = plain ? K.addr.slice(0, K.ir.outs.length).map(at) : [[get(ARGS)] as Instr[]];
    const off = (v: number): number => (plain ? 16 * v : tile + this.word * this.lanes * v);
    return to.flatMap((a) => (nv ? vecs.slice(0, nv).flatMap((x, v) => [...a, ...this.store(x, true, off(v))]) : [...a, ...this.store(one, false, off(0))]));
  }
}

/** A tile of finished accumulators, `rows` by `cols` (locals) from the tile in memory (`stride`
 *  accumulators a row), through the kernel's epilogue (its `inner` region: null for all, false for
 *  the rest of a kernel with an inner one) element by element, as its `m`: epilogue input e at the
 *  position `at(e, q, c)` pushes, output element `out(q, c)`. */
function tileEpilogue(K: Kernel, pr: Product, inner: false | null, rows: number | null, cols: number, stride: number,
  at: (e: number, q: number, c: number) => Instr[], out: (q: number, c: number) => Instr[]): Instr[] {
  const { b, ir } = K;
  const epi = ir.ins.map((_, k) => k).filter((k) => ir.ins[k]!.role === 'loop' && !ir.ins[k]!.inner && k !== (ir.kind === 'matmul' ? ir.a : -1) && k !== (ir.kind === 'matmul' ? ir.b : -1));
  return aside(b, () => {
    const q = b.local('i32'), c = b.local('i32'), m = b.local(VAL[pr.d]), o = b.local('i32'), p = new Map(epi.map((e) => [e, b.local('i32')]));
    const element = aside(b, () => {
      b.add(get(ARGS), get(q), ['i32.const', stride], ['i32.mul'], get(c), ['i32.add'], ['i32.const', Math.log2(pr.word)], ['i32.shl'], ['i32.add'],
        [`${pr.acc}.load`, Math.log2(pr.word), K.layout.tile], ...(pr.d === 'float32' ? [['f32.demote_f64'] as Instr] : []), set(m));
      for (const e of epi) b.add(at(e, q, c), set(p.get(e)!));
      const v = scalarValues(K, inner, (e) => p.get(e)!, [], m);
      b.add(out(q, c), set(o));
      ir.stores.forEach((s, j) => b.add(storeAt(K.addr[j]!, o, ir.outs[j]!, v(s, ir.outs[j]!))));
    });
    const row = [['i32.const', 0], set(c), ...loopOf(c, cols, 1, element)] as Instr[];
    b.add(rows === null ? [['i32.const', 0], set(q), ...row] as Instr[] : [['i32.const', 0], set(q), ...loopOf(q, rows, 1, row)] as Instr[]);
  });
}

/**
 * Output rows [start, end) of a (batched) matrix product: four rows (or one, at the end of a batch
 * or the range) by up to MM_VECTORS vectors of columns at a time, the tile's accumulators in
 * registers while every k, in ascending order, adds A[i, k] * B[k, j]: the reference's sum, element
 * by element. A tile is stored as it is when the kernel has no epilogue, else it goes through the
 * epilogue element by element from memory (its `m`).
 */
function matmulCode(K: Kernel, ir: LoopIR & { kind: 'matmul' }): { code: Instr[]; lanes: number } {
  const { b } = K;
  const pr = new Product(ir.dtype), { lanes } = pr;
  const A = K.input(ir.a), B = K.input(ir.b);
  const [M, Kd, N] = ['M', 'K', 'N'].map((g) => K.slot(g)) as [number, number, number];
  // no epilogue: the tile is the output (float32 has float64 accumulators, so it has one: a cast)
  const plain = ir.body.length === 0 && ir.dtype !== 'float32' && ir.stores.every((s) => s.k === 'mm');
  const r = b.local('i32'), bt = b.local('i32'), i = b.local('i32'), tr = b.local('i32'), tc = b.local('i32'), j = b.local('i32'), k = b.local('i32');
  const rowA = Array.from({ length: MM_ROWS }, () => b.local('i32')), pa = Array.from({ length: MM_ROWS }, () => b.local('i32'));
  const rowB = b.local('i32'), pb = b.local('i32'), kAb = b.local('i32'), kBb = b.local('i32');
  const av = b.local('v128'), as = b.local(pr.acc), bv = Array.from({ length: MM_VECTORS }, () => b.local('v128')), bs = b.local(pr.acc);
  const accV = Array.from({ length: MM_ROWS * MM_VECTORS }, () => b.local('v128')), accS = Array.from({ length: MM_ROWS }, () => b.local(pr.acc));
  b.prologue.push(get(START), set(r), ...pr.bytes([get(K.slot('kA'))]), set(kAb), ...pr.bytes([get(K.slot('kB'))]), set(kBb));
  const add = (x: number, y: number): Instr[] => [get(x), get(y), ['i32.add'], set(x)];

  /** A R-row tile, `nv` vectors of columns wide (0: one column), from column j. */
  const micro = (R: number, nv: number): Instr[] => aside(b, () => {
    for (let q = 0; q < R; q++) {
      b.add(get(rowA[q]!), set(pa[q]!));
      if (nv) for (let v = 0; v < nv; v++) b.add(pr.zero(), [`${pr.vec}.splat`], set(accV[q * MM_VECTORS + v]!));
      else b.add(pr.zero(), set(accS[q]!));
    }
    b.add(get(rowB), pr.bytes([get(j)]), ['i32.add'], set(pb), get(Kd), set(k));
    const step = aside(b, () => {
      for (let v = 0; v < nv; v++) b.add(pr.row(pb, v, bv[v]!));
      if (!nv) b.add(pr.one(pb), set(bs));
      for (let q = 0; q < R; q++) {
        if (nv) {
          b.add(pr.splatAt(pa[q]!), set(av));
          for (let v = 0; v < nv; v++) b.add(pr.madd(accV[q * MM_VECTORS + v]!, av, bv[v]!, true));
        } else b.add(pr.one(pa[q]!), set(as), pr.madd(accS[q]!, as, bs, false));
        b.add(add(pa[q]!, kAb));
      }
      b.add(add(pb, kBb), get(k), ['i32.const', 1], ['i32.sub'], set(k));
    });
    b.add(['block'], ['loop'], get(k), ['i32.eqz'], ['br_if', 1], step, ['br', 0], ['end'], ['end']);
    // the tile: into the output (no epilogue), or into memory for the epilogue
    for (let q = 0; q < R; q++) {
      b.add(pr.storeRow(K, plain, (o) => [get(o), ...pr.bytes([get(r), ['i32.const', q], ['i32.add'], get(N), ['i32.mul'], get(j), ['i32.add']]), ['i32.add']],
        accV.slice(q * MM_VECTORS), accS[q]!, nv, K.layout.tile + pr.word * q * lanes * MM_VECTORS));
    }
    b.add(['i32.const', nv ? nv * lanes : 1], set(tc));
  });

  // columns j .. j + tc of rows r .. r + tr; epilogue input e at f + batch sb + row si + column sj
  const epilogue = (): Instr[] => tileEpilogue(K, pr, null, tr, tc, lanes * MM_VECTORS,
    (e, q, c) => [get(K.slot(`f${e}`)), get(bt), get(K.slot(`sb${e}`)), ['i32.mul'], ['i32.add'], get(i), get(q), ['i32.add'], get(K.slot(`si${e}`)), ['i32.mul'], ['i32.add'],
      get(j), get(c), ['i32.add'], get(K.slot(`sj${e}`)), ['i32.mul'], ['i32.add']],
    (q, c) => [get(r), get(q), ['i32.add'], get(N), ['i32.mul'], get(j), ['i32.add'], get(c), ['i32.add']]);

  const tiles = (R: number): Instr[] => [
    get(N), get(j), ['i32.sub'], ['i32.const', MM_VECTORS * lanes], ['i32.ge_s'], ['if'], ...micro(R, MM_VECTORS), ['else'],
    get(N), get(j), ['i32.sub'], ['i32.const', lanes], ['i32.ge_s'], ['if'], ...micro(R, 1), ['else'], ...micro(R, 0), ['end'], ['end'],
  ];
  const columns: Instr[] = [
    ['i32.const', 0], set(j),
    ['block'], ['loop'], get(j), get(N), ['i32.ge_s'], ['br_if', 1],
    get(tr), ['i32.const', MM_ROWS], ['i32.eq'], ['if'], ...tiles(MM_ROWS), ['else'], ...tiles(1), ['end'],
    ...(plain ? [] : epilogue()), ...add(j, tc), ['br', 0], ['end'], ['end'],
  ];
  const code: Instr[] = [
    ['block'], ['loop'], get(r), get(END), ['i32.ge_s'], ['br_if', 1],
    // the batch and row of output row r; four rows at a time where the range and the batch have them
    get(r), get(M), ['i32.div_u'], set(bt), get(r), get(bt), get(M), ['i32.mul'], ['i32.sub'], set(i),
    ['i32.const', MM_ROWS], ['i32.const', 1], get(END), get(r), ['i32.sub'], ['i32.const', MM_ROWS], ['i32.ge_s'],
    get(M), get(i), ['i32.sub'], ['i32.const', MM_ROWS], ['i32.ge_s'], ['i32.and'], ['select'], set(tr),
    ...rowA.flatMap((l, q) => [get(A), ...pr.bytes([get(K.slot('oA')), get(bt), get(K.slot('bA')), ['i32.mul'], ['i32.add'],
      get(i), ['i32.const', q], ['i32.add'], get(K.slot('iA')), ['i32.mul'], ['i32.add']]), ['i32.add'], set(l)] as Instr[]),
    get(B), ...pr.bytes([get(K.slot('oB')), get(bt), get(K.slot('bB')), ['i32.mul'], ['i32.add']]), ['i32.add'], set(rowB),
    ...columns, ...add(r, tr), ['br', 0], ['end'], ['end'],
  ];
  return { code, lanes };
}

/**
 * Rows [start, end) of CSR times dense: row i's values at positions indptr[i] .. indptr[i+1] (the
 * inner region's values, inputs at f<k> + j t<k>), each adding value * dense[column, t] to column
 * t's accumulator, in order: the reference's sum. Up to SPMM_VECTORS vectors of columns per pass
 * over the row's values, their accumulators in registers; a finished pass is stored as it is, or
 * through the epilogue from memory (`m`; epilogue inputs at f<k> + i si<k> + t sj<k>).
 */
function spmmCode(K: Kernel, ir: LoopIR & { kind: 'spmm' }): { code: Instr[]; lanes: number } {
  const { b } = K;
  const d = ir.dtype, pr = new Product(d), { lanes } = pr;
  const P = K.input(ir.indptr), D = K.input(ir.dense), Kc = K.slot('K');
  const innerIns = ir.ins.map((_, k) => k).filter((k) => ir.ins[k]!.role === 'loop' && ir.ins[k]!.inner);
  const plain = ir.body.every((x) => x.inner) && d !== 'float32' && ir.stores.every((s) => s.k === 'mm');
  const i = b.local('i32'), j = b.local('i32'), j0 = b.local('i32'), j1 = b.local('i32'), t = b.local('i32'), tc = b.local('i32'), pd = b.local('i32'), row = b.local('i32');
  const x = new Map(innerIns.map((k) => [k, b.local('i32')]));
  const sv = b.local('v128'), ss = b.local(pr.acc), dv = b.local('v128'), ds = b.local(pr.acc);
  const accV = Array.from({ length: SPMM_VECTORS }, () => b.local('v128')), accS = b.local(pr.acc);
  b.prologue.push(get(START), set(i));

  /** One pass over row i's values for `nv` vectors of columns from t (0: one column). */
  const pass = (nv: number): Instr[] => aside(b, () => {
    if (nv) for (let v = 0; v < nv; v++) b.add(pr.zero(), [`${pr.vec}.splat`], set(accV[v]!));
    else b.add(pr.zero(), set(accS));
    for (const k of innerIns) b.add(get(K.slot(`f${k}`)), get(j0), get(K.slot(`t${k}`)), ['i32.mul'], ['i32.add'], set(x.get(k)!));
    b.add(get(j0), set(j));
    const value = aside(b, () => {
      const v = scalarValues(K, true, (k) => x.get(k)!);
      const vd = refDType(ir, ir.value, d), val = v(ir.value, vd), col = v(ir.column, 'int32');
      // the value as the product's accumulators take it (JavaScript multiplies the number itself)
      b.add(pr.float ? toF64(vd, val) : [get(val)], ...(nv ? [[`${pr.vec}.splat`] as Instr] : []), set(nv ? sv : ss));
      b.add(get(D), ...pr.bytes([get(K.slot('oD')), get(col), get(K.slot('rD')), ['i32.mul'], ['i32.add'], get(t), ['i32.add']]), ['i32.add'], set(pd));
      for (let u = 0; u < nv; u++) b.add(pr.row(pd, u, dv), pr.madd(accV[u]!, sv, dv, true));
      if (!nv) b.add(pr.one(pd), set(ds), pr.madd(accS, ss, ds, false));
      for (const k of innerIns) b.add(get(x.get(k)!), get(K.slot(`t${k}`)), ['i32.add'], set(x.get(k)!));
    });
    b.add(loopOf(j, j1, 1, value));
    b.add(pr.storeRow(K, plain, (o) => [get(o), get(row), ...pr.bytes([get(t)]), ['i32.add'], ['i32.add']], accV, accS, nv, K.layout.tile));
    b.add(['i32.const', nv ? nv * lanes : 1], set(tc));
  });

  // columns t .. t + tc of row i; epilogue input e at f + i si + column sj
  const epilogue = (): Instr[] => tileEpilogue(K, pr, false, null, tc, 0,
    (e, _q, c) => [get(K.slot(`f${e}`)), get(i), get(K.slot(`si${e}`)), ['i32.mul'], ['i32.add'], get(t), get(c), ['i32.add'], get(K.slot(`sj${e}`)), ['i32.mul'], ['i32.add']],
    (_q, c) => [get(i), get(Kc), ['i32.mul'], get(t), ['i32.add'], get(c), ['i32.add']]);

  /** The widest pass the columns left from t fill: nv vectors, fewer, or one column. */
  const widest = (nv: number): Instr[] => (nv === 0 ? pass(0)
    : [get(Kc), get(t), ['i32.sub'], ['i32.const', nv * lanes], ['i32.ge_s'], ['if'], ...pass(nv), ['else'], ...widest(nv - 1), ['end']]);
  const rowBody: Instr[] = [
    get(P), get(i), ['i32.const', 2], ['i32.shl'], ['i32.add'], set(pd), get(pd), ['i32.load', 2, 0], set(j0), get(pd), ['i32.load', 2, 4], set(j1),
    ...(plain ? pr.bytes([get(i), get(Kc), ['i32.mul']]) : [['i32.const', 0]] as Instr[]), set(row),
    ['i32.const', 0], set(t),
    ['block'], ['loop'], get(t), get(Kc), ['i32.ge_s'], ['br_if', 1],
    ...widest(SPMM_VECTORS),
    ...(plain ? [] : epilogue()), get(t), get(tc), ['i32.add'], set(t), ['br', 0], ['end'], ['end'],
  ];
  return { code: loopOf(i, END, 1, rowBody), lanes };
}
