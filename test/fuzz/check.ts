// The differential check: a random graph runs on every backend (the reference interpreter, the
// automatic choice, the JavaScript kernels with a tiny chunk that pushes chunk boundaries through
// small arrays, that again with every kernel run in parts as threads will run it, and the
// WebAssembly kernels wherever they can run, arrays copied in and out, whole and in parts, and the
// automatic choice with every kernel a worker can run on three threads);
// results must be identical bit for bit (signed zeros and NaN included), inputs unchanged, results
// unchanged after later evaluations, and an error an NdfuseError with the same message everywhere.
// fast-check drives the generator and shrinks a failure to a small graph, printed as ndfuse code.

import fc from 'fast-check';
import * as nd from '../../src/index.js';
import { NdfuseError, withConfig, type Config, type LazyArray } from '../../src/index.js';
import { buildGraph, generate, printGraph, type Graph } from './graph.js';

export interface Backend {
  readonly name: string;
  readonly config: Partial<Config>;
}

/** The backends every graph runs on; a new backend is one more line here. */
export function backends(chunk: number): Backend[] {
  return [
    { name: 'naive', config: { backend: 'naive' } },
    { name: 'auto', config: { backend: 'auto' } },
    { name: `js, chunk ${chunk}`, config: { backend: 'js', chunk } },
    // the parts threads will run: reductions by tile states merged in order, compress by count and place
    { name: `js, chunk ${chunk}, 3 parts`, config: { backend: 'js', chunk, split: 3 } },
    { name: `wasm, chunk ${chunk}`, config: { backend: 'wasm', chunk } },
    { name: `wasm, chunk ${chunk}, 3 parts`, config: { backend: 'wasm', chunk, split: 3 } },
    // every kernel a worker can run on three threads (one more than this machine's cores)
    { name: `auto, chunk ${chunk}, 3 threads`, config: { backend: 'auto', chunk, threads: 3, threadMinWork: 0 } },
  ];
}

interface Result {
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly data: nd.Storage;
  /** A copy taken when the result was returned. */
  readonly snapshot: nd.Storage;
}

type Outcome = { readonly results: Result[] } | { readonly error: unknown };

const CTOR = { float64: Float64Array, float32: Float32Array, int32: Int32Array, uint8: Uint8Array, bool: Uint8Array } as const;

/** Builds and evaluates the graph's roots on one backend. */
export function runOn(graph: Graph, inputs: ReadonlyMap<number, nd.Storage>, backend: Backend): Outcome {
  try {
    return withConfig(backend.config, () => {
      const vals = buildGraph(graph, inputs);
      const roots = graph.roots.map((r) => vals[r] as LazyArray);
      const data = graph.mode === 'all' ? nd.evalAll(roots).map((x) => x.toTypedArray())
        : graph.mode === 'out' ? roots.map((x) => {
          const o = new CTOR[x.dtype](x.size);
          x.eval({ out: o });
          return o;
        })
          : roots.map((x) => x.toTypedArray());
      return { results: roots.map((x, i) => ({ dtype: x.dtype, shape: x.shape, data: data[i]!, snapshot: data[i]!.slice() })) };
    });
  } catch (error) {
    return { error };
  }
}

const identical = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  if (a.length !== b.length) return -2;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
};

const firstLine = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e));

/** What is wrong with the graph on these backends; empty when nothing is. */
export function check(graph: Graph, inputs: ReadonlyMap<number, nd.Storage>, chunk: number, list = backends(chunk)): string[] {
  const problems: string[] = [];
  const pristine = new Map([...inputs].map(([k, v]) => [k, v.slice()] as const));
  const outcomes = list.map((b) => {
    const o = runOn(graph, inputs, b);
    for (const [k, v] of inputs) {
      if (identical(v, pristine.get(k)!) !== -1) {
        problems.push(`${b.name}: input v${k} was changed`);
        v.set(pristine.get(k)!);
      }
    }
    return o;
  });
  const [ref, ...rest] = outcomes as [Outcome, ...Outcome[]];
  outcomes.forEach((o, i) => {
    if ('error' in o && !(o.error instanceof NdfuseError)) problems.push(`${list[i]!.name}: not an NdfuseError: ${firstLine(o.error)}`);
  });
  rest.forEach((o, j) => {
    const name = list[j + 1]!.name;
    if ('error' in ref || 'error' in o) {
      const a = 'error' in ref ? firstLine(ref.error) : 'a result';
      const b = 'error' in o ? firstLine(o.error) : 'a result';
      if (a !== b) problems.push(`${list[0]!.name} gives ${a}; ${name} gives ${b}`);
      return;
    }
    o.results.forEach((r, i) => {
      const want = ref.results[i]!;
      if (r.dtype !== want.dtype || r.shape.join() !== want.shape.join()) {
        problems.push(`${name}: root ${i} is ${r.dtype}[${r.shape}], ${list[0]!.name} gives ${want.dtype}[${want.shape}]`);
        return;
      }
      const at = identical(r.data, want.data);
      if (at === -2) problems.push(`${name}: root ${i} has ${r.data.length} elements, ${list[0]!.name} ${want.data.length}`);
      else if (at >= 0) problems.push(`${name}: root ${i} element ${at} is ${Object.is(r.data[at], -0) ? '-0' : r.data[at]}, ${list[0]!.name} gives ${Object.is(want.data[at], -0) ? '-0' : want.data[at]}`);
    });
  });
  // results must not change once returned, whatever ran after them
  outcomes.forEach((o, i) => {
    if ('results' in o) {
      o.results.forEach((r, k) => {
        if (identical(r.data, r.snapshot) !== -1) problems.push(`${list[i]!.name}: root ${k} changed after it was returned`);
      });
    }
  });
  return problems;
}

export interface FuzzOptions {
  readonly seed: number;
  readonly cases: number;
  readonly maxDepth?: number;
  /** Called with each graph as it is checked (for statistics). */
  readonly onCase?: (graph: Graph, problems: readonly string[]) => void;
  readonly backends?: (chunk: number) => Backend[];
}

export interface FuzzFailure {
  readonly seed: number;
  readonly path: string | undefined;
  readonly problems: readonly string[];
  readonly code: string;
  readonly graph: Graph;
}

/** The fast-check property over random graphs. */
export function property(opts: Omit<FuzzOptions, 'seed' | 'cases'>) {
  return fc.property(
    fc.array(fc.nat({ max: 0xffff }), { maxLength: 200, size: 'max' }),
    fc.nat(),
    fc.constantFrom(1, 2, 3, 5, 8, 17),
    (choices, dataSeed, chunk) => {
      const { graph, inputs } = generate(choices, dataSeed, { maxDepth: opts.maxDepth });
      const problems = check(graph, inputs, chunk, opts.backends?.(chunk));
      opts.onCase?.(graph, problems);
      if (problems.length) throw new FuzzError(graph, problems);
    },
  );
}

export class FuzzError extends Error {
  constructor(readonly graph: Graph, readonly problems: readonly string[]) {
    super(`${problems.join('\n')}\n--- the graph, as ndfuse code:\n${printGraph(graph)}`);
  }
}

/** Runs `cases` random graphs; a failure is shrunk to a small graph. */
export function fuzz(opts: FuzzOptions): FuzzFailure | undefined {
  const out = fc.check(property(opts), { seed: opts.seed, numRuns: opts.cases });
  if (!out.failed) return undefined;
  const err = out.errorInstance;
  if (!(err instanceof FuzzError)) throw err;
  return { seed: opts.seed, path: out.counterexamplePath ?? undefined, problems: err.problems, code: printGraph(err.graph), graph: err.graph };
}
