// Runs a compiled Program: gives every kernel its arrays, walks each kernel's range in fixed-size
// chunks then the tail (or in parts: on worker threads, or one after another with NDFUSE_SPLIT), and returns
// intermediates to the pool as soon as nothing reads them.

import { accsOf, geometryOf, printKernel, printPlan, reducedCount, ruleOf, splitsReduced, stateWords, SUM_TILE, type LoopIR, type Node, type Program } from '../compiler/index.js';
import { freshResult, ownedCopy, overlaps, release, scratch, type Buffer, type Storage } from './buffer.js';
import { isOwned } from './memory.js';
import { nowMs } from './clock.js';
import { config } from './config.js';
import { cacheStats, type KernelFn } from './kernel-cache.js';
import type { KernelSpec } from './jobs.js';
import { block, check, post, settled } from './pool.js';

/**
 * What running a program needs beyond the program, worked out once per program: every array gets a
 * slot; kernels name their arrays by slot. Keeps per-call work to a few array writes, which matters
 * when the arrays are small.
 */
interface Plan {
  readonly nslots: number;
  /** Slots of input arrays, with the buffer nodes that fill them. */
  readonly inputs: readonly (readonly [number, Node])[];
  readonly steps: readonly {
    /** Output slots with, for each, the root it is (-1 for an intermediate) and the node stored. */
    readonly outs: readonly (readonly [number, number, Node])[];
    /** Slots of outputs then inputs, in the kernel's argument order. */
    readonly args: readonly number[];
    /** Intermediate slots no later kernel reads. */
    readonly dead: readonly number[];
  }[];
  readonly rootSlots: readonly number[];
  /** Whether an output array given before was written directly (writesDirectly). */
  direct?: WeakMap<Storage, boolean>;
}

const plans = new WeakMap<Program, Plan>();

function planOf(p: Program): Plan {
  let plan = plans.get(p);
  if (plan) return plan;
  const slot = new Map<Node, number>();
  const inputs: [number, Node][] = [];
  const slotOf = (n: Node): number => {
    let s = slot.get(n);
    if (s === undefined) {
      slot.set(n, (s = slot.size));
      if (n.op === 'buffer') inputs.push([s, n]);
    }
    return s;
  };
  const rootIndex = new Map<Node, number>();
  p.roots.forEach((r, i) => rootIndex.has(r) || rootIndex.set(r, i));
  const lastRead = new Map<Node, number>();
  p.kernels.forEach((k, i) => k.binding.inputs.forEach((n) => lastRead.set(n, i)));
  const steps = p.kernels.map((k, ki) => {
    const b = k.binding;
    const outs = b.outputs.map((n) => [slotOf(n), rootIndex.get(n) ?? -1, n] as const);
    const args = [...outs.map((o) => o[0]), ...b.inputs.map(slotOf)];
    const dead = b.inputs.filter((n) => lastRead.get(n) === ki && n.op !== 'buffer' && !rootIndex.has(n)).map(slotOf);
    return { outs, args, dead: [...new Set(dead)] };
  });
  const rootSlots = p.roots.map(slotOf);
  plan = { nslots: slot.size, inputs, steps, rootSlots };
  plans.set(p, plan);
  return plan;
}

/** The memory behind a buffer node. */
export const dataOf = (n: Node): Storage => (n.arg as Buffer).data;

/** How a program's kernels run: kernel i's function, whether it must run over its whole range in one
 *  call (the reference interpreter standing in for it takes no parts), whether every array it
 *  reads and writes must live in ndfuse's memory (a WebAssembly kernel's): those that do not are
 *  copied in (and out) around it, or, where that memory has no room, `fallback(i)` runs instead;
 *  and how a worker thread makes it, where one can (runtime/pool.ts). */
export interface Runnable {
  readonly fns: readonly KernelFn[];
  readonly whole: readonly boolean[];
  readonly placed?: readonly boolean[];
  readonly fallback?: (ki: number) => KernelFn;
  readonly specs?: readonly (KernelSpec | undefined)[];
}

/** What the executor waits on between its steps when it runs for `evalAsync`: workers finishing. */
type Steps = Generator<Promise<unknown>, Storage[], undefined>;

/**
 * Runs `p` with its kernels `run`. `out[i]`, when given, receives root i (the caller has checked
 * its dtype and length). Returns one array per root. Blocks while worker threads run their parts.
 */
