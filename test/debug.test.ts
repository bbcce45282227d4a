// Seeing what happened: NDFUSE_DEBUG levels, explain(), and the kernel dump.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array, clearKernelCache, random, withConfig } from '../src/index.js';

function stderrOf(fn: () => void): string {
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    fn();
    return spy.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('NDFUSE_DEBUG levels', () => {
  const x = random([100], { seed: 1 }).mul(random([100], { seed: 2 })).sub(1);

  it('0 prints nothing', () => {
    expect(stderrOf(() => withConfig({ debug: 0 }, () => x.eval()))).toBe('');
  });

  it('1 prints the kernel count and cache statistics', () => {
    const out = stderrOf(() => withConfig({ debug: 1 }, () => x.eval()));
    expect(out).toMatch(/^ndfuse: 1 kernel \[k_ew2_f64_[0-9a-f]{8}\] \| cache \d+ hits, \d+ misses, [\d.]+ ms compiling\n$/);
  });

  it('2 adds the time of each kernel', () => {
    expect(stderrOf(() => withConfig({ debug: 2 }, () => x.eval()))).toMatch(/k_ew2_f64_\w+ 100 elements [\d.]+ us/);
  });

  it('3 adds the plan with its boundaries and reasons', () => {
    const m = random([4, 6], { seed: 3 });
    const out = stderrOf(() => withConfig({ debug: 3 }, () => m.T.reshape([24]).add(1).eval()));
    expect(out).toMatch(/2 kernels/);
    expect(out).toMatch(/reads {2}%\d+ f64\[24\] \(stored by kernel 1: a reshape that strides cannot express/);
  });

  it('4 adds the kernel source', () => {
    expect(stderrOf(() => withConfig({ debug: 4 }, () => x.eval()))).toMatch(/function k_ew2_f64_\w+\(start, end, buf, cst, geo\) \{/);
  });
});

describe('explain', () => {
  it('shows the graph, the plan and the source', () => {
    const text = array([1, 2, 3]).mul(2).sub(1).explain();
    expect(text).toContain('== graph (as built) ==');
    expect(text).toContain('== plan ==');
    expect(text).toMatch(/kernel 1 k_ew2_i32_\w+: output/);
    expect(text).toContain('o0[i] = ((Math.imul(a0[i], c0) | 0) - c1) | 0;');
  });
});

describe('dumpKernels', () => {
  it('writes one file per newly compiled kernel, headed by what it fuses, its dtypes and its cache key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-dump-'));
    clearKernelCache();
    withConfig({ dumpKernels: dir, backend: 'js' }, () => random([10], { seed: 4 }).astype('float32').exp().add(2).eval());
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const text = readFileSync(join(dir, files[0]!), 'utf8');
    expect(files[0]).toMatch(/^k_ew3_f32_[0-9a-f]{8}\.js$/);
    expect(text).toMatch(/^\/\/ k_ew3_f32_\w+\n\/\/ fuses: cast %\d+, exp %\d+, add %\d+\n\/\/ outputs: f32; inputs: f64\n\/\/ cache key: r0\|/);
    // the same kernel compiled as WebAssembly: its text under the same header
    withConfig({ dumpKernels: dir, backend: 'wasm' }, () => random([10], { seed: 4 }).astype('float32').exp().add(2).eval());
    const wat = readdirSync(dir).filter((f) => f.endsWith('.wat'));
    expect(wat).toEqual([files[0]!.replace(/\.js$/, '.wat')]);
    const watText = readFileSync(join(dir, wat[0]!), 'utf8');
    expect(watText.split('\n').slice(0, 4)).toEqual(text.split('\n').slice(0, 4).map((l) => l.replace(/^\/\//, ';;')));
    // exp is the module's own function (Math.exp's steps, compiler/wasm-math.ts), not an import
    expect(watText).toMatch(/\(func \(export "exp_f64"\) \(param \$0 f64\) \(result f64\)/);
    expect(watText).not.toMatch(/\(import "env" "exp/);
  });
});
