// The backends form one fallback, chosen per kernel: any kernel of a program may run on the
// reference interpreter while the others run generated code, and the results are the same bits.
// The kernel cache keeps each renderer's kernels apart, and explain() says which backend runs each.

import { describe, expect, it } from 'vitest';
import { RENDERERS } from '../compiler/index.js';
import * as nd from '../src/index.js';
import { programFor } from '../src/realize.js';
import type { Storage } from '../runtime/buffer.js';
import { execute } from '../runtime/executor.js';
import { instantiate, lookup } from '../runtime/kernel-cache.js';
import { referenceKernel } from '../runtime/reference.js';
import { expectSame } from './helpers.js';

const a = nd.random([40, 30], { seed: 1 }), b = nd.random([30, 20], { seed: 2 });
const v = nd.random([1200], { seed: 3 });
const S = nd.csr({ data: nd.random([6], { seed: 4 }), indices: [2, 0, 1, 2, 0, 1], indptr: [0, 2, 2, 6], shape: [3, 3] });
const GRAPHS: Record<string, () => nd.LazyArray[]> = {
  'a reduction broadcast back': () => [a.sub(a.mean(0)).mul(2)],
  'a product with an epilogue, then its row norms': () => [a.matmul(b).add(1).mul(a.matmul(b).add(1)).sum(1).sqrt()],
  'a selection and a masked mean': () => [v.select(v.gt(0.5).eval()).mul(3), v.select(v.gt(0.2).eval()).mean()],
  'CSR rows: normalised, then times a dense matrix': () => [S.normalizeRows('l2').matmul(nd.random([3, 4], { seed: 5 }))],
  'a strided view of a product': () => [a.matmul(b).T.slice('::2').add(1).sum(0)],
};

describe('per-kernel fallback to the reference interpreter', () => {
  it.each(Object.keys(GRAPHS))('%s: every choice of kernels on the reference gives the same bits', (name) => {
    const xs = GRAPHS[name]!();
    const p = programFor(xs.map((x) => x.node));
    const generated = p.kernels.map((k) => lookup('js', k.key) ?? instantiate('js', k.key, RENDERERS.js(k), 0));
    const want = execute(p, { fns: generated, whole: p.kernels.map((k) => k.ir.kind === 'compress') }).map((s) => s.slice());
    expect(p.kernels.length).toBeGreaterThan(1);
    for (let mask = 1; mask < 1 << p.kernels.length; mask++) {
      const onReference = (ki: number): boolean => ((mask >> ki) & 1) === 1;
      const got: Storage[] = execute(p, {
        fns: p.kernels.map((k, ki) => (onReference(ki) ? referenceKernel(k) : generated[ki]!)),
        whole: p.kernels.map((k, ki) => onReference(ki) || k.ir.kind === 'compress'),
      });
      got.forEach((g, i) => expectSame(g, want[i]!, `${name}, kernels ${mask.toString(2)} on the reference, root ${i}`));
    }
  });
});

