// What every reduction means, as data: the accumulator code the generator emits and, beside it, the
// reference the interpreter runs, element by element in the same order, so fused and reference
// results agree bit for bit.
//
// Float sums are compensated (Kahan) in float64: the error does not grow with n, so summing 1e7
// copies of 0.1 is exact to about 1e-16 relative. A plain sum runs alongside: when it is not finite
// (an infinity or NaN among the values, where compensation would turn Inf - Inf into NaN) it is the
// result, as numpy's would be. Integer and bool sums are exact in float64 up to 2**53.

import { isFloat, type DType } from './dtype.js';
import type { ReduceOp } from './ir.js';

/** How an accumulator adds: 'float' compensated, 'exact' in float64 (integers up to 2**53), 'wrap'
 *  as the integer result dtype does (numpy's int32 dot wraps), exact for any count. */
export type AccKind = 'float' | 'exact' | 'wrap';

export const accKind = (src: DType, out: DType): AccKind => (isFloat(src) ? 'float' : isFloat(out) ? 'exact' : 'wrap');

export interface ReduceDef {
  /** Accumulator variables (r<name><k> in the source) and their initial values. */
  readonly vars: (kind: AccKind) => readonly (readonly [string, string])[];
  /** Statements adding value `v` to accumulator `k`. */
  readonly step: (k: number, v: string, kind: AccKind) => string;
  /** The accumulator's result. */
  readonly result: (k: number, kind: AccKind) => string;
  /** The same, as a function over the values in order (the reference). */
  readonly ref: (values: ArrayLike<number>, kind: AccKind) => number;
  /** An empty reduction has no value (numpy raises). */
  readonly needsElements: boolean;
}

function kahan(values: ArrayLike<number>): number {
  let s = 0, c = 0, n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const y = v - c;
    const t = s + y;
    c = (t - s) - y;
    s = t;
    n += v;
  }
  return Number.isFinite(n) ? s : n;
}

function fold(init: number, f: (s: number, v: number) => number) {
  return (values: ArrayLike<number>): number => {
    let s = init;
    for (let i = 0; i < values.length; i++) s = f(s, values[i]!);
    return s;
  };
}

function argBest(better: (v: number, s: number) => boolean, init: number) {
  return (values: ArrayLike<number>): number => {
    let s = init, k = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      // the first best wins; a NaN beats everything (numpy's argmin/argmax)
      if (better(v, s) || (v !== v && s === s)) {
        s = v;
        k = i;
      }
    }
    return k;
  };
}

export const REDUCE: Readonly<Record<ReduceOp, ReduceDef>> = {
  sum: {
    vars: (kind) => (kind === 'float' ? [['s', '0'], ['c', '0'], ['n', '0']] : [['s', '0']]),
    step: (k, v, kind) => (kind === 'float'
      ? `{ const y = ${v} - rc${k}; const t = rs${k} + y; rc${k} = (t - rs${k}) - y; rs${k} = t; rn${k} += ${v}; }`
      : kind === 'wrap' ? `rs${k} = (rs${k} + ${v}) | 0;` : `rs${k} += ${v};`),
    result: (k, kind) => (kind === 'float' ? `(Number.isFinite(rn${k}) ? rs${k} : rn${k})` : `rs${k}`),
    ref: (values, kind) => (kind === 'float' ? kahan(values) : kind === 'wrap' ? fold(0, (s, v) => (s + v) | 0)(values) : fold(0, (s, v) => s + v)(values)),
    needsElements: false,
  },
  prod: {
    vars: () => [['s', '1']],
    step: (k, v) => `rs${k} *= ${v};`,
    result: (k) => `rs${k}`,
    ref: fold(1, (s, v) => s * v),
    needsElements: false,
  },
  min: {
    vars: () => [['s', 'Infinity']],
    step: (k, v) => `rs${k} = Math.min(rs${k}, ${v});`,
    result: (k) => `rs${k}`,
    ref: fold(Infinity, (s, v) => Math.min(s, v)),
    needsElements: true,
  },
  max: {
    vars: () => [['s', '-Infinity']],
    step: (k, v) => `rs${k} = Math.max(rs${k}, ${v});`,
    result: (k) => `rs${k}`,
    ref: fold(-Infinity, (s, v) => Math.max(s, v)),
    needsElements: true,
  },
  argmin: {
    vars: () => [['s', 'Infinity'], ['k', '0'], ['i', '0']],
    step: (k, v) => `if (${v} < rs${k} || (${v} !== ${v} && rs${k} === rs${k})) { rs${k} = ${v}; rk${k} = ri${k}; } ri${k}++;`,
    result: (k) => `rk${k}`,
    ref: argBest((v, s) => v < s, Infinity),
    needsElements: true,
  },
  argmax: {
    vars: () => [['s', '-Infinity'], ['k', '0'], ['i', '0']],
    step: (k, v) => `if (${v} > rs${k} || (${v} !== ${v} && rs${k} === rs${k})) { rs${k} = ${v}; rk${k} = ri${k}; } ri${k}++;`,
    result: (k) => `rk${k}`,
    ref: argBest((v, s) => v > s, -Infinity),
    needsElements: true,
  },
  any: {
    vars: () => [['s', '0']],
    step: (k, v) => `if (${v} !== 0) rs${k} = 1;`,
    result: (k) => `rs${k}`,
    ref: fold(0, (s, v) => (v !== 0 ? 1 : s)),
    needsElements: false,
  },
  all: {
    vars: () => [['s', '1']],
    step: (k, v) => `if (${v} === 0) rs${k} = 0;`,
    result: (k) => `rs${k}`,
    ref: fold(1, (s, v) => (v === 0 ? 0 : s)),
    needsElements: false,
  },
};
