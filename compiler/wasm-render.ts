// The WebAssembly renderer: a LoopIR to a module exporting one function
//   name(start, end, args)
// that computes elements [start, end) of its outputs, every array in the one memory ndfuse owns.
// `args` is where the kernel's arguments sit in that memory (`argsLayout`): each array's byte
// address (outputs then inputs) and each geometry slot as i32, then each constant as f64. Where every
// value of the kernel has one lane width, the elements go two (float64) or four (float32, int32) at a
// time in SIMD128, the rest one by one; the bits are those of the reference in either loop, since
// every op here rounds as the reference's does. An op WebAssembly lacks (exp, pow, an integer mod...)
// calls the reference's own function, imported: same bits, slower than the JavaScript kernels' inlined
// calls, which the backend choice weighs (`imported`).

import { ALU, refAlu } from './alu.js';
import { castFn, DTYPE_INFO, isFloat, type DType } from './dtype.js';
import type { AluOp } from './ir.js';
import { geometryOf, type Instr as LoopInstr, type LoopIR, type Ref } from './kernels.js';
import type { Instr, ValType, WasmImport, WasmModule } from './wasm.js';

/** Where a kernel's arguments sit from `args`: addresses and geometry as i32 words, constants as f64
 *  from byte `consts`. A function of the LoopIR only. */
export interface ArgsLayout {
  readonly arrays: number;
  readonly geometry: number;
  /** Byte offset of constant 0 (8-aligned). */
  readonly consts: number;
  readonly nconsts: number;
  /** Bytes in all. */
  readonly bytes: number;
}

export function argsLayout(ir: LoopIR): ArgsLayout {
  const arrays = ir.outs.length + ir.ins.length, geometry = geometryOf(ir).length;
  const consts = Math.ceil((4 * (arrays + geometry)) / 8) * 8;
  return { arrays, geometry, consts, nconsts: ir.nconsts, bytes: consts + 8 * ir.nconsts };
}

export interface WasmRendered {
  readonly module: WasmModule;
  /** The functions the module imports, by name: the reference's own, bound when instantiated. */
  readonly imports: Readonly<Record<string, (...xs: number[]) => number>>;
  readonly args: ArgsLayout;
  /** How many ops call an imported function per element (0: all WebAssembly). */
  readonly imported: number;
  /** Elements per SIMD step (1: one at a time only). */
  readonly lanes: number;
}

/** The memory every kernel imports: shared, up to 4 GiB (the runtime creates it, runtime/memory.ts). */
export const KERNEL_MEMORY = { min: 1, max: 65536, shared: true } as const;

