// Printers for what the compiler did: the graph, the plan with every fusion boundary and its reason,
// and each kernel's source under a header. Used by `explain`, NDFUSE_DEBUG, the CLI and golden tests,
// so the output is stable: it names nodes by their position, not by process-wide ids.

import { renderJs } from './codegen.js';
import { wat } from './wasm.js';
import { renderWasm } from './wasm-render.js';
import { DTYPE_INFO } from './dtype.js';
import { toposort, type Node, type ReduceArg, type SliceArg, type ViewArg } from './ir.js';
import type { Lowered } from './lower.js';
import type { Program } from './index.js';
import { showShape } from './shape.js';

/** Stable names (%0, %1, ...) for the nodes of one printout. */
export class Names {
  private readonly ids = new Map<Node, number>();
  of(n: Node): string {
    let id = this.ids.get(n);
    if (id === undefined) this.ids.set(n, (id = this.ids.size));
    return '%' + id;
  }
}

const typeOf = (n: Node): string => `${DTYPE_INFO[n.dtype].tag}${showShape(n.shape)}`;

function argText(n: Node): string {
  const a = n.arg;
  if (a === null) return '';
  if (typeof a === 'number') return ' ' + String(a);
  if (Array.isArray(a)) return ` [${a.join(', ')}]`;
  if ('id' in a) return '';
  if ('strides' in a) return ` strides [${(a as ViewArg).strides.join(', ')}] offset ${(a as ViewArg).offset}`;
  if ('op' in a) return ` ${(a as ReduceArg).op} over axes [${(a as ReduceArg).axes.join(', ')}]`;
  const s = a as SliceArg;
  return ` start [${s.starts.join(', ')}] step [${s.steps.join(', ')}]`;
}

export function printGraph(roots: readonly Node[], names = new Names()): string {
  return toposort(roots)
    .map((n) => `${names.of(n)} = ${n.op} ${typeOf(n)}${n.src.length ? ' (' + n.src.map((s) => names.of(s)).join(', ') + ')' : ''}${argText(n)}`)
    .join('\n');
}

export function printPlan(p: Program, names = new Names()): string {
  const out: string[] = [];
  const boundary = new Map(p.schedule.boundaries.map((b) => [b.node, b.reason]));
  const producedBy = new Map<Node, number>();
  p.kernels.forEach((k, i) => k.binding.outputs.forEach((o) => producedBy.set(o, i + 1)));
  out.push(`${p.kernels.length} kernel${p.kernels.length === 1 ? '' : 's'}`);
  p.kernels.forEach((k, i) => {
    const plan = p.schedule.kernels[i]!;
    out.push(`kernel ${i + 1} ${k.name}: ${plan.reason}`);
    out.push(`  writes ${k.binding.outputs.map((o) => `${names.of(o)} ${typeOf(o)}`).join(', ')}`);
    out.push(`  fuses  ${k.fused.length ? k.fused.map((f) => `${f.op} ${names.of(f)}`).join(', ') : '(nothing: a copy)'}`);
    k.binding.inputs.forEach((inp, j) => {
      const from = producedBy.get(inp);
      const why = inp.op === 'buffer' ? 'input array'
        : `stored by kernel ${from ?? '?'}: ${boundary.get(inp) ?? 'materialised'}`;
      const strided = k.ir.ins[j]!.strided ? ', read strided' : '';
      out.push(`  reads  ${names.of(inp)} ${typeOf(inp)} (${why}${strided})`);
    });
  });
  return out.join('\n');
}

/** A kernel's dtypes in and out, as its headers show them: `outputs: f64; inputs: f64, f32 strided`. */
export function kernelDTypes(k: Lowered): string {
  const tag = (d: keyof typeof DTYPE_INFO): string => DTYPE_INFO[d].tag;
  return `outputs: ${k.ir.outs.map(tag).join(', ')}; inputs: ${k.ir.ins.map((x) => tag(x.dtype) + (x.strided ? ' strided' : '')).join(', ') || 'none'}`;
}

/** A kernel's source under a comment naming the nodes it fuses, its dtypes and its cache key. */
/** What a printed kernel says of itself before its code, in `comment`'s syntax. */
function kernelHeader(k: Lowered, names: Names, comment: string): string {
  return [
    k.name,
    `fuses: ${k.fused.length ? k.fused.map((f) => `${f.op} ${names.of(f)}`).join(', ') : '(copy)'}`,
    kernelDTypes(k),
    `cache key: ${k.key}`,
  ].map((l) => `${comment} ${l}`).join('\n') + '\n';
}

export function printKernel(k: Lowered, names = new Names()): string {
  return kernelHeader(k, names, '//') + renderJs(k.ir, k.name).source + '\n';
}

/** The kernel as its WebAssembly module's text (WAT), under the same header. */
export function printWasmKernel(k: Lowered, names = new Names()): string {
  return kernelHeader(k, names, ';;') + wat(renderWasm(k.ir, k.name).module) + '\n';
}

/** Everything `explain` shows: graph, plan, kernel sources. */
export function printProgram(p: Program): string {
  const names = new Names();
  return [
    '== graph (as built) ==', printGraph(p.input, names),
    '== graph (after simplify and views) ==', printGraph(p.roots, names),
    '== plan ==', printPlan(p, names),
    '== kernels ==', ...p.kernels.map((k) => printKernel(k, names)),
  ].join('\n');
}

const INFIX: Readonly<Partial<Record<string, string>>> = {
  add: '+', sub: '-', mul: '*', div: '/', pow: '**', mod: '%', eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=', and: '&', or: '|',
};

/**
 * A graph as one line of text, for messages: inputs are x0, x1, ... (with their dtype and shape after
 * the expression), constants their value, elementwise ops infix or called, the rest called by name.
 * Shared subexpressions are written out again; long text is cut (each node's text too, so a deep or
 * much shared graph costs no more than its size).
 */
export function printExpr(roots: readonly Node[], max = 200): string {
  const inputs = new Map<Node, string>();
  const texts = new Map<Node, string>();
  const cut = (t: string): string => (t.length > max ? t.slice(0, max) + '...' : t);
  const of = (n: Node): string => texts.get(n)!;
  for (const n of toposort(roots)) {
    let t: string;
    if (n.op === 'buffer') {
      if (!inputs.has(n)) inputs.set(n, `x${inputs.size}`);
      t = inputs.get(n)!;
    } else if (n.op === 'const') t = String(n.arg);
    else {
      const args = n.src.map((s) => (s.src.length >= 2 && INFIX[s.op] !== undefined ? `(${of(s)})` : of(s)));
      const infix = INFIX[n.op];
      t = infix !== undefined && args.length === 2 ? `${args[0]} ${infix} ${args[1]}`
        : n.op === 'neg' ? `-${args[0]}`
          : n.op === 'cast' ? `${n.dtype}(${args[0]})`
            : n.op === 'reduce' ? `${(n.arg as ReduceArg).op}(${args.join(', ')})`
              : `${n.op}(${args.join(', ')})`;
    }
    texts.set(n, cut(t));
  }
  let body = roots.map(of).join(', ');
  if (body.length > max) body = body.slice(0, max - 3) + '...';
  const where = [...inputs].map(([n, name]) => `${name}: ${n.dtype}${showShape(n.shape)}`).join(', ');
  return where ? `${body}  (${where})` : body;
}
