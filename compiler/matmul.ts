// Matrix products. A matmul kernel computes a few output rows at a time from operands in memory,
// then runs its elementwise epilogue over each finished row. This pass puts the operands where the
// kernel wants them: a computed operand is stored first, and the right operand is packed row-major
// when its rows are not contiguous (the inner loop walks a row of B).

import { Node, toposort } from './ir.js';
import type { ViewArg } from './ir.js';

/** Is `n` in memory as it stands (a buffer, a stored node, or a strided view of one)? */
const inMemory = (n: Node): boolean =>
  n.op === 'buffer' || n.op === 'contiguous' || (n.op === 'view' && inMemory(n.src[0]!));

/** Are the rows of `n` (its last axis) contiguous? */
function rowsContiguous(n: Node): boolean {
  if (n.op !== 'view') return true;
  const st = (n.arg as ViewArg).strides;
  return n.shape[n.shape.length - 1]! <= 1 || st[st.length - 1] === 1;
}

export function placeOperands(roots: readonly Node[]): Node[] {
  if (!toposort(roots).some((n) => n.op === 'matmul')) return roots.slice();
  const done = new Map<Node, Node>();
  for (const n of toposort(roots)) {
    const src = n.src.map((s) => done.get(s)!);
    if (n.op === 'matmul') {
      const [a, b] = src as [Node, Node];
      src[0] = inMemory(a) ? a : store(a, 'a matmul operand is computed into memory first');
      src[1] = !inMemory(b) ? store(b, 'a matmul operand is computed into memory first')
        : rowsContiguous(b) ? b : store(b, "matmul's right operand is packed row-major so the inner loop reads it in order");
    }
    done.set(n, src.every((s, k) => s === n.src[k]) ? n : Node.make(n.op, n.dtype, n.shape, src, n.arg));
  }
  return roots.map((r) => done.get(r)!);
}

const store = (n: Node, why: string): Node => Node.make('contiguous', n.dtype, n.shape, [n], why);

