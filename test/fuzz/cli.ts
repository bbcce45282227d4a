// npm run fuzz -- --seed S --cases N [--report FILE]: random graphs on every backend for as long as
// asked, in batches of 5,000 (batch k uses seed S + k, so any batch can be rerun alone), then the numpy
// oracle's graphs. Writes a report (markdown) with the ops covered and, on a failure, the shrunk graph
// as ndfuse code; exits 1 on a failure.

import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fuzz, type FuzzFailure } from './check.js';
import { againstNumpy, describeCase, numpyCases } from './numpy.js';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i < 0 ? dflt : process.argv[i + 1]!;
};
const seed = Number(arg('--seed', '1'));
const cases = Number(arg('--cases', '20000'));
const report = arg('--report', 'fuzz-report.md');
if (!Number.isInteger(seed) || !Number.isInteger(cases) || cases < 1) {
  process.stderr.write('usage: npm run fuzz -- --seed S --cases N [--report FILE]\n');
  process.exit(2);
}

const BATCH = 5000;
const ops = new Map<string, number>();
let graphs = 0, statements = 0;
let failure: FuzzFailure | undefined;
const t0 = Date.now();
for (let done = 0, k = 0; done < cases && !failure; done += BATCH, k++) {
  const n = Math.min(BATCH, cases - done);
  failure = fuzz({
    seed: seed + k, cases: n,
    onCase: (g) => {
      graphs++;
      statements += g.stmts.length;
      for (const s of g.stmts) ops.set(s.op, (ops.get(s.op) ?? 0) + 1);
    },
  });
  process.stderr.write(`fuzz: batch ${k} (seed ${seed + k}): ${failure ? 'FAILED' : `${n} graphs passed`} after ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}
const secs = (Date.now() - t0) / 1000;
const oracle = numpyCases();
const oracleFailed = (['auto', 'naive'] as const).flatMap((backend) =>
  oracle.map((c) => [c, againstNumpy(c, { name: backend, config: { backend } })] as const).filter(([, p]) => p.length));
const refused = oracle.filter((c) => 'error' in c.numpy).length;

const lines = [
  `# ndfuse fuzz report`, '',
  `- seed ${seed}, ${cases} graphs asked, ${graphs} checked (shrinking included), ${(statements / Math.max(graphs, 1)).toFixed(1)} statements per graph`,
  `- every graph on: the reference interpreter, the automatic choice, the JavaScript kernels with a chunk of 1-17 elements, that again with every kernel in 3 parts, the WebAssembly kernels with that chunk, whole and in 3 parts, the automatic choice on 3 threads`,
  `- ${secs.toFixed(0)} s on ${cpus()[0]?.model ?? 'an unknown CPU'} (${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}), Node ${process.version}`,
  `- result: ${failure ? 'FAILED (below)' : 'no failures'}`,
  `- numpy oracle: ${oracle.length} graphs (${refused} that numpy refuses) x 2 backends: ${oracleFailed.length} disagreements`, '',
  '## Ops covered (statements)', '',
  [...ops].sort((a, b) => b[1] - a[1]).map(([op, n]) => `${op} ${n}`).join(', '), '',
];
if (failure) lines.push('## Failure (shrunk)', '', '```', failure.problems.join('\n'), '```', '', '```ts', failure.code, '```', '');
for (const [c, p] of oracleFailed.slice(0, 5)) lines.push('## numpy disagrees', '', '```', describeCase(c, p), '```', '');
writeFileSync(report, lines.join('\n'));
process.stdout.write(lines.slice(0, 8).join('\n') + `\nreport: ${report}\n`);
process.exit(failure || oracleFailed.length ? 1 : 0);
