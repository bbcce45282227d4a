// TypeScript modules of kernels: what `ndfuse aot` writes for a whole project and what
// `--dump-kernels` writes per kernel with the 'ts' format. One generator for both, so a dumped kernel
// reads exactly like the one shipped ahead of time; the bodies are codegen.ts's, unchanged.

import { CODEGEN_VERSION, renderJs } from './codegen.js';
import type { Lowered } from './lower.js';
import { kernelDTypes } from './print.js';

export interface ModuleKernel {
  readonly kernel: Lowered;
  /** Extra lines for the kernel's doc comment (say, the call sites that need it). */
  readonly notes?: readonly string[];
}

export interface ModuleOptions {
  /** The module specifier the generated code imports ndfuse from ('ndfuse' for a user's project). */
  readonly runtime: string;
  /** Comment lines at the top (what made the module, from what). */
  readonly header: readonly string[];
  /** Register the kernels with ndfuse's kernel cache when the module is imported. */
  readonly register: boolean;
}

function docComment(k: Lowered, notes: readonly string[]): string[] {
  const lines = [
    `fuses: ${k.fused.length ? [...new Set(k.fused.map((f) => f.op))].join(', ') : '(a copy)'}`,
    kernelDTypes(k),
    ...notes,
  ];
  return ['/**', ...lines.map((l) => ` * ${l.replace(/\*\//g, '*\\/')}`), ' */'];
}

/** The text of one module exporting `kernels` (in the order given; duplicates by key are dropped). */
export function renderTsModule(kernels: readonly ModuleKernel[], opts: ModuleOptions): string {
  const seen = new Set<string>();
  const unique = kernels.filter((m) => !seen.has(m.kernel.key) && seen.add(m.kernel.key));
  const rendered = unique.map((m) => ({ m, r: renderJs(m.kernel.ir, m.kernel.name, 'ts') }));
  const helpers = [...new Set(rendered.flatMap(({ r }) => r.helpers))].sort();
  const imports = [
    ...(helpers.length ? ['kernelHelpers'] : []),
    ...(opts.register ? ['registerKernels', 'type KernelFn'] : []),
    'type Storage',
  ];
  const out: string[] = [...opts.header.map((l) => `// ${l}`.trimEnd()), ''];
  out.push(`import { ${imports.join(', ')} } from ${JSON.stringify(opts.runtime)};`, '');
  if (helpers.length) out.push(`const { ${helpers.join(', ')} } = kernelHelpers;`, '');
  for (const { m, r } of rendered) {
    out.push(...docComment(m.kernel, m.notes ?? []));
    out.push(`export ${r.source}`, '');
  }
  if (opts.register) {
    out.push('/** Every kernel above, under the cache key the compiler gives it. */');
    out.push('export const KERNELS: readonly (readonly [key: string, kernel: KernelFn])[] = [');
    for (const { m } of rendered) out.push(`  [${JSON.stringify(m.kernel.key)}, ${m.kernel.name}],`);
    out.push('];', '');
    out.push(`registerKernels(${CODEGEN_VERSION}, KERNELS);`, '');
  }
  return out.join('\n');
}
