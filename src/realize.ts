// Turning lazy arrays into memory, the whole pipeline top to bottom: the graph the API built is
// compiled (memoised per graph); each kernel gets a backend (WebAssembly or JavaScript, by what the
// host allows, what the renderer does and where the kernel's arrays live) and its code from the first
// source that has it (compiled ahead of time, generated here by that backend's renderer, or the
// reference interpreter); then the executor runs them.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compile, DTYPE_INFO, geometryOf, printExpr, printKernel, printProgram, printWasmKernel, RENDERERS, renderTsModule, toposort, wasmUnsupported, type Lowered, type Node, type Program, type WasmRendered,
} from '../compiler/index.js';
import { resultOwned, storageCtor, type Buffer, type Storage } from '../runtime/buffer.js';
import { nowMs } from '../runtime/clock.js';
import { config, configEpoch } from '../runtime/config.js';
import { dataOf, execute, executeAsync, type Runnable } from '../runtime/executor.js';
import type { KernelSpec } from '../runtime/jobs.js';
import { specFor, WorkerFailure } from '../runtime/pool.js';
import { cacheGeneration, cacheStats, canGenerateCode, instantiate, instantiateWasm, isAhead, lookup, type KernelFn } from '../runtime/kernel-cache.js';
import { isOwned, kernelMemory } from '../runtime/memory.js';
import { evaluateReference, referenceKernel } from '../runtime/reference.js';
import { LazyArray } from './array.js';
import { checkLength, checkStorage, fromResult, fromStorage } from './creation.js';
import { argError, describe, NdfuseError } from './errors.js';

// Nodes are interned, so a root stands for its whole graph: evaluating the same expression over the
// same arrays again (a loop, a benchmark) skips the compiler entirely. Programs hold no sizes that
// could go stale: they are a pure function of the graph.
// Several roots evaluated together are found by their first: a few programs per first root, the
// oldest dropped, since each holds its other roots.
const programs = new WeakMap<Node, Program[]>();
const PROGRAMS_PER_ROOT = 8;

export function programFor(roots: readonly Node[]): Program {
  if (roots.length === 0) return compile(roots);
  let list = programs.get(roots[0]!);
  const hit = list?.find((p) => p.input.length === roots.length && p.input.every((r, i) => r === roots[i]));
  if (hit) return hit;
  const p = compile(roots);
  if (!list) programs.set(roots[0]!, (list = []));
  list.push(p);
  if (list.length > PROGRAMS_PER_ROOT) list.shift();
  return p;
}

/** Where a result goes: a TypedArray the caller owns, or a realised array (numpy's `out=`): its
 *  memory, which may be ndfuse's, where WebAssembly kernels write it directly. */
export type Out = Storage | LazyArray;

export interface EvalAllOptions {
  /** out[i], when given, receives xs[i]: of xs[i]'s dtype and size. */
  out?: readonly (Out | undefined)[];
}

/** Evaluates several arrays together: outputs of one shape are computed in one loop. */
export function evalAll(xs: readonly LazyArray[], opts: EvalAllOptions = {}): LazyArray[] {
  return wrapped(xs, evalData(xs, opts), opts);
}

/** `evalAll`, leaving the event loop free while worker threads compute (README "Threads"). */
export async function evalAllAsync(xs: readonly LazyArray[], opts: EvalAllOptions = {}): Promise<LazyArray[]> {
  let data: Storage[];
  const held = arraysHeld(xs, opts);
  for (const b of held) b.inFlight++;
  try {
    data = await evaluated(xs, opts, executeAsync, (d) => Promise.resolve(d));
  } catch (e) {
    throw failure(e);
  } finally {
    for (const b of held) b.inFlight--;
  }
  return wrapped(xs, data, opts);
}

/** The realised arrays an evaluation reads, and those given as its out: none may be disposed of
 *  until it is done. Arguments that are not arrays are left to `evaluated` to report. */
function arraysHeld(xs: readonly LazyArray[], opts: EvalAllOptions): Buffer[] {
  const held: Buffer[] = [];
  if (!Array.isArray(xs)) return held;
  for (const x of xs as unknown[]) if (x instanceof LazyArray) held.push(...inputs(x.node));
  if (Array.isArray(opts.out)) for (const o of opts.out as unknown[]) if (o instanceof LazyArray && o.node.op === 'buffer') held.push(o.node.arg as Buffer);
  return held;
}

