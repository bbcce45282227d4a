// evaluate() against numexpr and numpy: the expression lists of numexpr's own test suite (MISC,
// OPERATIONS, COMPARISONS, 1_ARG_FUNCS, 2_ARG_FUNCS, POW_TESTS) over the inputs that suite builds, for
// int32, float32 and float64. Fixtures: test/fixtures/numexpr.json, made by
// test/fixtures/make_numexpr_fixtures.py with Debian's python3-numexpr. Values are compared the way
// that suite's equal() does: exactly, or the same count of NaN / infinities, or allclose (atol 1e-8,
// 1e-5 for float32 results).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import type { DType } from '../compiler/index.js';

interface Result { dtype?: string; shape?: number[]; values?: (number | string | boolean)[]; error?: string; complex?: boolean }
interface Case { section: string; expr: string; dtype: DType; scalar: number; numexpr: Result; numpy?: Result }

const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/numexpr.json'), 'utf8')) as { meta: object; cases: Case[] };

/** The inputs numexpr's test_expressions() builds. */
function scope(dtype: DType, scalar: number): nd.Scope {
  const a = nd.arange(200, undefined, undefined, { dtype }).slice('::2');
  const b = nd.arange(100, undefined, undefined, { dtype }).div(100);
  const c = nd.arange(100, undefined, undefined, { dtype });
  return {
    a: scalar === 1 ? a.slice(50) : a,
    a2: nd.zeros([100, 100], { dtype }),
    b: scalar === 2 ? b.slice(50) : b,
    c, d: c, e: c,
  };
}

const num = (v: number | string | boolean): number => (typeof v === 'string' ? Number(v.replace('inf', 'Infinity')) : +v);

/** numexpr's equal(a, b, exact=False), with `want` in numpy's place. */
function equal(got: nd.LazyArray, want: Result): string | null {
  const g = Array.from(got.toTypedArray() as ArrayLike<number>);
  const w = want.values!.map(num);
  if (JSON.stringify([...got.shape]) !== JSON.stringify(want.shape)) return `shape ${JSON.stringify(got.shape)} vs ${JSON.stringify(want.shape)}`;
  if (g.every((x, i) => x === w[i])) return null;
  const nans = (xs: number[]): number => xs.filter(Number.isNaN).length;
  const infs = (xs: number[]): number => xs.filter((x) => x === Infinity || x === -Infinity).length;
  if (want.dtype!.startsWith('float')) {
    if (nans(w) > 0) return nans(w) === nans(g) ? null : `${nans(g)} NaNs vs ${nans(w)}`;
    if (infs(w) > 0) return infs(w) === infs(g) ? null : `${infs(g)} infinities vs ${infs(w)}`;
  }
  const atol = want.dtype === 'float32' ? 1e-5 : 1e-8;
  const bad = w.findIndex((y, i) => !(Math.abs(g[i]! - y) <= atol + 1e-5 * Math.abs(y)));
  return bad < 0 ? null : `element ${bad}: ${g[bad]} vs ${w[bad]}`;
}

describe("numexpr's expression suite through evaluate()", () => {
  const skipped = fixtures.cases.filter((c) => c.numexpr.complex);
  it('covers the six sections for three dtypes and three scalar layouts', () => {
    expect(new Set(fixtures.cases.map((c) => c.section))).toEqual(new Set(['MISC', 'OPERATIONS', 'COMPARISONS', '1_ARG_FUNCS', '2_ARG_FUNCS', 'POW_TESTS']));
    expect(fixtures.cases.length).toBeGreaterThan(1000);
    // numexpr's conj() returns complex; ndfuse has no complex dtype
    expect(new Set(skipped.map((c) => c.expr))).toEqual(new Set(['a + conj(b+c)']));
    expect(skipped).toHaveLength(9);
  });

  for (const section of ['MISC', 'OPERATIONS', 'COMPARISONS', '1_ARG_FUNCS', '2_ARG_FUNCS', 'POW_TESTS']) {
    it(section, () => {
      const failures: string[] = [];
      for (const c of fixtures.cases.filter((x) => x.section === section && !x.numexpr.complex)) {
        const what = `${c.expr} [${c.dtype}, scalar ${c.scalar}]`;
        let got: nd.LazyArray | undefined;
        let error: string | undefined;
        try {
          got = nd.evaluate(c.expr, scope(c.dtype, c.scalar));
          got.toTypedArray();
        } catch (e) {
          error = (e as Error).message;
        }
        for (const [who, want] of [['numexpr', c.numexpr], ['numpy', c.numpy ?? c.numexpr]] as const) {
          if (want.error) {
            if (!error) failures.push(`${what}: ${who} raises ${want.error}, evaluate did not`);
          } else if (error) failures.push(`${what}: evaluate raised ${error}`);
          else if (!want.complex) {
            const diff = equal(got!, want);
            if (diff) failures.push(`${what}: against ${who}: ${diff}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
