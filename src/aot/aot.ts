// `ndfuse aot`: compiles the kernels a TypeScript project will need and writes them as one
// TypeScript module that registers them with the kernel cache when imported, so the project runs
// where `new Function` is forbidden. The analysis is analyse.ts's; the module text is the compiler's.

import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { renderTsModule, type ModuleKernel } from '../../compiler/index.js';
import type { Lowered } from '../../compiler/index.js';
import { NdfuseError } from '../errors.js';
import { programFor } from '../realize.js';
import { analyse, type Site } from './analyse.js';

export interface AotOptions {
  /** A folder with a tsconfig.json, or a tsconfig file. */
  readonly project: string;
  /** The module to write (.ts). */
  readonly out: string;
  /** How the module imports ndfuse; by default as the project does (a relative path is re-based). */
  readonly runtime?: string;
}

export interface AotResult {
  readonly tsconfig: string;
  readonly text: string;
  readonly kernels: readonly Lowered[];
  readonly sites: readonly Site[];
  readonly unresolved: readonly Site[];
}

const posix = (p: string): string => p.split(sep).join('/');

/** Analyses the project and renders the module (without writing it). */
export function compileAheadOfTime(opts: AotOptions): AotResult {
  const given = resolve(opts.project);
  const tsconfig = existsSync(given) && statSync(given).isDirectory() ? join(given, 'tsconfig.json') : given;
  if (!existsSync(tsconfig)) throw new NdfuseError('aot', `no TypeScript project at ${opts.project} (looked for ${tsconfig})`);
  const outFile = resolve(opts.out);
  if (!/\.m?ts$/.test(outFile)) throw new NdfuseError('aot', `the output must be a .ts file, got ${opts.out}`);
  const base = dirname(tsconfig);
  const where = (s: Site): string => `${posix(relative(base, s.file))}:${s.line}`;

  const analysis = analyse(tsconfig);
  const sites = [...analysis.sites].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const kernels = new Map<string, { kernel: Lowered; uses: string[] }>();
  for (const s of sites) {
    for (const roots of s.graphs) {
      for (const k of programFor(roots.map((r) => r.node)).kernels) {
        let entry = kernels.get(k.key);
        if (!entry) kernels.set(k.key, (entry = { kernel: k, uses: [] }));
        const use = `${where(s)} ${s.text}`;
        if (!entry.uses.includes(use)) entry.uses.push(use);
      }
    }
  }
  const MAX_USES = 4;
  const entries: ModuleKernel[] = [...kernels.values()].map(({ kernel, uses }) => ({
    kernel,
    notes: ['used by:', ...uses.slice(0, MAX_USES).map((u) => `  ${u}`), ...(uses.length > MAX_USES ? [`  and ${uses.length - MAX_USES} more`] : [])],
  }));
  const resolved = sites.filter((s) => s.why === undefined).length;
  const text = renderTsModule(entries, {
    runtime: opts.runtime ?? runtimeSpecifier(analysis.runtime, outFile),
    header: [
      `Kernels compiled ahead of time by \`ndfuse aot\` for the project ${posix(relative(dirname(outFile), tsconfig))}:`,
      `${entries.length} kernel${entries.length === 1 ? '' : 's'} for ${resolved} of ${sites.length} call sites. Generated: do not edit; run \`ndfuse aot\` again`,
      `when the project changes. Import it once before the first evaluation: import './${basename(outFile).replace(/\.(m?)ts$/, '.$1js')}';`,
    ],
    register: true,
  });
  return { tsconfig, text, kernels: entries.map((e) => e.kernel), sites, unresolved: sites.filter((s) => s.why !== undefined) };
}

/** Analyses, renders and writes the module; returns what it did. */
export function writeAheadOfTime(opts: AotOptions): AotResult {
  const r = compileAheadOfTime(opts);
  mkdirSync(dirname(resolve(opts.out)), { recursive: true });
  writeFileSync(resolve(opts.out), r.text);
  return r;
}

/** The project's own import of ndfuse, re-based from the importing file to the generated module. */
function runtimeSpecifier(found: { file: string; specifier: string } | undefined, outFile: string): string {
  if (!found) return 'ndfuse';
  if (!found.specifier.startsWith('.') && !isAbsolute(found.specifier)) return found.specifier;
  const target = resolve(dirname(found.file), found.specifier);
  const rel = posix(relative(dirname(outFile), target));
  return rel.startsWith('.') ? rel : './' + rel;
}

/** The report `ndfuse aot` prints: a summary, then every unresolved call site with why. */
export function report(r: AotResult, out: string): string {
  const lines = [`ndfuse aot: ${r.kernels.length} kernel${r.kernels.length === 1 ? '' : 's'} for ${r.sites.length - r.unresolved.length} of ${r.sites.length} call sites -> ${out}`];
  for (const s of r.unresolved) lines.push(`${posix(relative(process.cwd(), s.file))}:${s.line}: not compiled: ${s.text}: ${s.why}`);
  return lines.join('\n');
}