/** Why the renderer cannot render `ir`, or null when it can. */
export function wasmUnsupported(ir: LoopIR): string | null {
  if (ir.kind !== 'map') return `a ${ir.kind} kernel: the WebAssembly renderer does elementwise kernels only so far`;
  if (ir.rank !== 0) return 'strided or broadcast reads: the WebAssembly renderer reads arrays at the loop index only so far';
  if (ir.body.some((b) => b.op === 'gather')) return 'a gather: not in the WebAssembly renderer yet';
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
  constructor(private readonly nparams: number) {}
  local(t: ValType): number {
    this.locals.push(t);
    return this.nparams + this.locals.length - 1;
  }
  add(...ins: Instr[]): void {
    for (const i of ins) this.code.push(i);
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
    case 'float64': b.add(...toF64(from, x)); break;
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
  for (const x of a) b.add(...toF64(d, x));
  b.add(['call', i], ...fromF64(ALU[op].out(d)));
}

// ---- several elements at a time ------------------------------------------------------------------

/** The SIMD shape of a value of dtype `d`: its lane prefix, or null for one WebAssembly has no
 *  same-width lanes for here. */
const SIMD_OF: Readonly<Record<DType, string | null>> = { float64: 'f64x2', float32: 'f32x4', int32: 'i32x4', uint8: null, bool: null };

/** Bytes per lane of every value of the kernel, or null when they differ or one has no lanes: a bool
 *  made by a comparison is a lane mask as wide as its operands, and one loaded or stored has none. */
function laneWidth(ir: LoopIR): number | null {
  const widths = new Set<number>();
  const note = (d: DType): boolean => (SIMD_OF[d] === null ? false : (widths.add(DTYPE_INFO[d].bytes), true));
  if (!ir.ins.every((x) => note(x.dtype)) || !ir.outs.every(note)) return null;
  for (const x of ir.body) {
    const ok = x.op === 'cast'
      // a mask to 0 or 1 of a number type, or int32 to float32: within one width
      ? (x.dtype === 'bool' || x.dtype === x.out || (x.dtype === 'int32' && x.out === 'float32')) && (x.out === 'bool' || note(x.out))
      : x.op === 'gather' ? false
        : x.dtype === 'bool' ? MASK_SIMD.has(x.op)
          : note(x.dtype) && (isFloat(x.dtype) ? FLOAT_SIMD : INT_SIMD).has(x.op);
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
function simdOp(b: Body, op: AluOp, d: DType, a: readonly number[], mask: string): void {
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
    else b.add(get(a[0]!), [`${v}.${un!}`]);
  } else if (op === 'minimum' || op === 'maximum') b.add(get(a[0]!), get(a[1]!), [`i32x4.${op === 'minimum' ? 'min_s' : 'max_s'}`]);
  else if (op === 'neg' || op === 'abs') b.add(get(a[0]!), [`i32x4.${op}`]);
  else if (op === 'floor' || op === 'ceil' || op === 'trunc' || op === 'round') b.add(get(a[0]!));
  else b.add(get(a[0]!), get(a[1]!), [`i32x4.${INT_WRAPPING[op]!}`]);
}

/** A v128 local holding `value` in every lane of dtype `d`, set before the loop. */
function splat(b: Body, d: DType, value: number): number {
  const l = b.local('v128');
  b.prologue.push([`${VAL[d]}.const`, value], [`${SIMD_OF[d]!}.splat`], set(l));
  return l;
}

// ---- the kernel ----------------------------------------------------------------------------------

/** The instructions `write` emits into `b`, taken out of it. */
function aside(b: Body, write: () => void): Instr[] {
  const before = b.code.length;
  write();
  return b.code.splice(before);
}

/** A loop `while (i + step <= end) { body; i += step }` (step 1: `while (i < end)`). */
const loopOf = (i: number, end: number, step: number, body: readonly Instr[]): Instr[] => [
  ['block'], ['loop'],
  ...(step === 1 ? [get(i), get(end), ['i32.ge_s']] : [get(i), ['i32.const', step], ['i32.add'], get(end), ['i32.gt_s']]) as Instr[], ['br_if', 1],
  ...body, get(i), ['i32.const', step], ['i32.add'], set(i), ['br', 0], ['end'], ['end'],
];

/** Renders `ir` (for which `wasmUnsupported` is null) as a module exporting `name`. */
export function renderWasm(ir: LoopIR, name: string): WasmRendered {
  const why = wasmUnsupported(ir);
  if (why) throw new Error(`ndfuse: wasm: ${name}: ${why}`);
  const layout = argsLayout(ir);
  const b = new Body(3);
  const imp = new Imports();
  const START = 0, END = 1, ARGS = 2;
  const nouts = ir.outs.length;
  // the arrays' addresses and the constants, loaded once
  const addr = Array.from({ length: layout.arrays }, (_, j) => {
    const l = b.local('i32');
    b.prologue.push(get(ARGS), ['i32.load', 2, 4 * j], set(l));
    return l;
  });
  const constF64 = Array.from({ length: ir.nconsts }, (_, k) => {
    const l = b.local('f64');
    b.prologue.push(get(ARGS), ['f64.load', 3, layout.consts + 8 * k], set(l));
    return l;
  });
  const i = b.local('i32');
  b.prologue.push(get(START), set(i));
  const width = laneWidth(ir);
  const lanes = width === null ? 1 : 16 / width;
  const simd = width === null ? [] : simdLoops(b, ir, addr, constF64, i, END, width);
  const { element, imported } = scalarElement(b, imp, ir, addr, constF64, i);
  const code = [...b.prologue, ...simd, ...loopOf(i, END, 1, element)];
  const module: WasmModule = {
    memory: KERNEL_MEMORY,
    imports: imp.list,
    funcs: [{ name, params: ['i32', 'i32', 'i32'], results: [], locals: b.locals, body: code }],
  };
  return { module, imports: imp.fns, args: layout, imported, lanes };
}

/** Vectors per iteration of the SIMD loop: each reads and writes at a fixed offset from one address
 *  (bench/README.md, wasm). */
export const WASM_UNROLL = 4;

/** Constants splatted into lanes, each once per kernel (in the prologue). */
type Splats = Map<string, number>;

/**
 * One vector of elements from byte `at` past the address in local `off` (i << log2 width): loads,
 * the body on lanes, stores.
 */
function simdStep(b: Body, ir: LoopIR, addr: readonly number[], constF64: readonly number[], off: number, at: number, width: number, splats: Splats): Instr[] {
  const nouts = ir.outs.length;
  const mask = width === 8 ? 'f64x2' : 'i32x4';
  const loads = new Map<number, number>();
  const vals: number[] = [];
  const operand = (r: Ref, d: DType): number => {
    if (r.k === 'in') {
      let l = loads.get(r.i);
      if (l === undefined) {
        loads.set(r.i, (l = b.local('v128')));
        b.add(get(addr[nouts + r.i]!), get(off), ['i32.add'], ['v128.load', 3, at], set(l));
      }
      return l;
    }
    if (r.k === 'c') {
      const key = `${r.i}:${d}`;
      let l = splats.get(key);
      if (l === undefined) {
        splats.set(key, (l = b.local('v128')));
        // a bool constant is a lane mask: all ones (-1) or all zeros
        if (d === 'bool') b.prologue.push(['i32.const', 0], get(constF64[r.i]!), ['f64.const', 0], ['f64.ne'], ['i32.sub'], ['i32x4.splat'], set(l));
        else b.prologue.push(get(constF64[r.i]!), ...fromF64(d), [`${SIMD_OF[d]!}.splat`], set(l));
      }
      return l;
    }
    return vals[r.i]!;
  };
  return aside(b, () => {
    ir.body.forEach((x: LoopInstr, n) => {
      const args = x.args.map((r, j) => operand(r, argDType(x, j)));
      if (x.op === 'cast') {
        // a mask to 0 or 1, or int32 to float32 (laneWidth allows no other)
        if (x.dtype === x.out) b.add(get(args[0]!));
        else if (x.dtype === 'bool') b.add(get(args[0]!), get(splat(b, x.out, 1)), ['v128.and']);
        else b.add(get(args[0]!), ['f32x4.convert_i32x4_s']);
      } else simdOp(b, x.op as AluOp, x.dtype, args, mask);
      b.add(set((vals[n] = b.local('v128'))));
    });
    ir.stores.forEach((s, j) => b.add(get(addr[j]!), get(off), ['i32.add'], get(operand(s, ir.outs[j]!)), ['v128.store', 3, at]));
  });
}

/** The SIMD loops: WASM_UNROLL vectors an iteration, then one; what is left goes one by one. */
function simdLoops(b: Body, ir: LoopIR, addr: readonly number[], constF64: readonly number[], i: number, end: number, width: number): Instr[] {
  const lanes = 16 / width;
  const off = b.local('i32');
  const splats: Splats = new Map();
  const offset: Instr[] = [get(i), ['i32.const', Math.log2(width)], ['i32.shl'], set(off)];
  const unrolled = Array.from({ length: WASM_UNROLL }, (_, u) => simdStep(b, ir, addr, constF64, off, 16 * u, width, splats)).flat();
  const one = simdStep(b, ir, addr, constF64, off, 0, width, splats);
  return [...loopOf(i, end, lanes * WASM_UNROLL, [...offset, ...unrolled]), ...loopOf(i, end, lanes, [...offset, ...one])];
}

/** One element at i: loads, the body, stores; and how many of its ops call an import. */
function scalarElement(b: Body, imp: Imports, ir: LoopIR, addr: readonly number[], constF64: readonly number[], i: number): { element: Instr[]; imported: number } {
  const nouts = ir.outs.length;
  const offs = new Map<number, number>();
  const at = (d: DType): Instr[] => {
    const shift = SHIFT[d];
    if (shift === 0) return [get(i)];
    let l = offs.get(shift);
    if (l === undefined) {
      offs.set(shift, (l = b.local('i32')));
      b.add(get(i), ['i32.const', shift], ['i32.shl'], set(l));
    }
    return [get(l)];
  };
  const vals: number[] = [];
  const loads = new Map<number, number>();
  const consts = new Map<string, number>();
  const operand = (r: Ref, d: DType): number => {
    if (r.k === 'in') {
      let l = loads.get(r.i);
      if (l === undefined) {
        const dt = ir.ins[r.i]!.dtype;
        loads.set(r.i, (l = b.local(VAL[dt])));
        b.add(get(addr[nouts + r.i]!), ...at(dt), ['i32.add'], [LOAD[dt], SHIFT[dt], 0], set(l));
      }
      return l;
    }
    if (r.k === 'c') {
      const key = `${r.i}:${d}`;
      let l = consts.get(key);
      if (l === undefined) {
        consts.set(key, (l = b.local(VAL[d])));
        b.prologue.push(get(constF64[r.i]!), ...fromF64(d), set(l));
      }
      return l;
    }
    return vals[r.i]!;
  };
  let imported = 0;
  const element = aside(b, () => {
    ir.body.forEach((x: LoopInstr, n) => {
      const args = x.args.map((r, j) => operand(r, argDType(x, j)));
      if (x.op === 'cast') {
        vals[n] = castScalar(b, imp, x.dtype, x.out, args[0]!);
        return;
      }
      const op = x.op as AluOp;
      if (!nativeScalar(b, op, x.dtype, args)) {
        importedScalar(b, imp, op, x.dtype, args);
        imported++;
      }
      b.add(set((vals[n] = b.local(VAL[x.out]))));
    });
    ir.stores.forEach((s, j) => {
      const d = ir.outs[j]!;
      const v = operand(s, d);
      b.add(get(addr[j]!), ...at(d), ['i32.add'], get(v), [STORE[d], SHIFT[d], 0]);
    });
  });
  return { element, imported };
}
