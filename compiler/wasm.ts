// A small WebAssembly encoder of our own: a module as data (functions of named instructions over one
// imported memory) to its binary and to its text form (WAT), both from one table of instructions.
// It is the bottom layer of the WebAssembly renderer (issue 14); it knows nothing of kernels.

/** A value type. */
export type ValType = 'i32' | 'i64' | 'f32' | 'f64' | 'v128';

/** One instruction: its text name, then its immediates (a memory access: alignment as log2 bytes,
 *  then offset; a lane index; a constant; a branch depth; a local index). */
export type Instr = readonly [name: string, ...immediates: number[]];

export interface WasmFunc {
  /** Exported under this name. */
  readonly name: string;
  readonly params: readonly ValType[];
  readonly results: readonly ValType[];
  /** Locals beyond the parameters, numbered after them. */
  readonly locals: readonly ValType[];
  readonly body: readonly Instr[];
}

/** A function the module imports from `env`: it is called by its index, imports first, then funcs. */
export interface WasmImport {
  readonly name: string;
  readonly params: readonly ValType[];
  readonly results: readonly ValType[];
}

export interface WasmModule {
  /** The memory every function reads, imported as `env.memory`, in pages of 64 KiB. */
  readonly memory: { readonly min: number; readonly max: number; readonly shared: boolean };
  readonly imports?: readonly WasmImport[];
  readonly funcs: readonly WasmFunc[];
}

/** What follows an opcode: an index (u32), a signed i32, an f32 or f64 constant, a memory argument,
 *  a lane index, or a block type (always empty here: blocks take and leave nothing). */
type Imm = 'u32' | 'i32' | 'f32' | 'f64' | 'mem' | 'lane' | 'block';

interface OpDef {
  /** The opcode: one byte, or a prefix (0xfd: SIMD, 0xfc: saturating conversions) and its number. */
  readonly code: number;
  readonly prefix?: 0xfc | 0xfd;
  readonly imm: readonly Imm[];
}

const op = (code: number, ...imm: Imm[]): OpDef => ({ code, imm });
const simd = (code: number, ...imm: Imm[]): OpDef => ({ code, prefix: 0xfd, imm });
const sat = (code: number): OpDef => ({ code, prefix: 0xfc, imm: [] });
/** Instructions `<prefix><name>` numbered from `first` on, one after another as the specification
 *  lists them. */
const run = (prefix: string, first: number, names: string, make: (code: number) => OpDef = op): Record<string, OpDef> =>
  Object.fromEntries(names.split(' ').flatMap((n, i) => (n === '-' ? [] : [[prefix + n, make(first + i)]])));
const simdRun = (prefix: string, first: number, names: string): Record<string, OpDef> => run(prefix, first, names, (c) => simd(c));

