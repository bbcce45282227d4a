// The scheduler: splits a graph into kernels. Every elementwise node is computed inside the loop of
// the kernel that needs it (never stored). A reduction is computed inside the loop of the kernel that
// reads it at its own shape: its elementwise producer runs in the inner loop, and elementwise work on
// its result runs as the kernel's epilogue. A node is stored to memory only when it is an output or
// must exist for a later read; each such boundary carries a reason, for `explain` and NDFUSE_DEBUG=3.

import { isElementwise, LOOP_OPS, toposort, whyStored, type Node, type ReduceArg } from './ir.js';
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

/** Fused operations per kernel at most (see `schedule`). */
export const MAX_KERNEL_OPS = 1000;

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
    if (n.op === 'contiguous') store(n, whyStored(n));
    if (n.op === 'compress') store(n, "a selection's layout depends on the mask's values: it is compressed into memory");
    if (n.op === 'view' && LOOP_OPS.has(n.src[0]!.op)) {
      store(n.src[0]!, `a ${n.src[0]!.op} result read through a view (broadcast back, sliced or transposed) is stored first`);
    }
  }

  // a kernel has at most about MAX_KERNEL_OPS instructions: a longer elementwise chain (a lazy loop
  // of updates) is cut into kernels of that size, each stored (V8 neither parses nor optimizes one
  // function of a hundred thousand statements well). The count over-counts shared nodes, which only
  // cuts sooner.
  const cost = new Map<Node, number>();
  for (const n of order) {
    if (!isElementwise(n) || reasons.has(n)) continue;
    let c = 1;
    for (const s of n.src) c += cost.get(s) ?? 0;
    if (c >= MAX_KERNEL_OPS) {
      store(n, `a kernel is cut after ${MAX_KERNEL_OPS} fused operations: this value is stored and the chain goes on in the next kernel`);
      c = 0;
    }
    cost.set(n, c);
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
      // A depth-first walk with a stack of its own (graphs can be deep). An 'epilogue' task is an
      // elementwise node over the kernel's output shape, down to reductions; a 'within' task one
      // computed inside a loop that is not its own: the producer of a reduction (over its input
      // shape), or what a selection compresses; a loop op there is stored first.
      type Task = { n: Node; top: boolean; where: string | null };
      const walk = (tasks: Task[]): void => {
        const stack = tasks.reverse();
        for (let t = stack.pop(); t !== undefined; t = stack.pop()) {
          const { n, top, where } = t;
          if (seen.has(n) || ((!top || where !== null) && reasons.has(n))) continue;
          seen.add(n);
          const push = (xs: readonly Node[], w: string | null): void => {
            for (let i = xs.length - 1; i >= 0; i--) stack.push({ n: xs[i]!, top: false, where: w });
          };
          if (isElementwise(n)) push(n.src, where);
          else if (!LOOP_OPS.has(n.op)) continue;
          else if (where !== null) store(n, `a ${kindOf(n)} ${where} is stored first`);
          else if (space !== undefined && spaceOf(n) !== space) {
            store(n, `a second ${kindOf(n)} that cannot share the loop (another product, or reductions over another shape or axes): stored first`);
          } else if (owner.has(n) && owner.get(n) !== ki) {
            store(n, `a ${kindOf(n)} used by two kernels is computed once and stored`);
          } else {
            space = spaceOf(n);
            owner.set(n, ki);
            push(fusedBelow(n), 'inside a reduction');
          }
        }
      };
      for (const s of k.stores) {
        // a selection's loop runs over its source, elementwise
        walk(s.value.op === 'compress'
          ? s.value.src.map((x) => ({ n: x, top: false, where: 'under a selection (whose loop is elementwise)' }))
          : [{ n: s.value, top: true, where: null }]);
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
