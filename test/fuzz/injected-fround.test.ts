// The fuzzer is itself tested: a bug injected on purpose, here a float32 result the generated code
// forgets to round (a missing Math.fround), must be caught and shrunk to a small graph.

import { describe, expect, it, vi } from 'vitest';

vi.mock('../../compiler/js-ops.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../compiler/js-ops.js')>();
  const { ALU } = await import('../../compiler/alu.js');
  const castExpr: typeof real.castExpr = (d, e) => (d === 'float32' ? e : real.castExpr(d, e));
  const emitAlu: typeof real.emitAlu = (op, d, args) => {
    const raw = real.JS_ALU[op](d, args[0] ?? '', args[1] ?? '', args[2] ?? '');
    return ALU[op].exact(d) ? raw : castExpr(ALU[op].out(d), raw);
  };
  return { ...real, castExpr, emitAlu };
});

const { fuzz } = await import('./check.js');

describe('a missing Math.fround in generated code', () => {
  it('is caught by the differential fuzzer and shrunk to a few statements', () => {
    const failure = fuzz({ seed: 1, cases: 4000 });
    expect(failure).toBeDefined();
    expect(failure!.problems.join('\n')).toMatch(/js, chunk.*naive gives/);
    expect(failure!.graph.stmts.length).toBeLessThanOrEqual(6);
    // a float32 result: of float32 arrays, or of a float function of uint8 or bool ones
    expect(failure!.code).toMatch(/float32|uint8|bool/);
  }, 600_000); // only a hang may fail this, not a slow machine
});
