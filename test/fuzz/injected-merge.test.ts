// The fuzzer is itself tested: a wrong tile rule (the maximum's merge takes the minimum), which only
// a reduction run in parts uses, must be caught by the backends that run kernels in parts (the
// JavaScript and the WebAssembly ones in 3 parts, the threads' one), and by no other.

import { describe, expect, it, vi } from 'vitest';

vi.mock('../../compiler/reduce.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../compiler/reduce.js')>();
  const tileRule: typeof real.tileRule = (op, kind, masked) => {
    const rule = real.tileRule(op, kind, masked);
    return op === 'max' && rule ? { ...rule, merge: (g, t, at) => { g[0] = Math.min(g[0]!, t[at]!); } } : rule;
  };
  return { ...real, tileRule };
});

const { fuzz } = await import('./check.js');

describe('a wrong merge of tile states', () => {
  it('is caught by the differential fuzzer, on the backends that run kernels in parts only', () => {
    const failure = fuzz({ seed: 1, cases: 4000 });
    expect(failure).toBeDefined();
    expect(failure!.problems.length).toBeGreaterThan(0);
    for (const p of failure!.problems) expect(p).toMatch(/^((js|wasm), chunk \d+, 3 parts|auto, chunk \d+, 3 threads): root/);
    expect(failure!.code).toMatch(/max|ptp/);
  }, 600_000); // only a hang may fail this, not a slow machine
});
