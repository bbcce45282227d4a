// Expression strings, numexpr style: `evaluate('tf * idf - 1', {tf, idf})`. acorn parses the text as
// a JavaScript expression; a walker over an allowlist of node types builds the lazy graph with
// numexpr's meaning for the operators. Nothing the user writes is ever run: names are looked up as
// own properties of the scope or in fixed tables, so `constructor` or `__proto__` are unknown names
// like any other, and generated kernels come only from the IR.

import { parseExpressionAt, type Node as AcornNode } from 'acorn';
import { LazyArray } from './array.js';
import { array } from './creation.js';
import { argError, describe, NdfuseError } from './errors.js';
import * as ops from './ops.js';
import type { Operand } from './ops.js';
import * as red from './reduce.js';

/** What an expression may refer to: arrays, numbers, booleans, TypedArrays or nested arrays. */
export type Scope = Readonly<Record<string, Operand>>;

/** A value while building: a lazy array or a JS number (kept weak for numpy's promotion). */
type Value = LazyArray | number;

/** A syntax or meaning error, shown with the source line and a caret under the column. */
export function located(op: string, source: string, pos: number, message: string): NdfuseError {
  const lineStart = source.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = source.indexOf('\n', pos);
  const line = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd);
  const lineNo = source.slice(0, lineStart).split('\n').length;
  const col = pos - lineStart;
  return new NdfuseError(op, `${message} (line ${lineNo}, column ${col + 1})\n  ${line}\n  ${' '.repeat(col)}^`);
}

/** Parses with acorn, turning its SyntaxError into a located ndfuse error. */
export function parse(op: string, source: string, parseAt: (s: string) => AcornNode): AcornNode {
  try {
    return parseAt(source);
  } catch (e) {
    const pos = (e as { pos?: number }).pos;
    if (typeof pos !== 'number') throw e;
    return (() => { throw located(op, source, pos, `syntax error: ${(e as Error).message.replace(/ \(\d+:\d+\)$/, '')}`); })();
  }
}

const asValue = (x: Value): LazyArray => (x instanceof LazyArray ? x : array(x));

// numexpr's functions, by the names it gives them
type Fn = (args: Value[]) => Value;
const unary = (f: (x: Operand) => LazyArray): Fn => ([x]) => f(x!);
const FUNCTIONS: ReadonlyMap<string, { arity: readonly number[]; f: Fn }> = new Map([
  ['sin', { arity: [1], f: unary(ops.sin) }], ['cos', { arity: [1], f: unary(ops.cos) }], ['tan', { arity: [1], f: unary(ops.tan) }],
  ['arcsin', { arity: [1], f: unary(ops.asin) }], ['arccos', { arity: [1], f: unary(ops.acos) }], ['arctan', { arity: [1], f: unary(ops.atan) }],
  ['sinh', { arity: [1], f: unary(ops.sinh) }], ['cosh', { arity: [1], f: unary(ops.cosh) }], ['tanh', { arity: [1], f: unary(ops.tanh) }],
  ['arcsinh', { arity: [1], f: unary(ops.asinh) }], ['arccosh', { arity: [1], f: unary(ops.acosh) }], ['arctanh', { arity: [1], f: unary(ops.atanh) }],
  ['log', { arity: [1], f: unary(ops.log) }], ['log1p', { arity: [1], f: unary(ops.log1p) }], ['log10', { arity: [1], f: unary(ops.log10) }],
  ['exp', { arity: [1], f: unary(ops.exp) }], ['expm1', { arity: [1], f: unary(ops.expm1) }], ['sqrt', { arity: [1], f: unary(ops.sqrt) }],
  ['abs', { arity: [1], f: unary(ops.abs) }], ['ceil', { arity: [1], f: unary(ops.ceil) }], ['floor', { arity: [1], f: unary(ops.floor) }],
  ['copy', { arity: [1], f: ([x]) => x! }], ['conj', { arity: [1], f: ([x]) => x! }], ['real', { arity: [1], f: ([x]) => x! }],
  ['ones_like', { arity: [1], f: ([x]) => ops.add(ops.mul(asValue(x!), 0), 1) }],
  ['arctan2', { arity: [2], f: ([a, b]) => ops.atan2(a!, b!) }], ['fmod', { arity: [2], f: ([a, b]) => ops.fmod(a!, b!) }],
  ['minimum', { arity: [2], f: ([a, b]) => ops.minimum(a!, b!) }], ['maximum', { arity: [2], f: ([a, b]) => ops.maximum(a!, b!) }],
  ['where', { arity: [3], f: ([c, x, y]) => ops.where(c!, x!, y!) }],
  ['sum', { arity: [1, 2], f: ([x, axis]) => red.sum(asValue(x!), axisOf(axis)) }],
  ['prod', { arity: [1, 2], f: ([x, axis]) => red.prod(asValue(x!), axisOf(axis)) }],
  ['min', { arity: [1, 2], f: ([x, axis]) => red.min(asValue(x!), axisOf(axis)) }],
  ['max', { arity: [1, 2], f: ([x, axis]) => red.max(asValue(x!), axisOf(axis)) }],
  ['mean', { arity: [1, 2], f: ([x, axis]) => red.mean(asValue(x!), axisOf(axis)) }],
]);