// The instructions by their text names, with the numbers the specification gives them. A new one
// is one line here; the encoder and the printer read nothing else.
const OPS: Readonly<Record<string, OpDef>> = {
  unreachable: op(0x00), block: op(0x02, 'block'), loop: op(0x03, 'block'), if: op(0x04, 'block'), else: op(0x05), end: op(0x0b),
  br: op(0x0c, 'u32'), br_if: op(0x0d, 'u32'), return: op(0x0f), call: op(0x10, 'u32'), drop: op(0x1a), select: op(0x1b),
  'local.get': op(0x20, 'u32'), 'local.set': op(0x21, 'u32'), 'local.tee': op(0x22, 'u32'),
  'i32.load': op(0x28, 'mem'), 'i64.load': op(0x29, 'mem'), 'f32.load': op(0x2a, 'mem'), 'f64.load': op(0x2b, 'mem'),
  'i32.load8_s': op(0x2c, 'mem'), 'i32.load8_u': op(0x2d, 'mem'),
  'i32.store': op(0x36, 'mem'), 'i64.store': op(0x37, 'mem'), 'f32.store': op(0x38, 'mem'), 'f64.store': op(0x39, 'mem'), 'i32.store8': op(0x3a, 'mem'),
  'i32.const': op(0x41, 'i32'), 'f32.const': op(0x43, 'f32'), 'f64.const': op(0x44, 'f64'),
  ...run('i32.', 0x45, 'eqz eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u'),
  ...run('f32.', 0x5b, 'eq ne lt gt le ge'),
  ...run('f64.', 0x61, 'eq ne lt gt le ge'),
  ...run('i32.', 0x67, 'clz ctz popcnt add sub mul div_s div_u rem_s rem_u and or xor shl shr_s shr_u rotl rotr'),
  ...run('f32.', 0x8b, 'abs neg ceil floor trunc nearest sqrt add sub mul div min max copysign'),
  ...run('f64.', 0x99, 'abs neg ceil floor trunc nearest sqrt add sub mul div min max copysign'),
  'i32.wrap_i64': op(0xa7), 'i32.trunc_f64_s': op(0xaa), 'f32.convert_i32_s': op(0xb2), 'f32.convert_i32_u': op(0xb3),
  'f32.demote_f64': op(0xb6), 'f64.convert_i32_s': op(0xb7), 'f64.convert_i32_u': op(0xb8), 'f64.promote_f32': op(0xbb),
  'i64.trunc_sat_f64_s': sat(6),
  'i64.and': op(0x83), 'i64.or': op(0x84), 'i64.shl': op(0x86), 'i64.shr_u': op(0x88), 'i64.extend_i32_u': op(0xad),
  'i64.reinterpret_f64': op(0xbd), 'f64.reinterpret_i64': op(0xbf),
  'v128.load': simd(0, 'mem'), 'v128.load32_splat': simd(9, 'mem'), 'v128.load64_splat': simd(10, 'mem'), 'v128.store': simd(11, 'mem'),
  ...simdRun('', 17, 'i32x4.splat - f32x4.splat f64x2.splat'),
  'i32x4.extract_lane': simd(27, 'lane'), 'f32x4.extract_lane': simd(31, 'lane'), 'f64x2.extract_lane': simd(33, 'lane'), 'f64x2.replace_lane': simd(34, 'lane'),
  'i64x2.extend_low_i32x4_s': simd(199), 'i64x2.all_true': simd(195), 'i64x2.shl': simd(203), 'i32x4.trunc_sat_f64x2_s_zero': simd(252),
  ...simdRun('i32x4.', 55, 'eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u'),
  ...simdRun('f32x4.', 65, 'eq ne lt gt le ge'),
  ...simdRun('f64x2.', 71, 'eq ne lt gt le ge'),
  ...simdRun('v128.', 77, 'not and andnot or xor bitselect any_true'),
  ...simdRun('f32x4.', 103, 'ceil floor trunc nearest'),
  'f64x2.ceil': simd(116), 'f64x2.floor': simd(117), 'f64x2.trunc': simd(122), 'f64x2.nearest': simd(148),
  'i32x4.abs': simd(160), 'i32x4.neg': simd(161), 'i32x4.add': simd(174), 'i32x4.sub': simd(177), 'i32x4.mul': simd(181),
  ...simdRun('i32x4.', 182, 'min_s min_u max_s max_u'),
  ...simdRun('f32x4.', 224, 'abs neg - sqrt add sub mul div min max'),
  ...simdRun('f64x2.', 236, 'abs neg - sqrt add sub mul div min max'),
  'f32x4.convert_i32x4_s': simd(250), 'f64x2.promote_low_f32x4': simd(95),
};

const TYPE_CODE: Readonly<Record<ValType, number>> = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c, v128: 0x7b };

function uleb(n: number, out: number[]): void {
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
}

function sleb(n: number, out: number[]): void {
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return;
    }
    out.push(b | 0x80);
  }
}

const scratch = new DataView(new ArrayBuffer(8));
function floatBytes(v: number, width: 4 | 8, out: number[]): void {
  if (width === 8) scratch.setFloat64(0, v, true);
  else scratch.setFloat32(0, v, true);
  for (let i = 0; i < width; i++) out.push(scratch.getUint8(i));
}

const utf8 = new TextEncoder();
const names = (s: string, out: number[]): void => {
  const bytes = utf8.encode(s);
  uleb(bytes.length, out);
  for (const b of bytes) out.push(b);
};

/** The definition of instruction `name`, or an error naming it (a renderer's bug, not a user's). */
function defOf(ins: Instr, where: string): OpDef {
  const def = Object.hasOwn(OPS, ins[0]) ? OPS[ins[0]] : undefined;
  if (!def) throw new Error(`ndfuse: wasm: ${where}: no instruction '${ins[0]}'`);
  // a memory access takes alignment and offset; every other immediate is one number
  const want = def.imm.reduce((n, i) => n + (i === 'mem' ? 2 : i === 'block' ? 0 : 1), 0);
  if (ins.length - 1 !== want) throw new Error(`ndfuse: wasm: ${where}: '${ins[0]}' takes ${want} immediates, got ${ins.length - 1}`);
  return def;
}

function encodeInstr(ins: Instr, where: string, out: number[]): void {
  const def = defOf(ins, where);
  if (def.prefix) {
    out.push(def.prefix);
    uleb(def.code, out);
  } else out.push(def.code);
  const [, ...v] = ins;
  let k = 0;
  for (const imm of def.imm) {
    switch (imm) {
      case 'block': out.push(0x40); break;
      case 'u32': uleb(v[k++]!, out); break;
      case 'i32': sleb(v[k++]! | 0, out); break;
      case 'f32': floatBytes(v[k++]!, 4, out); break;
      case 'f64': floatBytes(v[k++]!, 8, out); break;
      case 'lane': out.push(v[k++]!); break;
      case 'mem': uleb(v[k++]!, out); uleb(v[k++]!, out); break;
    }
  }
}