export function execute(p: Program, run: Runnable, out: readonly (Storage | undefined)[] = []): Storage[] {
  const g = steps(p, run, out, false);
  for (let r = g.next(); ; r = g.next()) if (r.done) return r.value;
}

// evaluations for evalAsync run one after another (they share the workers); while one is in flight
// a synchronous evaluation runs on the calling thread only
let queue: Promise<unknown> = Promise.resolve();
let inFlight = 0;

/** `execute`, leaving the event loop free while worker threads run (evalAsync). */
export function executeAsync(p: Program, run: Runnable, out: readonly (Storage | undefined)[] = []): Promise<Storage[]> {
  const mine = queue.then(async () => {
    inFlight++;
    try {
      const g = steps(p, run, out, true);
      for (let r = g.next(); ; r = g.next()) {
        if (r.done) return r.value;
        await r.value;
      }
    } finally {
      inFlight--;
    }
  });
  queue = mine.catch(() => undefined);
  return mine;
}

function* steps(p: Program, run: Runnable, out: readonly (Storage | undefined)[], async: boolean): Steps {
  const { fns, whole } = run;
  const cfg = config();
  const plan = planOf(p);
  const mem = new Array<Storage>(plan.nslots);
  for (let i = 0; i < plan.inputs.length; i++) mem[plan.inputs[i]![0]] = dataOf(plan.inputs[i]![1]);
  const direct: readonly unknown[] = out.length === 0 ? out : directOutputs(plan, p, out);
  const times: number[] | undefined = cfg.debug >= 2 ? [] : undefined;
  const chunk = cfg.chunk;
  // the threads a kernel may take: none of the workers while an evalAsync has them
  const threads = async || inFlight === 0 ? cfg.threads : 1;

  for (let ki = 0; ki < plan.steps.length; ki++) {
    const step = plan.steps[ki]!;
    const k = p.kernels[ki]!, b = k.binding;
    for (let j = 0; j < step.outs.length; j++) {
      const o = step.outs[j]!, r = o[1], n = o[2];
      mem[o[0]] = r < 0 ? scratch(n.dtype, n.size) : direct[r] ? out[r]! : freshResult(n.dtype, n.size);
    }
    let bufs = new Array<Storage>(step.args.length);
    for (let j = 0; j < bufs.length; j++) bufs[j] = mem[step.args[j]!]!;
    let fn = fns[ki]!;
    let spec = run.specs?.[ki];
    let placing: Placement | null | undefined;
    if (run.placed?.[ki]) {
      placing = place(bufs, step.outs.length);
      if (placing === null) [fn, spec] = [run.fallback!(ki), undefined];
      else if (placing !== undefined) bufs = placing.bufs;
    }
    const t0 = times ? nowMs() : 0;
    const ir = k.ir;
    const T = whole[ki] ? 1 : threadsFor(ir, b, bufs, threads, spec, cfg.threadMinWork);
    const call = (): Call => ({ fn, bufs, b, chunk, name: k.name, spec, threads: T, async });
    let ok = false;
    try {
      if (whole[ki]) {
        if (b.size > 0) fn(0, b.size, bufs, b.consts, b.geom);
      } else if (ir.kind === 'compress') yield* runCompress(call(), cfg.split);
      else if (splitsReduced(ir) && (cfg.split > 1 || (T > 1 && b.size < T))) yield* runReduceParts(ir, call(), cfg.split);
      else if (T > 1) yield* inParts(call(), ranges(b.size, T, 1).map(([start, end]) => ({ start, end, bufs })));
      else inChunks(fn, 0, b.size, chunk, bufs, b);
      ok = true;
    } finally {
      // a failed kernel's copies go back to the allocator, not to the caller's arrays
      if (placing) unplace(ok ? placing : { ...placing, back: [] });
    }
    times?.push(nowMs() - t0);
    for (let j = 0; j < step.dead.length; j++) release(mem[step.dead[j]!]!);
  }

  const results = new Array<Storage>(plan.rootSlots.length);
  for (let i = 0; i < results.length; i++) {
    const got = mem[plan.rootSlots[i]!]!;
    const o = out[i];
    if (o !== undefined && got !== o) o.set(got);
    results[i] = o ?? got;
  }
  if (cfg.debug >= 1) report(p, times ?? []);
  return results;
}

