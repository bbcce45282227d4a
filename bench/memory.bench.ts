// Peak memory of `tf * idf - 1` at n = 5e7 float64 (400 MB per array), each strategy in its own
// process, read from process.resourceUsage().maxRSS. Fused should need the two inputs and the output
// and nothing more; naive needs a temporary of n as well.

import { fileURLToPath } from 'node:url';
import { array, random, withConfig } from '../src/index.js';
import { handLoop } from './engine.bench.js';
import { inFreshProcess, machine, table } from './harness.js';

const STRATEGIES = ['inputs only', 'fused', 'hand loop', 'naive'] as const;

/** Runs in the child: builds the inputs, evaluates once with `strategy`, prints maxRSS in MiB. */
function child(strategy: string, n: number): void {
  const tf = random([n], { seed: 1 }).toTypedArray() as Float64Array;
  const idf = random([n], { seed: 2 }).toTypedArray() as Float64Array;
  let out: ArrayLike<number> = tf;
  if (strategy === 'fused') out = array(tf).mul(idf).sub(1).toTypedArray();
  else if (strategy === 'hand loop') out = handLoop(new Float64Array(n), tf, idf);
  else if (strategy === 'naive') out = withConfig({ backend: 'naive' }, () => array(tf).mul(idf).sub(1).toTypedArray());
  process.stdout.write(JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024, check: out[n - 1] }));
}

export function memoryBench(opts: { quick?: boolean } = {}): string {
  const n = opts.quick ? 5e6 : 5e7;
  const mib = (n * 8) / 2 ** 20;
  const self = fileURLToPath(import.meta.url);
  const rss = STRATEGIES.map((s) => (JSON.parse(inFreshProcess([self, s, String(n)])) as { maxRssMiB: number }).maxRssMiB);
  const base = rss[0]!;
  const rows = STRATEGIES.map((s, i) => [s, rss[i]!.toFixed(0), (rss[i]! - base).toFixed(0), ((rss[i]! - base) / mib).toFixed(2)]);
  return [`Machine: ${machine()}`, '', `Peak RSS, \`tf * idf - 1\` at n = ${n.toExponential(0)} float64 (one array = ${mib.toFixed(0)} MiB):`, '',
    table(['strategy', 'max RSS MiB', 'above inputs MiB', 'arrays of n above inputs'], rows)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) child(process.argv[2], Number(process.argv[3]));
