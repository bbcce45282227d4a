// The scheduler: splits a graph into kernels. Every elementwise node is computed inside the loop of
// the kernel that needs it (never stored). A reduction is computed inside the loop of the kernel that
// reads it at its own shape: its elementwise producer runs in the inner loop, and elementwise work on
// its result runs as the kernel's epilogue. A node is stored to memory only when it is an output or
// must exist for a later read; each such boundary carries a reason, for `explain` and NDFUSE_DEBUG=3.

import { isElementwise, LOOP_OPS, toposort, type Node, type ReduceArg } from './ir.js';
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
  /** In execution order. */
  readonly kernels: readonly KernelPlan[];
  /** Nodes stored to memory by one kernel and read by another, with why. */
  readonly boundaries: readonly Boundary[];
  /** The same nodes, for lowering: a kernel reads these instead of computing them. */
  readonly stored: ReadonlySet<Node>;
}

/** What a kernel's loop nest is built around: reductions over one shape and axes share it; a
 *  matmul has it alone. */
const spaceOf = (r: Node): string =>
  (r.op === 'matmul' || r.op === 'spmm' ? `${r.op}#${r.id}`
    : r.op === 'segreduce' ? `segments#${r.src[1]!.id}|${r.src[0]!.shape.join(',')}`
      : r.src[0]!.shape.join(',') + '|' + (r.arg as ReduceArg).axes.join(','));

/** What a loop node fuses from below: the value expression (reductions, CSR products; a reduction's
 *  mask too) or nothing (matmul: its operands are in memory). */
const fusedBelow = (n: Node): readonly Node[] =>
  (n.op === 'reduce' ? n.src : n.op === 'matmul' ? [] : [n.src[0]!]);

const kindOf = (n: Node): string => (n.op === 'matmul' || n.op === 'spmm' ? 'product' : 'reduction');

export function schedule(roots: readonly Node[]): Schedule {
  const order = toposort(roots);
  const reasons = new Map<Node, string>();
  let changed = false;
  const store = (n: Node, reason: string): void => {
    if (reasons.has(n)) return;
    reasons.set(n, reason);
    changed = true;
  };

  for (const n of order) {
    if (n.op === 'contiguous') store(n, n.arg as string);
    if (n.op === 'compress') store(n, "a selection's layout depends on the mask's values: it is compressed into memory");
    if (n.op === 'view' && LOOP_OPS.has(n.src[0]!.op)) {
      store(n.src[0]!, `a ${n.src[0]!.op} result read through a view (broadcast back, sliced or transposed) is stored first`);
    }
  }

  // deciding which reductions fuse can store one, which changes the kernels: repeat until stable
  let kernels: KernelPlan[];
  do {
    changed = false;
    kernels = plan(roots, order, reasons);
    const owner = new Map<Node, number>();
    kernels.forEach((k, ki) => {
      let space: string | undefined;
      const seen = new Set<Node>();
      // the epilogue: elementwise nodes over the kernel's output shape, down to reductions
      const epilogue = (n: Node, top: boolean): void => {
        if (seen.has(n) || (!top && reasons.has(n))) return;
        seen.add(n);
        if (isElementwise(n)) for (const s of n.src) epilogue(s, false);
        else if (LOOP_OPS.has(n.op)) {
          const what = kindOf(n);
          if (space !== undefined && spaceOf(n) !== space) {
            store(n, `a second ${what} that cannot share the loop (another product, or reductions over another shape or axes): stored first`);
          } else if (owner.has(n) && owner.get(n) !== ki) {
            store(n, `a ${what} used by two kernels is computed once and stored`);
          } else {
            space = spaceOf(n);
            owner.set(n, ki);
            for (const s of fusedBelow(n)) within(s, 'inside a reduction');
          }
        }
      };
      // elementwise nodes computed inside a loop that is not theirs: the producer of a reduction
      // (over its input shape), or what a selection compresses; a loop op there is stored first
      const within = (n: Node, where: string): void => {
        if (seen.has(n) || reasons.has(n)) return;
        seen.add(n);
        if (isElementwise(n)) for (const s of n.src) within(s, where);
        else if (LOOP_OPS.has(n.op)) store(n, `a ${kindOf(n)} ${where} is stored first`);
      };
      for (const s of k.stores) {
        // a selection's loop runs over its source, elementwise
        if (s.value.op === 'compress') for (const x of s.value.src) within(x, "under a selection (whose loop is elementwise)");
        else epilogue(s.value, true);
      }
    });
  } while (changed);

  const stored = new Set(reasons.keys());
  const boundaries = order.filter((n) => stored.has(n)).map((n) => ({ node: n, reason: reasons.get(n)! }));
  return { kernels, boundaries, stored };
}

/** The kernels for a given set of stored nodes: each stored node alone, in dependency order, then the
 *  outputs, one loop per distinct output shape. */
function plan(roots: readonly Node[], order: readonly Node[], reasons: ReadonlyMap<Node, string>): KernelPlan[] {
  const kernels: KernelPlan[] = [];
  for (const n of order) {
    const reason = reasons.get(n);
    if (reason !== undefined) kernels.push({ stores: [{ node: n, value: n.op === 'contiguous' ? n.src[0]! : n }], reason });
  }
  const groups: Node[][] = [];
  for (const r of new Set(roots)) {
    if (r.op === 'buffer' || reasons.has(r)) continue; // already in memory, or stored above
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
  return kernels;
}
