// `npm run bench [-- --quick] [--out dir] [--baseline rev] [suite ...]`: runs benchmark suites
// and prints markdown. The sweep suite ("suite") also writes latest.md, latest.svg and latest.json
// into the results folder (bench/results by default); with --baseline, ndfuse at that git revision
// runs beside this one. --quick runs only the sweep, briefly. "chart" draws latest.svg again from
// latest.json.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aotBench } from './aot.bench.js';
import { loadBaseline } from './baseline.js';
import { chunkBench } from './chunk-size.bench.js';
import { crawlBench } from './crawl.bench.js';
import { deepBench } from './deep.bench.js';
import { engineBench } from './engine.bench.js';
import { frontendsBench } from './frontends.bench.js';
import { memoryBench } from './memory.bench.js';
import { opsBench } from './ops.bench.js';
import { reportBench } from './report.bench.js';
import { soakBench } from './soak.bench.js';
import { markdown, svg, writeResults, type SuiteResult } from './suite.js';
import { threadsBench } from './threads.bench.js';
import { topicsBench } from './topics.bench.js';
import { wasmBench } from './wasm.bench.js';

const RESULTS = resolve(fileURLToPath(import.meta.url), '../../../bench/results');

export async function main(args: readonly string[]): Promise<number> {
  const quick = args.includes('--quick');
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? resolve(args[outAt + 1] ?? '') : RESULTS;
  const baseAt = args.indexOf('--baseline');
  const SUITES: Record<string, () => string | Promise<string>> = {
    suite: async () => {
      const baseline = baseAt >= 0 ? await loadBaseline(args[baseAt + 1] ?? 'HEAD') : undefined;
      try {
        return markdown(writeResults(out, { quick, baseline })) + `\nWritten: ${out}/latest.md, latest.svg, latest.json\n`;
      } finally {
        baseline?.close();
      }
    },
    // the chart again from the last sweep's figures, without running it
    chart: () => {
      writeFileSync(join(out, 'latest.svg'), svg(JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as SuiteResult));
      return `Written: ${out}/latest.svg, from ${out}/latest.json\n`;
    },
    engine: () => engineBench({ quick }),
    chunk: () => chunkBench({ quick }),
    memory: () => memoryBench({ quick }),
    ops: () => opsBench({ quick }),
    frontends: () => frontendsBench({ quick }),
    topics: () => topicsBench({ quick }),
    aot: () => aotBench({ quick }),
    soak: () => soakBench({ quick }),
    deep: () => deepBench({ quick }),
    wasm: () => wasmBench({ quick }),
    threads: () => threadsBench({ quick }),
    crawl: () => crawlBench({ quick }),
    report: () => reportBench({ quick }),
  };
  const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out' && args[i - 1] !== '--baseline');
  for (const name of names) {
    if (!SUITES[name]) {
      process.stderr.write(`npm run bench: no suite '${name}' (have: ${Object.keys(SUITES).join(', ')})\n`);
      return 2;
    }
  }
  for (const name of names.length ? names : quick ? ['suite'] : Object.keys(SUITES)) {
    process.stdout.write(`\n## ${name}\n\n${await SUITES[name]!()}\n`);
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
