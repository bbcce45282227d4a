// The fuzzer is itself tested: a backend that adds floats in another order than the reference (here
// the reference's sums become one running sum, while kernels add through lanes and blocks) must be
// caught: the inputs hold magnitudes whose sums depend on the order.

import { describe, expect, it, vi } from 'vitest';

vi.mock('../../compiler/reduce.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../compiler/reduce.js')>();
  const sum = real.REDUCE.sum;
  const running = (values: ArrayLike<number>, kind: Parameters<typeof sum.ref>[1]): number => {
    if (kind !== 'float') return sum.ref(values, kind);
    let s = 0;
    for (let i = 0; i < values.length; i++) s += values[i]!;
    return s;
  };
  return { ...real, REDUCE: { ...real.REDUCE, sum: { ...sum, ref: running } } };
});

const { fuzz } = await import('./check.js');

describe('float sums in another order than the reference', () => {
  it('are caught by the differential fuzzer', () => {
    const failure = fuzz({ seed: 1, cases: 4000 });
    expect(failure).toBeDefined();
    expect(failure!.problems.join('\n')).toMatch(/naive gives/);
    expect(failure!.code).toMatch(/sum|mean|var|std|dot|matmul|norm/);
  }, 600_000); // only a hang may fail this, not a slow machine
});
