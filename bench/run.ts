// `npm run bench [-- --quick] [suite ...]`: runs the benchmark suites and prints markdown.

import { engineBench } from './engine.bench.js';
import { chunkBench } from './chunk-size.bench.js';
import { memoryBench } from './memory.bench.js';
import { opsBench } from './ops.bench.js';
import { frontendsBench } from './frontends.bench.js';
import { topicsBench } from './topics.bench.js';

const SUITES: Record<string, (o: { quick?: boolean }) => string | Promise<string>> = {
  engine: engineBench,
  chunk: chunkBench,
  memory: memoryBench,
  ops: opsBench,
  frontends: frontendsBench,
  topics: topicsBench,
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const names = args.filter((a) => !a.startsWith('--'));
for (const name of names.length ? names : Object.keys(SUITES)) {
  const suite = SUITES[name];
  if (!suite) {
    process.stderr.write(`ndfuse bench: no suite '${name}' (have: ${Object.keys(SUITES).join(', ')})\n`);
    process.exit(2);
  }
  process.stdout.write(`\n## ${name}\n\n${await suite({ quick })}\n`);
}
