// Runs a compiled Program: gives every kernel its arrays, walks each kernel's range in fixed-size
// chunks then the tail, and returns intermediates to the pool as soon as nothing reads them.

import { printKernel, printPlan, type Node, type Program } from '../compiler/index.js';
import { Buffer, fresh, overlaps, release, scratch, type Storage } from './buffer.js';
import { config } from './config.js';
import { cacheStats, kernelFor } from './kernel-cache.js';

/** Storage of a node that is already in memory. */
function storageOf(n: Node, mem: Map<Node, Storage>): Storage {
  if (n.op === 'buffer') return (n.arg as Buffer).data;
  const s = mem.get(n);
  if (!s) throw new Error(`ndfuse internal: node ${n.op} read before it was computed`);
  return s;
}

/**
 * Runs `p`. `out[i]`, when given, receives root i (the caller has checked its dtype and length).
 * Returns one array per root.
 */
export function execute(p: Program, out: readonly (Storage | undefined)[] = []): Storage[] {
  const cfg = config();
  const mem = new Map<Node, Storage>();
  const rootIndex = new Map<Node, number>();
  p.roots.forEach((r, i) => rootIndex.set(r, i));

  // the last kernel that reads each intermediate, so it can be released right after
  const lastRead = new Map<Node, number>();
  p.kernels.forEach((k, i) => k.binding.inputs.forEach((n) => lastRead.set(n, i)));

  // an `out` that shares memory with something the program reads is written only at the end
  const direct = out.map((o) => o !== undefined && !p.kernels.some((k) =>
    k.binding.inputs.some((n, j) => {
      const s = n.op === 'buffer' ? (n.arg as Buffer).data : undefined;
      return s !== undefined && overlaps(s, o) && (p.kernels.length > 1 || k.ir.ins[j]!.strided);
    })));

  const times: number[] = [];
  p.kernels.forEach((k, ki) => {
    const b = k.binding;
    const outs = b.outputs.map((n) => {
      const r = rootIndex.get(n);
      const s = r === undefined ? scratch(n.dtype, n.size) : direct[r] ? out[r]! : fresh(n.dtype, n.size);
      mem.set(n, s);
      return s;
    });
    const bufs = [...outs, ...b.inputs.map((n) => storageOf(n, mem))];
    const fn = kernelFor(k);
    const t0 = cfg.debug >= 2 ? performance.now() : 0;
    const n = b.size;
    const chunk = cfg.chunk;
    let s = 0;
    for (; s + chunk <= n; s += chunk) fn(s, s + chunk, bufs, b.consts, b.geom);
    if (s < n) fn(s, n, bufs, b.consts, b.geom);
    if (cfg.debug >= 2) times.push(performance.now() - t0);
    for (const inp of b.inputs) {
      if (lastRead.get(inp) === ki && inp.op !== 'buffer' && !rootIndex.has(inp)) {
        release(mem.get(inp)!);
        mem.delete(inp);
      }
    }
  });

  const results = p.roots.map((r, i) => {
    const s = storageOf(r, mem);
    const o = out[i];
    if (o !== undefined && s !== o) {
      o.set(s);
      return o;
    }
    return s;
  });
  if (cfg.debug >= 1) report(p, times);
  return results;
}

function report(p: Program, times: number[]): void {
  const lines: string[] = [];
  const c = cacheStats;
  lines.push(`ndfuse: ${p.kernels.length} kernel${p.kernels.length === 1 ? '' : 's'} [${p.kernels.map((k) => k.name).join(', ')}]` +
    ` | cache ${c.hits} hits, ${c.misses} misses, ${c.compileMs.toFixed(2)} ms compiling`);
  if (times.length) p.kernels.forEach((k, i) => lines.push(`ndfuse:   ${k.name} ${k.binding.size} elements ${(times[i]! * 1e3).toFixed(1)} us`));
  if (config().debug >= 3) lines.push(printPlan(p));
  if (config().debug >= 4) for (const k of p.kernels) lines.push(printKernel(k));
  process.stderr.write(lines.join('\n') + '\n');
}
