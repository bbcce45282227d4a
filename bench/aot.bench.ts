// Kernels compiled ahead of time (`ndfuse aot`) against the reference backend, on the Black-Scholes
// example of examples/aot: in this process with benchmark.js (strict mode proves no kernel is
// compiled here), and in fresh processes under `node --disallow-code-generation-from-strings`.


import { fileURLToPath } from 'node:url';
import '../examples/aot/ndfuse-kernels.js';
import { book } from '../examples/aot/book.js';
import { priceBook } from '../examples/aot/options.js';
import { withConfig } from '../src/index.js';
import { inFreshProcess, machine, run, table } from './harness.js';

const cnd = (d: number): number => {
  const k = 1 / (1 + 0.2316419 * Math.abs(d));
  const w = 0.3989422804014327 * Math.exp(-0.5 * d * d) * k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
  return d < 0 ? w : 1 - w;
};

/** priceBook written by hand: one loop for calls and puts, one for the mean put (as ndfuse runs it). */
export function handBook(S: Float64Array, K: Float64Array, T: Float64Array, r: number, v: number): number {
  const n = S.length;
  const call = new Float64Array(n), put = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const sqrtT = Math.sqrt(T[i]!);
    const d1 = (Math.log(S[i]! / K[i]!) + (r + 0.5 * v * v) * T[i]!) / (v * sqrtT);
    const d2 = d1 - v * sqrtT;
    const c = S[i]! * cnd(d1) - K[i]! * Math.exp(-r * T[i]!) * cnd(d2);
    call[i] = c;
    put[i] = c - S[i]! + K[i]! * Math.exp(-r * T[i]!);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += put[i]!;
  return sum / n;
}

const child = fileURLToPath(new URL('./aot-child.js', import.meta.url));

export function aotBench(opts: { quick?: boolean } = {}): string {
  const n = opts.quick ? 10_000 : 100_000;
  const { S, K, T } = book(n);
  const [aot, ref, hand] = run([
    { name: 'ndfuse, kernels ahead of time (strict mode)', fn: () => withConfig({ strict: true }, () => priceBook(S, K, T, 0.02, 0.3)) },
    { name: 'ndfuse, reference backend', fn: () => withConfig({ backend: 'naive' }, () => priceBook(S, K, T, 0.02, 0.3)) },
    { name: 'hand-written loops', fn: () => handBook(S, K, T, 0.02, 0.3) },
  ], { maxTime: opts.quick ? 0.3 : 4, rounds: opts.quick ? 1 : 5, ...(opts.quick ? { minTime: 0.01, minSamples: 2 } : {}) });
  const ms = (s: number): string => (s * 1e3).toFixed(2);
  const rows = [aot!, ref!, hand!].map((r) => [r.name, `${ms(r.mean)} ±${r.rme.toFixed(1)}%`, (r.mean / aot!.mean).toFixed(2)]);

  // the same, each in a fresh process: under the flag with and without the module, and unflagged
  const repeats = opts.quick ? 3 : 15;
  const fresh = (flags: string[], withModule: boolean): number =>
    (JSON.parse(inFreshProcess([...flags, child, withModule ? '1' : '0', String(n), String(withModule ? repeats : Math.min(repeats, 5))])) as { ms: number }).ms;
  const FORBID = '--disallow-code-generation-from-strings';
  const flagged = fresh([FORBID], true);
  const fallback = fresh([FORBID], false);
  const unflagged = fresh([], false);
  const procRows = [
    ['--disallow-code-generation-from-strings, with the module', flagged.toFixed(2), '1.00'],
    ['--disallow-code-generation-from-strings, without it (reference backend)', fallback.toFixed(2), (fallback / flagged).toFixed(2)],
    ['no flag, no module (kernels compiled with new Function)', unflagged.toFixed(2), (unflagged / flagged).toFixed(2)],
  ];
  return [`Machine: ${machine()}`, '',
    `examples/aot priceBook (Black-Scholes calls and puts in one kernel, the mean put in a second), float64, n = ${n.toExponential(0)}:`, '',
    'In one process, benchmark.js, interleaved rounds (ms per call; ratio to the ahead-of-time kernels):', '',
    table(['how', 'ms per call', 'ratio'], rows), '',
    `In fresh processes, median of ${repeats} timed calls (of 5 without the module), the first included (ms):`, '',
    table(['process', 'ms per call', 'ratio'], procRows)].join('\n');
}


