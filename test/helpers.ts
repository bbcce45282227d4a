// Shared test helpers: the reference oracle, exact comparison, kernel counting and test data.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { compile, type DType } from '../compiler/index.js';
import { evaluateReference } from '../runtime/reference.js';
import { array, type LazyArray } from '../src/index.js';
import type { Storage } from '../runtime/buffer.js';

/** The PyCon US 2016 pages, crawled (../shared/data/pycon-us-2016): their license is unstated, so
 *  they are never copied into the repository. Tests that need them run where they are (CI has
 *  them) and are skipped elsewhere, with a notice saying what to provide. NDFUSE_TEST_PYCON points
 *  elsewhere (test/package.test.ts runs the suite as if the folder were absent). */
export const PYCON = process.env.NDFUSE_TEST_PYCON ?? join(import.meta.dirname, '../../shared/data/pycon-us-2016');
export const HAVE_PYCON = existsSync(join(PYCON, '2016'));

/** Prints, once per test file, why the PyCon tests are skipped; returns whether they can run. */
export function pyconPresent(what: string): boolean {
  if (!HAVE_PYCON) {
    process.stderr.write(`\nndfuse tests: SKIPPED ${what}: they need the crawled PyCon US 2016 pages at ${PYCON} ` +
      '(not redistributable, so not in the repository); put a copy of that folder there to run them.\n');
  }
  return HAVE_PYCON;
}

/** The reference interpreter's values for x. */
export const reference = (x: LazyArray): Storage => evaluateReference([x.node])[0]!;

/** Element-by-element identity, NaN equal to NaN and -0 distinct from 0. */
export function expectSame(got: ArrayLike<number>, want: ArrayLike<number>, what = ''): void {
  expect(got.length, `${what}: length`).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    if (!Object.is(got[i], want[i])) {
      expect.fail(`${what}: element ${i} is ${got[i]}, the reference says ${want[i]}`);
    }
  }
}

/** Kernels the compiler plans for evaluating xs together. */
export const kernels = (...xs: LazyArray[]) => compile(xs.map((x) => x.node)).kernels;

/** A deterministic pseudo-random sequence (not the library's generator, so tests do not lean on it). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/**
 * Test data of a dtype: floats in [-3, 3) with zeros, a negative zero, infinities and NaN mixed in;
 * int32 in [-50, 50); uint8 over its whole range; bool 0/1.
 */
export function sample(dtype: DType, shape: readonly number[], seed: number): LazyArray {
  const n = shape.reduce((p, d) => p * d, 1);
  const r = lcg(seed);
  const special = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, 2.5];
  const data: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = r();
    switch (dtype) {
      case 'float64': case 'float32':
        data.push(i % 7 === 3 ? special[Math.floor(u * special.length)]! : u * 6 - 3);
        break;
      case 'int32': data.push(Math.floor(u * 100) - 50); break;
      case 'uint8': data.push(Math.floor(u * 256)); break;
      case 'bool': data.push(u < 0.5 ? 0 : 1); break;
    }
  }
  const ctor = { float64: Float64Array, float32: Float32Array, int32: Int32Array, uint8: Uint8Array, bool: Uint8Array }[dtype];
  return array(ctor.from(data), { dtype }).reshape([...shape]);
}
