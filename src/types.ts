// numpy's dtype rules as TypeScript types, so that `LazyArray<D>` keeps its dtype through creation,
// arithmetic (the promotion table, JS numbers as weak scalars), reductions and views, and
// `toTypedArray()` returns the TypedArray of D. These mirror compiler/dtype.ts and src/ops.ts;
// test/types.test.ts checks each against the dtype the runtime gives.

import type { BINARY, BinaryName, DType } from '../compiler/index.js';
import type { LazyArray } from './array.js';

interface StorageTable {
  float64: Float64Array;
  float32: Float32Array;
  int32: Int32Array;
  uint8: Uint8Array;
  bool: Uint8Array;
}

/** The TypedArray that stores a dtype (bool as 0/1 bytes); of a union of dtypes, the union. */
export type StorageOf<D extends DType> = StorageTable[D];

interface PromoteTable {
  bool: { bool: 'bool'; uint8: 'uint8'; int32: 'int32'; float32: 'float32'; float64: 'float64' };
  uint8: { bool: 'uint8'; uint8: 'uint8'; int32: 'int32'; float32: 'float32'; float64: 'float64' };
  int32: { bool: 'int32'; uint8: 'int32'; int32: 'int32'; float32: 'float64'; float64: 'float64' };
  float32: { bool: 'float32'; uint8: 'float32'; int32: 'float64'; float32: 'float32'; float64: 'float64' };
  float64: { bool: 'float64'; uint8: 'float64'; int32: 'float64'; float32: 'float64'; float64: 'float64' };
}

/** numpy's promotion of two array dtypes (unions promote member by member). */
export type Promote<A extends DType, B extends DType> = A extends DType ? (B extends DType ? PromoteTable[A][B] : never) : never;

/** Is a number type an integer literal? `boolean` when the type does not say (plain `number`). */
type IsInt<N extends number> = number extends N ? boolean : `${N}` extends `${bigint}` ? true : false;

/** numpy 2's weak scalar: a JS number N with an array of dtype A. */
type WithNumber<A extends DType, N extends number> = A extends 'float32' | 'float64' ? A
  : IsInt<N> extends true ? (A extends 'bool' ? 'int32' : A)
    : IsInt<N> extends false ? 'float64'
      : (A extends 'bool' ? 'int32' : A) | 'float64';

/** How an operand takes part in promotion: an array of a dtype, or a weak JS scalar. */
type Part<X> = X extends LazyArray<infer T> ? { array: T }
  : X extends number ? { number: X }
    : X extends boolean ? { boolean: true }
      : X extends Float64Array ? { array: 'float64' } : X extends Float32Array ? { array: 'float32' }
        : X extends Int32Array ? { array: 'int32' } : X extends Uint8Array ? { array: 'uint8' }
          : { array: DType };

/** The dtype an elementwise op computes in, for operands A and B (src/ops.ts's commonDType). */
export type Common<A, B> = Part<A> extends { array: infer X extends DType }
  ? (Part<B> extends { array: infer Y extends DType } ? Promote<X, Y> : Part<B> extends { number: infer N extends number } ? WithNumber<X, N> : X)
  : Part<B> extends { array: infer Y extends DType }
    ? (Part<A> extends { number: infer N extends number } ? WithNumber<Y, N> : Y)
    : DType;

/** Float functions: uint8 and bool give float32 (numpy's float16), int32 float64. */
export type FloatOf<D extends DType> = D extends 'float32' | 'uint8' | 'bool' ? 'float32' : 'float64';

/** True division: integers give float64. */
export type DivOf<D extends DType> = D extends 'float32' | 'float64' ? D : 'float64';

/** pow, mod and fmod on booleans compute in int32. */
export type IntOnBool<D extends DType> = D extends 'bool' ? 'int32' : D;

/** Sums, products, means, variances: floats keep their dtype, the rest give float64. */
export type SumOf<D extends DType> = D extends 'float32' | 'float64' ? D : 'float64';

/** The dtype of an operand on its own (a JS number: int32 or float64). */
export type DTypeOf<X> = Part<X> extends { array: infer T extends DType } ? T : Part<X> extends { boolean: true } ? 'bool' : DType;

/** The result dtype of the two-array op K over A and B, by its kind (compiler/ir.ts BINARY). */
export type BinaryOf<K extends BinaryName, A, B> = {
  common: Common<A, B>;
  div: DivOf<Common<A, B>>;
  intOnBool: IntOnBool<Common<A, B>>;
  float: FloatOf<Common<A, B>>;
  bool: 'bool';
}[(typeof BINARY)[K]['result']];
