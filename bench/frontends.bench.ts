// The cost of the front ends on a repeated expression at n = 1e3 (parse cache hit, kernel cache
// hit), against the method chain, a hand loop, and numexpr's evaluate when python3 with numexpr is
// installed (a missing peer is skipped with a note).

import * as nd from '../src/index.js';
import { handLoop } from './engine.bench.js';
import { machine, PY_BEST_US, python, run, table, us } from './harness.js';

/** numexpr's evaluate('tf * idf - 1') at n, in microseconds per call, or why it could not run. */
function numexprTime(n: number): number | string {
  const script = [
    'import timeit, numpy as np, numexpr as ne',
    `tf = np.random.rand(${n}); idf = np.random.rand(${n})`,
    "ne.set_num_threads(1); ne.evaluate('tf * idf - 1')",
    PY_BEST_US,
    "print(best(lambda: ne.evaluate('tf * idf - 1')))",
  ].join('\n');
  return python<number>(script, []) ?? 'skipped: no python3 with numexpr';
}

export function frontendsBench(opts: { quick?: boolean } = {}): string {
  const n = 1000;
  const tf = nd.random([n], { seed: 1 }), idf = nd.random([n], { seed: 2 });
  const t = tf.toTypedArray() as Float64Array, i = idf.toTypedArray() as Float64Array;
  const f = nd.jit((tf: number, idf: number) => tf * idf - 1);
  const [ev, jt, ch, hl] = run([
    { name: 'evaluate', fn: () => nd.evaluate('tf * idf - 1', { tf, idf }).toTypedArray() },
    { name: 'jit', fn: () => (f(tf, idf) as nd.LazyArray).toTypedArray() },
    { name: 'method chain', fn: () => tf.mul(idf).sub(1).toTypedArray() },
    { name: 'hand loop', fn: () => handLoop(new Float64Array(n), t, i) },
  ], { maxTime: opts.quick ? 0.2 : 3, rounds: opts.quick ? 1 : 5 });
  const ne = numexprTime(n);
  const rows = [ev!, jt!, ch!, hl!].map((r) => [r.name, `${us(r.mean)} ±${r.rme.toFixed(1)}%`, r === hl ? '' : us(r.mean - hl!.mean)]);
  rows.push(['numexpr 1 thread (best of 5, timeit)', typeof ne === 'number' ? ne.toFixed(2) : ne, '']);
  return [`Machine: ${machine()}`, '', '`tf * idf - 1`, float64, n = 1e3, microseconds per call (output allocated each call):', '',
    table(['front end', 'us per call', 'overhead over the hand loop'], rows)].join('\n');
}
