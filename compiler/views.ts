// The views pass: movement ops (reshape, permute, expand, slice) sink through elementwise ops to the
// materialised arrays they finally address, and fold there into one strided `view` node. Afterwards a
// kernel reads every input either directly or through (shape, strides, offset), so transposes, slices
// and broadcasts never copy. A reshape that strides cannot express copies first, as numpy does.

import { isElementwise, isMaterial, LOOP_OPS, MOVEMENT_OPS, Node, stored, toposort, type SliceArg, type ViewArg } from './ir.js';
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

  // applies a chain of movement ops (innermost first) to an already rewritten node: the chain sinks
  // through elementwise ops, each node after the nodes it needs (in order, without recursion:
  // graphs can be deep)
  const keyOf = (x: Node, outer: Node): string => x.id + '|' + outer.id;
  const move = (root: Node, chain: readonly Node[], outer: Node): Node => {
    const expands = chain.some((m) => m.op === 'expand');
    const through = (x: Node): readonly Node[] => (moved.has(keyOf(x, outer)) || x.op === 'const' ? []
      : x.op === 'gather' ? [x.src[1]!] : isElementwise(x) && !(expands && overLoop(x)) ? x.src : []);
    for (const x of toposort([root], through)) {
      if (!moved.has(keyOf(x, outer))) moved.set(keyOf(x, outer), moveOne(x, chain, outer, expands));
    }
    return moved.get(keyOf(root, outer))!;
  };

  // one node of `move`, its sources already moved
  const moveOne = (x: Node, chain: readonly Node[], outer: Node, expands: boolean): Node => {
    const movedSrc = (s: Node): Node => moved.get(keyOf(s, outer))!;
    if (x.op === 'const') return Node.make('const', x.dtype, outer.shape, [], x.arg);
    if (isElementwise(x) && expands && overLoop(x)) {
      // broadcasting work done on a reduction's (or product's) result would redo it per copy; store
      // it once, with the reduction fused in, and broadcast what is stored
      return move(stored(x, "a reduction's result with the work done on it, stored once before it is broadcast"), chain, outer);
    }
    // a gather's table is addressed by the index's values: only the index moves
    if (x.op === 'gather') return Node.make(x.op, x.dtype, outer.shape, [x.src[0]!, movedSrc(x.src[1]!)], x.arg);
    if (isElementwise(x)) return Node.make(x.op, x.dtype, outer.shape, x.src.map(movedSrc), x.arg);
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
      base = stored(viewNode(base, v), 'a reshape that strides cannot express: its source is copied first (numpy copies too)', m.shape);
      v = contiguousView(m.shape);
    }
    return viewNode(base, v);
  };

  // does the elementwise expression `x` rest on a reduction or product (through elementwise ops)?
  const rests = new Map<Node, boolean>();
  const overLoop = (x: Node): boolean => {
    const below = (n: Node): readonly Node[] => (rests.has(n) || !isElementwise(n) ? [] : n.src);
    for (const n of toposort(x.src, below)) {
      if (!rests.has(n)) rests.set(n, LOOP_OPS.has(n.op) || (isElementwise(n) && n.src.some((s) => rests.get(s)!)));
    }
    return x.src.some((s) => rests.get(s)!);
  };

  return roots.map(visit);
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
