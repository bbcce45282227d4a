// The benchmark suite people will quote: each case over sizes 1e3 to 1e7, three ways (fused ndfuse,
// the naive backend with a temporary per op, a hand-written JS loop) and, when python3 has them,
// numpy and numexpr (1 thread and all threads) on the same expressions. Per case and size: median
// time, relative margin of error, ratios to naive and to the hand loop, bytes moved per element and
// GB/s; peak memory at the largest size, per strategy, each in its own process. Writes a markdown
// table, an SVG chart (time against size, log-log, one panel per case) and the raw JSON.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as nd from '../src/index.js';
import * as tp from '../src/topics/index.js';
import { withConfig, type LazyArray } from '../src/index.js';
import { inFreshProcess, machine, python, run, table } from './harness.js';

type Strategy = 'fused' | 'naive' | 'hand';

/** The array API a case runs on: this ndfuse, or an earlier build of it (`--baseline`). */
export type Lib = typeof nd;

interface Case {
  readonly name: string;
  /** Bytes each element moves (inputs read and outputs written, 8 per float64). */
  readonly bytes: number;
  /** numpy and numexpr spellings over arrays named a, b, m (bool) and M (a [n/100, 100] matrix). */
  readonly numpy: string | null;
  readonly numexpr: string | null;
  /** The three ways, set up for n elements, with `lib` (ndfuse, or an earlier build of it); `lazy`,
   *  where the result is an array, is the unevaluated expression (timed writing into `out` too). */
  readonly setup: (n: number, lib?: Lib) => Record<Strategy, () => unknown> & { readonly lazy?: () => LazyArray };
}

const inputs = (n: number, lib: Lib): { a: LazyArray; b: LazyArray; A: Float64Array; B: Float64Array } => {
  const a = lib.random([n], { seed: 1 }), b = lib.random([n], { seed: 2 });
  return { a, b, A: a.toTypedArray() as Float64Array, B: b.toTypedArray() as Float64Array };
};
const naive = (f: () => unknown) => (): unknown => withConfig({ backend: 'naive' }, f);

// the hand loops: what a person would write, one loop per case with the arithmetic written in it
// (a shared loop taking a callback would be a megamorphic call per element, unfair to the hand loop),
// output allocated like the others

