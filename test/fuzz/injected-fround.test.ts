// The fuzzer is itself tested: a bug injected on purpose, here a float32 result the generated code
// forgets to round (a missing Math.fround), must be caught and shrunk to a small graph.

import { describe, expect, it, vi } from 'vitest';

vi.mock('../../compiler/dtype.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../compiler/dtype.js')>();
  return { ...real, castExpr: (d: string, e: string) => (d === 'float32' ? e : real.castExpr(d as never, e)) };
});

const { fuzz } = await import('./check.js');

describe('a missing Math.fround in generated code', () => {
  it('is caught by the differential fuzzer and shrunk to a few statements', () => {
    const failure = fuzz({ seed: 1, cases: 4000 });
    expect(failure).toBeDefined();
    expect(failure!.problems.join('\n')).toMatch(/fused.*naive gives/);
    expect(failure!.graph.stmts.length).toBeLessThanOrEqual(6);
    expect(failure!.code).toMatch(/float32/);
  }, 600_000); // only a hang may fail this, not a slow machine
});
