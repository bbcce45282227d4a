// The engine's figures for `tf * idf - 1`, float64: fused against a hand-written loop over the same
// arrays and against the naive backend (one temporary per op), across sizes; the per-call overhead at
// n = 1e3; the cold compile. Ratios are within one run.

import { array, clearKernelCache, random, withConfig } from '../src/index.js';
import { compile } from '../compiler/index.js';
import { kernelFor } from '../runtime/kernel-cache.js';
import { machine, run, table, us } from './harness.js';

export function engineBench(opts: { quick?: boolean } = {}): string {
  const sizes = opts.quick ? [1e3, 1e5] : [1e3, 1e4, 1e5, 1e6, 1e7];
  const maxTime = opts.quick ? 0.2 : 2;
  const out: string[] = [`Machine: ${machine()}`, ''];
  const rows: string[][] = [];
  for (const n of sizes) {
    const tf = random([n], { seed: 1 }).toTypedArray() as Float64Array;
    const idf = random([n], { seed: 2 }).toTypedArray() as Float64Array;
    const buf = new Float64Array(n);
    const T = array(tf), I = array(idf);
    const r = run([
      { name: 'fused', fn: () => T.mul(I).sub(1).toTypedArray() },
      { name: 'hand loop', fn: () => { const o = new Float64Array(n); for (let i = 0; i < n; i++) o[i] = tf[i]! * idf[i]! - 1; return o; } },
      { name: 'fused, out=', fn: () => T.mul(I).sub(1).eval({ out: buf }) },
      { name: 'hand loop, out=', fn: () => { for (let i = 0; i < n; i++) buf[i] = tf[i]! * idf[i]! - 1; return buf; } },
      { name: 'naive', fn: () => withConfig({ backend: 'naive' }, () => T.mul(I).sub(1).toTypedArray()) },
    ], { maxTime: n >= 1e7 && !opts.quick ? 5 : maxTime });
    const [f, h, fo, ho, nv] = r as [typeof r[0], typeof r[0], typeof r[0], typeof r[0], typeof r[0]];
    rows.push([n.toExponential(0), `${us(f.mean)} ±${f.rme.toFixed(1)}%`, `${us(h.mean)} ±${h.rme.toFixed(1)}%`,
      `${us(fo.mean)} ±${fo.rme.toFixed(1)}%`, `${us(ho.mean)} ±${ho.rme.toFixed(1)}%`, `${us(nv.mean)} ±${nv.rme.toFixed(1)}%`,
      (f.mean / h.mean).toFixed(2), (fo.mean / ho.mean).toFixed(2), (nv.mean / f.mean).toFixed(1),
      us(f.mean - h.mean), us(fo.mean - ho.mean)]);
  }
  out.push('`tf * idf - 1`, float64, microseconds per call (mean ± relative margin of error):', '');
  out.push(table(['n', 'fused', 'hand loop', 'fused, out=', 'hand, out=', 'naive', 'fused / hand', 'fused / hand (out=)', 'naive / fused', 'overhead', 'overhead (out=)'], rows));

  // the cold compile: plan, generate, new Function, on an empty kernel cache
  const x = random([1000], { seed: 3 }).mul(random([1000], { seed: 4 })).sub(1);
  const times: number[] = [];
  for (let i = 0; i < (opts.quick ? 5 : 50); i++) {
    clearKernelCache();
    const t0 = performance.now();
    for (const k of compile([x.node]).kernels) kernelFor(k);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  out.push('', `Cold compile of that kernel (compile + new Function, empty cache): median ${times[times.length >> 1]!.toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms over ${times.length} runs.`);
  return out.join('\n');
}