type Binding = Program['kernels'][number]['binding'];

/** One kernel's call as the executor makes it: its function and arrays, and the threads it runs on
 *  (1: here only), with how a worker makes it. */
interface Call {
  readonly fn: KernelFn;
  readonly bufs: Storage[];
  readonly b: Binding;
  readonly chunk: number;
  readonly name: string;
  readonly spec: KernelSpec | undefined;
  readonly threads: number;
  readonly async: boolean;
}

/** A part of a kernel's range: [start, end) in chunks, with a part's arrays, state and reduced
 *  elements (compiler/kernels.ts). */
interface Part {
  readonly start: number;
  readonly end: number;
  readonly bufs: Storage[];
  readonly st?: Float64Array;
  readonly from?: number;
  readonly to?: number;
}

// a math function costs some twenty arithmetic ops per element (bench/README.md "threads")
const HEAVY = /^(exp|log|sin|cos|tan|pow|asin|acos|atan|sinh|cosh|tanh|asinh|acosh|atanh|expm1|log1p|log10|log2|cbrt)/;

/** A kernel's work as `weight` per element of its range times its geometry slots `slots` (a
 *  reduction's reduced dims, a matmul's K), worked out once per kernel: a call asks every time. */
const works = new WeakMap<LoopIR, { readonly weight: number; readonly slots: readonly number[] }>();

function workOf(ir: LoopIR): { readonly weight: number; readonly slots: readonly number[] } {
  let w = works.get(ir);
  if (!w) {
    // one for its loads and stores, one per op, twenty per math function; a multiply-add two
    let weight = 1;
    if ('body' in ir) for (const x of ir.body) weight += HEAVY.test(x.op) ? 20 : 1;
    const geo = geometryOf(ir);
    const slots = ir.kind === 'matmul' ? [geo.indexOf('K')] : ir.kind === 'reduce' ? geo.flatMap((g, i) => (/^e\d+$/.test(g) ? [i] : [])) : [];
    works.set(ir, (w = { weight: ir.kind === 'matmul' ? 2 : weight, slots }));
  }
  return w;
}

/** How many threads kernel `ir` runs on: 1 below config `threadMinWork`, where a worker cannot make it
 *  (strict mode, no code generation), or where an array lies outside ndfuse's memory (a TypedArray
 *  handed in: workers see only that memory). */
function threadsFor(ir: LoopIR, b: Binding, bufs: readonly Storage[], threads: number, spec: KernelSpec | undefined, minWork: number): number {
  if (threads <= 1 || spec === undefined || b.size === 0) return 1;
  const w = workOf(ir);
  let work = b.size * w.weight;
  if (ir.kind === 'segments' || ir.kind === 'spmm') for (let j = 0; j < bufs.length; j++) work = Math.max(work, bufs[j]!.length * w.weight);
  for (let j = 0; j < w.slots.length; j++) work *= b.geom[w.slots[j]!]!;
  if (work < minWork) return 1;
  for (let j = 0; j < bufs.length; j++) if (bufs[j]!.length > 0 && !isOwned(bufs[j]!)) return 1;
  // a kernel with fewer outputs than threads splits by reduced elements, if it can, or not at all
  if (b.size < threads && !splitsReduced(ir)) return Math.max(1, b.size);
  return threads;
}

/** Calls `fn` over [start, end) a chunk at a time, here: a kernel on one thread, or one part. A plain
 *  function, not a generator, for the call at a thousand elements, where each step counts. */
function inChunks(fn: KernelFn, start: number, end: number, chunk: number, bufs: Storage[], b: Binding, st?: Float64Array, from?: number, to?: number): void {
  for (let s = start; s < end; s += chunk) fn(s, Math.min(end, s + chunk), bufs, b.consts, b.geom, st, from, to);
}

/** Runs `parts` in order here, or, on several threads, in waves: one part to each worker and, but
 *  for evalAsync, one here; then waits for them all before it looks at any failure (no worker may
 *  still write to memory the evaluation gives back). */
