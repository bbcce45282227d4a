// The fuzzer is itself tested: a wrong ddof in var (one more than asked) is the same on every backend,
// so only the numpy oracle can see it, and it must.

import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/reduce.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/reduce.js')>();
  return {
    ...real,
    variance: (x: Parameters<typeof real.variance>[0], axis?: Parameters<typeof real.variance>[1], opts: Parameters<typeof real.variance>[2] = {}) =>
      real.variance(x, axis, { ...opts, ddof: (opts.ddof ?? 0) + 1 }),
  };
});

const { againstNumpy, numpyCases } = await import('./numpy.js');

describe('a wrong ddof in var', () => {
  it('passes the differential fuzzer unseen, and the numpy oracle catches it', () => {
    const failed = numpyCases().filter((c) => c.graph.stmts.some((s) => s.op === 'red.var')).filter((c) => againstNumpy(c, { name: 'fused', config: { backend: 'auto' } }).length > 0);
    expect(failed.length).toBeGreaterThan(10);
  }, 600_000); // only a hang may fail this, not a slow machine
});
