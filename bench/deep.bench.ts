// Deep graphs: a lazy loop of n updates, x = x * 0.5 + 1, built and then evaluated once (compiling
// included, a cold kernel cache). Each pass walks the graph without recursion and long chains are cut
// into kernels of at most MAX_KERNEL_OPS operations, so the time per step should not grow with n.

import { clearKernelCache, array, type LazyArray } from '../src/index.js';
import { machine, table } from './harness.js';

export function deepBench(opts: { quick?: boolean } = {}): string {
  const sizes = opts.quick ? [1e3, 1e4] : [1e3, 1e4, 1e5];
  const rows = sizes.map((n) => {
    clearKernelCache();
    const t0 = performance.now();
    let x: LazyArray = array(new Float64Array([1, 2, 3]));
    for (let i = 0; i < n; i++) x = x.mul(0.5).add(1);
    const t1 = performance.now();
    const v = x.toTypedArray()[0]!;
    const t2 = performance.now();
    if (v !== 2) throw new Error(`deep bench: got ${v}`);
    return [n.toExponential(0), (t1 - t0).toFixed(1), (t2 - t1).toFixed(1), (((t2 - t0) * 1e3) / n).toFixed(2)];
  });
  return [`Machine: ${machine()}`, '', 'x = x * 0.5 + 1, n times, then one evaluation (3 elements; compile time dominates):', '',
    table(['steps', 'build ms', 'compile and run ms', 'us per step'], rows)].join('\n');
}