function section(id: number, body: readonly number[], out: number[]): void {
  out.push(id);
  uleb(body.length, out);
  for (const b of body) out.push(b);
}

const signature = (f: WasmFunc | WasmImport): string => `${f.params.join(',')}>${f.results.join(',')}`;

/** The module's binary. */
export function encode(m: WasmModule): Uint8Array {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const imported = m.imports ?? [];
  const all = [...imported, ...m.funcs];
  const sigs = [...new Set(all.map(signature))];
  const types: number[] = [];
  uleb(sigs.length, types);
  for (const f of sigs.map((s) => all.find((g) => signature(g) === s)!)) {
    types.push(0x60);
    uleb(f.params.length, types);
    for (const t of f.params) types.push(TYPE_CODE[t]);
    uleb(f.results.length, types);
    for (const t of f.results) types.push(TYPE_CODE[t]);
  }
  section(1, types, out);
  const imports: number[] = [];
  uleb(1 + imported.length, imports);
  names('env', imports);
  names('memory', imports);
  imports.push(0x02, m.memory.shared ? 0x03 : 0x01);
  uleb(m.memory.min, imports);
  uleb(m.memory.max, imports);
  for (const f of imported) {
    names('env', imports);
    names(f.name, imports);
    imports.push(0x00);
    uleb(sigs.indexOf(signature(f)), imports);
  }
  section(2, imports, out);
  const funcs: number[] = [];
  uleb(m.funcs.length, funcs);
  for (const f of m.funcs) uleb(sigs.indexOf(signature(f)), funcs);
  section(3, funcs, out);
  const exports: number[] = [];
  uleb(m.funcs.length, exports);
  m.funcs.forEach((f, i) => {
    names(f.name, exports);
    exports.push(0x00);
    uleb(imported.length + i, exports);
  });
  section(7, exports, out);
  const code: number[] = [];
  uleb(m.funcs.length, code);
  for (const f of m.funcs) {
    const body: number[] = [];
    // locals in runs of one type
    const runs: [ValType, number][] = [];
    for (const t of f.locals) {
      const last = runs[runs.length - 1];
      if (last && last[0] === t) last[1]++;
      else runs.push([t, 1]);
    }
    uleb(runs.length, body);
    for (const [t, n] of runs) {
      uleb(n, body);
      body.push(TYPE_CODE[t]);
    }
    f.body.forEach((ins, i) => encodeInstr(ins, `${f.name}, instruction ${i}`, body));
    body.push(0x0b);
    uleb(body.length, code);
    for (const b of body) code.push(b);
  }
  section(10, code, out);
  return Uint8Array.from(out);
}

const memText = (align: number, offset: number): string => `${offset ? `offset=${offset} ` : ''}align=${2 ** align}`;

/** A float as the text format writes it (JavaScript's shortest form is one, but for these). */
const floatText = (v: number): string => (v !== v ? 'nan' : v === Infinity ? 'inf' : v === -Infinity ? '-inf' : Object.is(v, -0) ? '-0' : String(v));

/** The module as WebAssembly text, one instruction a line, blocks indented. */
export function wat(m: WasmModule): string {
  const lines = ['(module', `  (import "env" "memory" (memory ${m.memory.min} ${m.memory.max}${m.memory.shared ? ' shared' : ''}))`];
  const sig = (f: WasmImport): string => `${f.params.map((t) => ` (param ${t})`).join('')}${f.results.length ? ` (result ${f.results.join(' ')})` : ''}`;
  (m.imports ?? []).forEach((f, i) => lines.push(`  (import "env" "${f.name}" (func $${i}${sig(f)}))`));
  for (const f of m.funcs) {
    const params = f.params.map((t, i) => ` (param $${i} ${t})`).join('');
    const results = f.results.length ? ` (result ${f.results.join(' ')})` : '';
    lines.push(`  (func (export "${f.name}")${params}${results}`);
    f.locals.forEach((t, i) => lines.push(`    (local $${f.params.length + i} ${t})`));
    let depth = 2;
    f.body.forEach((ins, i) => {
      const def = defOf(ins, `${f.name}, instruction ${i}`);
      const [name, ...v] = ins;
      if (name === 'end' || name === 'else') depth--;
      const args = def.imm.includes('mem') ? [memText(v[0]!, v[1]!)]
        : def.imm[0] === 'f32' || def.imm[0] === 'f64' ? [floatText(v[0]!)] : v.map(String);
      lines.push(`${'  '.repeat(depth)}${[name, ...args].join(' ')}`);
      if (name === 'block' || name === 'loop' || name === 'if' || name === 'else') depth++;
    });
    lines.push('  )');
  }
  lines.push(')');
  return lines.join('\n');
}
