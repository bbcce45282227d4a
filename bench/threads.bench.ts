// `npm run bench -- threads`: one thread against two (the calling thread and a worker, README
// "Threads"), interleaved in one run, over arrays ndfuse made: `tf * idf - 1`, `exp(-x*x) * sin(y)`
// and `sum(a*b)` at 1e4-1e7, matmul 1024 x 1024 and CSR times dense at NMF's shapes; numexpr on
// 1 and 2 threads on the same expressions in the same run, where python3 has it; the cost of
// posting a part to a worker; and the smallest size at which two threads pay, per case.

import { loadavg } from 'node:os';
import { csr, empty, random, withConfig, type LazyArray } from '../src/index.js';
import { machine, nmfPattern, PY_BEST_US, python, run, settle, table, us } from './harness.js';

interface Peer { label: string; n: number; us: number }

/** numexpr on 1 and 2 threads, microseconds (timeit's best of 5), or why not. */
function numexpr(sizes: readonly number[]): Peer[] | string {
  const script = String.raw`
import json, sys, timeit
import numpy as np
import numexpr as ne
sizes = json.loads(sys.argv[1]); out = []
${PY_BEST_US}
for n in sizes:
    rng = np.random.RandomState(0); a = rng.rand(n); b = rng.rand(n); o = np.empty(n)
    for th in (1, 2):
        ne.set_num_threads(th)
        out.append(dict(label='tf*idf - 1 %d' % th, n=n, us=best(lambda: ne.evaluate('a*b - 1', out=o))))
        out.append(dict(label='exp(-x*x)*sin(y) %d' % th, n=n, us=best(lambda: ne.evaluate('exp(-a*a)*sin(b)', out=o))))
        out.append(dict(label='sum(a*b) %d' % th, n=n, us=best(lambda: ne.evaluate('sum(a*b)'))))
print(json.dumps(out))
`;
  return python<Peer[]>(script, [JSON.stringify(sizes)]) ?? 'numexpr skipped: no python3 with numpy and numexpr';
}

/** `f` on one thread and on two, interleaved: [one, two] in microseconds, with their margins. */
function oneAndTwo(f: () => unknown, maxTime: number): { one: number; two: number; rme: [number, number] } {
  const [one, two] = run([
    { name: '1 thread', fn: () => withConfig({ threads: 1 }, f) },
    { name: '2 threads', fn: () => withConfig({ threads: 2 }, f) },
  ], { maxTime });
  return { one: one!.mean * 1e6, two: two!.mean * 1e6, rme: [one!.rme, two!.rme] };
}

export async function threadsBench(opts: { quick?: boolean } = {}): Promise<string> {
  const sizes = opts.quick ? [1e4, 1e5] : [1e4, 3e4, 1e5, 1e6, 1e7];
  const maxTime = opts.quick ? 0.2 : 2;
  const out: string[] = [`Machine: ${machine()}; load average at the start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`, ''];
  const ne = numexpr(sizes);
  const peer = (label: string, n: number): string => (typeof ne === 'string' ? '-' : us((ne.find((p) => p.label === label && p.n === n)?.us ?? NaN) / 1e6));
  const rows: string[][] = [];
  for (const n of sizes) {
    const a = random([n], { seed: 1 }).eval(), b = random([n], { seed: 2 }).eval(), o = empty([n]);
    const cases: [string, () => unknown][] = [
      ['tf*idf - 1', () => a.mul(b).sub(1).eval({ out: o })],
      ['exp(-x*x)*sin(y)', () => a.mul(a).neg().exp().mul(b.sin()).eval({ out: o })],
      ['sum(a*b)', () => a.mul(b).sum().item()],
    ];
    for (const [name, f] of cases) {
      await settle();
      const r = oneAndTwo(f, n >= 1e7 ? maxTime * 2 : maxTime);
      rows.push([name, n.toExponential(0).replace('e+', 'e'), `${us(r.one / 1e6)} ±${r.rme[0].toFixed(1)}%`, `${us(r.two / 1e6)} ±${r.rme[1].toFixed(1)}%`, (r.one / r.two).toFixed(2),
        peer(`${name} 1`, n), peer(`${name} 2`, n)]);
    }
    for (const x of [a, b, o]) x.dispose();
  }
  out.push('Microseconds per call, ndfuse over its own arrays (into `out` but the sum), one thread against two, and numexpr'
    + `${typeof ne === 'string' ? ` (${ne})` : ''}:`, '');
  out.push(table(['case', 'n', 'ndfuse 1 thread', 'ndfuse 2 threads', '1 / 2 threads', 'numexpr 1 thread', 'numexpr 2 threads'], rows), '');

  // products: matmul into out, CSR times dense into fresh results (disposed)
  const m = opts.quick ? 256 : 1024, side = opts.quick ? 2000 : 10000, k = 20;
  const A = random([m, m], { seed: 3 }).eval(), B = random([m, m], { seed: 4 }).eval(), C = empty([m, m]);
  const { indptr, indices, perRow } = nmfPattern(side);
  const X = csr({ data: random([side * perRow], { seed: 5 }), indices, indptr, shape: [side, side] });
  const W = random([side, k], { seed: 6 }).eval();
  const products: [string, number, () => unknown][] = [
    [`matmul ${m} x ${m}`, 2 * m ** 3, () => A.matmul(B).eval({ out: C })],
    [`CSR ${side} x ${side} at 1% times ${side} x ${k}`, 2 * side * perRow * k, () => X.matmul(W).eval().dispose()],
  ];
  const prow: string[][] = [];
  for (const [name, flops, f] of products) {
    await settle();
    const r = oneAndTwo(f, maxTime);
    prow.push([name, (flops / r.one / 1e3).toFixed(2), (flops / r.two / 1e3).toFixed(2), (r.one / r.two).toFixed(2)]);
  }
  out.push('GFLOP/s, one thread against two:', '', table(['case', '1 thread', '2 threads', '1 / 2 threads'], prow), '');

  // what a part costs: an elementwise kernel just past the threshold, all kernels on the threads
  const rowsMin: string[][] = [];
  for (const n of [2 ** 12, 2 ** 14, 2 ** 16, 2 ** 17, 2 ** 18]) {
    const a = random([n], { seed: 1 }).eval(), b = random([n], { seed: 2 }).eval(), o = empty([n]);
    const f = (): LazyArray => a.mul(b).sub(1).eval({ out: o });
    const g = (): LazyArray => a.mul(a).neg().exp().mul(b.sin()).eval({ out: o });
    await settle();
    const [f1, f2, g1, g2] = run([
      { name: 'f1', fn: () => withConfig({ threads: 1 }, f) },
      { name: 'f2', fn: () => withConfig({ threads: 2, threadMinWork: 0 }, f) },
      { name: 'g1', fn: () => withConfig({ threads: 1 }, g) },
      { name: 'g2', fn: () => withConfig({ threads: 2, threadMinWork: 0 }, g) },
    ], { maxTime: maxTime / 2 });
    rowsMin.push([String(n), us(f1!.mean), us(f2!.mean), (f1!.mean / f2!.mean).toFixed(2), us(g1!.mean), us(g2!.mean), (g1!.mean / g2!.mean).toFixed(2)]);
    for (const x of [a, b, o]) x.dispose();
  }
  out.push('Where two threads start to pay (every kernel sent to the workers, whatever its size), microseconds per call:', '',
    table(['n', 'tf*idf - 1, 1 thread', '2 threads', '1 / 2', 'exp(-x*x)*sin(y), 1 thread', '2 threads', '1 / 2'], rowsMin), '');
  return out.join('\n');
}
