// The two front ends: evaluate() strings and jit() functions. Both build the same graph as the
// method chain; anything outside their subsets is refused with a located error and no side effect.

import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import { cacheStats, clearKernelCache, evaluate, jit, NdfuseError, type LazyArray } from '../src/index.js';
import { kernels } from './helpers.js';

const tf = nd.random([50], { seed: 1 }), idf = nd.random([50], { seed: 2 });

describe('one graph, one kernel, from three front ends', () => {
  it('evaluate, jit and the method chain reach the same cached kernel', () => {
    clearKernelCache();
    const before = cacheStats.misses;
    const chain = tf.mul(idf).sub(1);
    const fromString = evaluate('tf * idf - 1', { tf, idf });
    const fromFunction = jit((tf: number, idf: number) => tf * idf - 1)(tf, idf) as LazyArray;
    expect(fromString.node).toBe(chain.node);
    expect(fromFunction.node).toBe(chain.node);
    for (const x of [chain, fromString, fromFunction]) x.eval();
    expect(cacheStats.misses - before).toBe(1);
    // other arrays of another size: still the same kernel
    const t2 = nd.random([7], { seed: 3 }), i2 = nd.random([7], { seed: 4 });
    expect(kernels(evaluate('x * y - 1', { x: t2, y: i2 }))[0]!.key).toBe(kernels(chain)[0]!.key);
  });
});

describe('evaluate', () => {
  const a = nd.array([1, 2, 3, 4], { dtype: 'float64' }), b = nd.array([4, 3, 2, 1], { dtype: 'float64' });
  it.each([
    ['a + b * 2', [9, 8, 7, 6]],
    ['-(a ** 2)', [-1, -4, -9, -16]],
    ['(a - 2.5) % 2', [0.5, 1.5, 0.5, 1.5]],
    ['fmod(a - 2.5, 2)', [-1.5, -0.5, 0.5, 1.5]],
    ['where(a > b, a, b)', [4, 3, 3, 4]],
    ['(a > 1) & (b > 1)', [false, true, true, false]],
    ['~(a > 2) | (b == 1)', [true, true, false, true]],
    ['a / sum(a)', [0.1, 0.2, 0.3, 0.4]],
    ['a - mean(a)', [-1.5, -0.5, 0.5, 1.5]],
    ['minimum(a, b) + maximum(a, 2)', [3, 4, 5, 5]],
    ['arctan2(0, a) + sqrt(a * a)', [1, 2, 3, 4]],
    ['a > 2 ? a : -a', [-1, -2, 3, 4]],
  ])('%s', (expr, want) => {
    expect(evaluate(expr, { a, b }).toArray()).toEqual(want);
  });

  it('int / int is true division, as numpy', () => {
    expect(evaluate('i / 2', { i: nd.array([1, 2, 3]) }).toArray()).toEqual([0.5, 1, 1.5]);
    expect(() => evaluate('i ** -1', { i: nd.array([1, 2, 3]) })).toThrow(/integers to negative integer powers are not allowed/);
  });

  it('takes TypedArrays, nested arrays and numbers from the scope', () => {
    expect(evaluate('x * k + y', { x: new Float64Array([1, 2]), y: [[10, 20]], k: 3 }).toArray()).toEqual([[13, 26]]);
  });

  it('caches parsed expressions by text', () => {
    const before = nd.exprCacheStats.hits;
    evaluate('a * 3 + b', { a, b });
    evaluate('a * 3 + b', { a: b, b: a });
    expect(nd.exprCacheStats.hits - before).toBeGreaterThanOrEqual(1);
  });
});

describe('jit', () => {
  const x = nd.array([-2, -1, 0, 1, 2], { dtype: 'float64' });
  it('arrow expression bodies and Math', () => {
    const f = jit((x: number) => Math.sqrt(Math.abs(x)) * Math.PI + Math.max(x, 0, 1));
    expect((f(x) as LazyArray).toArray()).toEqual([-2, -1, 0, 1, 2].map((v) => Math.sqrt(Math.abs(v)) * Math.PI + Math.max(v, 0, 1)));
  });

  it('const and let, if/else on arrays lowered to where, early return', () => {
    const f = jit(function clipAbs(x: number, lim: number) {
      const ax = Math.abs(x);
      let y = ax * 2;
      if (ax > lim) {
        return lim;
      } else if (x < 0) {
        y = -y;
      }
      y += 1;
      return y;
    });
    expect((f(x, 1.5) as LazyArray).toArray()).toEqual([1.5, -1, 1, 3, 1.5]);
    expect(kernels(f(x, 1.5) as LazyArray)).toHaveLength(1);
  });

  it('JavaScript meaning: % is the remainder, Math.round rounds halves up', () => {
    const f = jit((x: number) => [x % 1.5, Math.round(x + 0.5)]);
    const [r, m] = f(x) as LazyArray[];
    expect(r!.toArray()).toEqual([-2, -1, 0, 1, 2].map((v) => v % 1.5));
    expect(m!.toArray()).toEqual([-2, -1, 0, 1, 2].map((v) => Math.round(v + 0.5)));
  });

  it('several outputs, computed in one kernel', () => {
    const f = jit((a: number, b: number) => ({ sum: a + b, diff: a - b, prod: a * b }));
    const out = f(tf, idf) as Record<string, LazyArray>;
    expect(Object.keys(out)).toEqual(['sum', 'diff', 'prod']);
    expect(kernels(out.sum!, out.diff!, out.prod!)).toHaveLength(1);
    const [s] = nd.evalAll([out.sum!]);
    expect(s!.toTypedArray()[0]).toBe(tf.toTypedArray()[0]! + idf.toTypedArray()[0]!);
  });

  it('a ternary on a static number picks a branch; on an array it is where', () => {
    const f = jit((x: number, k: number) => (k > 1 ? x * 2 : x > 0 ? x : 0));
    expect((f(x, 2) as LazyArray).toArray()).toEqual([-4, -2, 0, 2, 4]);
    expect((f(x, 0) as LazyArray).toArray()).toEqual([0, 0, 0, 1, 2]);
  });
});

