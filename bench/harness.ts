// A thin layer over benchmark.js: runs a list of cases, returns their statistics, prints the machine.

import Benchmark from 'benchmark';
import os from 'node:os';

export interface Case {
  readonly name: string;
  readonly fn: () => unknown;
}

export interface Row {
  readonly name: string;
  /** Mean seconds per call. */
  readonly mean: number;
  /** Relative margin of error, percent. */
  readonly rme: number;
  readonly samples: number;
}

/** Runs each case to benchmark.js's statistical confidence (or for `maxTime` seconds). */
export function run(cases: readonly Case[], opts: { maxTime?: number; minSamples?: number } = {}): Row[] {
  return cases.map((c) => {
    const b = new Benchmark(c.name, c.fn, { maxTime: opts.maxTime ?? 2, minSamples: opts.minSamples ?? 10 });
    b.run({ async: false });
    if (b.error) throw b.error;
    return { name: c.name, mean: b.stats.mean, rme: b.stats.rme, samples: b.stats.sample.length };
  });
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

export const us = (seconds: number): string => (seconds * 1e6 >= 100 ? (seconds * 1e6).toFixed(0) : (seconds * 1e6).toFixed(2));

/** A markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
