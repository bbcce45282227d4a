// Sweeps the executor's chunk size to justify DEFAULT_CHUNK: a contiguous and a strided kernel at
// sizes inside and beyond the caches. Chunking should cost nothing measurable at any size (it is
// the unit later split across workers), so the default is the smallest chunk that costs nothing.

import { array, random, withConfig } from '../src/index.js';
import { machine, run, table, us } from './harness.js';

const CHUNKS = [256, 1024, 4096, 16384, 65536, 262144, 2 ** 30];

export function chunkBench(opts: { quick?: boolean } = {}): string {
  const sizes = opts.quick ? [1e5] : [1e4, 1e6, 1e7];
  const rows: string[][] = [];
  for (const n of sizes) {
    const a = array(random([n], { seed: 1 }).toTypedArray());
    const b = array(random([n], { seed: 2 }).toTypedArray());
    const side = Math.round(Math.sqrt(n));
    const m = random([side, side], { seed: 3 });
    const out = new Float64Array(n);
    const outT = new Float64Array(side * side);
    const cases = CHUNKS.flatMap((c) => [
      { name: `contiguous ${c}`, fn: () => withConfig({ chunk: c }, () => a.mul(b).sub(1).eval({ out })) },
      { name: `strided ${c}`, fn: () => withConfig({ chunk: c }, () => m.T.mul(2).add(m).eval({ out: outT })) },
    ]);
    const r = run(cases, { maxTime: opts.quick ? 0.1 : 2, rounds: opts.quick ? 1 : 5 });
    CHUNKS.forEach((c, k) => {
      const [x, y] = [r[2 * k]!, r[2 * k + 1]!];
      rows.push([n.toExponential(0), c >= 2 ** 30 ? 'whole range' : String(c), `${us(x.mean)} ±${x.rme.toFixed(1)}%`, `${us(y.mean)} ±${y.rme.toFixed(1)}%`]);
    });
  }
  return [`Machine: ${machine()}`, '', 'Microseconds per call, `out=` preallocated (contiguous: `a*b - 1`; strided: `m.T*2 + m`, m square):', '',
    table(['n', 'chunk', 'contiguous', 'strided'], rows)].join('\n');
}
