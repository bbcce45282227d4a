// The engine's figures for `tf * idf - 1`, float64: fused against a hand-written loop over the same
// arrays and against the naive backend (one temporary per op), across sizes; the per-call overhead at
// n = 1e3; the cold compile. Ratios are within one run.

import { array, clearKernelCache, random, withConfig } from '../src/index.js';
import { compile, RENDERERS } from '../compiler/index.js';
import { instantiate } from '../runtime/kernel-cache.js';
import { nowMs } from '../runtime/clock.js';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { machine, run, table, us } from './harness.js';

/** What a person would write by hand: one loop, arrays as arguments. */
export function handLoop(o: Float64Array, a: Float64Array, b: Float64Array): Float64Array {
  for (let i = 0; i < a.length; i++) o[i] = a[i]! * b[i]! - 1;
  return o;
}

export function engineBench(opts: { quick?: boolean } = {}): string {
  const sizes = opts.quick ? [1e3, 1e5] : [10, 1e3, 1e4, 1e5, 1e6, 1e7];
  const maxTime = opts.quick ? 0.2 : 4;
  const out: string[] = [`Machine: ${machine()}`, ''];
  const rows: string[][] = [];
  for (const n of sizes) {
    const tf = random([n], { seed: 1 }).toTypedArray() as Float64Array;
    const idf = random([n], { seed: 2 }).toTypedArray() as Float64Array;
    const buf = new Float64Array(n);
    const T = array(tf), I = array(idf);
    const r = run([
      { name: 'fused', fn: () => T.mul(I).sub(1).toTypedArray() },
      { name: 'hand loop', fn: () => handLoop(new Float64Array(n), tf, idf) },
      { name: 'fused, out=', fn: () => T.mul(I).sub(1).eval({ out: buf }) },
      { name: 'hand loop, out=', fn: () => handLoop(buf, tf, idf) },
      { name: 'naive', fn: () => withConfig({ backend: 'naive' }, () => T.mul(I).sub(1).toTypedArray()) },
    ], { maxTime: n >= 1e7 && !opts.quick ? 10 : maxTime, rounds: opts.quick ? 1 : 5 });
    const [f, h, fo, ho, nv] = r as [typeof r[0], typeof r[0], typeof r[0], typeof r[0], typeof r[0]];
    rows.push([n.toExponential(0), `${us(f.mean)} ±${f.rme.toFixed(1)}%`, `${us(h.mean)} ±${h.rme.toFixed(1)}%`,
      `${us(fo.mean)} ±${fo.rme.toFixed(1)}%`, `${us(ho.mean)} ±${ho.rme.toFixed(1)}%`, `${us(nv.mean)} ±${nv.rme.toFixed(1)}%`,
      (f.mean / h.mean).toFixed(2), (fo.mean / ho.mean).toFixed(2), (nv.mean / f.mean).toFixed(1),
      us(f.mean - h.mean), us(fo.mean - ho.mean)]);
  }
  out.push('`tf * idf - 1`, float64, microseconds per call (mean ± relative margin of error):', '');
  out.push(table(['n', 'fused', 'hand loop', 'fused, out=', 'hand, out=', 'naive', 'fused / hand', 'fused / hand (out=)', 'naive / fused', 'overhead', 'overhead (out=)'], rows));

  // the cold compile: plan, generate, new Function on an empty kernel cache; first in a fresh process
  // (ndfuse's own compiler code not yet optimised by V8), then the median of repeats
  const cold = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), 'cold', String(opts.quick ? 5 : 50)], { encoding: 'utf8' })) as { first: number; median: number; runs: number };
  out.push('', `Cold compile of that kernel (plan, generate, new Function; empty kernel cache): ${cold.first.toFixed(3)} ms for the first in a fresh process, ` +
    `median ${cold.median.toFixed(3)} ms over ${cold.runs} repeats.`);
  return out.join('\n');
}

/** Child process: times compiling `tf * idf - 1` from nothing. */
function coldCompile(runs: number): void {
  const x = random([1000], { seed: 3 }).mul(random([1000], { seed: 4 })).sub(1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearKernelCache();
    const t0 = nowMs();
    for (const k of compile([x.node]).kernels) instantiate('js', k.key, RENDERERS.js(k), 0);
    times.push(nowMs() - t0);
  }
  const sorted = times.slice().sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ first: times[0], median: sorted[sorted.length >> 1], runs }));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'cold') coldCompile(Number(process.argv[3]));
