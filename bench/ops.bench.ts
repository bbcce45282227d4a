// Reductions, masks, matmul and sparse products: fused against the naive backend or the unfused
// route, within one run.

import * as nd from '../src/index.js';
import { withConfig } from '../src/index.js';
import { machine, nmfPattern, run, table, us } from './harness.js';

const fmt = (r: { mean: number; rme: number }): string => `${us(r.mean)} ±${r.rme.toFixed(1)}%`;

export function opsBench(opts: { quick?: boolean } = {}): string {
  const q = opts.quick ?? false;
  const maxTime = q ? 0.2 : 3;
  const rounds = q ? 1 : 5;
  const out: string[] = [`Machine: ${machine()}`, ''];
  const rows: string[][] = [];
  const n = q ? 1e5 : 1e6;
  const a = nd.random([n], { seed: 1 }), b = nd.random([n], { seed: 2 });

  // the sum of a product: one kernel, nothing of size n stored
  const [fs, ns] = run([
    { name: 'fused', fn: () => a.mul(b).sum().item() },
    { name: 'naive', fn: () => withConfig({ backend: 'naive' }, () => a.mul(b).sum().item()) },
  ], { maxTime, rounds });
  rows.push([`\`a.mul(b).sum()\`, n = ${n.toExponential(0)}`, fmt(fs!), `naive backend ${fmt(ns!)}`, `${(ns!.mean / fs!.mean).toFixed(1)}x`]);

  // a masked mean: reading the selected elements in place, against storing the selection first
  const mask = a.gt(0.5).eval();
  const [fm, sm] = run([
    { name: 'fused', fn: () => a.select(mask).mean().item() },
    { name: 'select then mean', fn: () => a.select(mask).eval().mean().item() },
  ], { maxTime, rounds });
  rows.push([`\`a.select(mask).mean()\`, n = ${n.toExponential(0)}`, fmt(fm!), `select, store, then mean ${fmt(sm!)}`, `${(sm!.mean / fm!.mean).toFixed(1)}x`]);

  // matmul
  const m = q ? 128 : 512;
  const A = nd.random([m, m], { seed: 3 }), B = nd.random([m, m], { seed: 4 });
  const C = new Float64Array(m * m);
  const [mm] = run([{ name: 'matmul', fn: () => A.matmul(B).eval({ out: C }) }], { maxTime, rounds });
  rows.push([`matmul ${m} x ${m} float64`, fmt(mm!), `${(2 * m ** 3 / mm!.mean / 1e9).toFixed(2)} GFLOP/s`, '']);

  // CSR x dense at NMF shapes
  const side = q ? 2000 : 10000, k = 20;
  const { indptr, indices, perRow } = nmfPattern(side);
  const X = nd.csr({ data: nd.random([side * perRow], { seed: 5 }), indices, indptr, shape: [side, side] });
  const W = nd.random([side, k], { seed: 6 });
  const Wt = nd.random([k, side], { seed: 7 });
  const [sp, ds] = run([
    { name: 'X @ W', fn: () => X.matmul(W).toTypedArray() },
    { name: 'W.T @ X', fn: () => nd.matmul(Wt, X).toTypedArray() },
  ], { maxTime, rounds });
  const flops = 2 * side * perRow * k;
  rows.push([`CSR x dense: X (${side} x ${side}, 1%) @ W (${side} x ${k})`, fmt(sp!), `${(flops / sp!.mean / 1e9).toFixed(2)} GFLOP/s`, '']);
  rows.push([`dense x CSR: W.T (${k} x ${side}) @ X`, fmt(ds!), `${(flops / ds!.mean / 1e9).toFixed(2)} GFLOP/s`, 'includes the transpose of X once (cached)']);

  out.push('Microseconds per call (median of interleaved rounds, ± relative margin of error):', '');
  out.push(table(['case', 'ndfuse', 'compared with', 'ratio'], rows));
  return out.join('\n');
}
