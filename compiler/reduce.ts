// What every reduction means, as data: the reference the interpreter runs, element by element, and
// the order every backend follows (how a renderer writes an accumulator is the renderer's:
// compiler/js-ops.ts for JavaScript), so fused and reference results agree bit for bit.
//
// Float sums run in a fixed order that is fast and still accurate, defined here and followed by the
// generated kernels, the reference and any backend to come: the elements, in order, go in blocks of
// SUM_BLOCK; element j of a block is added to lane j % SUM_LANES (plain float64 adds), and the lanes
// are added pairwise into the block's sum. Block sums are added with Kahan's compensation within a
// tile of SUM_TILE elements, and tile sums with compensation again, in order. The error does not grow
// with n (summing 1e7 copies of 0.1 is exact to a few units of 1e-16 relative), the lanes keep
// eight independent adds in flight, and a reduction split at tile boundaries (across calls or
// threads) combines its tiles' partial sums to the same bits. A plain sum of the block sums runs
// alongside: when it is not finite (an infinity or NaN among the values, where compensation would
// turn Inf - Inf into NaN) it is the result, as numpy's would be. Integer and bool sums are exact
// in float64 up to 2**53 (or wrap as int32), in any order.

import { isFloat, type DType } from './dtype.js';
import type { ReduceOp } from './ir.js';

/** How an accumulator adds: 'float' compensated, 'exact' in float64 (integers up to 2**53), 'wrap'
 *  as the integer result dtype does (numpy's int32 dot wraps), exact for any count. */
export type AccKind = 'float' | 'exact' | 'wrap';

export const accKind = (src: DType, out: DType): AccKind => (isFloat(src) ? 'float' : isFloat(out) ? 'exact' : 'wrap');

export interface ReduceDef {
  /** The result over the values in order (the reference, which every backend matches). */
  readonly ref: (values: ArrayLike<number>, kind: AccKind) => number;
  /** An empty reduction has no value (numpy raises). */
  readonly needsElements: boolean;
  /** The value that changes no result: a backend may fold it in for a masked-out element instead of
   *  skipping it, to the same bits (not for a float sum, whose order counts only the elements taken).
   *  argmin and argmax have none: they count the elements taken. */
  readonly identity?: number;
}

/** Lanes of a float sum, elements per block and per tile (see above). */
export const SUM_LANES = 8;
export const SUM_BLOCK = 128;
export const SUM_TILE = 8192;

/** The partial state of a float sum over whole tiles: compensated sum, compensation, plain sum. */
export interface SumState { s: number; c: number; n: number }

/** Adds `v` to a compensated sum (Kahan). */
export function kahanAdd(st: SumState, v: number): void {
  const y = v - st.c;
  const t = st.s + y;
  st.c = (t - st.s) - y;
  st.s = t;
  st.n += v;
}

/** The sum of one block: its lanes, then the lanes pairwise. */
export function blockSum(values: ArrayLike<number>, from: number, to: number): number {
  const l = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = from; i < to; i++) l[(i - from) % SUM_LANES]! += values[i]!;
  return ((l[0]! + l[1]!) + (l[2]! + l[3]!)) + ((l[4]! + l[5]!) + (l[6]! + l[7]!));
}

/**
 * How a reduction runs in parts (across calls, later threads): its reduced elements go in tiles of
 * SUM_TILE, each tile's state is a few numbers (`fields`, named as the JavaScript renderer names its
 * accumulator's variables), and `merge` adds the next tile's state to the state of the tiles before
 * it, in order. A whole run merges its tiles the same way, so a reduction split at tile boundaries
 * gives the same bits however it is split. `start` is the state of no tiles (it may hold more than
 * the fields: a compensated sum keeps its compensation there); its first fields are what a kernel
 * reads back to finish. A float product and a masked float sum have no tile rule: a product of tile
 * products rounds differently from the product in order, and a masked sum's blocks follow the
 * elements it takes, which a part cannot place without knowing how many came before.
 */
export interface TileRule {
  readonly fields: readonly string[];
  readonly start: () => number[];
  readonly merge: (into: number[], tile: ArrayLike<number>, at: number) => void;
}

