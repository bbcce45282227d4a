// The fuzzer is itself tested: an off-by-one in a slice bound (the views pass starts a strided read
// one element late along the last axis) must be caught and shrunk to a small graph.

import { describe, expect, it, vi } from 'vitest';

vi.mock('../../compiler/shape.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../compiler/shape.js')>();
  return {
    ...real,
    sliceView: (v: Parameters<typeof real.sliceView>[0], s: Parameters<typeof real.sliceView>[1], shape: readonly number[]) =>
      real.sliceView(v, { starts: s.starts.map((x, k) => (k === s.starts.length - 1 && s.steps[k]! > 0 ? x + 1 : x)), steps: s.steps }, shape),
  };
});

const { fuzz } = await import('./check.js');

describe('an off-by-one in a slice bound', () => {
  it('is caught by the differential fuzzer and shrunk to a few statements', () => {
    const failure = fuzz({ seed: 2, cases: 4000 });
    expect(failure).toBeDefined();
    expect(failure!.code).toMatch(/slice\(/);
    expect(failure!.graph.stmts.length).toBeLessThanOrEqual(6);
  }, 600_000); // only a hang may fail this, not a slow machine
});
