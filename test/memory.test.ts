// The memory ndfuse owns (runtime/memory.ts): arrays ndfuse makes live there and its blocks are reused,
// yet nothing a user keeps ever sees a block reused: what `toTypedArray()` hands out is the user's for
// ever (a subarray of it, its buffer), through heavy allocation, garbage collection and growth.

import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import { evalData } from '../src/realize.js';
import { isOwned, memoryStats, OWNED_MIN_BYTES } from '../runtime/memory.js';
import { settle } from '../bench/harness.js';
import { expectSame } from './helpers.js';

// dropped arrays' blocks come back within the test: a full collection, then the finalizers' task
const collect = (): Promise<void> => settle(3);

// the finalizers' task runs when the event loop gets to it, which a busy machine can put off past a
// fixed number of collections: collect until the blocks in use are back to `live` (a bound on
// rounds, not on time, so a block that never comes back still fails the assertion after)
async function collectUntilLive(live: number): Promise<void> {
  for (let round = 0; round < 1000 && memoryStats.live > live; round++) await settle(1);
}

const values = (n: number, seed: number): Float64Array => Float64Array.from({ length: n }, (_, i) => Math.sin(seed * 1000 + i) * 100);

describe("ndfuse's memory", () => {
  it('holds the arrays ndfuse makes, not the ones a user hands in', () => {
    expect(isOwned(evalData([nd.random([100], { seed: 1 })])[0]!)).toBe(true);
    expect(isOwned(evalData([nd.arange(10000).mul(2)])[0]!)).toBe(true);
    // a small result is made and dropped cheaper in memory of its own (runtime/memory.ts)
    expect(isOwned(evalData([nd.arange(10).mul(2)])[0]!)).toBe(false);
    expect(OWNED_MIN_BYTES).toBe(32768);
    // empty() is for out=: in ndfuse's memory at any size, zeroed
    const e = nd.empty([3], { dtype: 'int32' });
    expect(isOwned(evalData([e])[0]!)).toBe(true);
    expect(e.toArray()).toEqual([0, 0, 0]);
    expect(nd.arange(3).mul(2).eval({ out: e })).toBe(e);
    expect(e.toArray()).toEqual([0, 2, 4]);
    const mine = new Float64Array(8);
    expect(evalData([nd.array(mine)])[0]).toBe(mine);
    // what toTypedArray hands out is a copy in memory of its own, but over a user's own array
    const r = nd.random([50], { seed: 1 }).mul(3).toTypedArray();
    expect(isOwned(r)).toBe(false);
    expect(r.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(nd.array(mine).toTypedArray()).toBe(mine);
  });

  it('keeps what a user holds right through heavy allocation, collection and growth', async () => {
    // only a subarray of one result, and the buffer of another, are kept
    const a = values(5000, 1), b = values(5000, 2);
    const kept = nd.array(a).mul(2).sub(nd.array(b)).eval().toTypedArray().subarray(1234, 1300);
    const buffer = nd.array(b).add(1).eval().toTypedArray().buffer;
    const want = Float64Array.from({ length: 66 }, (_, i) => a[1234 + i]! * 2 - b[1234 + i]!);
    const grownBefore = memoryStats.grown;
    for (let round = 0; round < 4; round++) {
      // many arrays of many sizes made and dropped, intermediates among them
      for (let i = 0; i < 200; i++) {
        const n = 1 + ((i * 7919) % 20000);
        const x = nd.random([n], { seed: i }).mul(3).add(nd.arange(n)).sqrt().eval();
        expect(x.size).toBe(n);
      }
      await collect();
      expectSame(kept, want, `round ${round}: the kept subarray`);
      expectSame(new Float64Array(buffer, 0, b.length), b.map((v) => v + 1), `round ${round}: the kept buffer`);
      expect(buffer.byteLength).toBe(8 * b.length);
    }
    // an array larger than all the memory so far makes it grow; arrays from before still read right
    const old = nd.array(a).mul(1).eval();
    const big = nd.zeros([Math.ceil((memoryStats.top * 1.5) / 8)]).add(1).eval();
    expect(memoryStats.grown).toBeGreaterThan(grownBefore);
    expect(big.max().item()).toBe(1);
    expectSame(old.add(0).toTypedArray(), a, 'an array made before the memory grew, read after');
    expectSame(kept, want, 'the kept subarray after growth');
  });

  it('gives blocks back and reuses them: the same work again takes no new memory', async () => {
    const work = (): number => nd.random([30000], { seed: 3 }).mul(2).sub(nd.random([30000], { seed: 4 }).exp()).sum().item() as number;
    await collect();
    const live = memoryStats.live;
    const first = work();
    await collectUntilLive(live);
    const top = memoryStats.top, reused = memoryStats.reused;
    for (let i = 0; i < 20; i++) {
      expect(work()).toBe(first);
      await collectUntilLive(live);
      // at most: blocks of earlier tests' garbage may come back too
      expect(memoryStats.live, `round ${i}: every block back`).toBeLessThanOrEqual(live);
    }
    expect(memoryStats.top).toBe(top);
    expect(memoryStats.reused).toBeGreaterThan(reused);
  });

  it('gives intermediates back as soon as no kernel reads them', () => {
    const x = nd.random([40000], { seed: 5 });
    const live = memoryStats.live;
    // two kernels: the mean (an intermediate), then the centred values' sum, a result of its own
    const r = x.sub(x.mean()).mul(2).sum().eval();
    expect(memoryStats.live).toBe(live);
    expect(typeof r.item()).toBe('number');
    // the centred values themselves: a result in ndfuse's memory, the mean given back
    const c = x.sub(x.mean()).eval();
    expect(memoryStats.live).toBe(live + 1);
    c.dispose();
    expect(memoryStats.live).toBe(live);
  });

  it('dispose() gives a block back at once; using the array after is an error, and so is reading it through an expression', () => {
    const x = nd.random([5000], { seed: 6 }).mul(2).eval();
    const y = x.add(1);
    const reused = memoryStats.reused;
    x.dispose();
    x.dispose();
    const z = nd.random([5000], { seed: 7 }).eval();
    expect(memoryStats.reused).toBe(reused + 1);
    expect(() => x.toTypedArray()).toThrow(/ndfuse: eval: the array was disposed of/);
    expect(() => y.eval()).toThrow(/ndfuse: eval: an array that .* reads was disposed of/);
    expect(() => z.mul(2).eval({ out: x })).toThrow(/argument 'out\[0\]' was disposed of/);
    // a lazy array holds nothing to give back
    y.dispose();
    expect(z.size).toBe(5000);
  });

  it('bounds what only the collector can give back: past the budget, arrays take memory of their own and stay right', () => {
    const a = values(40000, 8);
    const want = a.map((v) => v * 3 - 1);
    nd.withConfig({ memoryBudget: 2 ** 20 }, () => {
      const top = memoryStats.top;
      // no yielding: nothing comes back but through the budget
      for (let i = 0; i < 100; i++) {
        const x = nd.array(a).mul(3).eval();
        expectSame(x.sub(1).eval().toTypedArray(), want, `result ${i}`);
      }
      expect(memoryStats.top - top).toBeLessThanOrEqual(2 ** 21);
    });
  });
});