const compensated: TileRule = {
  // compensated sum, plain sum (then the compensation, which no kernel reads back)
  fields: ['s', 'n'],
  start: () => [0, 0, 0],
  merge: (g, t, at) => {
    const y = t[at]! - g[2]!;
    const s = g[0]! + y;
    g[2] = (s - g[0]!) - y;
    g[0] = s;
    g[1]! += t[at + 1]!;
  },
};

const oneField = (init: number, f: (g: number, t: number) => number): TileRule => ({
  fields: ['s'],
  start: () => [init],
  merge: (g, t, at) => { g[0] = f(g[0]!, t[at]!); },
});

const argBestRule = (better: (v: number, s: number) => boolean, init: number): TileRule => ({
  // best value, its index among the elements taken, how many were taken
  fields: ['s', 'k', 'i'],
  start: () => [init, 0, 0],
  merge: (g, t, at) => {
    const v = t[at]!;
    if (better(v, g[0]!) || (v !== v && g[0] === g[0])) {
      g[0] = v;
      g[1] = g[2]! + t[at + 1]!;
    }
    g[2]! += t[at + 2]!;
  },
});

/** The tile rule of a reduction, or null when it runs its elements in one order only (see TileRule). */
export function tileRule(op: ReduceOp, kind: AccKind, masked: boolean): TileRule | null {
  switch (op) {
    case 'sum': return kind === 'wrap' ? oneField(0, (g, t) => (g + t) | 0) : kind === 'float' && masked ? null : compensated;
    case 'prod': return null;
    case 'min': return oneField(Infinity, Math.min);
    case 'max': return oneField(-Infinity, Math.max);
    case 'any': return oneField(0, (g, t) => g | t);
    case 'all': return oneField(1, (g, t) => g & t);
    case 'argmin': return argBestRule((v, s) => v < s, Infinity);
    case 'argmax': return argBestRule((v, s) => v > s, -Infinity);
  }
}

/** The sum state of values[from, to), a whole number of tiles (or the last, short one): each tile
 *  summed from its blocks, the tiles merged in order by the tile rule of a sum (`tileRule`). */
export function tileSums(values: ArrayLike<number>, from: number, to: number): SumState {
  const all = compensated.start();
  for (let t = from; t < to; t += SUM_TILE) {
    const tile: SumState = { s: 0, c: 0, n: 0 };
    const end = Math.min(to, t + SUM_TILE);
    for (let b = t; b < end; b += SUM_BLOCK) kahanAdd(tile, blockSum(values, b, Math.min(end, b + SUM_BLOCK)));
    compensated.merge(all, [tile.s, tile.n], 0);
  }
  return { s: all[0]!, c: all[2]!, n: all[1]! };
}

/** A float sum's result from its state. */
export const sumResult = (st: SumState): number => (Number.isFinite(st.n) ? st.s : st.n);

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
    ref: (values, kind) => (kind === 'float' ? sumResult(tileSums(values, 0, values.length)) : kind === 'wrap' ? fold(0, (s, v) => (s + v) | 0)(values) : fold(0, (s, v) => s + v)(values)),
    needsElements: false,
    identity: 0,
  },
  prod: {
    ref: fold(1, (s, v) => s * v),
    needsElements: false,
    identity: 1,
  },
  min: {
    ref: fold(Infinity, (s, v) => Math.min(s, v)),
    needsElements: true,
    identity: Infinity,
  },
  max: {
    ref: fold(-Infinity, (s, v) => Math.max(s, v)),
    needsElements: true,
    identity: -Infinity,
  },
  argmin: {
    ref: argBest((v, s) => v < s, Infinity),
    needsElements: true,
  },
  argmax: {
    ref: argBest((v, s) => v > s, -Infinity),
    needsElements: true,
  },
  any: {
    ref: fold(0, (s, v) => (v !== 0 ? 1 : s)),
    needsElements: false,
    identity: 0,
  },
  all: {
    ref: fold(1, (s, v) => (v === 0 ? 0 : s)),
    needsElements: false,
    identity: 1,
  },
};
