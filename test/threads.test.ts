// Kernels on worker threads (runtime/pool.ts): the same bits with 1, 2, 3 and 8 threads for every
// kind that splits, evalAsync leaving the event loop free, the process exiting by itself, and a
// worker killed in the middle of a run failing that evaluation only.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import { workers } from '../runtime/pool.js';
import { expectSame } from './helpers.js';

const n = 3 * 2 ** 16 + 5;
const a = nd.random([n], { seed: 1 }).eval(), b = nd.random([n], { seed: 2 }).eval();
const M = nd.random([300, 200], { seed: 3 }).eval(), N = nd.random([200, 150], { seed: 4 }).eval();
const S = nd.fromTriplets(
  Array.from({ length: 5000 }, (_, i) => (i * 7) % 300), Array.from({ length: 5000 }, (_, i) => (i * 13) % 200),
  Array.from({ length: 5000 }, (_, i) => 1 + (i % 17)), [300, 200],
);
const ints = nd.array(Int32Array.from({ length: n }, (_, i) => (i * 2654435761) | 0), { dtype: 'int32' }).eval();
const mine = nd.array(Float64Array.from({ length: n }, (_, i) => Math.sin(i)));

const CASES: Record<string, () => nd.LazyArray[]> = {
  'elementwise': () => [a.mul(b).sub(1)],
  'a transcendental chain': () => [a.mul(a).neg().exp().mul(b.sin())],
  'a full sum (by tile states)': () => [a.mul(b).sum()],
  'min, max, argmin and argmax of everything': () => [a.min(), a.max(), a.argmax(), a.argmin()],
  'an integer sum that wraps': () => [ints.mul(3).sum()],
  'row norms (by rows)': () => [M.mul(M).sum(1).sqrt()],
  'column sums (by columns)': () => [M.sum(0)],
  'a masked mean': () => [a.select(b.gt(0.3)).mean()],
  'a selection (count, prefix, place)': () => [a.select(b.gt(0.7))],
  'matmul with an epilogue (by rows)': () => [M.matmul(N).mul(2).add(1)],
  'CSR times dense (by rows)': () => [S.matmul(N)],
  'CSR row sums': () => [S.sum(1)],
  'a TypedArray of the caller\'s (one thread)': () => [mine.mul(2).add(a)],
};

const at = (threads: number, minWork: number, f: () => nd.LazyArray[]): nd.Storage[] => nd.withConfig({ threads, threadMinWork: minWork }, () => nd.evalAll(f()).map((x) => x.toTypedArray()));
const same = (got: readonly nd.Storage[], want: readonly nd.Storage[], what: string): void => got.forEach((g, i) => expectSame(g, want[i]!, `${what}, result ${i}`));

