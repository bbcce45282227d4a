// One call of a kernel over a range, as the calling thread hands it to a worker thread: written
// into that worker's control block (a small SharedArrayBuffer of its own) by `writeJob`, read back
// there by `readJob` as views of ndfuse's memory, which both threads share. Every array a job
// names lives in that memory: a worker sees nothing else.

import type { Storage } from './buffer.js';

/** A control block's state word: what the worker is doing or has done. */
export const IDLE = 0, POSTED = 1, DONE = 2, FAILED = 3, EXIT = 4;

/** A kernel as a worker makes it: from its LoopIR, by the renderer that runs it here. */
export interface KernelSpec {
  readonly id: number;
  readonly key: string;
  readonly name: string;
  readonly backend: 'js' | 'wasm';
  /** The kernel's LoopIR (compiler/kernels.ts): plain data, posted as it is. */
  readonly ir: unknown;
}

/** A call over [start, end) in calls of at most `chunk` elements, with a part's `st`, `from`, `to`
 *  (compiler/kernels.ts: how each kind splits). */
export interface Job {
  readonly kernel: number;
  readonly start: number;
  readonly end: number;
  readonly chunk: number;
  readonly bufs: readonly Storage[];
  readonly consts: readonly number[];
  readonly geom: readonly number[];
  readonly st?: Float64Array;
  readonly from?: number;
  readonly to?: number;
}

export const CONTROL_BYTES = 65536;
// words: state, kernel, start, end, chunk, from, to, st offset, st length, arrays, geometry slots,
// constants, the calls made so far, then three words per array (its type, offset, length), then
// the geometry; the constants as float64 from CONST_AT; a failure's message as UTF-16 from TEXT_AT
const HEAD = 13, CONST_AT = 32768, TEXT_AT = 49152;
const TEXT_MAX = (CONTROL_BYTES - TEXT_AT) / 2 - 1;
export const STATE_WORD = 0;
/** The worker's count of the calls it has made in this job: a waiting thread tells a long job from
 *  a dead worker by it. */
export const PROGRESS_WORD = 12;

const TYPES = [Float64Array, Float32Array, Int32Array, Uint8Array] as const;
type StorageCtor = (typeof TYPES)[number];

/** The views of one control block. */
export interface Control {
  readonly words: Int32Array;
  readonly floats: Float64Array;
  readonly text: Uint16Array;
}

export function control(sab: SharedArrayBuffer): Control {
  return { words: new Int32Array(sab, 0, CONST_AT / 4), floats: new Float64Array(sab, CONST_AT, (TEXT_AT - CONST_AT) / 8), text: new Uint16Array(sab, TEXT_AT) };
}

/** Whether `job` fits a control block (a kernel has a few dozen arrays and slots at most). */
export const fits = (job: Job): boolean => HEAD + 3 * job.bufs.length + job.geom.length <= CONST_AT / 4 && job.consts.length <= (TEXT_AT - CONST_AT) / 8;

export function writeJob(c: Control, job: Job): void {
  const w = c.words;
  w[1] = job.kernel;
  w[2] = job.start;
  w[3] = job.end;
  w[4] = job.chunk;
  w[5] = job.from ?? -1;
  w[6] = job.to ?? -1;
  // offsets past 2 GiB do not fit an int32: their words are read back unsigned; a part's states are
  // there when word 8 (their length plus one) is not 0
  w[7] = job.st ? job.st.byteOffset : 0;
  w[8] = job.st ? job.st.length + 1 : 0;
  w[9] = job.bufs.length;
  w[10] = job.geom.length;
  w[11] = job.consts.length;
  let at = HEAD;
  for (const b of job.bufs) {
    w[at++] = TYPES.indexOf(b.constructor as StorageCtor);
    w[at++] = b.byteOffset;
    w[at++] = b.length;
  }
  for (const g of job.geom) w[at++] = g;
  for (let k = 0; k < job.consts.length; k++) c.floats[k] = job.consts[k]!;
}

/** The job in `c`, its arrays as views of `memory` (ndfuse's memory as this thread sees it). */
export function readJob(c: Control, memory: SharedArrayBuffer): Job {
  const w = c.words;
  const nb = w[9]!, ng = w[10]!, nc = w[11]!;
  const bufs: Storage[] = [];
  let at = HEAD;
  for (let j = 0; j < nb; j++, at += 3) bufs.push(new TYPES[w[at]!]!(memory as unknown as ArrayBuffer, w[at + 1]! >>> 0, w[at + 2]!));
  const geom = Array.from(w.subarray(at, at + ng));
  const consts = Array.from(c.floats.subarray(0, nc));
  const st = w[8]! > 0 ? new Float64Array(memory, w[7]! >>> 0, w[8]! - 1) : undefined;
  return { kernel: w[1]!, start: w[2]!, end: w[3]!, chunk: w[4]!, bufs, consts, geom, st, from: w[5]! >= 0 ? w[5]! : undefined, to: w[6]! >= 0 ? w[6]! : undefined };
}

export function writeText(c: Control, message: string): void {
  const n = Math.min(message.length, TEXT_MAX);
  for (let i = 0; i < n; i++) c.text[i] = message.charCodeAt(i);
  c.text[n] = 0;
}

export function readText(c: Control): string {
  let s = '';
  for (let i = 0; i < TEXT_MAX && c.text[i] !== 0; i++) s += String.fromCharCode(c.text[i]!);
  return s;
}