function axisOf(v: Value | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw new NdfuseError('evaluate', 'an axis must be a number literal');
  return v;
}

/** numpy's `**`, refusing what numpy refuses: an integer base to a negative integer constant. */
function power(a: Value, b: Value): Value {
  if (typeof b === 'number' && Number.isInteger(b) && b < 0) {
    const base = a instanceof LazyArray ? a.dtype : Number.isInteger(a) ? 'int32' : 'float64';
    if (base === 'int32' || base === 'uint8' || base === 'bool') throw new NdfuseError('pow', 'integers to negative integer powers are not allowed (as in numpy)');
  }
  return ops.pow(a, b);
}

const BINARY: Readonly<Record<string, (a: Value, b: Value) => Value>> = {
  '+': ops.add, '-': ops.sub, '*': ops.mul, '/': ops.div, '%': ops.mod, '**': power,
  '<': ops.lt, '<=': ops.le, '>': ops.gt, '>=': ops.ge, '==': ops.eq, '!=': ops.ne, '===': ops.eq, '!==': ops.ne,
};

/** `&`, `|` and `~` are logical on booleans (numexpr's meaning); on other dtypes they are refused. */
const LOGICAL: Readonly<Record<string, (a: Value, b: Value) => Value>> = {
  '&': ops.logicalAnd, '|': ops.logicalOr, '&&': ops.logicalAnd, '||': ops.logicalOr,
};

interface Ctx {
  readonly source: string;
  readonly scope: Scope;
}