function* inParts(c: Call, parts: readonly Part[]): Generator<Promise<unknown>, void, undefined> {
  const here = (q: Part): void => inChunks(c.fn, q.start, q.end, c.chunk, q.bufs, c.b, q.st, q.from, q.to);
  if (c.threads <= 1 || c.spec === undefined) {
    for (const q of parts) here(q);
    return;
  }
  const workers = c.async ? c.threads : c.threads - 1;
  for (let at = 0; at < parts.length;) {
    const posted = [];
    let failure: unknown;
    const n = Math.min(workers, parts.length - at - (c.async ? 0 : 1));
    try {
      for (let w = 0; w < n; w++) {
        const q = parts[at + w]!;
        posted.push(post(w, c.spec, { kernel: c.spec.id, start: q.start, end: q.end, chunk: c.chunk, bufs: q.bufs, consts: c.b.consts, geom: c.b.geom, st: q.st, from: q.from, to: q.to }));
      }
      if (!c.async) here(parts[at + n]!);
    } catch (e) {
      failure = e;
    }
    if (c.async) yield Promise.all(posted.map(settled));
    else for (const t of posted) block(t);
    for (const t of posted) {
      try {
        check(t, c.name);
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure !== undefined) throw failure;
    at += n + (c.async ? 0 : 1);
  }
}

/** A kernel's arrays with copies in ndfuse's memory standing in for those that are not there: each
 *  output's copy goes back to it after the kernel (`back`), and every copy is then released. */
interface Placement {
  readonly bufs: Storage[];
  readonly copies: Storage[];
  readonly back: (readonly [Storage, Storage])[];
}

/** `bufs` (outputs first) with every array in ndfuse's memory: undefined when they all are already,
 *  null when a copy finds no room (the kernel's fallback runs instead). */
function place(bufs: Storage[], nouts: number): Placement | null | undefined {
  let p: Placement | undefined;
  for (let j = 0; j < bufs.length; j++) {
    const a = bufs[j]!;
    if (isOwned(a)) continue;
    p ??= { bufs: bufs.slice(), copies: [], back: [] };
    const c = a.length === 0 ? a : ownedCopy(a, j >= nouts);
    if (c === null) {
      unplace({ ...p, back: [] });
      return null;
    }
    if (c !== a) p.copies.push(c);
    if (j < nouts) p.back.push([a, c]);
    p.bufs[j] = c;
  }
  return p;
}

function unplace(p: Placement): void {
  for (const [user, copy] of p.back) user.set(copy);
  for (const c of p.copies) release(c);
}

/** `n` split into `parts` ranges as even as possible, each a multiple of `unit` but the last. */
function ranges(n: number, parts: number, unit: number): [number, number][] {
  const units = Math.ceil(n / unit), out: [number, number][] = [];
  for (let p = 0, at = 0; p < parts && at < n; p++) {
    const next = Math.min(n, Math.round((units * (p + 1)) / parts) * unit);
    if (next > at) out.push([at, next]);
    at = Math.max(at, next);
  }
  return out;
}

/** A compress in chunks, each placing its elements where the one before stopped; in parts (`split`,
 *  or the threads), as count, prefix and place: every part counts (an empty output drops the
 *  stores), the counts add up to where each part starts, then every part places its elements into
 *  the output's view of exactly its own elements, so that its writes of elements not taken (each
 *  element is written where the next taken one goes) never reach the next part's. */
function* runCompress(c: Call, split: number): Generator<Promise<unknown>, void, undefined> {
  const { b, bufs } = c, n = b.size, nparts = split > 1 ? split : c.threads;
  if (nparts === 1) return yield* inParts(c, [{ start: 0, end: n, bufs, st: new Float64Array(1) }]);
  const parts = ranges(n, nparts, 1);
  // one position per part, in ndfuse's memory where a worker reads and writes it
  const st = scratch('float64', parts.length) as Float64Array;
  try {
    st.fill(0);
    const counting = [bufs[0]!.subarray(0, 0), ...bufs.slice(1)];
    yield* inParts(c, parts.map(([start, end], j) => ({ start, end, bufs: counting, st: st.subarray(j, j + 1) })));
    const counts = Array.from(st);
    let at = 0;
    const placing = parts.map(([start, end], j) => {
      const q = { start, end, bufs: [bufs[0]!.subarray(at, at + counts[j]!), ...bufs.slice(1)], st: st.subarray(j, j + 1) };
      at += counts[j]!;
      return q;
    });
    st.fill(0);
    yield* inParts(c, placing);
  } finally {
    release(st);
  }
}

/** A reduction whose reduced elements run in parts at tile boundaries (`split` of them, or the
 *  threads), as threads run it: each part writes its tiles' states, which merge in order by the
 *  tile rules (compiler/reduce.ts) into one state per output element, from which the kernel
 *  finishes. Same bits as one call. */
function* runReduceParts(ir: LoopIR, c: Call, split: number): Generator<Promise<unknown>, void, undefined> {
  const { b, bufs } = c;
  const rules = accsOf(ir).map((a) => ruleOf(a)!);
  const words = stateWords(ir);
  const parts = ranges(reducedCount(ir, b.geom), split > 1 ? split : c.threads, SUM_TILE);
  for (let s = 0; s < b.size; s += c.chunk) {
    const e = Math.min(b.size, s + c.chunk), outs = e - s;
    // the states in ndfuse's memory, where WebAssembly kernels and workers write and read them
    const states = parts.map(([from, to]) => {
      const tiles = Math.ceil((to - from) / SUM_TILE);
      return { st: scratch('float64', outs * tiles * words) as Float64Array, tiles, from, to };
    });
    const merged = scratch('float64', outs * words) as Float64Array;
    try {
      // each part one call over the outputs [s, e): its states follow one another in st
      yield* inParts({ ...c, chunk: outs }, states.map(({ st, from, to }) => ({ start: s, end: e, bufs, st, from, to })));
      for (let i = 0; i < outs; i++) {
        const g = rules.map((r) => r.start());
        for (const { st, tiles } of states) {
          let at = i * tiles * words;
          for (let t = 0; t < tiles; t++) {
            rules.forEach((r, k) => {
              r.merge(g[k]!, st, at);
              at += r.fields.length;
            });
          }
        }
        let w = i * words;
        rules.forEach((r, k) => { for (let f = 0; f < r.fields.length; f++) merged[w++] = g[k]![f]!; });
      }
      c.fn(s, e, bufs, b.consts, b.geom, merged);
    } finally {
      for (const { st } of states) release(st);
      release(merged);
    }
  }
}

/** For each of `out`, whether it receives its root as the kernels run; the answer for an array is
 *  kept (weakly), since a caller evaluating again usually hands the same arrays. */
function directOutputs(plan: Plan, p: Program, out: readonly (Storage | undefined)[]): readonly boolean[] {
  const known = (plan.direct ??= new WeakMap());
  const direct = new Array<boolean>(out.length);
  for (let i = 0; i < out.length; i++) {
    const o = out[i];
    if (o === undefined) direct[i] = false;
    else {
      let d = known.get(o);
      if (d === undefined) known.set(o, (d = writesDirectly(p, o)));
      direct[i] = d;
    }
  }
  return direct;
}

/** Can `o` receive its output as the kernel runs? Not when the program also reads that memory
 *  through a view, or in a later kernel: then the result is computed aside and copied in at the end. */
function writesDirectly(p: Program, o: Storage): boolean {
  for (const k of p.kernels) {
    const inputs = k.binding.inputs;
    for (let j = 0; j < inputs.length; j++) {
      const n = inputs[j]!;
      if (n.op === 'buffer' && overlaps(dataOf(n), o) && (p.kernels.length > 1 || k.ir.ins[j]!.strided)) return false;
    }
  }
  return true;
}

function report(p: Program, times: number[]): void {
  const lines: string[] = [];
  const c = cacheStats;
  lines.push(`ndfuse: ${p.kernels.length} kernel${p.kernels.length === 1 ? '' : 's'} [${p.kernels.map((k) => k.name).join(', ')}]` +
    ` | cache ${c.hits} hits, ${c.misses} misses, ${c.compileMs.toFixed(2)} ms compiling` + (c.ahead ? `, ${c.ahead} compiled ahead of time` : ''));
  if (times.length) p.kernels.forEach((k, i) => lines.push(`ndfuse:   ${k.name} ${k.binding.size} elements ${(times[i]! * 1e3).toFixed(1)} us`));
  if (config().debug >= 3) lines.push(printPlan(p));
  if (config().debug >= 4) for (const k of p.kernels) lines.push(printKernel(k));
  process.stderr.write(lines.join('\n') + '\n');
}
