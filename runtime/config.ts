// Settings, read once from the environment and changeable in code. Each is documented where its
// default is defined; `epoch` changes whenever any of them does, so caches of plans can tell.

import { availableParallelism } from 'node:os';

export interface Config {
  /** NDFUSE_DEBUG. 1: kernel count and cache statistics per evaluation; 2: time per kernel;
   *  3: the plan with every fusion boundary and its reason; 4: the source of each kernel run. */
  debug: number;
  /** NDFUSE_CHUNK. Elements per call of a kernel; the executor walks whole chunks, then the tail.
   *  The default comes from bench/chunk-size.bench (see bench/README.md). */
  chunk: number;
  /** NDFUSE_BACKEND. 'auto' compiles each kernel for the backend that runs it fastest (WebAssembly
   *  where the host has it, the renderer does the kernel and its arrays live in ndfuse's memory;
   *  JavaScript otherwise); 'wasm' and 'js' force one for every kernel it does (arrays copied in and
   *  out of ndfuse's memory as needed); 'naive' runs the reference interpreter, one temporary array
   *  per op (the baseline). */
  backend: Backend;
  /** NDFUSE_DUMP_KERNELS. '' off; '-' prints each newly compiled kernel to stderr; any other value
   *  is a folder that receives one <kernel name>.js file per kernel. */
  dumpKernels: string;
  /** NDFUSE_DUMP_FORMAT. 'js' dumps each kernel as the JavaScript compiled at run time; 'ts' as a
   *  typed TypeScript module, by the generator `ndfuse aot` uses. */
  dumpFormat: 'js' | 'ts';
  /** NDFUSE_STRICT=1. Only kernels registered ahead of time (`ndfuse aot`) may run: a missing one is
   *  an error naming the expression, instead of a kernel compiled with `new Function` (or, where code
   *  generation from strings is forbidden, a run on the reference backend). */
  strict: boolean;
  /** NDFUSE_CACHE_SIZE. Compiled kernels kept (least recently used are dropped). */
  cacheSize: number;
  /** NDFUSE_SPLIT. Runs every generated kernel in this many parts, as threads will (the kernel
   *  contract, compiler/kernels.ts): a reduction's reduced elements by tile states merged in
   *  order, a compress by count, prefix and place. Results are the same bits for every value; 1 (the
   *  default) runs each kernel in chunks only. */
  split: number;
  /** NDFUSE_MEMORY_BUDGET. Bytes of ndfuse's memory (runtime/memory.ts) that results only the garbage
   *  collector can give back may take; past it new results get memory of their own. */
  memoryBudget: number;
  /** NDFUSE_THREADS. Threads a large kernel runs on (runtime/pool.ts): the calling thread and
   *  worker threads over ndfuse's memory. The default is the cores the host gives this process;
   *  1 runs everything on the calling thread. */
  threads: number;
  /** NDFUSE_THREAD_MIN_WORK. Work (elements times ops per element, a math function counting
   *  twenty; a product's multiply-adds) below which a kernel runs on the calling thread alone; 0
   *  sends every kernel a worker can run to the workers (as the tests do). */
  threadMinWork: number;
}

export type Backend = 'auto' | 'wasm' | 'js' | 'naive';
export const BACKENDS: readonly Backend[] = ['auto', 'wasm', 'js', 'naive'];
const isBackend = (b: unknown): b is Backend => BACKENDS.includes(b as Backend);
const backendList = BACKENDS.map((b) => `'${b}'`).join(', ');

export const DEFAULT_CHUNK = 16384;
export const DEFAULT_MEMORY_BUDGET = 256 * 2 ** 20;
/** Work (elements times ops per element, runtime/executor.ts weightOf) where two threads start to
 *  pay here: `tf * idf - 1` (3 a element) from about 2.5e5 elements, `exp(-x*x) * sin(y)` from
 *  about 1e4, `sum(a*b)` from about 3e5 (bench/README.md "threads"). */
export const DEFAULT_THREAD_MIN_WORK = 1 << 19;

function fromEnv(env: NodeJS.ProcessEnv): Config {
  const int = (name: string, dflt: number, min: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return dflt;
    const v = Number(raw);
    if (!Number.isInteger(v) || v < min) throw new Error(`ndfuse: ${name}=${raw} is not an integer >= ${min}`);
    return v;
  };
  const backend = env.NDFUSE_BACKEND || 'auto';
  if (!isBackend(backend)) throw new Error(`ndfuse: NDFUSE_BACKEND=${backend} is not one of ${backendList}`);
  const dumpFormat = env.NDFUSE_DUMP_FORMAT || 'js';
  if (dumpFormat !== 'js' && dumpFormat !== 'ts') throw new Error(`ndfuse: NDFUSE_DUMP_FORMAT=${dumpFormat} is not 'js' or 'ts'`);
  return {
    debug: int('NDFUSE_DEBUG', 0, 0),
    chunk: int('NDFUSE_CHUNK', DEFAULT_CHUNK, 1),
    backend,
    dumpKernels: env.NDFUSE_DUMP_KERNELS ?? '',
    dumpFormat,
    strict: int('NDFUSE_STRICT', 0, 0) > 0,
    cacheSize: int('NDFUSE_CACHE_SIZE', 512, 1),
    split: int('NDFUSE_SPLIT', 1, 1),
    memoryBudget: int('NDFUSE_MEMORY_BUDGET', DEFAULT_MEMORY_BUDGET, 0),
    threads: int('NDFUSE_THREADS', availableParallelism(), 1),
    threadMinWork: int('NDFUSE_THREAD_MIN_WORK', DEFAULT_THREAD_MIN_WORK, 0),
  };
}

let current: Readonly<Config> = Object.freeze(fromEnv(process.env));
let epoch = 0;

export const config = (): Readonly<Config> => current;
export const configEpoch = (): number => epoch;

export function setConfig(patch: Partial<Config>): void {
  const next = { ...current, ...patch };
  if (!Number.isInteger(next.chunk) || next.chunk < 1) throw new Error(`ndfuse: setConfig: chunk must be an integer >= 1, got ${next.chunk}`);
  if (!Number.isInteger(next.split) || next.split < 1) throw new Error(`ndfuse: setConfig: split must be an integer >= 1, got ${next.split}`);
  if (!Number.isInteger(next.threadMinWork) || next.threadMinWork < 0) throw new Error(`ndfuse: setConfig: threadMinWork must be an integer >= 0, got ${next.threadMinWork}`);
  if (!Number.isInteger(next.threads) || next.threads < 1) throw new Error(`ndfuse: setConfig: threads must be an integer >= 1, got ${next.threads}`);
  if (!Number.isInteger(next.memoryBudget) || next.memoryBudget < 0) throw new Error(`ndfuse: setConfig: memoryBudget must be an integer >= 0, got ${next.memoryBudget}`);
  if (!isBackend(next.backend)) throw new Error(`ndfuse: setConfig: backend must be one of ${backendList}, got ${String(next.backend)}`);
  if (next.dumpFormat !== 'js' && next.dumpFormat !== 'ts') throw new Error(`ndfuse: setConfig: dumpFormat must be 'js' or 'ts', got ${String(next.dumpFormat)}`);
  current = Object.freeze(next);
  epoch++;
}

/** Runs `fn` with some settings changed, restoring them afterwards (also when `fn` throws). */
export function withConfig<T>(patch: Partial<Config>, fn: () => T): T {
  const saved = current;
  setConfig(patch);
  try {
    return fn();
  } finally {
    current = saved;
    epoch++;
  }
}
