// Small helpers for writing JS expressions as text.

/** Parenthesises an expression for use as an operand of an infix operator, unless it is a name, a
 *  number, an index, a call or already bracketed as a whole. */
export function paren(e: string): string {
  if (/^[\w$.]+$/.test(e)) return e;
  // a call `f(...)` or an index `a[...]` that spans the whole expression
  const open = e.search(/[([]/);
  if (open > 0 && /^[\w$.]*$/.test(e.slice(0, open)) && closing(e, open) === e.length - 1) return e;
  if (open === 0 && e[0] === '(' && closing(e, 0) === e.length - 1) return e;
  // a number made of a boolean, `+(...)`, binds tighter than any infix operator
  if (open === 1 && e[0] === '+' && closing(e, 1) === e.length - 1) return e;
  return `(${e})`;
}

/** Index of the bracket closing the one at `open` (round or square). */
function closing(e: string, open: number): number {
  let depth = 0;
  for (let i = open; i < e.length; i++) {
    if (e[i] === '(' || e[i] === '[') depth++;
    else if ((e[i] === ')' || e[i] === ']') && --depth === 0) return i;
  }
  return -1;
}
