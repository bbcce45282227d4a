// The WebAssembly encoder (compiler/wasm.ts): modules it writes validate, run over a shared memory
// with the bits JavaScript gives, print as text, and a renderer's mistake is an error naming it.

import { describe, expect, it } from 'vitest';
import { tfidfModule } from '../bench/wasm.bench.js';
import { encode, wat, type Instr, type WasmFunc, type WasmModule } from '../compiler/wasm.js';

const memory = { min: 1, max: 256, shared: true };

function instantiate(m: WasmModule, mem: WebAssembly.Memory): Record<string, (...args: number[]) => number> {
  const bytes = encode(m);
  expect(WebAssembly.validate(bytes)).toBe(true);
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory: mem } }).exports as never;
}

describe('the WebAssembly encoder', () => {
  it.each([0, 1, 2, 7, 1001])('a SIMD loop and its tail give the bits of JavaScript at n = %i', (n) => {
    const mem = new WebAssembly.Memory({ ...memory, initial: memory.min, maximum: memory.max });
    mem.grow(1);
    const { k } = instantiate(tfidfModule(), mem);
    const a = new Float64Array(mem.buffer, 0, n), b = new Float64Array(mem.buffer, 8 * n, n), o = new Float64Array(mem.buffer, 16 * n, n);
    for (let i = 0; i < n; i++) {
      a[i] = Math.sin(i + 1) * 1e3;
      b[i] = i % 5 === 0 ? -0 : Math.cos(i) / 7;
    }
    k!(0, 8 * n, 16 * n, n);
    for (let i = 0; i < n; i++) expect(Object.is(o[i], a[i]! * b[i]! - 1)).toBe(true);
  });

  it('encodes signed constants and floats exactly', () => {
    const consts = [0, 1, -1, 63, 64, -64, -65, 2 ** 31 - 1, -(2 ** 31), 123456789];
    const floats = [0, -0, 1.5, -1e308, Number.MIN_VALUE, Infinity];
    const funcs: WasmFunc[] = [
      ...consts.map((c, i): WasmFunc => ({ name: `i${i}`, params: [], results: ['i32'], locals: [], body: [['i32.const', c]] })),
      ...floats.map((c, i): WasmFunc => ({ name: `f${i}`, params: [], results: ['f64'], locals: [], body: [['f64.const', c]] })),
    ];
    const mem = new WebAssembly.Memory({ initial: 1, maximum: 256, shared: true });
    const fns = instantiate({ memory, funcs }, mem);
    consts.forEach((c, i) => expect(fns[`i${i}`]!()).toBe(c));
    floats.forEach((c, i) => expect(Object.is(fns[`f${i}`]!(), c)).toBe(true));
  });

  it('prints the module as text, blocks indented', () => {
    const f: WasmFunc = {
      name: 'half', params: ['i32'], results: [], locals: [],
      body: [['local.get', 0], ['local.get', 0], ['f64.load', 3, 8], ['f64.const', 0.5], ['f64.mul'], ['f64.store', 3, 0],
        ['block'], ['br', 0], ['end'],
        ['f64.const', -0], ['f64.const', -Infinity], ['f64.min'], ['f64.const', NaN], ['f64.min'], ['f64.const', 1e-300],
        ['local.get', 0], ['select'], ['drop']],
    };
    expect(WebAssembly.validate(encode({ memory, funcs: [f] }))).toBe(true);
    expect(wat({ memory, funcs: [f] })).toBe([
      '(module',
      '  (import "env" "memory" (memory 1 256 shared))',
      '  (func (export "half") (param $0 i32)',
      '    local.get 0',
      '    local.get 0',
      '    f64.load offset=8 align=8',
      '    f64.const 0.5',
      '    f64.mul',
      '    f64.store align=8',
      '    block',
      '      br 0',
      '    end',
      '    f64.const -0',
      '    f64.const -inf',
      '    f64.min',
      '    f64.const nan',
      '    f64.min',
      '    f64.const 1e-300',
      '    local.get 0',
      '    select',
      '    drop',
      '  )',
      ')',
    ].join('\n'));
  });

  it('refuses an instruction it does not know, or the wrong immediates, naming where', () => {
    const bad = (body: Instr[]): WasmModule => ({ memory, funcs: [{ name: 'k', params: [], results: [], locals: [], body }] });
    expect(() => encode(bad([['f64x2.fma']]))).toThrow("ndfuse: wasm: k, instruction 0: no instruction 'f64x2.fma'");
    expect(() => encode(bad([['toString']]))).toThrow("ndfuse: wasm: k, instruction 0: no instruction 'toString'");
    expect(() => encode(bad([['nop'], ['local.get']]))).toThrow(/k, instruction 0: no instruction 'nop'/);
    expect(() => encode(bad([['f64.load', 3]]))).toThrow("ndfuse: wasm: k, instruction 0: 'f64.load' takes 2 immediates, got 1");
    expect(() => wat(bad([['i32.const']]))).toThrow(/'i32.const' takes 1 immediates, got 0/);
  });
});
