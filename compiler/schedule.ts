// The scheduler: splits a graph into kernels. Every elementwise node is computed inside the loop of
// the kernel that needs it (never stored); a node is stored only when it is an output or must exist in
// memory for a later read. Each boundary it draws carries a reason, for `explain` and NDFUSE_DEBUG=3.

import { toposort, type Node } from './ir.js';
import { sameShape, showShape } from './shape.js';

/** One value a kernel stores: `node` is what later readers see, `value` the expression it holds. */
export interface Store {
  readonly node: Node;
  readonly value: Node;
}

export interface KernelPlan {
  readonly stores: readonly Store[];
  /** Why this kernel exists apart from the others. */
  readonly reason: string;
}

export interface Boundary {
  readonly node: Node;
  readonly reason: string;
}

export interface Schedule {
  readonly kernels: readonly KernelPlan[];
  /** Nodes stored to memory by one kernel and read by another, with why. */
  readonly boundaries: readonly Boundary[];
}

export function schedule(roots: readonly Node[]): Schedule {
  const kernels: KernelPlan[] = [];
  const boundaries: Boundary[] = [];

  // materialised intermediates come first, in dependency order
  for (const n of toposort(roots)) {
    if (n.op !== 'contiguous') continue;
    const reason = n.src[0]!.op === 'buffer'
      ? 'the expression simplified to an input array: the output is a fresh copy of it'
      : 'a reshape that strides cannot express: its source is copied first (numpy copies too)';
    boundaries.push({ node: n, reason });
    kernels.push({ stores: [{ node: n, value: n.src[0]! }], reason });
  }

  // outputs: one loop per distinct output shape; what is already in memory needs no kernel
  const groups: Node[][] = [];
  for (const r of new Set(roots)) {
    if (r.op === 'buffer' || r.op === 'contiguous') continue;
    const g = groups.find((gr) => sameShape(gr[0]!.shape, r.shape));
    if (g) g.push(r);
    else groups.push([r]);
  }
  groups.forEach((g, k) => {
    const reason = k === 0
      ? (g.length > 1 ? `${g.length} outputs of shape ${showShape(g[0]!.shape)} in one loop` : 'output')
      : `outputs of shape ${showShape(g[0]!.shape)}: a different shape from ${showShape(groups[0]![0]!.shape)} needs its own loop`;
    kernels.push({ stores: g.map((r) => ({ node: r, value: r })), reason });
  });
  return { kernels, boundaries };
}
