// Runs a compiled Program: gives every kernel its arrays, walks each kernel's range in fixed-size
// chunks then the tail (or, with NDFUSE_SPLIT, in the parts threads will run), and returns
// intermediates to the pool as soon as nothing reads them.

import { accsOf, printKernel, printPlan, reducedCount, ruleOf, splitsReduced, stateWords, SUM_TILE, type LoopIR, type Node, type Program } from '../compiler/index.js';
import { freshResult, ownedCopy, overlaps, release, scratch, type Buffer, type Storage } from './buffer.js';
import { isOwned } from './memory.js';
import { nowMs } from './clock.js';
import { config } from './config.js';
import { cacheStats, type KernelFn } from './kernel-cache.js';

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
 *  call (the reference interpreter standing in for it takes no parts), and whether every array it
 *  reads and writes must live in ndfuse's memory (a WebAssembly kernel's): those that do not are
 *  copied in (and out) around it, or, where that memory has no room, `fallback(i)` runs instead. */
export interface Runnable {
  readonly fns: readonly KernelFn[];
  readonly whole: readonly boolean[];
  readonly placed?: readonly boolean[];
  readonly fallback?: (ki: number) => KernelFn;
}

/**
 * Runs `p` with its kernels `run`. `out[i]`, when given, receives root i (the caller has checked
 * its dtype and length). Returns one array per root.
 */
export function execute(p: Program, run: Runnable, out: readonly (Storage | undefined)[] = []): Storage[] {
  const { fns, whole } = run;
  const cfg = config();
  const plan = planOf(p);
  const mem = new Array<Storage>(plan.nslots);
  for (let i = 0; i < plan.inputs.length; i++) mem[plan.inputs[i]![0]] = dataOf(plan.inputs[i]![1]);
  const direct: readonly unknown[] = out.length === 0 ? out : directOutputs(plan, p, out);
  const times: number[] | undefined = cfg.debug >= 2 ? [] : undefined;
  const chunk = cfg.chunk;

  for (let ki = 0; ki < plan.steps.length; ki++) {
    const step = plan.steps[ki]!;
    const b = p.kernels[ki]!.binding;
    for (let j = 0; j < step.outs.length; j++) {
      const o = step.outs[j]!, r = o[1], n = o[2];
      mem[o[0]] = r < 0 ? scratch(n.dtype, n.size) : direct[r] ? out[r]! : freshResult(n.dtype, n.size);
    }
    let bufs = new Array<Storage>(step.args.length);
    for (let j = 0; j < bufs.length; j++) bufs[j] = mem[step.args[j]!]!;
    let fn = fns[ki]!;
    let placing: Placement | null | undefined;
    if (run.placed?.[ki]) {
      placing = place(bufs, step.outs.length);
      if (placing === null) fn = run.fallback!(ki);
      else if (placing !== undefined) bufs = placing.bufs;
    }
    const t0 = times ? nowMs() : 0;
    const ir = p.kernels[ki]!.ir;
    if (whole[ki]) {
      if (b.size > 0) fn(0, b.size, bufs, b.consts, b.geom);
    } else if (ir.kind === 'compress') runCompress(fn, bufs, b, chunk, cfg.split);
    else if (cfg.split > 1 && splitsReduced(ir)) runReduceParts(ir, fn, bufs, b, chunk, cfg.split);
    else {
      const n = b.size;
      let s = 0;
      for (; s + chunk <= n; s += chunk) fn(s, s + chunk, bufs, b.consts, b.geom);
      if (s < n) fn(s, n, bufs, b.consts, b.geom);
    }
    if (placing) unplace(placing);
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

/** A compress in chunks, each placing its elements where the one before stopped; in `split` parts,
 *  as threads would run it: every part counts (an empty output drops the stores), the counts add up
 *  to where each part starts, then every part places its elements. */
function runCompress(fn: KernelFn, bufs: Storage[], b: Binding, chunk: number, split: number): void {
  const n = b.size, st = new Float64Array(1);
  if (split === 1) {
    for (let s = 0; s < n; s += chunk) fn(s, Math.min(n, s + chunk), bufs, b.consts, b.geom, st);
    return;
  }
  const parts = ranges(n, split, 1);
  const counting = [bufs[0]!.subarray(0, 0), ...bufs.slice(1)];
  const counts = parts.map(([s, e]) => {
    st[0] = 0;
    fn(s, e, counting, b.consts, b.geom, st);
    return st[0];
  });
  let at = 0;
  parts.forEach(([s, e], j) => {
    st[0] = at;
    fn(s, e, bufs, b.consts, b.geom, st);
    at += counts[j]!;
  });
}

/** A reduction whose reduced elements run in `split` parts at tile boundaries, as threads would run
 *  it: each part writes its tiles' states, which merge in order by the tile rules (compiler/
 *  reduce.ts) into one state per output element, from which the kernel finishes. Same bits as one
 *  call. */
function runReduceParts(ir: LoopIR, fn: KernelFn, bufs: Storage[], b: Binding, chunk: number, split: number): void {
  const rules = accsOf(ir).map((a) => ruleOf(a)!);
  const words = stateWords(ir);
  const parts = ranges(reducedCount(ir, b.geom), split, SUM_TILE);
  for (let s = 0; s < b.size; s += chunk) {
    const e = Math.min(b.size, s + chunk), outs = e - s;
    // the states in ndfuse's memory, where a WebAssembly kernel writes and reads them
    const states = parts.map(([from, to]) => {
      const tiles = Math.ceil((to - from) / SUM_TILE);
      const st = scratch('float64', outs * tiles * words) as Float64Array;
      fn(s, e, bufs, b.consts, b.geom, st, from, to);
      return { st, tiles };
    });
    const merged = scratch('float64', outs * words) as Float64Array;
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
    fn(s, e, bufs, b.consts, b.geom, merged);
    for (const { st } of states) release(st);
    release(merged);
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
