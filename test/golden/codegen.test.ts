// Generated source, held in golden files: a change to code generation shows up as a reviewable diff.
// Update them on purpose with `npx vitest run test/golden -u`.

import { describe, expect, it } from 'vitest';
import { printKernel } from '../../compiler/index.js';
import * as nd from '../../src/index.js';
import { random } from '../../src/index.js';
import { kernels } from '../helpers.js';

const v = random([100], { seed: 1 });
const w = random([100], { seed: 2 });
const m = random([10, 20], { seed: 3 });
const f = random([100], { seed: 4, dtype: 'float32' });
const i = nd.arange(100);

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
};

describe('generated kernels', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const text = kernels(...CASES[name]!()).map((k) => printKernel(k)).join('\n');
    await expect(text).toMatchFileSnapshot(`./__kernels__/${name}.js`);
  });
});