function build(ctx: Ctx, n: AcornNode): Value {
  const fail = (node: AcornNode, message: string): never => {
    throw located('evaluate', ctx.source, node.start, message);
  };
  const bool = (node: AcornNode, v: Value, opName: string): Value => {
    const d = v instanceof LazyArray ? v.dtype : typeof v === 'boolean' ? 'bool' : 'number';
    if (d !== 'bool') fail(node, `'${opName}' needs booleans (a comparison, say), got ${d}`);
    return v;
  };
  const node = n as AcornNode & Record<string, unknown>;
  switch (n.type) {
    case 'Literal': {
      const v = node.value;
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return array(v);
      return fail(n, `only number literals are allowed, got ${describe(v)}`);
    }
    case 'Identifier': {
      const name = node.name as string;
      if (name === 'true' || name === 'false') return array(name === 'true');
      if (!Object.prototype.hasOwnProperty.call(ctx.scope, name)) return fail(n, `unknown name '${name}' (not in the scope)`);
      const v = ctx.scope[name];
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return array(v);
      try {
        return ops.toLazy('evaluate', name, v as Operand);
      } catch (e) {
        return fail(n, (e as Error).message.replace(/^ndfuse: evaluate: /, ''));
      }
    }
    case 'BinaryExpression':
    case 'LogicalExpression': {
      const opName = node.operator as string;
      const a = build(ctx, node.left as AcornNode), b = build(ctx, node.right as AcornNode);
      const logical = LOGICAL[opName];
      if (logical) return logical(bool(node.left as AcornNode, a, opName), bool(node.right as AcornNode, b, opName));
      const f = BINARY[opName];
      if (!f) return fail(n, `the operator '${opName}' is not supported`);
      return f(a, b);
    }
    case 'UnaryExpression': {
      const opName = node.operator as string;
      const x = build(ctx, node.argument as AcornNode);
      if (opName === '-') return typeof x === 'number' ? -x : ops.neg(x);
      if (opName === '+') return x;
      if (opName === '~' || opName === '!') return ops.logicalNot(bool(node.argument as AcornNode, x, opName));
      return fail(n, `the operator '${opName}' is not supported`);
    }
    case 'ConditionalExpression':
      return ops.where(build(ctx, node.test as AcornNode), build(ctx, node.consequent as AcornNode), build(ctx, node.alternate as AcornNode));
    case 'CallExpression': {
      const callee = node.callee as AcornNode & { name?: string };
      if (callee.type !== 'Identifier') return fail(callee, 'only calls of numexpr functions by name are allowed');
      const fn = FUNCTIONS.get(callee.name!);
      if (!fn) return fail(callee, `unknown function '${callee.name}'`);
      const args = (node.arguments as AcornNode[]).map((a) => (a.type === 'SpreadElement' ? fail(a, 'spread arguments are not allowed') : build(ctx, a)));
      if (!fn.arity.includes(args.length)) return fail(n, `'${callee.name}' takes ${fn.arity.join(' or ')} argument${fn.arity.at(-1) === 1 ? '' : 's'}, got ${args.length}`);
      return fn.f(args);
    }
    case 'MemberExpression': {
      // numexpr's `.real` and `.imag` of real arrays (there is no complex dtype here)
      const prop = node.property as AcornNode & { name?: string };
      if (!node.computed && prop.type === 'Identifier' && (prop.name === 'real' || prop.name === 'imag')) {
        const x = build(ctx, node.object as AcornNode);
        return prop.name === 'real' ? x : ops.mul(asValue(x), 0);
      }
      return fail(prop, 'member access is not allowed (only .real and .imag)');
    }
    default:
      return fail(n, `'${ctx.source.slice(n.start, n.end).slice(0, 30)}' (${n.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}) is not allowed`);
  }
}

/** Parsed expressions, least recently used dropped first. */
const MAX_PARSED = 256;
const parsed = new Map<string, AcornNode>();
export const exprCacheStats = { hits: 0, misses: 0 };

function parseExpression(source: string): AcornNode {
  const hit = parsed.get(source);
  if (hit) {
    exprCacheStats.hits++;
    parsed.delete(source);
    parsed.set(source, hit);
    return hit;
  }
  exprCacheStats.misses++;
  const ast = parse('evaluate', source, (s) => {
    const e = parseExpressionAt(s, 0, { ecmaVersion: 'latest', locations: true });
    if (s.slice(e.end).trim() !== '') throw Object.assign(new SyntaxError('unexpected text after the expression'), { pos: e.end + (s.slice(e.end).length - s.slice(e.end).trimStart().length) });
    return e;
  });
  parsed.set(source, ast);
  if (parsed.size > MAX_PARSED) parsed.delete(parsed.keys().next().value!);
  return ast;
}

/**
 * Builds a lazy array from an expression string with numexpr's meaning: `+ - * / % **` (true
 * division; `%` takes the sign of the divisor), comparisons, `&` `|` `~` on booleans, numexpr's
 * functions and `where`, and the reductions `sum prod min max mean` anywhere. Variables come from
 * `scope`. Parsed expressions are cached by text.
 */
export function evaluate(expr: string, scope: Scope = {}): LazyArray {
  if (typeof expr !== 'string') throw argError('evaluate', 'expr', `must be a string, got ${describe(expr)}`);
  if (scope === null || typeof scope !== 'object') throw argError('evaluate', 'scope', `must be an object of arrays and numbers, got ${describe(scope)}`);
  return asValue(build({ source: expr, scope }, parseExpression(expr)));
}
