// A thin layer over benchmark.js: runs a list of cases, returns their statistics, prints the machine.

import Benchmark from 'benchmark';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RandomState } from '../src/topics/random-state.js';

export interface Case {
  readonly name: string;
  readonly fn: () => unknown;
}

export interface Row {
  readonly name: string;
  /** Mean seconds per call. */
  readonly mean: number;
  /** Relative margin of error, percent (of the median round). */
  readonly rme: number;
  readonly samples: number;
}

/**
 * Runs the cases in `rounds` interleaved rounds (each round in a rotated order), each time to
 * benchmark.js's statistics for `maxTime` seconds, and reports per case the median of the rounds'
 * means. On a shared VM the speed drifts by tens of percent over minutes; interleaving spreads that
 * drift over every case, so the ratios between cases stay honest. `rme` is benchmark.js's relative
 * margin of error of the median round.
 */
export function run(cases: readonly Case[], opts: { maxTime?: number; rounds?: number; minTime?: number; minSamples?: number } = {}): Row[] {
  const rounds = opts.rounds ?? 5;
  const maxTime = (opts.maxTime ?? 2) / rounds;
  // benchmark.js's defaults (5 samples of at least 0.05 s) suit a real run; a smoke test passes less
  const extra = { ...(opts.minTime !== undefined ? { minTime: opts.minTime } : {}), minSamples: opts.minSamples ?? 5 };
  const seen: { mean: number; rme: number; samples: number }[][] = cases.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < cases.length; j++) {
      const k = (j + r) % cases.length;
      const b = new Benchmark(cases[k]!.name, cases[k]!.fn, { maxTime, ...extra });
      b.run({ async: false });
      if (b.error) throw b.error;
      seen[k]!.push({ mean: b.stats.mean, rme: b.stats.rme, samples: b.stats.sample.length });
    }
  }
  return cases.map((c, k) => {
    const sorted = seen[k]!.slice().sort((a, b) => a.mean - b.mean);
    const mid = sorted[sorted.length >> 1]!;
    return { name: c.name, mean: mid.mean, rme: mid.rme, samples: sorted.reduce((s, x) => s + x.samples, 0) };
  });
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

export const us = (seconds: number): string => (seconds * 1e6 >= 100 ? (seconds * 1e6).toFixed(0) : (seconds * 1e6).toFixed(2));

/** The middle of `xs` (the upper one of an even count). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The median wall time in milliseconds of `runs` runs of `f` (for whole runs of seconds, where
 *  benchmark.js's many rounds would take minutes). */
export async function medianMs(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** `n` of `items` drawn with replacement, seeded (numpy's RandomState draws), */
export function resample<T>(items: readonly T[], n: number, seed = 0): T[] {
  const rng = new RandomState(seed);
  return Array.from({ length: n }, () => items[Math.floor(rng.randomSample() * items.length)]!);
}

/**
 * What a Python script prints, as JSON: from Debian's python3 (where apt puts numpy, numexpr, scipy
 * and scikit-learn), else the first python3 on the PATH; null when neither runs it (the peers are
 * missing), so each bench says what it skipped.
 */
export function python<T>(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): T | null {
  for (const py of ['/usr/bin/python3', 'python3']) {
    try {
      return JSON.parse(execFileSync(py, ['-c', script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 24, env })) as T;
    } catch {
      // try the next interpreter
    }
  }
  return null;
}

/** timeit's best of 5, in microseconds: how the Python side of the benches times a call. */
export const PY_BEST_US = 'def best(f):\n    t = timeit.Timer(f); k, _ = t.autorange(); return min(t.repeat(5, k)) / k * 1e6';

/** A markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * Runs `node <args>` in a process of its own and returns what it prints. The child is started by a
 * shell that forks it (rather than exec'ing it): on Linux a child forked straight from a large parent
 * starts with the parent's peak RSS as its own, and that survives exec, so a child's
 * process.resourceUsage().maxRSS would report the benchmark process, not itself.
 */
export function inFreshProcess(args: readonly string[]): string {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return execFileSync('/bin/sh', ['-c', `${quoted}; :`], { encoding: 'utf8' });
}

/** A full garbage collection, then the finalizers' task, `rounds` times: the event loop turning, so
 *  that arrays dropped before give their blocks of ndfuse's memory back (runtime/memory.ts). */
export async function settle(rounds = 2): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let i = 0; i < rounds; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** The pattern of a CSR matrix at NMF's shapes: `side` x `side`, 1% dense, each row's columns spread
 *  and sorted (the products' cases of the ops and wasm benches). */
export function nmfPattern(side: number): { indptr: Int32Array; indices: Int32Array; perRow: number } {
  const perRow = side / 100;
  const indptr = new Int32Array(side + 1), indices = new Int32Array(side * perRow);
  for (let i = 0; i < side; i++) {
    indptr[i + 1] = (i + 1) * perRow;
    for (let j = 0; j < perRow; j++) indices[i * perRow + j] = (j * 100 + ((i * 37) % 100)) % side;
    indices.subarray(i * perRow, (i + 1) * perRow).sort();
  }
  return { indptr, indices, perRow };
}
