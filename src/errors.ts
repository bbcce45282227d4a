// Errors at the API boundary: every message names ndfuse, the op and, where there is one, the argument.

export class NdfuseError extends Error {
  constructor(readonly op: string, message: string) {
    super(`ndfuse: ${op}: ${message}`);
    this.name = 'NdfuseError';
  }
}

/** An error about one argument of `op`. */
export const argError = (op: string, arg: string, message: string): NdfuseError =>
  new NdfuseError(op, `argument '${arg}' ${message}`);

/** How a bad value looks in a message. */
export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (ArrayBuffer.isView(x)) return `a ${x.constructor.name}`;
  if (typeof x === 'string') return `the string ${JSON.stringify(x.length > 20 ? x.slice(0, 20) + '...' : x)}`;
  if (typeof x === 'object') return `an object (${(x as object).constructor?.name ?? 'Object'})`;
  return `${typeof x} ${String(x)}`;
}