function wrapped(xs: readonly LazyArray[], data: readonly Storage[], opts: EvalAllOptions): LazyArray[] {
  return xs.map((x, i) => {
    const o = opts.out?.[i];
    if (o instanceof LazyArray) return o;
    if (x.node.op === 'buffer' && data[i] === dataOf(x.node)) return x;
    // the caller's own array may be wrapped again later: give it its one Buffer
    return data[i] === o ? fromStorage(data[i]!, x.dtype, x.shape) : fromResult(data[i]!, x.dtype, x.shape);
  });
}

/** The memory of each array, evaluated as `evalAll` does, without wrapping it in new arrays. */
export function evalData(xs: readonly LazyArray[], opts: EvalAllOptions = {}): Storage[] {
  try {
    return evaluated(xs, opts, execute, (d) => d);
  } catch (e) {
    throw failure(e);
  }
}

/** What an evaluation that failed below the API says: a failed allocation (which has written
 *  nothing to the caller's arrays: `out` receives results last) or a worker thread's failure as
 *  NdfuseErrors; anything else as it is. */
function failure(e: unknown): unknown {
  if (e instanceof RangeError && /allocation failed|Invalid typed array length/.test(e.message)) {
    return new NdfuseError('eval', `out of memory for this evaluation's arrays (${e.message}); evaluate smaller pieces, or free memory first`);
  }
  if (e instanceof WorkerFailure) return new NdfuseError('eval', e.message.replace(/^ndfuse: /, ''));
  return e;
}

// the arrays each graph reads, found once per root list's first root
const inputsOf = new WeakMap<Node, readonly Buffer[]>();

function inputs(r: Node): readonly Buffer[] {
  let bufs = inputsOf.get(r);
  if (!bufs) inputsOf.set(r, (bufs = toposort([r]).filter((n) => n.op === 'buffer').map((n) => n.arg as Buffer)));
  return bufs;
}

/** An error if any array the graph reads was disposed of: its memory may hold another array now. */
function checkDisposed(roots: readonly Node[]): void {
  for (const r of roots) {
    const bufs = inputs(r);
    for (let i = 0; i < bufs.length; i++) {
      if (bufs[i]!.disposed) throw new NdfuseError('eval', `${r.op === 'buffer' ? 'the array' : `an array that ${printExpr([r], 80)} reads`} was disposed of (dispose()): its memory is gone`);
    }
  }
}

