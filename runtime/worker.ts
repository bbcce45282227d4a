// A worker thread of the pool (runtime/pool.ts): waits on its control block, runs the job written
// there over ndfuse's memory, says it is done, waits again. It never returns to its event loop, so
// kernels come through `receiveMessageOnPort`, read before each job; it makes each kernel from its
// LoopIR with the same renderer and keeps it by id.

import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { RENDERERS, type Lowered } from '../compiler/index.js';
import { instantiate, instantiateWasm, useArgsPage, type KernelFn } from './kernel-cache.js';
import { control, DONE, EXIT, FAILED, POSTED, PROGRESS_WORD, readJob, STATE_WORD, writeText, type KernelSpec } from './jobs.js';
import { adoptMemory, memoryBuffer } from './memory.js';
import type { WasmMemory } from './wasm-api.js';

interface Data { readonly memory: WasmMemory; readonly control: SharedArrayBuffer; readonly port: MessagePort; readonly argsAt: number }
const data = workerData as Data;
adoptMemory(data.memory);
useArgsPage(data.argsAt);
const c = control(data.control);
const kernels = new Map<number, KernelFn>();

function make(spec: KernelSpec): KernelFn {
  const k = { ir: spec.ir, name: spec.name, key: spec.key } as Lowered;
  return spec.backend === 'wasm' ? instantiateWasm(spec.key, spec.name, RENDERERS.wasm(k), 0) : instantiate('js', spec.key, RENDERERS.js(k), 0);
}

for (;;) {
  // asleep until the state word says a job is posted (or the pool shuts down)
  let state = Atomics.load(c.words, STATE_WORD);
  while (state !== POSTED && state !== EXIT) {
    Atomics.wait(c.words, STATE_WORD, state);
    state = Atomics.load(c.words, STATE_WORD);
  }
  if (state === EXIT) break;
  try {
    for (let m = receiveMessageOnPort(data.port); m; m = receiveMessageOnPort(data.port)) {
      const spec = m.message as KernelSpec;
      kernels.set(spec.id, make(spec));
    }
    const job = readJob(c, memoryBuffer());
    const fn = kernels.get(job.kernel);
    if (!fn) throw new Error(`kernel ${job.kernel} never reached this worker`);
    for (let s = job.start; s < job.end; s += job.chunk) {
      fn(s, Math.min(job.end, s + job.chunk), job.bufs as never, job.consts, job.geom, job.st, job.from, job.to);
      Atomics.add(c.words, PROGRESS_WORD, 1);
    }
    Atomics.store(c.words, STATE_WORD, DONE);
  } catch (e) {
    writeText(c, e instanceof Error ? e.message : String(e));
    Atomics.store(c.words, STATE_WORD, FAILED);
  }
  Atomics.notify(c.words, STATE_WORD);
}