export const CASES: readonly Case[] = [
  {
    name: 'tf*idf', bytes: 24, numpy: 'a*b', numexpr: 'a*b',
    setup: (n, lib = nd) => { const { a, b, A, B } = inputs(n, lib); return { lazy: () => a.mul(b), fused: () => a.mul(b).toTypedArray(), naive: naive(() => a.mul(b).toTypedArray()), hand: () => { const o = new Float64Array(n); for (let i = 0; i < n; i++) o[i] = A[i]! * B[i]!; return o; } }; },
  },
  {
    name: 'tf*idf - 1', bytes: 24, numpy: 'a*b - 1', numexpr: 'a*b - 1',
    setup: (n, lib = nd) => { const { a, b, A, B } = inputs(n, lib); return { lazy: () => a.mul(b).sub(1), fused: () => a.mul(b).sub(1).toTypedArray(), naive: naive(() => a.mul(b).sub(1).toTypedArray()), hand: () => { const o = new Float64Array(n); for (let i = 0; i < n; i++) o[i] = A[i]! * B[i]! - 1; return o; } }; },
  },
  {
    name: 'a*b - 4.1*a > 2.5*b', bytes: 17, numpy: 'a*b - 4.1*a > 2.5*b', numexpr: 'a*b - 4.1*a > 2.5*b',
    setup: (n, lib = nd) => {
      const { a, b, A, B } = inputs(n, lib);
      const lazy = (): LazyArray => a.mul(b).sub(a.mul(4.1)).gt(b.mul(2.5));
      const f = (): unknown => lazy().toTypedArray();
      return { lazy, fused: f, naive: naive(f), hand: () => { const o = new Uint8Array(n); for (let i = 0; i < n; i++) o[i] = A[i]! * B[i]! - 4.1 * A[i]! > 2.5 * B[i]! ? 1 : 0; return o; } };
    },
  },
  {
    name: '2*a + b**10', bytes: 24, numpy: '2*a + b**10', numexpr: '2*a + b**10',
    setup: (n, lib = nd) => { const { a, b, A, B } = inputs(n, lib); const lazy = (): LazyArray => a.mul(2).add(b.pow(10)); const f = (): unknown => lazy().toTypedArray(); return { lazy, fused: f, naive: naive(f), hand: () => { const o = new Float64Array(n); for (let i = 0; i < n; i++) o[i] = 2 * A[i]! + B[i]! ** 10; return o; } }; },
  },
  {
    name: 'polynomial ((.25a + .75)a - 1.5)a - 2', bytes: 16, numpy: '((.25*a + .75)*a - 1.5)*a - 2', numexpr: '((.25*a + .75)*a - 1.5)*a - 2',
    setup: (n, lib = nd) => { const a = lib.random([n], { seed: 1 }), A = a.toTypedArray() as Float64Array; const lazy = (): LazyArray => a.mul(0.25).add(0.75).mul(a).sub(1.5).mul(a).sub(2); const f = (): unknown => lazy().toTypedArray(); return { lazy, fused: f, naive: naive(f), hand: () => { const o = new Float64Array(n); for (let i = 0; i < n; i++) { const x = A[i]!; o[i] = ((0.25 * x + 0.75) * x - 1.5) * x - 2; } return o; } }; },
  },
  {
    name: 'where(a > 0.5, a, b)', bytes: 24, numpy: 'np.where(a > 0.5, a, b)', numexpr: 'where(a > 0.5, a, b)',
    setup: (n, lib = nd) => { const { a, b, A, B } = inputs(n, lib); const lazy = (): LazyArray => lib.where(a.gt(0.5), a, b); const f = (): unknown => lazy().toTypedArray(); return { lazy, fused: f, naive: naive(f), hand: () => { const o = new Float64Array(n); for (let i = 0; i < n; i++) o[i] = A[i]! > 0.5 ? A[i]! : B[i]!; return o; } }; },
  },
  {
    name: 'sum(a*b)', bytes: 16, numpy: '(a*b).sum()', numexpr: 'sum(a*b)',
    setup: (n, lib = nd) => {
      const { a, b, A, B } = inputs(n, lib);
      const f = (): unknown => a.mul(b).sum().item();
      return { fused: f, naive: naive(f), hand: () => { let s = 0; for (let i = 0; i < n; i++) s += A[i]! * B[i]!; return s; } };
    },
  },
  {
    name: 'masked mean a[m].mean()', bytes: 9, numpy: 'a[m].mean()', numexpr: null,
    setup: (n, lib = nd) => {
      const { a, A } = inputs(n, lib);
      const m = a.gt(0.5).eval();
      const M = m.toTypedArray();
      const f = (): unknown => a.select(m).mean().item();
      return { fused: f, naive: naive(f), hand: () => { let s = 0, c = 0; for (let i = 0; i < n; i++) if (M[i]) { s += A[i]!; c++; } return s / c; } };
    },
  },
  {
    name: 'row norms sqrt(sum(M*M, 1))', bytes: 8, numpy: 'np.sqrt((M*M).sum(1))', numexpr: 'sqrt(sum(M*M, axis=1))',
    setup: (n, lib = nd) => {
      const rows = Math.max(1, Math.floor(n / 100));
      const M = lib.random([rows, 100], { seed: 3 });
      const D = M.toTypedArray() as Float64Array;
      const lazy = (): LazyArray => M.mul(M).sum(1).sqrt();
      const f = (): unknown => lazy().toTypedArray();
      return {
        lazy, fused: f, naive: naive(f),
        hand: () => { const o = new Float64Array(rows); for (let r = 0; r < rows; r++) { let s = 0; for (let j = 0; j < 100; j++) s += D[r * 100 + j]! ** 2; o[r] = Math.sqrt(s); } return o; },
      };
    },
  },
  {
    name: 'sparse TF-IDF weighting X.mul(idf).normalizeRows()', bytes: 32, numpy: null, numexpr: null,
    setup: (n, lib = nd) => {
      // n stored values, 50 a row, over 1000 columns
      const perRow = 50, rows = Math.max(1, Math.floor(n / perRow)), cols = 1000;
      const indptr = Int32Array.from({ length: rows + 1 }, (_, r) => r * perRow);
      const indices = Int32Array.from({ length: rows * perRow }, (_, j) => ((j % perRow) * 20 + (Math.floor(j / perRow) % 20)) % cols);
      const X = lib.csr({ data: lib.random([rows * perRow], { seed: 4 }), indices, indptr, shape: [rows, cols] });
      const idf = lib.random([cols], { seed: 5 }).add(1);
      const D = X.data.toTypedArray() as Float64Array, I = idf.toTypedArray() as Float64Array;
      const lazy = (): LazyArray => X.mul(idf).normalizeRows('l2').data;
      const f = (): unknown => lazy().toTypedArray();
      return {
        lazy, fused: f, naive: naive(f),
        hand: () => {
          const o = new Float64Array(D.length);
          for (let r = 0; r < rows; r++) {
            let s = 0;
            for (let j = indptr[r]!; j < indptr[r + 1]!; j++) s += (D[j]! * I[indices[j]!]!) ** 2;
            const norm = s === 0 ? 1 : Math.sqrt(s);
            for (let j = indptr[r]!; j < indptr[r + 1]!; j++) o[j] = (D[j]! * I[indices[j]!]!) / norm;
          }
          return o;
        },
      };
    },
  },
];

