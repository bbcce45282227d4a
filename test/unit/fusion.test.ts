// Fusion claims, tested by counting kernels and by reading the generated source.

import { describe, expect, it } from 'vitest';
import { compile, Node, renderJs } from '../../compiler/index.js';
import * as nd from '../../src/index.js';
import { array, evalAll, random } from '../../src/index.js';
import { kernels } from '../helpers.js';

const tf = random([1000], { seed: 1 });
const idf = random([1000], { seed: 2 });

describe('fusion', () => {
  it('tf * idf - 1 is one kernel, one pass and no temporary array', () => {
    const ks = kernels(array(tf.toTypedArray()).mul(idf).sub(1));
    expect(ks).toHaveLength(1);
    const { source } = renderJs(ks[0]!.ir, ks[0]!.name);
    // one pass over the elements: 8 at a time, then the rest one by one
    expect(source.match(/\bfor \(/g)).toHaveLength(2);
    expect(source).toMatch(/for \(; i \+ 8 <= end; i \+= 8\)/);
    expect(source).not.toMatch(/new |Array|\[\]/);
    expect(ks[0]!.fused.map((n) => n.op)).toEqual(['mul', 'sub']);
  });

  it('a*b + a*b computes a*b once', () => {
    const a = random([10], { seed: 3 }), b = random([10], { seed: 4 });
    const x = a.mul(b).add(a.mul(b));
    expect(x.node.src[0]).toBe(x.node.src[1]); // interned: the same node
    const [k] = kernels(x);
    expect(k!.fused.map((n) => n.op)).toEqual(['mul', 'add']);
    expect(renderJs(k!.ir, k!.name).source).toContain('const v0 = a0[i] * a1[i];');
  });

  it('a long chain of elementwise ops with broadcasts and views stays one kernel', () => {
    const m = random([30, 40], { seed: 5 });
    const row = random([40], { seed: 6 });
    const x = m.sub(row).mul(m.T.T).abs().sqrt().add(nd.where(m.gt(0.5), 1, m.exp())).maximum(0).astype('float32');
    expect(kernels(x)).toHaveLength(1);
  });

  it('evalAll: outputs of one shape share one loop; another shape gets its own', () => {
    const a = random([100], { seed: 7 }), b = random([100], { seed: 8 });
    const c = random([7], { seed: 9 });
    expect(kernels(a.add(b), a.mul(b), a.sub(b).exp())).toHaveLength(1);
    const p = compile([a.add(b), c.mul(2)].map((x) => x.node));
    expect(p.kernels).toHaveLength(2);
    expect(p.schedule.kernels[1]!.reason).toMatch(/different shape/);
    const [s, q] = evalAll([a.add(b), c.mul(2)]);
    expect(s!.shape).toEqual([100]);
    expect(q!.toTypedArray()[0]).toBe(c.toTypedArray()[0]! * 2);
  });

  it('views never copy: transpose, slice and broadcast are read through strides', () => {
    const m = random([20, 30], { seed: 10 });
    const x = m.T.slice('::2').add(m.slice(null, 0).broadcastTo([30, 20]).T.T.slice('::2'));
    const ks = kernels(x);
    expect(ks).toHaveLength(1);
    expect(ks[0]!.ir.ins.every((i) => i.strided)).toBe(true);
  });

  it('a reshape strides cannot express copies once, with the reason stated', () => {
    const m = random([6, 4], { seed: 11 });
    const p = compile([m.T.reshape([24]).mul(2).node]);
    expect(p.kernels).toHaveLength(2);
    expect(p.schedule.boundaries[0]!.reason).toMatch(/reshape that strides cannot express/);
  });

  it('an expression that simplifies to an input still returns a fresh array', () => {
    const a = random([5], { seed: 12 });
    const r = a.mul(1).eval();
    expect(r.toTypedArray()).not.toBe(a.toTypedArray());
    expect(Array.from(r.toTypedArray())).toEqual(Array.from(a.toTypedArray()));
  });

  it('one kernel serves every size of the same structure', () => {
    const small = kernels(random([10], { seed: 1 }).mul(random([10], { seed: 2 })).sub(1));
    const big = kernels(tf.mul(idf).sub(1));
    expect(small[0]!.key).toBe(big[0]!.key);
    // ... and every 2-D shape with the same layout
    const k1 = kernels(random([3, 4], { seed: 1 }).T.add(1));
    const k2 = kernels(random([50, 70], { seed: 1 }).T.add(1));
    expect(k1[0]!.key).toBe(k2[0]!.key);
    expect(k1[0]!.binding.geom).not.toEqual(k2[0]!.binding.geom);
  });

  it('constants are arguments, so x * 2 and x * 3 share a kernel', () => {
    expect(kernels(tf.mul(2))[0]!.key).toBe(kernels(tf.mul(3))[0]!.key);
  });

  it('simplification rules fire: x*1, x-0, --x, constant folding', () => {
    const a = random([5], { seed: 13 });
    const same = compile([a.mul(1).sub(0).neg().neg().node]).roots[0]!;
    expect(same.op).toBe('contiguous'); // a copy of a, nothing computed
    expect(same.src[0]).toBe(a.node);
    const folded = compile([nd.full([5], 2).mul(3).add(1).node]).roots[0]!;
    expect(folded.op).toBe('const');
    expect(folded.arg).toBe(7);
    // x + 0 is kept for floats: -0 + 0 is +0
    expect(compile([a.add(0).node]).roots[0]!.op).toBe('add');
  });

  it('interning: an expression over a fresh array is owned by it, not by the long-lived one', () => {
    const longLived = random([5], { seed: 15 });
    const table = (n: Node): number => (n as unknown as { children?: Map<string, Node> }).children?.size ?? 0;
    longLived.mul(2); // owned by longLived (the constant never owns)
    const before = table(longLived.node);
    for (let i = 0; i < 10; i++) longLived.mul(random([5], { seed: i })).sub(1);
    expect(table(longLived.node)).toBe(before);
  });

  it('a value stored for two reasons is stored once (the reason is beside the node, not in its key)', () => {
    const x = random([3, 3], { seed: 16 });
    const S = nd.csr({ data: [1, 2, 3], indices: [0, 1, 2], indptr: [0, 1, 2, 3], shape: [3, 3] });
    const y = x.mul(2); // a sparse-times-dense operand and a matmul operand: two reasons to store it
    const p = compile([S.matmul(y).node, y.matmul(x).node]);
    expect(p.kernels.map((k) => k.name.replace(/_[0-9a-f]{8}$/, ''))).toEqual(['k_ew1_f64', 'k_matmul_f64', 'k_spmm_f64']);
  });

  it('interning: equal subgraphs are the same object', () => {
    const a = random([5], { seed: 14 });
    expect(a.add(1).exp().node).toBe(a.add(1).exp().node);
    expect(Node.make('const', 'float64', [2], [], 1)).toBe(Node.make('const', 'float64', [2], [], 1));
    expect(Node.make('const', 'float64', [2], [], 0)).not.toBe(Node.make('const', 'float64', [2], [], -0));
  });
});
