// Deep and large graphs: lazy loops of thousands of updates, chains of a hundred thousand steps, and
// arrays too large for a TypedArray. Counts and structure only; no timing here (bench/ has it).

import { describe, expect, it } from 'vitest';
import { compile, MAX_INLINE_DEPTH, MAX_KERNEL_OPS, printExpr, renderJs } from '../compiler/index.js';
import * as nd from '../src/index.js';
import { NdfuseError, withConfig } from '../src/index.js';
import { expectSame, reference } from './helpers.js';

/** Deepest parenthesis nesting in a source text. */
function nesting(src: string): number {
  let d = 0, max = 0;
  for (const ch of src) {
    if (ch === '(') max = Math.max(max, ++d);
    else if (ch === ')') d--;
  }
  return max;
}

describe('deep graphs', () => {
  it('a lazy iterative update, x = x * 0.5 + 1 a thousand times, evaluates as the reference does', () => {
    let x: nd.LazyArray = nd.array([1, 2, 3], { dtype: 'float64' });
    for (let i = 0; i < 1000; i++) x = x.mul(0.5).add(1);
    expectSame(x.toTypedArray(), reference(x), 'x');
    expect(x.toArray()).toEqual([2, 2, 2]);
    // straight-line temporaries: no kernel nests deeper than the inlining bound allows
    for (const k of compile([x.node]).kernels) expect(nesting(renderJs(k.ir, k.name).source)).toBeLessThan(3 * MAX_INLINE_DEPTH);
  });

  it('a chain of 100,000 additions evaluates on both backends', () => {
    let x = nd.array([1]);
    for (let i = 0; i < 1e5; i++) x = x.add(1);
    expect(x.item()).toBe(100001);
    expect(withConfig({ backend: 'naive' }, () => x.item())).toBe(100001);
  });

  it('a kernel past the size limit is cut, with the reason in the plan, and the pieces share one compiled kernel', () => {
    let x: nd.LazyArray = nd.array([0.5, 1.5], { dtype: 'float64' });
    for (let i = 0; i < 5 * MAX_KERNEL_OPS; i++) x = x.mul(1.0001);
    const p = compile([x.node]);
    expect(p.kernels.length).toBeGreaterThanOrEqual(5);
    expect(p.kernels.length).toBeLessThanOrEqual(6);
    for (const k of p.kernels) expect(k.fused.length).toBeLessThanOrEqual(MAX_KERNEL_OPS);
    expect(p.schedule.boundaries.some((b) => /cut after \d+ fused operations/.test(b.reason))).toBe(true);
    expect(new Set(p.kernels.map((k) => k.key)).size).toBeLessThanOrEqual(2);
    expectSame(x.toTypedArray(), reference(x), 'x');
  });

  it('a deep graph with every node used twice neither overflows the stack nor blows up in size', () => {
    let x: nd.LazyArray = nd.array([1, 2], { dtype: 'float64' });
    for (let i = 0; i < 200; i++) x = x.mul(x).sqrt();
    expect(x.toArray()).toEqual([1, 2]);
    expectSame(x.toTypedArray(), reference(x), 'x');
    expect(printExpr([x.node]).length).toBeLessThan(400);
  });

  it('a long chain of reductions broadcast back (an iteration with a norm in it)', () => {
    let y = nd.random([4, 3], { seed: 3 });
    for (let i = 0; i < 500; i++) y = y.sub(y.mean(1, { keepdims: true }).mul(0.01));
    expectSame(y.toTypedArray(), reference(y), 'y');
  });

  it('a long chain under a view (the views pass sinks the reshape through it without recursion)', () => {
    let x: nd.LazyArray = nd.arange(6).astype('float64');
    for (let i = 0; i < 20000; i++) x = x.add(1);
    const t = x.reshape([2, 3]).T.broadcastTo([4, 3, 2]);
    expect(t.sum().item()).toBe(4 * (15 + 6 * 20000));
  });
});

describe('arrays too large for a TypedArray', () => {
  const tooLarge = /an array of shape \[100000, 100000\] has 10000000000 elements \(80 GB of float64\); a TypedArray holds at most 4294967296 elements/;
  it.each(['auto', 'naive'] as const)('an NdfuseError naming the size and the limit on the %s backend', (backend) => {
    const f = () => withConfig({ backend }, () => nd.ones([1e5, 1e5]).add(1).toTypedArray());
    expect(f).toThrow(NdfuseError);
    expect(f).toThrow(tooLarge);
  });
  it('also when making one', () => {
    expect(() => nd.random([1e5, 1e5])).toThrow(tooLarge);
    expect(() => nd.arange(2 ** 33)).toThrow(/the range has 8589934592 elements/);
  });
  it('a reduction over such a shape is fine: nothing of that shape is stored', () => {
    const p = compile([nd.ones([1e5, 1e5]).add(1).sum(1).sum().node]);
    expect(p.kernels.flatMap((k) => k.binding.outputs.map((o) => o.size))).toEqual([1e5, 1]);
  });
});

describe('what interning keeps', () => {
  it('is bounded per array however many distinct expressions are built over it, and eviction costs only sharing', async () => {
    const { MAX_FAMILY } = await import('../compiler/index.js');
    const a = nd.array(new Float64Array([1, 2, 3, 4]));
    const first = a.add(0.25);
    expect(a.add(0.25).node).toBe(first.node); // interned: equal expressions are one node
    for (let i = 0; i < 3 * MAX_FAMILY; i++) a.add(i + 0.5).mul(2);
    const family = (a.node.arg as { family?: { size: number } }).family!;
    expect(family.size).toBeLessThanOrEqual(MAX_FAMILY);
    // the evicted expression, built again, is a new node with the same value
    const again = a.add(0.25);
    expect(again.node).not.toBe(first.node);
    expectSame(again.toTypedArray(), first.toTypedArray(), 'a + 0.25');
  });
});
