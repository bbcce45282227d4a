// A job as it crosses to a worker (runtime/jobs.ts): every field back as written, and arrays at
// offsets past 2 GiB of ndfuse's memory (an int32 word wraps there; the suite bench met it at 1e7).

import { describe, expect, it } from 'vitest';
import { control, CONTROL_BYTES, readJob, writeJob } from '../../runtime/jobs.js';

describe('a job in a control block', () => {
  it('comes back as it went, its arrays and states at offsets past 2 GiB included', () => {
    // untouched pages of a shared buffer cost no memory: only its address space
    const memory = new SharedArrayBuffer(2 ** 31 + 2 ** 20);
    const c = control(new SharedArrayBuffer(CONTROL_BYTES));
    const high = 2 ** 31 + 4096;
    const bufs = [new Float64Array(memory, 64, 10), new Float32Array(memory, high, 7), new Int32Array(memory, high + 1024, 3), new Uint8Array(memory, 2 ** 31 - 8, 20)];
    const st = new Float64Array(memory, high + 8192, 5);
    writeJob(c, { kernel: 7, start: 3, end: 99, chunk: 16384, bufs, consts: [1.5, -2], geom: [4, 5, 6], st, from: 10, to: 20 });
    const job = readJob(c, memory);
    expect(job.bufs.map((b) => [b.constructor.name, b.byteOffset, b.length])).toEqual(bufs.map((b) => [b.constructor.name, b.byteOffset, b.length]));
    expect([job.st!.byteOffset, job.st!.length]).toEqual([high + 8192, 5]);
    expect([job.kernel, job.start, job.end, job.chunk, job.consts, job.geom, job.from, job.to]).toEqual([7, 3, 99, 16384, [1.5, -2], [4, 5, 6], 10, 20]);
    // no states, no range: undefined again (a part's states may sit at offset 0 too)
    writeJob(c, { kernel: 1, start: 0, end: 1, chunk: 1, bufs: [], consts: [], geom: [] });
    expect([readJob(c, memory).st, readJob(c, memory).from]).toEqual([undefined, undefined]);
    writeJob(c, { kernel: 1, start: 0, end: 1, chunk: 1, bufs: [], consts: [], geom: [], st: new Float64Array(memory, 0, 2) });
    expect(readJob(c, memory).st!.length).toBe(2);
  });
});