/** Work of a fixed size, timed fused against naive (and a hand loop where one is written). */
function extras(quick: boolean): { name: string; fused: number; naive: number; hand: number | null }[] {
  const side = quick ? 32 : 256;
  const A = nd.random([side, side], { seed: 6 }), B = nd.random([side, side], { seed: 7 });
  const a = A.toTypedArray() as Float64Array, b = B.toTypedArray() as Float64Array;
  const handMatmul = (): Float64Array => {
    const c = new Float64Array(side * side);
    for (let i = 0; i < side; i++) for (let k = 0; k < side; k++) {
      const x = a[i * side + k]!;
      for (let j = 0; j < side; j++) c[i * side + j]! += x * b[k * side + j]!;
    }
    return c;
  };
  const talks = tp.loadCorpus(tp.defaultCorpusPath()).slice(0, quick ? 40 : undefined);
  const X = new tp.TfidfVectorizer(quick ? {} : tp.DEMO_TFIDF).fitTransform(talks.map((t) => t.text));
  const W = nd.random([X.shape[0], 10], { seed: 8 }), H = nd.random([10, X.shape[1]], { seed: 9 });
  const update = (): unknown => {
    const W2 = W.mul(X.matmul(H.T).div(W.matmul(H.matmul(H.T)))).eval();
    return H.mul(nd.matmul(W2.T, X).div(W2.T.matmul(W2).matmul(H))).toTypedArray();
  };
  const pipeline = (): unknown => tp.findTopics(talks, { components: quick ? 3 : 10, tfidf: quick ? {} : tp.DEMO_TFIDF });
  const cases: { name: string; f: () => unknown; hand: (() => unknown) | null }[] = [
    { name: `matmul ${side} x ${side} float64`, f: () => A.matmul(B).toTypedArray(), hand: handMatmul },
    { name: `one NMF iteration (mu, 10 topics, ${X.shape[0]} x ${X.shape[1]} TF-IDF)`, f: update, hand: null },
    { name: `topics pipeline (TF-IDF + NMF, ${talks.length} talks)`, f: pipeline, hand: null },
  ];
  return cases.map((c) => {
    const opts = quick ? { maxTime: 0.01, rounds: 1, minTime: 0.002, minSamples: 2 } : { maxTime: 4, rounds: 3 };
    const rows = run([{ name: 'fused', fn: c.f }, { name: 'naive', fn: naive(c.f) }, ...(c.hand ? [{ name: 'hand', fn: c.hand }] : [])], opts);
    return { name: c.name, fused: rows[0]!.mean * 1e6, naive: rows[1]!.mean * 1e6, hand: c.hand ? rows[2]!.mean * 1e6 : null };
  });
}

interface Point { strategy: string; n: number; us: number; rme: number }

