// The dtype table and numpy's promotion lattice. Pure data: the compiler, the runtime and the API
// all read dtypes from here, so a dtype's storage, cast and promotion rules live in one place.

export type DType = 'float64' | 'float32' | 'int32' | 'uint8' | 'bool';

export const DTYPES: readonly DType[] = ['float64', 'float32', 'int32', 'uint8', 'bool'];

export type Kind = 'b' | 'u' | 'i' | 'f';

export interface DTypeInfo {
  readonly kind: Kind;
  readonly bytes: number;
  /** Name of the TypedArray that stores it (bool is stored as 0/1 bytes). */
  readonly storage: 'Float64Array' | 'Float32Array' | 'Int32Array' | 'Uint8Array';
  /** Short tag used in kernel names, like numexpr's `add_ddd`. */
  readonly tag: string;
}

export const DTYPE_INFO: Readonly<Record<DType, DTypeInfo>> = {
  float64: { kind: 'f', bytes: 8, storage: 'Float64Array', tag: 'f64' },
  float32: { kind: 'f', bytes: 4, storage: 'Float32Array', tag: 'f32' },
  int32: { kind: 'i', bytes: 4, storage: 'Int32Array', tag: 'i32' },
  uint8: { kind: 'u', bytes: 1, storage: 'Uint8Array', tag: 'u8' },
  bool: { kind: 'b', bytes: 1, storage: 'Uint8Array', tag: 'b' },
};

export function isDType(x: unknown): x is DType {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(DTYPE_INFO, x);
}

export const isFloat = (d: DType): boolean => DTYPE_INFO[d].kind === 'f';
export const isInt = (d: DType): boolean => DTYPE_INFO[d].kind === 'i' || DTYPE_INFO[d].kind === 'u';

// numpy's table for our five types. Notable: int32 with float32 gives float64 (float32 cannot hold
// every int32), uint8 with float32 stays float32.
const PROMOTE: Record<DType, Record<DType, DType>> = {
  bool: { bool: 'bool', uint8: 'uint8', int32: 'int32', float32: 'float32', float64: 'float64' },
  uint8: { bool: 'uint8', uint8: 'uint8', int32: 'int32', float32: 'float32', float64: 'float64' },
  int32: { bool: 'int32', uint8: 'int32', int32: 'int32', float32: 'float64', float64: 'float64' },
  float32: { bool: 'float32', uint8: 'float32', int32: 'float64', float32: 'float32', float64: 'float64' },
  float64: { bool: 'float64', uint8: 'float64', int32: 'float64', float32: 'float64', float64: 'float64' },
};

export function promote(a: DType, b: DType): DType {
  return PROMOTE[a][b];
}

/**
 * The dtype of an array operand combined with a JS number, following numpy 2's rule for Python scalars:
 * the number is "weak" and only changes the kind (an integer-valued number keeps int arrays int, a
 * fractional one makes them float64; neither upcasts float32). A number with a bool array gives int32
 * (integer-valued) or float64.
 */
export function promoteWithScalar(a: DType, value: number): DType {
  const integral = Number.isInteger(value);
  const k = DTYPE_INFO[a].kind;
  if (k === 'f') return a;
  if (integral) return k === 'b' ? 'int32' : a;
  return 'float64';
}

/** The values an integer dtype holds (bool as 0 and 1); undefined for floats. */
export function intRange(d: DType): readonly [number, number] | undefined {
  switch (d) {
    case 'int32': return [-0x80000000, 0x7fffffff];
    case 'uint8': return [0, 255];
    case 'bool': return [0, 1];
    default: return undefined;
  }
}

/** Does the integer-valued JS number `v` lie outside what the integer dtype `d` holds? (numpy 2
 *  raises OverflowError for such a Python int in arithmetic and compares it exactly.) */
export function outOfRange(d: DType, v: number): boolean {
  const r = intRange(d);
  return r !== undefined && Number.isInteger(v) && (v < r[0] || v > r[1]);
}

/** The dtype a JS number gets when it stands alone (numpy's default int and float). */
export function scalarDType(value: number): DType {
  return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff ? 'int32' : 'float64';
}

/** The dtype of a float-valued math function of `d` (numpy: small ints and bool go to float32). */
export function floatResult(d: DType): DType {
  switch (d) {
    case 'float32': case 'uint8': case 'bool': return 'float32';
    default: return 'float64';
  }
}

/** What storing a number in dtype `d` keeps of it, as a function (renderers write the same). */
export function castFn(d: DType): (x: number) => number {
  switch (d) {
    case 'float64': return (x) => x;
    case 'float32': return Math.fround;
    case 'int32': return (x) => x | 0;
    case 'uint8': return (x) => x & 255;
    case 'bool': return (x) => (x !== 0 ? 1 : 0);
  }
}
