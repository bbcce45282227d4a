// European options priced with Black-Scholes over whole arrays, written three ways ndfuse reads: a
// jitted function, an expression string, and method chains. `ndfuse aot` compiles the kernels this
// file needs ahead of time (see main.ts and the README, "Where new Function is forbidden").

import { array, evalAll, evaluate, jit, type LazyArray } from 'ndfuse';

/** Call prices; the parameters are typed `number`, so TypeScript checks the body as scalar code. */
export const callPrice = jit((S: number, K: number, T: number, r: number, v: number) => {
  const sqrtT = Math.sqrt(T);
  const d1 = (Math.log(S / K) + (r + 0.5 * v * v) * T) / (v * sqrtT);
  const d2 = d1 - v * sqrtT;
  // the normal distribution function by Abramowitz and Stegun 26.2.17 (error below 7.5e-8)
  const k1 = 1 / (1 + 0.2316419 * Math.abs(d1));
  const w1 = 0.3989422804014327 * Math.exp(-0.5 * d1 * d1) * k1 * (0.31938153 + k1 * (-0.356563782 + k1 * (1.781477937 + k1 * (-1.821255978 + k1 * 1.330274429))));
  const k2 = 1 / (1 + 0.2316419 * Math.abs(d2));
  const w2 = 0.3989422804014327 * Math.exp(-0.5 * d2 * d2) * k2 * (0.31938153 + k2 * (-0.356563782 + k2 * (1.781477937 + k2 * (-1.821255978 + k2 * 1.330274429))));
  const n1 = d1 < 0 ? w1 : 1 - w1;
  const n2 = d2 < 0 ? w2 : 1 - w2;
  return S * n1 - K * Math.exp(-r * T) * n2;
});

export interface Book {
  readonly call: Float64Array;
  readonly put: Float64Array;
  /** The mean put price (a second kernel, reading the puts the first one stored). */
  readonly meanPut: number;
}

/** Calls and puts (by put-call parity, an expression string) of one book of options, in one loop. */
export function priceBook(S: Float64Array, K: Float64Array, T: Float64Array, r: number, v: number): Book {
  const call = callPrice(S, K, T, r, v) as LazyArray<'float64'>;
  const put = evaluate('c - S + K * exp(-r * T)', { c: call, S, K, r, T });
  const [c, p] = evalAll([call, put]);
  return { call: c!.toTypedArray() as Float64Array, put: p!.toTypedArray() as Float64Array, meanPut: p!.mean().item() as number };
}

/** Call prices in single precision, for a book stored as Float32Arrays. */
export function priceCalls32(S: Float32Array, K: Float32Array, T: Float32Array, r: number, v: number): Float32Array {
  return (callPrice(S, K, T, r, v) as LazyArray<'float32'>).toTypedArray() as Float32Array;
}

/** The largest price in a book, as a method chain. */
export function maxPrice(prices: Float64Array): number {
  return array(prices).max().item() as number;
}