/** numpy and numexpr over the same cases and sizes, in microseconds (timeit's best of 5), or why not. */
function peers(sizes: readonly number[]): { points: Point[]; notes: string[] } | string {
  const script = String.raw`
import json, sys, timeit
import numpy as np
import numexpr as ne
cases = json.loads(sys.argv[1]); sizes = json.loads(sys.argv[2]); out = []; notes = set()
for c in cases:
    for n in sizes:
        rng = np.random.RandomState(0)
        a = rng.rand(n); b = rng.rand(n); m = a > 0.5; M = rng.rand(max(1, n // 100), 100)
        env = dict(np=np, a=a, b=b, m=m, M=M)
        def best(f):
            t = timeit.Timer(f); k, _ = t.autorange(); return min(t.repeat(5, k)) / k * 1e6
        out.append(dict(case=c['name'], strategy='numpy', n=n, us=best(lambda: eval(c['numpy'], env))))
        if c['numexpr']:
            for threads, label in ((1, 'numexpr 1 thread'), (ne.detect_number_of_cores(), 'numexpr all threads')):
                ne.set_num_threads(threads)
                try:
                    out.append(dict(case=c['name'], strategy=label, n=n, us=best(lambda: ne.evaluate(c['numexpr'], local_dict=env))))
                except Exception as ex:
                    notes.add('numexpr refuses %s (%s)' % (c['numexpr'], ex))
print(json.dumps(dict(points=out, notes=sorted(notes))))
`;
  const spec = JSON.stringify(CASES.filter((c) => c.numpy).map((c) => ({ name: c.name, numpy: c.numpy, numexpr: c.numexpr })));
  const res = python<{ points: (Point & { case: string })[]; notes: string[] }>(script, [spec, JSON.stringify(sizes)]);
  if (!res) return 'numpy and numexpr skipped: no python3 with numpy and numexpr';
  return { points: res.points.map((r) => ({ ...r, rme: NaN, strategy: `${r.case}\u0000${r.strategy}` })), notes: res.notes };
}

/** Peak RSS above the inputs, MiB, of one strategy at n, in a process of its own. */
function peakMiB(caseIndex: number, strategy: Strategy | 'none', n: number): number {
  return Number(inFreshProcess([fileURLToPath(import.meta.url), 'peak', String(caseIndex), strategy, String(n)]).trim());
}

function peakChild(caseIndex: number, strategy: string, n: number): void {
  const fns = CASES[caseIndex]!.setup(n);
  if (strategy !== 'none') fns[strategy as Strategy]();
  process.stdout.write(String(process.resourceUsage().maxRSS / 1024));
}

export interface SuiteResult {
  readonly machine: string;
  readonly date: string;
  readonly quick: boolean;
  readonly sizes: readonly number[];
  readonly points: readonly (Point & { case: string })[];
  readonly peaks: readonly { case: string; n: number; fused: number; naive: number; hand: number }[];
  readonly compileMs: number;
  readonly extras: readonly { name: string; fused: number; naive: number; hand: number | null }[];
  readonly notes: readonly string[];
  /** The label of the earlier ndfuse timed beside this one, if any. */
  readonly baseline?: string;
}

export interface SuiteOptions {
  readonly quick?: boolean;
  /** An earlier ndfuse, timed beside this one as 'fused <label>'. */
  readonly baseline?: { readonly lib: Lib; readonly label: string };
}