describe('kernels on worker threads', () => {
  it.each(Object.keys(CASES))('%s: the same bits on 1, 2, 3 and 8 threads', (name) => {
    const f = CASES[name]!;
    const want = at(1, 0, f);
    for (const threads of [2, 3, 8]) {
      // every kernel on the threads, and only those past the threshold
      same(at(threads, 0, f), want, `${name}, ${threads} threads, every kernel`);
      same(at(threads, 2 ** 17, f), want, `${name}, ${threads} threads`);
    }
  });

  it('evalAsync gives the same bits, leaves the event loop free, and runs evaluations one after another', async () => {
    const big = nd.random([2 ** 21], { seed: 5 }).eval();
    const heavy = (): nd.LazyArray => big.mul(big).neg().exp().mul(big.mul(40).sin()).add(big.sqrt().cos());
    const want = at(1, 0, () => [heavy()])[0]!;
    let turned = false;
    setImmediate(() => { turned = true; });
    const pending = nd.withConfig({ threads: 2 }, () => [heavy().evalAsync(), nd.evalAllAsync([heavy(), a.mul(b).sum()])]);
    // while the workers compute, this thread is free: a synchronous evaluation runs here meanwhile
    same([nd.withConfig({ threads: 2 }, () => a.mul(b).sub(1).toTypedArray())], at(1, 0, CASES.elementwise!), 'a synchronous evaluation meanwhile');
    const [one, [two, s]] = await Promise.all([pending[0]!, pending[1]!]);
    expect(turned).toBe(true);
    expectSame(one!.toTypedArray(), want, 'evalAsync');
    expectSame(two!.toTypedArray(), want, 'evalAllAsync');
    same([s!.toTypedArray()], at(1, 0, CASES['a full sum (by tile states)']!), 'evalAllAsync, a sum');
  });

  it('an array an evaluation in flight reads or writes cannot be disposed of until it is done', async () => {
    const a = nd.random([2 ** 18], { seed: 3 }).eval(), out = nd.empty([2 ** 18]);
    const want = a.mul(a).exp().toTypedArray();
    const run = nd.withConfig({ threads: 2, threadMinWork: 0 }, () => a.mul(a).exp().evalAsync({ out }));
    for (const x of [a, out]) {
      expect(() => x.dispose()).toThrow(/^ndfuse: dispose: this array is read or written by an evaluation still running \(evalAsync\): await it/);
    }
    expectSame((await run).toTypedArray(), want, 'the result, the dispose refused');
    a.dispose();
    out.dispose();
    expect(() => a.sum().item()).toThrow(/was disposed of/);
    // a failed evaluation lets go of its arrays too
    const b = nd.random([8], { seed: 4 }).eval();
    await expect(b.evalAsync({ out: new Float32Array(8) as never })).rejects.toThrow(/out\[0\]/);
    b.dispose();
  });

  it('a worker killed in the middle of a run fails that evaluation with a clear error; the next succeeds', async () => {
    const big = nd.random([2 ** 22], { seed: 6 }).eval();
    const before = big.toTypedArray();
    const heavy = (): nd.LazyArray => big.mul(big).neg().exp().mul(big.mul(40).sin()).mul(big.mul(7).cos());
    const want = at(1, 0, () => [heavy()])[0]!;
    const run = nd.withConfig({ threads: 2, threadMinWork: 0 }, () => heavy().evalAsync());
    // the evaluation has posted its parts: kill a worker while it runs one
    await new Promise((r) => setImmediate(r));
    expect(workers().length).toBeGreaterThan(0);
    await workers()[0]!.terminate();
    await expect(run).rejects.toThrow(/ndfuse: eval: a worker thread running kernel \w+ failed \(it exited \(code \d+\)\); the evaluation is abandoned/);
    await expect(run).rejects.toBeInstanceOf(nd.NdfuseError);
    expect(big.toTypedArray()).toEqual(before);
    // a new worker takes its place
    expectSame((await nd.withConfig({ threads: 2, threadMinWork: 0 }, () => heavy().evalAsync())).toTypedArray(), want, 'async, after');
    expectSame(at(2, 0, () => [heavy()])[0]!, want, 'sync, after');
  });

  it('a process that used the workers exits by itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-threads-'));
    const script = join(dir, 'run.mjs');
    writeFileSync(script, `import * as nd from ${JSON.stringify(join(import.meta.dirname, '../dist/src/index.js'))};\n` +
      `nd.setConfig({ threads: 2, threadMinWork: 0 });\nconst a = nd.random([1e5], { seed: 1 });\n` +
      `console.log(a.mul(2).sum().item() > 0, (await a.mul(3).sum().evalAsync()).item() > 0);\n`);
    // a hang would fail here (the timeout is only a guard, far beyond any machine's time)
    expect(execFileSync(process.execPath, [script], { encoding: 'utf8', timeout: 120_000 }).trim()).toBe('true true');
  });

  it('threads and threadMinWork are checked', () => {
    for (const bad of [0, 1.5, -1]) expect(() => nd.withConfig({ threads: bad }, () => undefined)).toThrow(/setConfig: threads must be an integer >= 1/);
    expect(() => nd.withConfig({ threadMinWork: -1 }, () => undefined)).toThrow(/setConfig: threadMinWork must be an integer >= 0/);
  });
});
