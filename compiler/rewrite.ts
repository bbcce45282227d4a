// Graph rewriting with rules as data. A rule names the ops it applies to and returns a replacement
// node (built from the node's sources or from nothing) or undefined; `rewrite` applies the rules
// bottom-up until none fires. The simplifier's rules
// are listed here; each must keep values bit-for-bit (the reference interpreter runs the unsimplified
// graph, and tests compare the two exactly).

import { ALU, refAlu } from './alu.js';
import { castFn } from './dtype.js';
import { isElementwise, Node, toposort, type AluOp, type Op, type ReduceArg } from './ir.js';

export interface Rule {
  readonly name: string;
  readonly ops: readonly Op[];
  readonly apply: (n: Node) => Node | undefined;
}

// rule lists indexed by op, built once per list
const indexes = new WeakMap<readonly Rule[], Map<Op, Rule[]>>();

function indexOf(rules: readonly Rule[]): Map<Op, Rule[]> {
  let byOp = indexes.get(rules);
  if (!byOp) {
    byOp = new Map();
    for (const r of rules) for (const op of r.ops) (byOp.get(op) ?? byOp.set(op, []).get(op)!).push(r);
    indexes.set(rules, byOp);
  }
  return byOp;
}

export function rewrite(roots: readonly Node[], rules: readonly Rule[]): Node[] {
  const byOp = indexOf(rules);
  const done = new Map<Node, Node>();
  // replacements are built from already settled sources, so settling only re-examines the node itself
  const settle = (n: Node): Node => {
    for (;;) {
      let next: Node | undefined;
      for (const r of byOp.get(n.op) ?? []) if ((next = r.apply(n)) !== undefined) break;
      if (next === undefined || next === n) return n;
      n = next;
    }
  };
  for (const n of toposort(roots)) {
    const src = n.src.map((s) => done.get(s)!);
    const rebuilt = src.every((s, k) => s === n.src[k]) ? n : Node.make(n.op, n.dtype, n.shape, src, n.arg);
    done.set(n, settle(rebuilt));
  }
  return roots.map((r) => done.get(r)!);
}

// Object.is: x - (-0) is not x (it turns -0 into 0)
const isConst = (n: Node | undefined, v?: number): boolean =>
  n !== undefined && n.op === 'const' && (v === undefined || Object.is(n.arg, v));

/** `x`, given the shape of the node it replaces (a rule may not change shape or dtype). */
const keep = (n: Node, x: Node | undefined): Node | undefined =>
  x !== undefined && x.dtype === n.dtype && x.shape.length === n.shape.length && x.shape.every((d, k) => d === n.shape[k])
    ? x
    : undefined;

const ALU_OPS = Object.keys(ALU) as AluOp[];

export const SIMPLIFY: readonly Rule[] = [
  {
    name: 'fold constants',
    ops: [...ALU_OPS, 'cast'],
    apply: (n) => {
      if (!isElementwise(n) || !n.src.every((s) => isConst(s))) return undefined;
      const v = n.src.map((s) => s.arg as number);
      const value = n.op === 'cast' ? castFn(n.dtype)(v[0]!) : refAlu(n.op as AluOp, n.src[0]!.dtype)(v[0]!, v[1]!, v[2]!);
      return Node.make('const', n.dtype, n.shape, [], value);
    },
  },
  { name: 'x * 1', ops: ['mul'], apply: (n) => keep(n, isConst(n.src[1], 1) ? n.src[0] : isConst(n.src[0], 1) ? n.src[1] : undefined) },
  { name: 'x / 1', ops: ['div'], apply: (n) => keep(n, isConst(n.src[1], 1) ? n.src[0] : undefined) },
  { name: 'x - 0', ops: ['sub'], apply: (n) => keep(n, isConst(n.src[1], 0) ? n.src[0] : undefined) },
  // x + 0 is not x for x = -0.0, so only integers drop it
  {
    name: 'int x + 0',
    ops: ['add'],
    apply: (n) => (n.dtype === 'int32' || n.dtype === 'uint8'
      ? keep(n, isConst(n.src[1], 0) ? n.src[0] : isConst(n.src[0], 0) ? n.src[1] : undefined)
      : undefined),
  },
  { name: 'x ** 1', ops: ['pow'], apply: (n) => keep(n, isConst(n.src[1], 1) ? n.src[0] : undefined) },
  { name: '--x', ops: ['neg'], apply: (n) => keep(n, n.src[0]!.op === 'neg' ? n.src[0]!.src[0] : undefined) },
  { name: '!!x', ops: ['not'], apply: (n) => keep(n, n.src[0]!.op === 'not' ? n.src[0]!.src[0] : undefined) },
  { name: 'cast to own dtype', ops: ['cast'], apply: (n) => keep(n, n.src[0]) },
  {
    // a reduction of selected elements reads them where they are: the selection is never stored
    name: 'reduce a selection in place',
    ops: ['reduce'],
    apply: (n) => {
      const c = n.src[0]!;
      if (c.op !== 'compress' || n.src.length > 1) return undefined;
      const [x, mask] = c.src as [Node, Node];
      return Node.make('reduce', n.dtype, n.shape, [x, mask], { op: (n.arg as ReduceArg).op, axes: x.shape.map((_, k) => k) });
    },
  },
  {
    name: 'where on a constant',
    ops: ['where'],
    apply: (n) => (isConst(n.src[0]) ? keep(n, (n.src[0]!.arg as number) !== 0 ? n.src[1] : n.src[2]) : undefined),
  },
];