describe('located errors', () => {
  const loc = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(NdfuseError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('evaluate shows the line and a caret under the column', () => {
    expect(loc(() => evaluate('a + \n  foo(a)', { a: tf }))).toBe("ndfuse: evaluate: unknown function 'foo' (line 2, column 3)\n    foo(a)\n    ^");
    expect(loc(() => evaluate('a +* 2', { a: tf }))).toMatch(/^ndfuse: evaluate: syntax error: Unexpected token \(line 1, column 4\)\n {2}a \+\* 2\n {5}\^$/);
  });

  it('jit points into the function source', () => {
    const k = 3;
    const msg = loc(() => jit((x: number) => x * k)(tf));
    // (the source is the function as vitest's esbuild transform left it: it may rename x)
    expect(msg).toMatch(/'k' is not a parameter or a local: a closure over an outer variable is not supported \(pass it as an argument\) \(line 1, column \d+\)\n {2}.*x\d* \* k.*\n *\^$/);
    const caretLine = msg.split('\n')[2]!, srcLine = msg.split('\n')[1]!;
    expect(srcLine[caretLine.indexOf('^')]).toBe('k');
  });

  it.each([
    ['a loop', (x: number) => { let s = x; for (let i = 0; i < 3; i++) s = s + x; return s; }, /for statements are not supported/],
    ['a call of an unknown function', (x: number) => parseFloat(String(x)), /calling 'parseFloat' is not supported/],
    ['member access', (x: number[]) => x.length, /member access other than Math\.<name> is not supported/],
    ['assignment to a parameter', (x: number) => { x = x + 1; return x; }, /'x\d*' is a parameter: it cannot be assigned/],
    ['this', function (this: { k: number }, x: number) { return x * this.k; }, /member access other than Math|this/],
    ['a template string', (x: number) => `${x}` as unknown as number, /template literal/],
    ['a missing return', (x: number) => { const y = x; void y; }, /an expression statement does nothing here|must return a value/],
  ])('jit refuses %s', (_name, fn, msg) => {
    expect(loc(() => jit(fn as (...a: number[]) => number)(tf))).toMatch(msg);
  });
});

describe('hostile input', () => {
  const HOSTILE = [
    "constructor.constructor('return process')()",
    'constructor',
    '__proto__',
    'a.__proto__',
    'a.constructor',
    "a['constructor']",
    'process.exit(1)',
    'globalThis.__ndfuse_pwned = 1',
    '__ndfuse_pwned = 1',
    "eval('1')",
    "Function('return 1')()",
    'new Function("return 1")',
    "import('node:fs')",
    '(() => { globalThis.__ndfuse_pwned = 1 })()',
    'this',
    '`${a}`',
    'a = 1',
    'a++',
    'delete a',
    'void 0',
    'typeof a',
    '[a, a]',
    '{ a }',
    'a, a',
    'a?.b',
    'a ?? 1',
    'a instanceof Object',
    "'toString' in a",
    'async () => 1',
    'class X {}',
    'a; globalThis.__ndfuse_pwned = 1',
    '1 /* */ + sin(a) */ 2',
    'sin.call(null, a)',
    "where.constructor('return 1')",
    'hasOwnProperty',
    'valueOf(a)',
  ];
  it.each(HOSTILE)('evaluate refuses %s and changes nothing', (expr) => {
    const a = nd.array([1, 2, 3], { dtype: 'float64' });
    const data = a.toTypedArray();
    expect(() => evaluate(expr, { a })).toThrow(NdfuseError);
    expect((globalThis as Record<string, unknown>).__ndfuse_pwned).toBeUndefined();
    expect(Array.from(data)).toEqual([1, 2, 3]);
  });

  it('jit refuses hostile function bodies', () => {
    const fns = [
      (x: number) => (globalThis as unknown as Record<string, number>).__ndfuse_pwned = x,
      (x: number) => (x as unknown as { constructor: (s: string) => () => number }).constructor('return 1')(),
      (x: number) => { (Math as unknown as Record<string, number>).PI = x; return x; },
      (x: number) => { eval('1'); return x; },
    ];
    for (const f of fns) expect(() => jit(f as (x: number) => number)(tf)).toThrow(NdfuseError);
    expect((globalThis as Record<string, unknown>).__ndfuse_pwned).toBeUndefined();
    expect(Math.PI).toBe(3.141592653589793);
  });
});
