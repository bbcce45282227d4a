// The part of the WebAssembly JavaScript API the runtime uses, typed here: Node has it at run time
// (but under --jitless), yet neither its type declarations nor TypeScript's ES libraries declare it,
// and the DOM's would bring a browser's globals with them.

export interface WasmMemory {
  readonly buffer: ArrayBufferLike;
  grow(pages: number): number;
}

export interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports?: Record<string, Record<string, unknown>>) => { readonly exports: Record<string, unknown> };
}

/** The host's WebAssembly, or an error saying there is none. */
export function wasmApi(): WasmApi {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) throw new Error('WebAssembly is not defined');
  return api;
}
