// What WebAssembly costs and gives here, before its renderer exists (issue 14): encoding, compiling
// and instantiating a kernel's module with compiler/wasm.ts, and a hand-built f64x2 `tf*idf - 1`
// loop over a shared memory against ndfuse's JavaScript kernel, the JavaScript kernel over that
// shared memory, and a hand loop. Ratios are within one run.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { encode, type Instr, type WasmModule } from '../compiler/wasm.js';
import { array } from '../src/index.js';
import { handLoop } from './engine.bench.js';
import { machine, run, table, us } from './harness.js';

const step = (local: number, by: number): Instr[] => [['local.get', local], ['i32.const', by], ['i32.add'], ['local.set', local]];

/** k(a, b, o, n): o[i] = a[i] * b[i] - c over n float64 at byte offsets a, b, o, two at a time with
 *  f64x2, then the last one. */
export function tfidfModule(c = 1): WasmModule {
  return {
    memory: { min: 1, max: 65536, shared: true },
    funcs: [{
      name: 'k', params: ['i32', 'i32', 'i32', 'i32'], results: [], locals: ['i32'],
      body: [
        ['local.get', 2], ['local.get', 3], ['i32.const', 3], ['i32.shl'], ['i32.add'], ['local.set', 4],
        ['block'], ['loop'],
        ['local.get', 2], ['i32.const', 16], ['i32.add'], ['local.get', 4], ['i32.gt_u'], ['br_if', 1],
        ['local.get', 2], ['local.get', 0], ['v128.load', 3, 0], ['local.get', 1], ['v128.load', 3, 0], ['f64x2.mul'],
        ['f64.const', c], ['f64x2.splat'], ['f64x2.sub'], ['v128.store', 3, 0],
        ...step(0, 16), ...step(1, 16), ...step(2, 16), ['br', 0],
        ['end'], ['end'],
        ['block'], ['loop'],
        ['local.get', 2], ['local.get', 4], ['i32.ge_u'], ['br_if', 1],
        ['local.get', 2], ['local.get', 0], ['f64.load', 3, 0], ['local.get', 1], ['f64.load', 3, 0], ['f64.mul'],
        ['f64.const', c], ['f64.sub'], ['f64.store', 3, 0],
        ...step(0, 8), ...step(1, 8), ...step(2, 8), ['br', 0],
        ['end'], ['end'],
      ],
    }],
  };
}

/** Encoding, and compiling with instantiating, in milliseconds: the first in this process, and the
 *  median over `repeats` modules that differ in a constant (so no cache serves them). */
function coldTimes(repeats: number): { encode: [number, number]; compile: [number, number] } {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536, shared: true });
  const enc: number[] = [], comp: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const bytes = encode(tfidfModule(1 + r * 1e-9));
    const t1 = performance.now();
    new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    enc.push(t1 - t0);
    comp.push(performance.now() - t1);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return { encode: [enc[0]!, median(enc)], compile: [comp[0]!, median(comp)] };
}

export function wasmBench(opts: { quick?: boolean } = {}): string {
  const out: string[] = [`Machine: ${machine()}`, ''];
  const cold = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold'], { encoding: 'utf8' })) as ReturnType<typeof coldTimes>;
  out.push(`Cold, in a fresh process: encoding the module ${cold.encode[0].toFixed(3)} ms the first time, median ${cold.encode[1].toFixed(3)} ms over 50;`
    + ` compiling and instantiating it ${cold.compile[0].toFixed(3)} ms the first time, median ${cold.compile[1].toFixed(3)} ms.`, '');
  const rows: string[][] = [];
  for (const n of opts.quick ? [1e3] : [1e3, 1e4, 1e5, 1e6]) {
    const memory = new WebAssembly.Memory({ initial: Math.ceil((24 * n) / 65536) + 1, maximum: 65536, shared: true });
    const { k } = new WebAssembly.Instance(new WebAssembly.Module(encode(tfidfModule())), { env: { memory } }).exports as { k: (a: number, b: number, o: number, n: number) => void };
    const sa = new Float64Array(memory.buffer, 0, n), sb = new Float64Array(memory.buffer, 8 * n, n), so = new Float64Array(memory.buffer, 16 * n, n);
    for (let i = 0; i < n; i++) {
      sa[i] = Math.random();
      sb[i] = Math.random();
    }
    const pa = sa.slice(), pb = sb.slice(), po = new Float64Array(n);
    const A = array(pa), B = array(pb), SA = array(sa), SB = array(sb);
    const r = run([
      { name: 'wasm f64x2', fn: () => k(0, 8 * n, 16 * n, n) },
      { name: 'fused, out=', fn: () => A.mul(B).sub(1).eval({ out: po }) },
      { name: 'fused over shared memory, out=', fn: () => SA.mul(SB).sub(1).eval({ out: so }) },
      { name: 'hand loop, out=', fn: () => handLoop(po, pa, pb) },
    ], { maxTime: opts.quick ? 0.2 : 3 });
    const t = (name: string): number => r.find((x) => x.name === name)!.mean;
    rows.push([n.toExponential(0).replace('e+', 'e'), ...r.map((x) => `${us(x.mean)} ±${x.rme.toFixed(1)}%`), (t('fused, out=') / t('wasm f64x2')).toFixed(2), (t('fused over shared memory, out=') / t('fused, out=')).toFixed(2)]);
  }
  out.push('`tf * idf - 1`, float64, microseconds per call:', '');
  out.push(table(['n', 'wasm f64x2', 'fused, out=', 'fused over shared memory, out=', 'hand loop, out=', 'fused / wasm', 'shared / plain'], rows));
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--cold') {
  process.stdout.write(JSON.stringify(coldTimes(50)));
}