export function runSuite(opts: SuiteOptions = {}): SuiteResult {
  const quick = opts.quick ?? false;
  const sizes = quick ? [1e3, 1e4] : [1e3, 1e4, 1e5, 1e6, 1e7];
  const notes: string[] = [];
  const points: (Point & { case: string })[] = [];
  for (const c of CASES) {
    for (const n of sizes) {
      const fns = c.setup(n);
      const slow = n >= 1e7;
      const old = opts.baseline ? c.setup(n, opts.baseline.lib) : undefined;
      // writing into a preallocated output, where the result is an array: the kernel without the
      // allocation (and its page faults and collections) that a fresh output costs; the output an
      // array the library made (in ndfuse's memory, where its WebAssembly kernels write), or, for
      // an earlier build without `empty`, a TypedArray
      const intoOut = (lib: Lib, lazy: (() => LazyArray) | undefined): (() => unknown) | undefined => {
        if (!lazy) return undefined;
        const x = lazy();
        const o = typeof lib.empty === 'function' ? lib.empty(x.shape, { dtype: x.dtype }) : x.toTypedArray().slice();
        return () => lib.evalAll([lazy()], { out: [o] });
      };
      const extra = [
        { name: 'fused, out=', fn: intoOut(nd, fns.lazy) },
        ...(opts.baseline ? [{ name: `fused ${opts.baseline.label}`, fn: old!.fused }, { name: `fused ${opts.baseline.label}, out=`, fn: intoOut(opts.baseline.lib, old!.lazy) }] : []),
      ].filter((x): x is { name: string; fn: () => unknown } => x.fn !== undefined);
      const rows = run([...(['fused', 'naive', 'hand'] as const).map((s) => ({ name: s, fn: fns[s] })), ...extra],
        // at 1e7 a naive call takes seconds: one round of three samples there, three rounds elsewhere
        quick ? { maxTime: 0.01, rounds: 1, minTime: 0.002, minSamples: 2 } : slow ? { maxTime: 4, rounds: 1, minSamples: 3 } : { maxTime: 2, rounds: 3 });
      rows.forEach((r) => points.push({ case: c.name, strategy: r.name, n, us: r.mean * 1e6, rme: r.rme }));
    }
  }
  if (quick) notes.push('numpy and numexpr skipped in --quick');
  else {
    const p = peers(sizes);
    if (typeof p === 'string') notes.push(p);
    else {
      notes.push(...p.notes);
      for (const r of p.points) {
        const [name, strategy] = r.strategy.split('\u0000') as [string, string];
        points.push({ case: name, strategy, n: r.n, us: r.us, rme: NaN });
      }
    }
  }
  // peak memory means something only for large arrays: the full run measures it at 1e7
  const peakN = 1e7;
  if (quick) notes.push('peak memory skipped in --quick (measured at n = 1e7 in a full run)');
  const peaks = quick ? [] : CASES.map((c, k) => {
    const base = peakMiB(k, 'none', peakN);
    return { case: c.name, n: peakN, fused: peakMiB(k, 'fused', peakN) - base, naive: peakMiB(k, 'naive', peakN) - base, hand: peakMiB(k, 'hand', peakN) - base };
  });
  // the cold compile of a kernel, on its own (a fresh cache; the compiler already warm)
  nd.clearKernelCache();
  const before = nd.cacheStats.compileMs;
  nd.random([10], { seed: 1 }).mul(nd.random([10], { seed: 2 })).sub(1).toTypedArray();
  const compileMs = nd.cacheStats.compileMs - before;
  if (opts.baseline) notes.push(`'fused ${opts.baseline.label}' is ndfuse at revision ${opts.baseline.label}, built and run in the same process (npm run bench -- suite --baseline ${opts.baseline.label})`);
  return { machine: machine(), date: new Date().toISOString().slice(0, 10), quick, sizes, points, peaks, compileMs, extras: extras(quick), notes, baseline: opts.baseline?.label };
}

const fmt = (us: number): string => (us >= 1000 ? `${(us / 1000).toFixed(us >= 1e5 ? 0 : 2)} ms` : `${us.toFixed(us >= 100 ? 0 : 2)} us`);

export function markdown(r: SuiteResult): string {
  const out = [`# ndfuse benchmark results`, '', `Machine: ${r.machine}. Date: ${r.date}.${r.quick ? ' A --quick run (smoke test, not for quoting).' : ''}`, '',
    'Median time per call (benchmark.js, interleaved rounds; ± relative margin of error), outputs allocated by every strategy. ' +
    'naive = the reference backend (a temporary array per op); hand = one hand-written JS loop; numpy and numexpr: timeit best of 5.', ''];
  const strategies = [...new Set(r.points.map((p) => p.strategy))];
  for (const c of CASES) {
    const bytes = c.bytes;
    out.push(`## ${c.name}`, '');
    const rows = r.sizes.map((n) => {
      const at = (s: string): Point | undefined => r.points.find((p) => p.case === c.name && p.strategy === s && p.n === n);
      const f = at('fused')!, nv = at('naive')!, h = at('hand')!;
      const ratio = (s: string, to = f): string => { const p = at(s); return p ? (p.us / to.us).toFixed(2) : '-'; };
      const fo = at('fused, out=');
      return [n.toExponential(0), ...strategies.map((s) => { const p = at(s); return p ? `${fmt(p.us)}${Number.isNaN(p.rme) ? '' : ` ±${p.rme.toFixed(0)}%`}` : '-'; }),
        (nv.us / f.us).toFixed(1), (h.us / f.us).toFixed(2), ...(r.baseline ? [ratio(`fused ${r.baseline}`), fo ? ratio(`fused ${r.baseline}, out=`, fo) : '-'] : []),
        ratio('numpy'), ratio('numexpr 1 thread'),
        ((bytes * n) / (f.us * 1e-6) / 1e9).toFixed(2)];
    });
    out.push(table(['n', ...strategies, 'naive / fused', 'hand / fused', ...(r.baseline ? [`${r.baseline} / fused`, `${r.baseline} / fused (out=)`] : []), 'numpy / fused', 'numexpr 1 thread / fused',
      `fused GB/s (${bytes} B/element)`], rows), '');
  }
  if (r.peaks.length) {
    out.push('## Peak memory', '', `Peak RSS above the inputs at n = ${r.peaks[0]!.n.toExponential(0)}, MiB, each strategy in its own process:`, '');
    out.push(table(['case', 'fused', 'naive', 'hand'], r.peaks.map((p) => [p.case, p.fused.toFixed(0), p.naive.toFixed(0), p.hand.toFixed(0)])), '');
  }
  out.push('## Fixed-size work', '', 'Median time per call:', '');
  out.push(table(['case', 'fused', 'naive', 'hand', 'naive / fused', 'hand / fused'], r.extras.map((e) => [e.name, fmt(e.fused), fmt(e.naive), e.hand === null ? '-' : fmt(e.hand), (e.naive / e.fused).toFixed(1), e.hand === null ? '-' : (e.hand / e.fused).toFixed(2)])), '');
  out.push(`Cold compile of a kernel (\`tf*idf - 1\`, fresh kernel cache, compiler warm): ${r.compileMs.toFixed(3)} ms.`, '');
  if (r.notes.length) out.push(...r.notes.map((n) => `Note: ${n}.`), '');
  return out.join('\n');
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A line's look: colour (Okabe and Ito's, told apart with colour blindness), dashes and marker, so
 *  that lines on top of each other still show, and the chart reads in grey. */
