// The views pass: movement ops (reshape, permute, expand, slice) sink through elementwise ops to the
// materialised arrays they finally address, and fold there into one strided `view` node. Afterwards a
// kernel reads every input either directly or through (shape, strides, offset), so transposes, slices
// and broadcasts never copy. A reshape that strides cannot express copies first, as numpy does.

import { isElementwise, isMaterial, LOOP_OPS, MOVEMENT_OPS, Node, toposort, type SliceArg, type ViewArg } from './ir.js';
import {
  contiguousView, expandView, isContiguous, permuteView, reshapeView, sameShape, sliceView, type View,
} from './shape.js';

export function foldViews(roots: readonly Node[]): Node[] {
  const done = new Map<Node, Node>();
  const moved = new Map<string, Node>();

  // rebuilds every node after its inputs; a movement op hands its whole chain to `move`
  const visit = (root: Node): Node => {
    for (const n of toposort([root], inner)) if (!done.has(n)) done.set(n, rewrite(n));
    return done.get(root)!;
  };

  // the nodes `rewrite(n)` needs rewritten first
  const inner = (n: Node): readonly Node[] => (MOVEMENT_OPS.has(n.op) ? [chainBase(n)] : n.src);

  const rewrite = (n: Node): Node => {
    if (MOVEMENT_OPS.has(n.op)) return move(done.get(chainBase(n))!, chainOf(n), n);
    if (n.src.length === 0) return n;
    const src = n.src.map((s) => done.get(s)!);
    return src.every((s, k) => s === n.src[k]) ? n : Node.make(n.op, n.dtype, n.shape, src, n.arg);
  };

  // applies a chain of movement ops (innermost first) to an already rewritten node
  const move = (x: Node, chain: readonly Node[], outer: Node): Node => {
    const key = x.id + '|' + outer.id;
    const hit = moved.get(key);
    if (hit) return hit;
    let r: Node;
    if (x.op === 'const') r = Node.make('const', x.dtype, outer.shape, [], x.arg);
    else if (isElementwise(x) && chain.some((m) => m.op === 'expand') && overLoop(x)) {
      // broadcasting work done on a reduction's (or product's) result would redo it per copy; store
      // it once, with the reduction fused in, and broadcast what is stored
      const stored = Node.make('contiguous', x.dtype, x.shape, [x], "a reduction's result with the work done on it, stored once before it is broadcast");
      r = move(stored, chain, outer);
    } else if (x.op === 'gather') {
      // the table is addressed by the index's values: only the index moves
      r = Node.make(x.op, x.dtype, outer.shape, [x.src[0]!, move(x.src[1]!, chain, outer)], x.arg);
    } else if (isElementwise(x)) {
      r = Node.make(x.op, x.dtype, outer.shape, x.src.map((s) => move(s, chain, outer)), x.arg);
    } else {
      let base = x;
      let v: View = contiguousView(x.shape);
      if (x.op === 'view') {
        base = x.src[0]!;
        v = { shape: x.shape, ...(x.arg as ViewArg) };
      }
      for (const m of chain) {
        const next = step(v, m);
        if (next) {
          v = next;
          continue;
        }
        // strides cannot express this reshape (only a reshape can fail): copy what we have, in
        // row-major order, straight into an array of the new shape
        base = Node.make('contiguous', base.dtype, m.shape, [viewNode(base, v)],
          'a reshape that strides cannot express: its source is copied first (numpy copies too)');
        v = contiguousView(m.shape);
      }
      r = viewNode(base, v);
    }
    moved.set(key, r);
    return r;
  };

  return roots.map(visit);
}

/** Does the elementwise expression `x` rest on a reduction or product (through elementwise ops)? */
function overLoop(x: Node): boolean {
  const seen = new Set<Node>();
  const visit = (n: Node): boolean => {
    if (seen.has(n)) return false;
    seen.add(n);
    if (LOOP_OPS.has(n.op)) return true;
    return isElementwise(n) && n.src.some(visit);
  };
  return x.src.some(visit);
}

/** The first non-movement node under a chain of movement ops. */
function chainBase(n: Node): Node {
  while (MOVEMENT_OPS.has(n.op)) n = n.src[0]!;
  return n;
}

/** The movement ops from `chainBase(n)` up to `n`, innermost first. */
function chainOf(n: Node): Node[] {
  const chain: Node[] = [];
  while (MOVEMENT_OPS.has(n.op)) {
    chain.push(n);
    n = n.src[0]!;
  }
  return chain.reverse();
}

function step(v: View, m: Node): View | null {
  switch (m.op) {
    case 'reshape': return reshapeView(v, m.shape);
    case 'permute': return permuteView(v, m.arg as readonly number[]);
    case 'expand': return expandView(v, m.shape);
    case 'slice': return sliceView(v, m.arg as SliceArg, m.shape);
    default: throw new Error(`ndfuse internal: ${m.op} is not a movement op`);
  }
}

/** A read of `base` through `v`, or `base` itself when the view changes nothing. */
export function viewNode(base: Node, v: View): Node {
  if (isMaterial(base) && sameShape(v.shape, base.shape) && isContiguous(v)) return base;
  return Node.make('view', base.dtype, v.shape, [base], { strides: v.strides, offset: v.offset });
}
