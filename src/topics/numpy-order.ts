// The order numpy's default argsort (kind 'quicksort': an introsort) gives. It is not stable, so
// equal values come out in an order that depends on the algorithm; scikit-learn's `max_features` keeps
// the first terms of `(-counts).argsort()`, and to keep the same terms among equal counts we must put
// them in the same order. Written from the algorithm's description (numpy 1.24): median-of-three
// quicksort (SMALL_QUICKSORT is 15: a part of 17 elements or more is partitioned, smaller ones are
// insertion-sorted), heapsort past a depth limit of 2 * floor(log2(n)). Checked against numpy's own
// order in test/fixtures/numpy-argsort.json (the heapsort fallback is not reached there).

const SMALL = 15;

/** Indices that sort `v` ascending, in the order numpy's argsort(kind='quicksort') returns. */
export function numpyArgsort(v: ArrayLike<number>): Int32Array {
  const n = v.length;
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  const less = (a: number, b: number): boolean => a < b || (b !== b && a === a); // NaN sorts last
  const swap = (i: number, j: number): void => {
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  };
  const stack: number[] = [];
  let pl = 0, pr = n - 1;
  let depth = n > 0 ? 2 * Math.floor(Math.log2(n)) : 0;
  for (;;) {
    if (depth < 0) {
      heapsort(v, idx, pl, pr, less);
    } else {
      while (pr - pl > SMALL) {
        const pm = pl + ((pr - pl) >> 1);
        if (less(v[idx[pm]!]!, v[idx[pl]!]!)) swap(pm, pl);
        if (less(v[idx[pr]!]!, v[idx[pm]!]!)) swap(pr, pm);
        if (less(v[idx[pm]!]!, v[idx[pl]!]!)) swap(pm, pl);
        const vp = v[idx[pm]!]!;
        let pi = pl, pj = pr - 1;
        swap(pm, pj);
        for (;;) {
          do ++pi; while (less(v[idx[pi]!]!, vp));
          do --pj; while (less(vp, v[idx[pj]!]!));
          if (pi >= pj) break;
          swap(pi, pj);
        }
        swap(pi, pr - 1);
        // the larger part waits on the stack
        if (pi - pl < pr - pi) {
          stack.push(pi + 1, pr, --depth);
          pr = pi - 1;
        } else {
          stack.push(pl, pi - 1, --depth);
          pl = pi + 1;
        }
      }
      for (let pi = pl + 1; pi <= pr; pi++) {
        const vi = idx[pi]!, vp = v[vi]!;
        let pj = pi;
        while (pj > pl && less(vp, v[idx[pj - 1]!]!)) {
          idx[pj] = idx[pj - 1]!;
          pj--;
        }
        idx[pj] = vi;
      }
    }
    if (stack.length === 0) break;
    depth = stack.pop()!;
    pr = stack.pop()!;
    pl = stack.pop()!;
  }
  return idx;
}

/** numpy's heapsort of idx[pl..pr] by v (only past the introsort's depth limit). */
function heapsort(v: ArrayLike<number>, idx: Int32Array, pl: number, pr: number, less: (a: number, b: number) => boolean): void {
  const n = pr - pl + 1;
  // a 1-based heap over idx[pl .. pr]
  const at = (k: number): number => idx[pl + k - 1]!;
  const set = (k: number, x: number): void => {
    idx[pl + k - 1] = x;
  };
  /** Moves `tmp` down from heap position i of a heap of `size`. */
  const siftDown = (i: number, size: number, tmp: number): void => {
    for (let j = i << 1; j <= size; i = j, j += j) {
      if (j < size && less(v[at(j)]!, v[at(j + 1)]!)) j++;
      if (!less(v[tmp]!, v[at(j)]!)) break;
      set(i, at(j));
    }
    set(i, tmp);
  };
  for (let l = n >> 1; l > 0; --l) siftDown(l, n, at(l));
  for (let m = n; m > 1; m--) {
    const tmp = at(m);
    set(m, at(1));
    siftDown(1, m - 1, tmp);
  }
}