describe('the caches and explain', () => {
  it('keeps programs with several outputs, by their roots in order', () => {
    const x = v.mul(2), y = v.sum(), z = v.max();
    const p = programFor([x.node, y.node, z.node]);
    expect(programFor([x.node, y.node, z.node])).toBe(p);
    expect(programFor([x.node, z.node, y.node])).not.toBe(p);
    expect(programFor([x.node, y.node])).not.toBe(p);
    expect(nd.evalAll([x, y, z]).map((r) => r.toTypedArray()[0])).toEqual([x.toTypedArray()[0], y.item(), z.item()]);
  });


  it('reuses how a program runs until the settings, the kernel cache or where its out lives change', () => {
    const e = nd.random([5000], { seed: 11 }).eval().sqrt().mul(3);
    const own = nd.empty([5000]), mine = new Float64Array(5000);
    const compiled = (f: () => unknown): { misses: number; wasm: number } => {
      const m = nd.cacheStats.misses, w = nd.cacheStats.wasm;
      f();
      return { misses: nd.cacheStats.misses - m, wasm: nd.cacheStats.wasm - w };
    };
    nd.withConfig({ backend: 'auto' }, () => {
      e.eval({ out: own });
      expect(compiled(() => e.eval({ out: own }))).toEqual({ misses: 0, wasm: 0 });
      // an out of the caller's: the JavaScript kernel, compiled now
      expect(compiled(() => e.eval({ out: mine }))).toEqual({ misses: 1, wasm: 0 });
      expect(mine).toEqual(own.toTypedArray());
      nd.clearKernelCache();
      expect(compiled(() => e.eval({ out: own }))).toEqual({ misses: 1, wasm: 1 });
    });
    mine.fill(0);
    expect(compiled(() => nd.withConfig({ backend: 'js' }, () => e.eval({ out: own })))).toEqual({ misses: 1, wasm: 0 });
    expect(compiled(() => nd.withConfig({ backend: 'js' }, () => e.eval({ out: mine })))).toEqual({ misses: 0, wasm: 0 });
    expect(mine).toEqual(own.toTypedArray());
  });

  it('keeps kernels by renderer and key', () => {
    const k = programFor([v.mul(7).sub(2).node]).kernels[0]!;
    const fn = lookup('js', k.key) ?? instantiate('js', k.key, RENDERERS.js(k), 0);
    expect(lookup('js', k.key)).toBe(fn);
    expect(lookup('wasm', k.key)).toBeUndefined();
  });

  it('explain() says which backend runs each kernel', () => {
    const x = a.sub(a.mean(0));
    const [mean, centre] = programFor([x.node]).kernels.map((k) => k.name);
    // the mean reads an array ndfuse made: WebAssembly; the centred values are a small result, in
    // memory of their own, half of what that kernel writes and reads: JavaScript
    const text = nd.withConfig({ backend: 'auto' }, () => x.explain());
    expect(text).toMatch(/== backends ==/);
    expect(text).toContain(`${mean}: WebAssembly, compiled on first use and cached: its arrays live in ndfuse's memory; 2 elements at a time in SIMD128`);
    expect(text).toContain(`${centre}: generated JavaScript, compiled on first use and cached (not WebAssembly: 9.4 KiB of the 19 KiB it reads and writes lie outside ndfuse's memory`);
    // the same at a size whose result lives in ndfuse's memory: the broadcast read in WebAssembly too
    const big = nd.random([400, 30], { seed: 9 });
    const centred = programFor([big.sub(big.mean(0)).node]).kernels[1]!.name;
    expect(nd.withConfig({ backend: 'auto' }, () => big.sub(big.mean(0)).explain())).toContain(`${centred}: WebAssembly, compiled on first use and cached: its arrays live in ndfuse's memory`);
    for (const n of [mean, centre]) expect(nd.withConfig({ backend: 'js' }, () => x.explain())).toContain(`${n}: generated JavaScript, compiled on first use and cached (not WebAssembly: NDFUSE_BACKEND=js)`);
    // a TypedArray handed in stays where it is, and the JavaScript kernel reads it there
    const mine = nd.array(new Float64Array(12).fill(1.5)).mul(2);
    expect(nd.withConfig({ backend: 'auto' }, () => mine.explain())).toMatch(/not WebAssembly: 192 B of the 192 B it reads and writes lie outside ndfuse's memory/);
    expect(nd.withConfig({ backend: 'wasm' }, () => mine.explain())).toMatch(/WebAssembly, compiled on first use and cached: NDFUSE_BACKEND=wasm/);
    expect(nd.withConfig({ strict: true }, () => x.explain())).toMatch(/none: strict mode allows only kernels compiled ahead of time/);
    expect(nd.withConfig({ backend: 'naive' }, () => x.explain())).toMatch(/every node on the reference interpreter \(NDFUSE_BACKEND=naive\)/);
  });
});
