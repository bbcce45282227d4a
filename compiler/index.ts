// The compiler: graph in, program out. It runs nothing and touches no memory; the passes below are
// the whole pipeline, in order.

import { foldViews } from './views.js';
import { placeOperands } from './matmul.js';
import { lower, type Lowered } from './lower.js';
import { renderJs, type Rendered } from './codegen.js';
import { renderWasm, type WasmRendered } from './wasm-render.js';
import { rewrite, SIMPLIFY } from './rewrite.js';
import { schedule, type Schedule } from './schedule.js';
import { stored, type Node } from './ir.js';

export interface Program {
  /** The roots as the API built them. */
  readonly input: readonly Node[];
  /** The roots after the graph passes; results correspond by position. */
  readonly roots: readonly Node[];
  readonly schedule: Schedule;
  /** In execution order. */
  readonly kernels: readonly Lowered[];
}

/** Graph passes, in order: each maps roots to equivalent roots. */
export const PASSES: readonly (readonly [string, (roots: readonly Node[]) => Node[]])[] = [
  ['simplify', (roots) => rewrite(roots, SIMPLIFY)],
  ['views', foldViews],
  ['matmul operands', placeOperands],
];

/** The renderers, by name: each turns a lowered kernel into what the runtime loads (JavaScript
 *  source, a WebAssembly module). A new backend is a new entry (and its renderer), read by the
 *  pipeline in src/realize.ts. */
export const RENDERERS: { readonly js: (k: Lowered) => Rendered; readonly wasm: (k: Lowered) => WasmRendered } = {
  js: (k) => renderJs(k.ir, k.name),
  wasm: (k) => renderWasm(k.ir, k.name),
};

export function compile(input: readonly Node[]): Program {
  let roots: readonly Node[] = input;
  for (const [, pass] of PASSES) roots = pass(roots);
  // an output that simplified to an input array is still a new array: the caller may write to it
  roots = roots.map((r, i) => (r.op === 'buffer' && input[i]!.op !== 'buffer'
    ? stored(r, 'the expression simplified to an input array: the output is a fresh copy of it')
    : r));
  const sched = schedule(roots);
  return { input, roots, schedule: sched, kernels: sched.kernels.map((k) => lower(k, sched.stored)) };
}

export { CODEGEN_VERSION, MAX_INLINE_DEPTH, renderJs, type Rendered } from './codegen.js';
export { renderTsModule, type ModuleKernel, type ModuleOptions } from './typescript.js';
export { printExpr, printGraph, printKernel, printPlan, printProgram, printWasmKernel } from './print.js';
export * from './ir.js';
export * from './dtype.js';
export * from './shape.js';
export { ALU, LIB, productOf, refAlu, type LibName } from './alu.js';
export { accKind, REDUCE, SUM_TILE, tileRule, type AccKind, type TileRule } from './reduce.js';
export type { Lowered, Binding } from './lower.js';
export { accsOf, geometryOf, keyOf, reducedCount, ruleOf, splitsReduced, stateWords, type KernelKind, type LoopIR } from './kernels.js';
export { MAX_KERNEL_OPS, type Schedule, type KernelPlan, type Boundary } from './schedule.js';
export { encode, wat, type Instr as WasmInstr, type WasmModule } from './wasm.js';
export { argsLayout, KERNEL_MEMORY, renderWasm, wasmUnsupported, type ArgsLayout, type WasmRendered } from './wasm-render.js';
export { WASM_MATH } from './wasm-math.js';
