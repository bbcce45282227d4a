// ndfuse: the public entry point. Array operations build a lazy graph; evaluating it compiles each
// fusible group into one generated kernel (WebAssembly SIMD or a JavaScript loop). The topic
// pipeline is `ndfuse/topics`.

export { LazyArray, type NestedResult } from './array.js';
export { array, empty, zeros, ones, full, arange, linspace, random, type ArrayData, type ArrayOptions, type NestedArray } from './creation.js';
export * from './ops.js';
export { sum, prod, mean, min, max, argmin, argmax, any, all, variance, variance as var, std, countNonzero, type Axis, type ReduceOptions } from './reduce.js';
export { matmul, dot, outer } from './linalg.js';
export { CsrMatrix, csr, fromTriplets } from './sparse.js';
export { select, setWhere, nonzero, groupSum, groupMean, MAX_GROUPS } from './masks.js';
export { evaluate, exprCacheStats, type Scope } from './expr.js';
export { jit, type JitOut, type JitResult } from './jit.js';
export { evalAll, evalAllAsync, explain, type EvalAllOptions } from './realize.js';
export { shutdownPool as stopThreads } from '../runtime/pool.js';
export { NdfuseError } from './errors.js';
export { config, setConfig, withConfig, DEFAULT_CHUNK, type Config } from '../runtime/config.js';
export { cacheStats, clearKernelCache, registerKernels, canGenerateCode, type KernelFn } from '../runtime/kernel-cache.js';
/** The helpers generated kernels call by name (numpy's rounding and modulo, ...): modules written by
 *  `ndfuse aot` import them from here. */
export { LIB as kernelHelpers } from '../compiler/index.js';
export type { DType } from '../compiler/index.js';
export type { Storage } from '../runtime/buffer.js';