const LOOKS: Record<string, { colour: string; dash: string; marker: 'disc' | 'ring' | 'square' | 'triangle' | 'diamond' | 'cross' | 'plus' }> = {
  fused: { colour: '#0072b2', dash: '', marker: 'disc' },
  'fused, out=': { colour: '#56b4e9', dash: '7 3', marker: 'ring' },
  naive: { colour: '#d55e00', dash: '2 3', marker: 'square' },
  hand: { colour: '#009e73', dash: '9 3 2 3', marker: 'triangle' },
  numpy: { colour: '#cc79a7', dash: '12 4', marker: 'diamond' },
  'numexpr 1 thread': { colour: '#e69f00', dash: '5 2', marker: 'cross' },
  'numexpr all threads': { colour: '#4d4d4d', dash: '1 2', marker: 'plus' },
};
const lookOf = (s: string, j: number): (typeof LOOKS)[string] => LOOKS[s] ?? { colour: ['#999999', '#b15928', '#6a3d9a'][j % 3]!, dash: '3 3', marker: 'ring' };

function marker(kind: (typeof LOOKS)[string]['marker'], x: number, y: number, colour: string): string {
  const r = 3.6, at = `${x.toFixed(1)},${y.toFixed(1)}`;
  switch (kind) {
    case 'disc': return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${colour}"/>`;
    case 'ring': return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="white" stroke="${colour}" stroke-width="1.5"/>`;
    case 'square': return `<rect x="${(x - r).toFixed(1)}" y="${(y - r).toFixed(1)}" width="${2 * r}" height="${2 * r}" fill="${colour}"/>`;
    case 'triangle': return `<path transform="translate(${at})" d="M0,${-r - 0.6}L${r + 0.4},${r * 0.8}H${-r - 0.4}Z" fill="${colour}"/>`;
    case 'diamond': return `<path transform="translate(${at})" d="M0,${-r - 0.8}L${r},0L0,${r + 0.8}L${-r},0Z" fill="${colour}"/>`;
    case 'cross': return `<path transform="translate(${at})" d="M${-r},${-r}L${r},${r}M${-r},${r}L${r},${-r}" stroke="${colour}" stroke-width="2"/>`;
    case 'plus': return `<path transform="translate(${at})" d="M${-r - 0.5},0H${r + 0.5}M0,${-r - 0.5}V${r + 0.5}" stroke="${colour}" stroke-width="2"/>`;
  }
}

/** A time in the unit that fits it: 5 µs, 20 ms, 1.5 s. */
const timeLabel = (us: number): string => {
  const [v, unit] = us >= 1e6 ? [us / 1e6, 's'] : us >= 1e3 ? [us / 1e3, 'ms'] : [us, 'µs'];
  return `${Number(v.toPrecision(3))} ${unit}`;
};
/** A size as people say it: 1k, 100k, 10M. */
const sizeLabel = (n: number): string => (n >= 1e9 ? `${n / 1e9}G` : n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const ratioLabel = (x: number): string => `${Number(x.toPrecision(2))}×`;

interface Series { readonly name: string; readonly points: readonly { n: number; v: number }[] }

/** One log-log panel, its origin at (ox, oy): the axes with their titles, a grid, a line per series. */
function panel(o: { ox: number; oy: number; w: number; h: number; title: string; sizes: readonly number[]; series: readonly Series[]; ticks: (lo: number, hi: number) => number[]; label: (v: number) => string; yTitle: string; level?: number }): string {
  const pad = { l: 64, r: 12, t: 28, b: 44 };
  const vs = o.series.flatMap((s) => s.points.map((p) => p.v)).filter((v) => v > 0);
  if (o.level !== undefined) vs.push(o.level);
  const lo = Math.min(...vs), hi = Math.max(...vs);
  const ticks = o.ticks(lo, hi);
  const y0 = Math.log10(Math.min(lo, ticks[0]!)), y1 = Math.log10(Math.max(hi, ticks[ticks.length - 1]!));
  const x0 = Math.log10(o.sizes[0]!), x1 = Math.log10(o.sizes[o.sizes.length - 1]!);
  const px = (n: number): number => pad.l + ((Math.log10(n) - x0) / Math.max(x1 - x0, 1e-9)) * (o.w - pad.l - pad.r);
  const py = (v: number): number => o.h - pad.b - ((Math.log10(v) - y0) / Math.max(y1 - y0, 1e-9)) * (o.h - pad.t - pad.b);
  const out = [`<g transform="translate(${o.ox},${o.oy})">`, `<text x="${pad.l}" y="16" font-weight="bold" font-size="12">${xml(o.title)}</text>`];
  // a label too near one already placed (the 1× line's first) is left out; its grid line stays
  const placed: number[] = [];
  for (const t of o.level !== undefined && ticks.includes(o.level) ? [o.level, ...ticks.filter((t) => t !== o.level)] : ticks) {
    const y = py(t), room = placed.every((q) => Math.abs(q - y) >= 12);
    if (room) placed.push(y);
    out.push(`<line x1="${pad.l}" x2="${o.w - pad.r}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#e4e4e4"/>${room ? `<text x="${pad.l - 5}" y="${(y + 3.5).toFixed(1)}" text-anchor="end">${xml(o.label(t))}</text>` : ''}`);
  }
  if (o.level !== undefined) out.push(`<line x1="${pad.l}" x2="${o.w - pad.r}" y1="${py(o.level).toFixed(1)}" y2="${py(o.level).toFixed(1)}" stroke="#777" stroke-width="1.2"/>`);
  for (const n of o.sizes) out.push(`<line x1="${px(n).toFixed(1)}" x2="${px(n).toFixed(1)}" y1="${o.h - pad.b}" y2="${o.h - pad.b + 4}" stroke="#999"/><text x="${px(n).toFixed(1)}" y="${o.h - pad.b + 15}" text-anchor="middle">${sizeLabel(n)}</text>`);
  out.push(`<path d="M${pad.l},${pad.t}V${o.h - pad.b}H${o.w - pad.r}" fill="none" stroke="#999"/>`);
  out.push(`<text x="${(pad.l + o.w - pad.r) / 2}" y="${o.h - 8}" text-anchor="middle" fill="#555">array size n (elements)</text>`);
  out.push(`<text transform="translate(13,${(pad.t + o.h - pad.b) / 2}) rotate(-90)" text-anchor="middle" fill="#555">${xml(o.yTitle)}</text>`);
  o.series.forEach((s, j) => {
    const look = lookOf(s.name, j);
    const pts = s.points.filter((p) => p.v > 0);
    if (!pts.length) return;
    out.push(`<polyline fill="none" stroke="${look.colour}" stroke-width="1.8"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''} points="${pts.map((p) => `${px(p.n).toFixed(1)},${py(p.v).toFixed(1)}`).join(' ')}"><title>${xml(s.name)}</title></polyline>`);
    for (const p of pts) out.push(marker(look.marker, px(p.n), py(p.v), look.colour));
  });
  out.push('</g>');
  return out.join('');
}

const decades = (lo: number, hi: number): number[] => {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
};
/** 1-2-5 steps for ratios from one at or below the lowest to one at or above the highest, thinned
 *  to about seven lines (1× always kept). */
const ratioTicks = (lo: number, hi: number): number[] => {
  const all: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) for (const m of [1, 2, 5]) all.push(Number((m * 10 ** e).toPrecision(2)));
  let first = 0;
  while (all[first + 1]! <= lo) first++;
  const last = all.findIndex((t) => t >= hi);
  const span = all.slice(first, last + 1);
  const step = Math.ceil(span.length / 7);
  return span.filter((t, i) => i % step === 0 || t === 1 || i === span.length - 1);
};

/** The sweep as a chart: time against size per case (log-log), then, per case, each peer's time over
 *  fused ndfuse's (above 1, ndfuse is faster). Every line has its own colour, dashes and markers. */
export function svg(r: SuiteResult): string {
  const PW = 300, PH = 236, cols = 4, margin = 12;
  const strategies = [...new Set(r.points.map((p) => p.strategy))];
  const peers = strategies.filter((s) => !s.startsWith('fused'));
  const rows = Math.ceil(CASES.length / cols);
  const width = cols * PW + 2 * margin;
  const at = (c: string, s: string, n: number): number | undefined => r.points.find((p) => p.case === c && p.strategy === s && p.n === n)?.us;
  const top = 70;
  const legend = strategies.map((s, j) => {
    const look = lookOf(s, j);
    const x = margin + (j % 4) * 300, y = top - 24 + Math.floor(j / 4) * 18;
    return `<g transform="translate(${x},${y})"><line x1="0" x2="34" y1="0" y2="0" stroke="${look.colour}" stroke-width="1.8"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>${marker(look.marker, 17, 0, look.colour)}<text x="42" y="4">${xml(s)}</text></g>`;
  });
  const legendRows = Math.ceil(strategies.length / 4);
  const timeTop = top + legendRows * 18 + 8;
  const timeTitle = `<text x="${margin}" y="${timeTop}" font-weight="bold" font-size="13">Time per call (log scales; lower is faster)</text>`;
  // a panel per case in rows of `cols` below `y`; a series per strategy of the values `v` gives
  type Axes = Pick<Parameters<typeof panel>[0], 'ticks' | 'label' | 'yTitle' | 'level'>;
  const panels = (y: number, names: readonly string[], v: (c: string, s: string, n: number) => number | undefined, axes: Axes): string[] => CASES.map((c, k) => panel({
    ox: margin + (k % cols) * PW, oy: y + 8 + Math.floor(k / cols) * PH, w: PW, h: PH, title: c.name, sizes: r.sizes,
    series: names.map((s) => ({ name: s, points: r.sizes.flatMap((n) => { const x = v(c.name, s, n); return x === undefined ? [] : [{ n, v: x }]; }) })),
    ...axes,
  }));
  const timePanels = panels(timeTop, strategies, at, { ticks: decades, label: timeLabel, yTitle: 'time per call' });
  const ratioTop = timeTop + 8 + rows * PH + 26;
  const ratioTitle = `<text x="${margin}" y="${ratioTop}" font-weight="bold" font-size="13">Fused ndfuse against each peer: the peer's time ÷ fused's (above the 1× line, fused is faster)</text>`;
  const ratioPanels = panels(ratioTop, peers, (c, s, n) => {
    const v = at(c, s, n), f = at(c, 'fused', n);
    return v === undefined || f === undefined ? undefined : v / f;
  }, { ticks: ratioTicks, label: ratioLabel, yTitle: 'peer time ÷ fused time', level: 1 });
  const height = ratioTop + 8 + rows * PH + 10;
  const head = `<text x="${margin}" y="20" font-weight="bold" font-size="15">ndfuse benchmark sweep</text><text x="${margin}" y="36" fill="#555">${xml(`${r.machine}, ${r.date}${r.quick ? ' (a --quick run: not for quoting)' : ''}. ndfuse: benchmark.js median; numpy and numexpr: timeit best of 5.`)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, Helvetica, Arial, sans-serif" font-size="11" fill="#222"><rect width="100%" height="100%" fill="white"/>${head}${legend.join('')}${timeTitle}${timePanels.join('')}${ratioTitle}${ratioPanels.join('')}</svg>\n`;
}

/** Runs the suite and writes latest.md, latest.svg and latest.json into `dir`. */
export function writeResults(dir: string, opts: SuiteOptions = {}): SuiteResult {
  const r = runSuite(opts);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), markdown(r));
  writeFileSync(join(dir, 'latest.svg'), svg(r));
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(r, null, 1));
  return r;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'peak') {
  peakChild(Number(process.argv[3]), process.argv[4]!, Number(process.argv[5]));
}
