// Writes random graphs as JSON for the numpy oracle (test/fixtures/make_numpy_fixtures.py reads them):
//   npx tsx test/fuzz/emit.ts --seed 7 --count 3000 > graphs.json

import fc from 'fast-check';
import { generate, type Graph } from './graph.js';

/** The graphs the oracle evaluates: the fuzzer's own generator, from a fixed seed. */
export function oracleGraphs(seed: number, count: number): Graph[] {
  const arb = fc.tuple(fc.array(fc.nat({ max: 0xffff }), { maxLength: 200, size: 'max' }), fc.nat());
  return fc.sample(arb, { seed, numRuns: count }).map(([choices, dataSeed]) => generate(choices, dataSeed).graph);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, dflt: number): number => {
    const i = process.argv.indexOf(name);
    return i < 0 ? dflt : Number(process.argv[i + 1]);
  };
  process.stdout.write(JSON.stringify({ seed: arg('--seed', 7), graphs: oracleGraphs(arg('--seed', 7), arg('--count', 3000)) }));
}