/** The memory of a realised array given as `out[i]` for `x`. */
function memoryOf(o: LazyArray, i: number, x: LazyArray | undefined): Storage {
  if (!o.realised) throw argError('evalAll', `out[${i}]`, 'must be a realised array (eval() it first) or a TypedArray, got a lazy one');
  if ((o.node.arg as Buffer).disposed) throw argError('evalAll', `out[${i}]`, 'was disposed of (dispose()): its memory is gone');
  if (x && !sameShape(o.shape, x.shape)) throw argError('evalAll', `out[${i}]`, `has shape [${o.shape.join(', ')}] where [${x.shape.join(', ')}] is needed`);
  return dataOf(o.node);
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Programs whose arrays all fit a TypedArray (checked once: a program's sizes never change). */
const sized = new WeakSet<Program>();

/** Checks the arguments and runs the program by `exec` (blocking or not), or, for the naive
 *  backend, the reference interpreter, whose arrays `done` hands back the same way. */
function evaluated<R>(xs: readonly LazyArray[], opts: EvalAllOptions, exec: (p: Program, run: Runnable, out: readonly (Storage | undefined)[]) => R, done: (data: Storage[]) => R): R {
  // loops rather than every/map: at a thousand elements a call's checks are a good part of its time
  if (!Array.isArray(xs)) throw argError('evalAll', 'xs', `must be an array of LazyArrays, got ${describe(xs)}`);
  const roots = new Array<Node>(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const x: unknown = xs[i];
    if (!(x instanceof LazyArray)) throw argError('evalAll', 'xs', `must be an array of LazyArrays, got ${describe(xs)}`);
    roots[i] = x.node;
  }
  const given = opts.out ?? [];
  if (!Array.isArray(given)) throw argError('evalAll', 'out', `must be an array, got ${describe(given)}`);
  let out = given as readonly (Storage | undefined)[];
  for (let i = 0; i < given.length; i++) {
    const o = given[i];
    if (o === undefined) continue;
    if (o instanceof LazyArray) {
      if (out === given) out = given.slice() as Storage[];
      (out as Storage[])[i] = memoryOf(o, i, xs[i]);
    }
    const x = xs[i]!, data = out[i]!;
    // the argument's name is spelled only for the message
    if (!(data instanceof storageCtor(x.dtype)) || data.length !== x.size) checkStorage('evalAll', `out[${i}]`, data, x.dtype, x.size);
  }
  checkDisposed(roots);
  // at NDFUSE_DEBUG >= 1 the host's policy on code generation is found out (and told) up front
  if (config().debug >= 1) canGenerateCode();
  if (config().backend !== 'naive') {
    const p = programFor(roots);
    if (!sized.has(p)) {
      for (const k of p.kernels) for (const o of k.binding.outputs) checkLength('eval', o.shape, o.dtype, o.size);
      sized.add(p);
    }
    return exec(p, runnableOf(p, roots, out), out);
  }
  if (config().debug >= 1) process.stderr.write(`ndfuse: naive backend: ${toposort(roots).length} nodes, one temporary array each\n`);
  for (const n of toposort(roots)) checkLength('eval', n.shape, n.dtype, n.size);
  return done(withOut(evaluateReference(roots), out));
}

/**
 * The code for each kernel of `p`: on the backend `choose` picks, from the first source that has it:
 * compiled ahead of time or generated before (the cache), generated now by the backend's renderer,
 * or else the reference interpreter, kernel by kernel. Strict mode allows only the first.
 */
function kernelsOf(p: Program, roots: readonly Node[], wasm: readonly boolean[]): Runnable {
  const fns: KernelFn[] = [];
  const whole: boolean[] = [];
  const placed: boolean[] = [];
  // how a worker thread makes each kernel: from its LoopIR, where it may generate code
  const specs: (KernelSpec | undefined)[] = [];
  const workersGenerate = !config().strict && canGenerateCode();
  let missing: Lowered[] | undefined;
  p.kernels.forEach((k, ki) => {
    const w = wasm[ki] ? lookup('wasm', k.key) ?? generateWasm(k) : undefined;
    const fn = w ?? lookup('js', k.key) ?? generate(k);
    placed.push(w !== undefined);
    specs.push(w ? specFor(k.key, k.name, 'wasm', k.ir) : fn && workersGenerate ? specFor(k.key, k.name, 'js', k.ir) : undefined);
    if (fn) {
      fns.push(fn);
      whole.push(false);
    } else {
      (missing ??= []).push(k);
      fns.push(referenceKernel(k));
      whole.push(true);
    }
  });
  if (missing) {
    const names = missing.map((k) => k.name).join(', ');
    if (config().strict) {
      throw new NdfuseError('eval', `strict mode: no kernel compiled ahead of time for ${originOf(roots)}; ` +
        `missing ${names}. Run 'ndfuse aot' on the project that makes this call and import the module it writes, or turn strict mode off (NDFUSE_STRICT)`);
    }
    if (config().debug >= 1) {
      const some = missing.length < p.kernels.length ? (missing.length === 1 ? ' (that kernel)' : ' (those kernels)') : '';
      process.stderr.write(`ndfuse: ${missing.length} of ${p.kernels.length} kernels not compiled ahead of time (${names}) and code generation is forbidden: ` +
        `${originOf(roots)} runs${some} on the reference backend\n`);
    }
  }
  return { fns, whole, placed, specs, fallback: (ki) => lookup('js', p.kernels[ki]!.key) ?? generate(p.kernels[ki]!) ?? referenceKernel(p.kernels[ki]!) };
}

/** Renders `k` with the JavaScript renderer and loads it, where code may be generated. */
function generate(k: Lowered): KernelFn | undefined {
  if (config().strict || !canGenerateCode()) return undefined;
  const t0 = nowMs();
  const rendered = RENDERERS.js(k);
  const fn = instantiate('js', k.key, rendered, nowMs() - t0);
  dump(k, 'js');
  return fn;
}

/** Compiles `k`'s WebAssembly (rendered when it was chosen) over ndfuse's memory. */
function generateWasm(k: Lowered): KernelFn {
  const t0 = nowMs();
  const fn = instantiateWasm(k.key, k.name, renderedOf(k), nowMs() - t0);
  dump(k, 'wasm');
  return fn;
}

// ---- which backend runs a kernel ----

/** What the WebAssembly renderer makes of a kernel (rendered only when it may run: rendering costs
 *  about a third of a millisecond), worked out once per kernel. */
interface WasmVerdict {
  readonly why: string | null;
  rendered?: WasmRendered;
}
const verdicts = new WeakMap<Lowered, WasmVerdict>();

function wasmOf(k: Lowered): WasmVerdict {
  let v = verdicts.get(k);
  if (!v) verdicts.set(k, (v = { why: wasmUnsupported(k.ir) }));
  return v;
}

const renderedOf = (k: Lowered): WasmRendered => {
  const v = wasmOf(k);
  return (v.rendered ??= RENDERERS.wasm(k));
};

/**
 * Whether kernel `k` runs on WebAssembly, and why (or why not). 'js' and 'wasm' force one (the
 * second for every kernel its renderer does, copying arrays in and out); 'auto' takes WebAssembly
 * where the host has it, the renderer does the kernel and knows no reason its module is slower
 * (`slower`: an op calling JavaScript per element, which the JavaScript kernel inlines), and at most an eighth of the bytes the kernel reads and writes lie
 * outside ndfuse's memory (TypedArrays handed in, an `out` of the caller's, small results): those are
 * copied in and out around the call, which costs about what WebAssembly saves on them
 * (bench/README.md). `resident(n)`: whether output n's memory will be ndfuse's.
 */
function choose(k: Lowered, resident: (n: Node) => boolean): { wasm: boolean; why: string } {
  const { backend, strict } = config();
  if (backend === 'js') return { wasm: false, why: 'NDFUSE_BACKEND=js' };
  if (strict) return { wasm: false, why: 'strict mode runs only kernels compiled ahead of time' };
  if (kernelMemory() === null) return { wasm: false, why: 'this host cannot compile WebAssembly' };
  const v = wasmOf(k);
  if (v.why) return { wasm: false, why: v.why };
  const how = (): string => (renderedOf(k).lanes > 1 ? `${renderedOf(k).lanes} elements at a time in SIMD128, then one by one` : 'one element at a time');
  if (backend === 'wasm') return { wasm: true, why: `NDFUSE_BACKEND=wasm; ${how()}` };
  let total = 0, outside = 0;
  for (const n of k.binding.inputs) {
    // an intermediate is always in ndfuse's memory; an array read is counted whole
    const bytes = n.op === 'buffer' ? dataOf(n).byteLength : n.size * DTYPE_INFO[n.dtype].bytes;
    total += bytes;
    if (n.op === 'buffer' && !isOwned(dataOf(n))) outside += bytes;
  }
  for (const n of k.binding.outputs) {
    const bytes = n.size * DTYPE_INFO[n.dtype].bytes;
    total += bytes;
    if (!resident(n)) outside += bytes;
  }
  // a product reads its operands many times over (a matmul each element K times, CSR times dense
  // each dense row as often as its column is stored): a copy in is worth it that many times over
  const { ir } = k;
  const reuse = ir.kind === 'matmul' ? k.binding.geom[geometryOf(ir).indexOf('K')]!
    : ir.kind === 'spmm' ? (k.binding.inputs.find((_, j) => ir.ins[j]!.inner)?.size ?? 0) / Math.max(1, k.binding.inputs[ir.dense]!.shape[0]!) : 1;
  if (outside * 8 > total * Math.max(1, reuse)) {
    return { wasm: false, why: `${kib(outside)} of the ${kib(total)} it reads and writes lie outside ndfuse's memory (TypedArrays handed in, an out of the caller's, small results): copying them would cost what WebAssembly saves` };
  }
  const slower = renderedOf(k).slower;
  if (slower) return { wasm: false, why: slower };
  return { wasm: true, why: `${outside ? `all but ${kib(outside)} of ` : ''}its arrays live in ndfuse's memory; ${how()}` };
}

const kib = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KiB`);

/** Per program, how it runs (each kernel's backend and code), by which roots go to an `out` outside
 *  ndfuse's memory (a bit per root), for the settings and the kernel cache it was worked out under
 *  (an input's memory never changes: a buffer node holds one array). An evaluation repeated in a
 *  loop costs one lookup here: at a thousand elements, working it out again was a third of a call. */
const runs = new WeakMap<Program, { epoch: number; generation: number; byOut: Map<number, Runnable> }>();

/** Whether output node n of a kernel of `p` will be in ndfuse's memory: an intermediate always; a
 *  root in its `out` if given, else in a fresh result (runtime/buffer.ts `resultOwned`). */
function residency(p: Program, out: readonly (Storage | undefined)[]): (n: Node) => boolean {
  const at = new Map<Node, number>();
  p.roots.forEach((r, i) => at.has(r) || at.set(r, i));
  return (n) => {
    const i = at.get(n);
    if (i === undefined) return true;
    const o = out[i];
    return o !== undefined ? isOwned(o) : resultOwned(n.dtype, n.size);
  };
}

function runnableOf(p: Program, roots: readonly Node[], out: readonly (Storage | undefined)[]): Runnable {
  let mask = 0;
  for (let i = 0; i < out.length; i++) if (out[i] !== undefined && !isOwned(out[i]!)) mask |= 1 << Math.min(i, 30);
  let c = runs.get(p);
  if (!c || c.epoch !== configEpoch() || c.generation !== cacheGeneration()) runs.set(p, (c = { epoch: configEpoch(), generation: cacheGeneration(), byOut: new Map() }));
  let run = c.byOut.get(mask);
  if (run) {
    // each kernel's code comes from the cache, as a lookup would have found it
    cacheStats.hits += run.fns.length;
    return run;
  }
  const resident = residency(p, out);
  run = kernelsOf(p, roots, p.kernels.map((k) => choose(k, resident).wasm));
  // kept only when every kernel has its code (the messages about those that do not are said each
  // time) and nothing was evicted meanwhile; past 30 roots the bits stand for more than one
  if (!run.whole.includes(true) && c.generation === cacheGeneration() && out.length <= 30) c.byOut.set(mask, run);
  return run;
}

/** Which backend will run `k` of `p`, and why, for `explain` (as when no `out` is given). */
function backendOf(p: Program, k: Lowered): string {
  const c = choose(k, residency(p, []));
  if (c.wasm) return `WebAssembly, compiled on first use and cached: ${c.why}`;
  if (isAhead(k.key)) return 'compiled ahead of time (a registered module)';
  if (config().strict) return 'none: strict mode allows only kernels compiled ahead of time, and this one is not (evaluating is an error)';
  if (canGenerateCode()) return `generated JavaScript, compiled on first use and cached (not WebAssembly: ${c.why})`;
  return 'the reference interpreter: code generation from strings is forbidden here and no module registers it';
}

function dump(k: Lowered, backend: 'js' | 'wasm'): void {
  const { dumpKernels: where, dumpFormat } = config();
  if (!where) return;
  const [text, ext] = backend === 'wasm' ? [printWasmKernel(k), 'wat']
    : dumpFormat === 'ts'
      ? [renderTsModule([{ kernel: k, notes: [`cache key: ${k.key}`] }], { runtime: 'ndfuse', header: [`${k.name}: dumped by ndfuse (NDFUSE_DUMP_FORMAT=ts)`], register: false }), 'ts']
      : [printKernel(k), 'js'];
  if (where === '-') process.stderr.write(text + '\n');
  else {
    mkdirSync(where, { recursive: true });
    writeFileSync(join(where, `${k.name}.${ext}`), text);
  }
}

// what the user wrote to make a graph, where a front end knows it: evaluate's text, jit's function
const origins = new WeakMap<Node, string>();

/** Remembers that `x` is what `text` (an expression string, a function) makes, for messages. */
export function noteOrigin(x: LazyArray, text: string): void {
  if (!origins.has(x.node)) origins.set(x.node, text);
}

/** The expression behind `roots`, for a message: its text if a front end made it, the graph's otherwise. */
function originOf(roots: readonly Node[]): string {
  const direct = roots.map((r) => origins.get(r)).filter((t): t is string => t !== undefined);
  const graph = printExpr(roots, direct.length ? 120 : 200);
  if (direct.length) return `${direct.join(', ')} = ${graph}`;
  const within = toposort(roots).map((n) => origins.get(n)).filter((t): t is string => t !== undefined);
  return within.length ? `${graph}, built on ${within.join(', ')}` : graph;
}

function withOut(data: Storage[], out: readonly (Storage | undefined)[]): Storage[] {
  return data.map((d, i) => {
    const o = out[i];
    if (o === undefined || o === d) return d;
    o.set(d);
    return o;
  });
}

/** The graph, the plan with every fusion boundary and its reason, and each kernel's source. */
export function explain(...xs: LazyArray[]): string {
  if (!xs.every((x) => x instanceof LazyArray)) throw argError('explain', 'xs', 'must be LazyArrays');
  const p = programFor(xs.map((x) => x.node));
  if (config().backend === 'naive') return `${printProgram(p)}\n== backends ==\nevery node on the reference interpreter (NDFUSE_BACKEND=naive)`;
  return `${printProgram(p)}\n== backends ==\n${p.kernels.map((k) => `${k.name}: ${backendOf(p, k)}`).join('\n')}`;
}
