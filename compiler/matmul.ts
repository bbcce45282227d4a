// Operands that kernels read at positions other than the loop's: matmul's A and B, CSR-times-dense's
// dense matrix, and a gather's table. A matmul kernel computes a few output rows at a time from
// operands in memory, then runs its elementwise epilogue over each finished row. This pass puts the
// operands where the kernels want them: a computed operand is stored first, a right operand is
// packed row-major when its rows are not contiguous (the inner loop walks a row of it), and a table
// is a plain array.

import { Node, stored, toposort } from './ir.js';
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
  if (!toposort(roots).some((n) => n.op === 'matmul' || n.op === 'spmm' || n.op === 'gather')) return roots.slice();
  const done = new Map<Node, Node>();
  for (const n of toposort(roots)) {
    const src = n.src.map((s) => done.get(s)!);
    if (n.op === 'matmul') {
      const [a, b] = src as [Node, Node];
      src[0] = inMemory(a) ? a : stored(a, 'a matmul operand is computed into memory first');
      src[1] = rowMajor(b, 'matmul');
    } else if (n.op === 'spmm') {
      src[3] = rowMajor(src[3]!, 'sparse-times-dense');
    } else if (n.op === 'gather') {
      const t = src[0]!;
      if (t.op !== 'buffer' && t.op !== 'contiguous') src[0] = stored(t, 'a table read at computed positions (a gather) is stored first');
    }
    done.set(n, src.every((s, k) => s === n.src[k]) ? n : Node.make(n.op, n.dtype, n.shape, src, n.arg));
  }
  return roots.map((r) => done.get(r)!);
}

/** `n` in memory with contiguous rows, for the inner loop of `what`. */
const rowMajor = (n: Node, what: string): Node =>
  !inMemory(n) ? stored(n, `a ${what} operand is computed into memory first`)
    : rowsContiguous(n) ? n : stored(n, `${what}'s right operand is packed row-major so the inner loop reads it in order`);

