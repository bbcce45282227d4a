// Generated source, held in golden files: a change to code generation shows up as a reviewable diff.
// Update them on purpose with `npx vitest run test/golden -u`.

import { describe, expect, it } from 'vitest';
import { printKernel, printWasmKernel, wasmUnsupported } from '../../compiler/index.js';
import * as nd from '../../src/index.js';
import { random } from '../../src/index.js';
import { kernels } from '../helpers.js';

const v = random([100], { seed: 1 });
const w = random([100], { seed: 2 });
const m = random([10, 20], { seed: 3 });
const f = random([100], { seed: 4, dtype: 'float32' });
const i = nd.arange(100);
const csr = nd.fromTriplets([0, 0, 1, 2], [1, 3, 0, 2], [1, 2, 3, 4], [3, 4]);

const CASES: Record<string, () => nd.LazyArray[]> = {
  'tfidf-sub': () => [v.mul(w).sub(1)],
  'shared-subexpression': () => [v.mul(w).add(v.mul(w).sqrt())],
  'float32-chain': () => [f.mul(3).add(1).sqrt()],
  'int32-wrap': () => [i.mul(i).add(7).mod(5)],
  'where-mask': () => [nd.where(v.gt(0.5), v, w.neg())],
  'transpose-broadcast': () => [m.T.add(random([10], { seed: 5 }))],
  'strided-3d': () => [random([4, 5, 6], { seed: 6 }).transpose([2, 0, 1]).mul(2)],
  'two-outputs': () => [v.add(w), v.mul(w)],
  'round-half-even': () => [nd.round(v.mul(10))],
  'sum-of-product': () => [v.mul(w).sum()],
  'row-norms': () => [m.mul(m).sum(1).sqrt()],
  'sum-over-two-axes': () => [random([3, 4, 5], { seed: 7 }).sum([0, 2])],
  'argmax-axis0': () => [m.argmax(0)],
  'masked-means': () => [v.select(w.gt(0.5)).mean().sub(v.select(w.le(0.5)).mean())],
  'select': () => [v.select(w.gt(0.5))],
  'matmul-epilogue': () => [m.matmul(m.T).mul(2).add(1)],
  'csr-weight-normalise': () => [csr.mul(random([4], { seed: 9 })).normalizeRows('l2').data],
  'csr-times-dense': () => [csr.matmul(random([4, 3], { seed: 10 }))],
  // the topics pipeline's update of W (src/topics/nmf.ts): W * (X H^T) / floored(W (H H^T))
  'nmf-update': () => {
    const W = random([3, 2], { seed: 11 }), H = random([2, 4], { seed: 12 });
    const den = W.matmul(H.matmul(H.T));
    return [W.mul(csr.matmul(H.T).div(nd.where(den.eq(0), 2.220446049250313e-16, den)))];
  },
};

describe('generated kernels', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const text = kernels(...CASES[name]!()).map((k) => printKernel(k)).join('\n');
    await expect(text).toMatchFileSnapshot(`./__kernels__/${name}.js`);
  });
});

// the same kernels as WebAssembly text, where the WebAssembly renderer does every kernel of the case
const WASM = ['tfidf-sub', 'shared-subexpression', 'float32-chain', 'int32-wrap', 'where-mask', 'transpose-broadcast', 'strided-3d', 'two-outputs',
  'round-half-even', 'sum-of-product', 'row-norms', 'sum-over-two-axes', 'masked-means', 'matmul-epilogue', 'csr-times-dense', 'nmf-update', 'argmax-axis0', 'select', 'csr-weight-normalise'];

describe('generated WebAssembly', () => {
  it.each(WASM)('%s', async (name) => {
    const ks = kernels(...CASES[name]!());
    expect(ks.map((k) => wasmUnsupported(k.ir))).toEqual(ks.map(() => null));
    await expect(ks.map((k) => printWasmKernel(k)).join('\n')).toMatchFileSnapshot(`./__kernels__/${name}.wat`);
  });

  it('renders every case above, and says why it does not render the rest', () => {
    expect(Object.keys(CASES).filter((c) => !WASM.includes(c))).toEqual([]);
    const why = (x: nd.LazyArray): (string | null)[] => kernels(x).map((k) => wasmUnsupported(k.ir));
    expect(why(nd.matmul(v.reshape([10, 10]).gt(0.5), w.reshape([10, 10]).gt(0.5)))).toContainEqual(expect.stringMatching(/a bool product: the WebAssembly renderer multiplies float64, float32 and int32/));
  });
});
