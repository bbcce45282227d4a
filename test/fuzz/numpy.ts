// numpy as the oracle: graphs the fuzzer made, with the dtypes, shapes and values numpy 2 gives them
// (test/fixtures/make_numpy_fixtures.py). ndfuse must refuse what numpy refuses, give numpy's dtype and
// shape exactly, integers and booleans exactly, and floats to within rounding (libms and summation
// orders differ, so floats are compared with a tolerance, never bit for bit).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NdfuseError } from '../../src/index.js';
import { runOn, type Backend } from './check.js';
import { dec, inputData, printGraph, type Graph, type Lit } from './graph.js';

export interface NumpyCase {
  readonly graph: Graph;
  readonly numpy: { readonly error: string } | { readonly roots: readonly { dtype: string; shape: number[]; data: Lit[] }[] };
}

export function numpyCases(): NumpyCase[] {
  return (JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/numpy-graphs.json'), 'utf8')) as { cases: NumpyCase[] }).cases;
}

/** What differs between ndfuse on `backend` and numpy for one graph; empty when they agree. */
export function againstNumpy(c: NumpyCase, backend: Backend): string[] {
  const inputs = new Map(c.graph.stmts.flatMap((s, i) => (s.op === 'input' ? [[i, inputData(s)] as const] : [])));
  const got = runOn(c.graph, inputs, backend);
  const want = c.numpy;
  if ('error' in want) {
    if ('error' in got && got.error instanceof NdfuseError) return [];
    return [`numpy raises ${want.error}; ndfuse gives ${'error' in got ? String(got.error) : 'a result'}`];
  }
  if ('error' in got) return [`numpy gives a result; ndfuse raises ${String(got.error).split('\n')[0]}`];
  const problems: string[] = [];
  want.roots.forEach((w, i) => {
    const r = got.results[i]!;
    if (r.dtype !== w.dtype || r.shape.join() !== w.shape.join()) {
      problems.push(`root ${i}: ndfuse ${r.dtype}[${r.shape}], numpy ${w.dtype}[${w.shape}]`);
      return;
    }
    const float = w.dtype === 'float64' || w.dtype === 'float32';
    const values = w.data.map(dec);
    const scale = Math.max(1, ...values.map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)));
    const tol = (w.dtype === 'float32' ? 1e-3 : 1e-6) * scale;
    for (let k = 0; k < values.length; k++) {
      const a = r.data[k]!, b = values[k]!;
      const ok = float ? (Number.isNaN(b) ? Number.isNaN(a) : a === b || Math.abs(a - b) <= tol) : a === b;
      if (!ok) {
        problems.push(`root ${i} element ${k}: ndfuse ${a}, numpy ${b}`);
        break;
      }
    }
  });
  return problems;
}

export const describeCase = (c: NumpyCase, problems: readonly string[]): string =>
  `${problems.join('\n')}\n--- the graph, as ndfuse code:\n${printGraph(c.graph)}`;
