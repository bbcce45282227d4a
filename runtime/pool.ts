// The worker threads that large kernels run on beside the calling thread (config `threads`): started
// on the first job, `unref`'d so they never keep a process alive, each with a control block of its
// own (runtime/jobs.ts) and ndfuse's memory, shared. A job is posted by writing it there and waking
// the worker (Atomics.notify); the calling thread then blocks (Atomics.wait) or, for evalAsync,
// awaits (Atomics.waitAsync) until it is done. Waking a sleeping worker costs about 11 us here,
// spinning instead costs far more on a busy machine (bench/README.md), so workers sleep.
//
// A worker makes each kernel itself from its LoopIR (runtime/worker.ts), sent once per worker. One
// that dies or fails fails the evaluation with what it said; the next job starts a new one. A
// worker never hangs an evaluation: one that stops counting its calls for STALL_MS is given up.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { control, CONTROL_BYTES, DONE, EXIT, FAILED, IDLE, POSTED, PROGRESS_WORD, readText, STATE_WORD, writeJob, type Control, type Job, type KernelSpec } from './jobs.js';
import { argsPage, freeArgsPage, kernelMemory } from './memory.js';

/** A failure of a worker thread, named by the kernel it ran (the pipeline makes it an NdfuseError). */
export class WorkerFailure extends Error {}

interface Thread {
  readonly worker: Worker;
  readonly c: Control;
  readonly port: MessagePort;
  readonly argsAt: number;
  /** The kernels this worker has been sent, by id. */
  readonly has: Set<number>;
  /** Why it is gone, once it is. */
  dead: string | null;
  /** Resolves when it exits. */
  readonly exited: Promise<void>;
}

const threads: (Thread | undefined)[] = [];
// evaluations awaiting workers: while there are any, the workers keep the process alive (a pending
// Atomics.waitAsync does not)
let awaiting = 0;
const specs = new Map<string, KernelSpec>();
/** A worker that has not counted a call for this long is given up (no kernel call takes that long). */
const STALL_MS = 60_000;

/** How workers make the kernel `key` (the same id for the same kernel every time). */
export function specFor(key: string, name: string, backend: 'js' | 'wasm', ir: unknown): KernelSpec {
  const k = `${backend}:${key}`;
  let s = specs.get(k);
  if (!s) specs.set(k, (s = { id: specs.size, key, name, backend, ir }));
  return s;
}

// the worker's module sits beside this one once built; run from the sources (the tests run the
// TypeScript), the built one in dist/, which the tests build first (test/global-setup.ts)
function workerFile(): URL {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith('.js')) return new URL('./worker.js', here);
  const built = new URL('../dist/runtime/worker.js', here);
  if (!existsSync(fileURLToPath(built))) throw new WorkerFailure('ndfuse: worker threads need the built package (npm run build)');
  return built;
}

function start(i: number): Thread {
  const memory = kernelMemory();
  const argsAt = memory ? argsPage() : null;
  if (memory === null || argsAt === null) throw new WorkerFailure('ndfuse: worker threads need ndfuse\'s WebAssembly memory, which this host has not');
  const sab = new SharedArrayBuffer(CONTROL_BYTES);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(workerFile(), { workerData: { memory, control: sab, port: port2, argsAt }, transferList: [port2] });
  if (awaiting === 0) worker.unref();
  let exited!: () => void;
  const t: Thread = { worker, c: control(sab), port: port1, argsAt, has: new Set(), dead: null, exited: new Promise((r) => (exited = r)) };
  worker.on('error', (e) => { t.dead ??= `it failed: ${e.message}`; });
  worker.on('exit', (code) => {
    t.dead ??= `it exited (code ${code})`;
    if (threads[i] === t) threads[i] = undefined;
    freeArgsPage(argsAt);
    exited();
  });
  threads[i] = t;
  return t;
}

/** Posts `job` of kernel `spec` to worker i, started (or replaced) first if need be. */
export function post(i: number, spec: KernelSpec, job: Job): Thread {
  let t = threads[i];
  if (!t || t.dead) t = start(i);
  if (!t.has.has(spec.id)) {
    t.port.postMessage(spec);
    t.has.add(spec.id);
  }
  writeJob(t.c, job);
  Atomics.store(t.c.words, PROGRESS_WORD, 0);
  Atomics.store(t.c.words, STATE_WORD, POSTED);
  Atomics.notify(t.c.words, STATE_WORD);
  return t;
}

/** Blocks until worker t is done with its job (or gone: dead, or stalled past STALL_MS). */
export function block(t: Thread): void {
  let seen = -1, since = Date.now();
  while (Atomics.load(t.c.words, STATE_WORD) === POSTED) {
    if (Atomics.wait(t.c.words, STATE_WORD, POSTED, 1000) !== 'timed-out') continue;
    const p = Atomics.load(t.c.words, PROGRESS_WORD);
    if (p !== seen) [seen, since] = [p, Date.now()];
    else if (Date.now() - since > STALL_MS) {
      t.dead = `it made no progress for ${STALL_MS / 1000} s`;
      void t.worker.terminate();
      return;
    }
  }
}

// Node 20 has it; TypeScript's library for this target does not declare it yet
interface WaitAsync { waitAsync(a: Int32Array, at: number, value: number): { async: false; value: string } | { async: true; value: Promise<string> } }

/** Resolves when worker t is done with its job or gone; never rejects. */
export async function settled(t: Thread): Promise<void> {
  if (Atomics.load(t.c.words, STATE_WORD) !== POSTED) return;
  const w = (Atomics as unknown as WaitAsync).waitAsync(t.c.words, STATE_WORD, POSTED);
  if (!w.async) return;
  if (awaiting++ === 0) for (const x of threads) x?.worker.ref();
  try {
    await Promise.race([w.value, t.exited]);
  } finally {
    if (--awaiting === 0) for (const x of threads) x?.worker.unref();
  }
}

/** After `block` or `settled`: an error if worker t's job did not complete; the worker is ready for
 *  the next job otherwise. */
export function check(t: Thread, kernel: string): void {
  const state = Atomics.load(t.c.words, STATE_WORD);
  if (state === DONE) {
    Atomics.store(t.c.words, STATE_WORD, IDLE);
    return;
  }
  const why = state === FAILED ? `it threw: ${readText(t.c)}` : t.dead ?? 'it stopped';
  if (state === FAILED) Atomics.store(t.c.words, STATE_WORD, IDLE);
  else {
    // gone mid-job: the next job gets a new worker
    t.dead ??= why;
    void t.worker.terminate();
  }
  throw new WorkerFailure(`a worker thread running kernel ${kernel} failed (${why}); the evaluation is abandoned, its inputs are as they were and the next one starts a new worker`);
}

/** The pool's live workers (for tests, which kill one in the middle of a run). */
export const workers = (): readonly Worker[] => threads.filter((t): t is Thread => t !== undefined && !t.dead).map((t) => t.worker);

/** Stops every worker (they are started again when needed). */
export async function shutdownPool(): Promise<void> {
  const all = threads.filter((t): t is Thread => t !== undefined);
  for (const t of all) {
    Atomics.store(t.c.words, STATE_WORD, EXIT);
    Atomics.notify(t.c.words, STATE_WORD);
  }
  await Promise.all(all.map((t) => t.exited));
}
