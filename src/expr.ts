// Expression strings, numexpr style: `evaluate('tf * idf - 1', {tf, idf})`. acorn parses the text as
// a JavaScript expression; a walker over an allowlist of node types builds the lazy graph with
// numexpr's meaning for the operators. Nothing the user writes is ever run: names are looked up as
// own properties of the scope or in fixed tables, so `constructor` or `__proto__` are unknown names
// like any other, and generated kernels come only from the IR.

import { parseExpressionAt, type Node as AcornNode } from 'acorn';
import { LazyArray } from './array.js';
import { BINARY as BINARY_TABLE, BINARY_NAMES, FUNCTION_NAMES, FUNCTIONS as FUNCTION_TABLE, LIB, type BinaryName } from '../compiler/index.js';
import { array } from './creation.js';
import { argError, describe, NdfuseError } from './errors.js';
import { noteOrigin } from './realize.js';
import * as ops from './ops.js';
import type { Operand } from './ops.js';
import * as red from './reduce.js';

/** What an expression may refer to: arrays, numbers, booleans, TypedArrays or nested arrays. */
export type Scope = Readonly<Record<string, Operand>>;

/** A value while building: a lazy array or a JS number (kept weak for numpy's promotion). */
export type Value = LazyArray | number;

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

export const asValue = (x: Value): LazyArray => (x instanceof LazyArray ? x : array(x));

/** Each spelling a front end has for a two-array op (compiler/ir.ts BINARY), with the op. */
export const spellings = (of: (s: (typeof BINARY_TABLE)[BinaryName]) => readonly string[]): [string, BinaryName][] =>
  BINARY_NAMES.flatMap((op) => of(BINARY_TABLE[op]).map((s): [string, BinaryName] => [s, op]));
/** A function's name, not an operator. */
export const isName = (s: string): boolean => /^[A-Za-z_][\w.]*$/.test(s);

/** The operators among `list`, by spelling. */
export const operators = (list: [string, BinaryName][]): Readonly<Record<string, (a: Value, b: Value) => Value>> =>
  Object.fromEntries(list.filter(([s]) => !isName(s)).map(([s, op]) => [s, ops[op] as (a: Value, b: Value) => Value]));

// numexpr's functions, by the names it gives them
export type Fn = (args: Value[]) => Value;
const unary = (f: (x: Operand) => LazyArray): Fn => ([x]) => f(x!);
const FUNCTIONS: ReadonlyMap<string, { arity: readonly number[]; f: Fn }> = new Map([
  // the one-array functions numexpr has, by its names (compiler/ir.ts FUNCTIONS)
  ...FUNCTION_NAMES.flatMap((name) => {
    const alias = FUNCTION_TABLE[name].numexpr;
    return alias === null ? [] : [[alias, { arity: [1], f: unary(ops[name]) }] as [string, { arity: readonly number[]; f: Fn }]];
  }),
  ['copy', { arity: [1], f: ([x]) => x! }], ['conj', { arity: [1], f: ([x]) => x! }], ['real', { arity: [1], f: ([x]) => x! }],
  ['ones_like', { arity: [1], f: ([x]) => ops.add(ops.mul(asValue(x!), 0), 1) }],
  // the two-array ops numexpr writes as functions (compiler/ir.ts BINARY)
  ...spellings((s) => s.numexpr).filter(([s]) => isName(s)).map(([s, op]): [string, { arity: readonly number[]; f: Fn }] => [s, { arity: [2], f: ([a, b]) => ops[op](a!, b!) }]),
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

const BINARY = operators(spellings((s) => s.numexpr));

/** Arithmetic on two JS numbers with JavaScript's meaning. */
export const JS_SCALAR: Readonly<Record<string, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b, '%': (a, b) => a % b, '**': (a, b) => a ** b,
};

/** `&`, `|` and `~` are logical on booleans (numexpr's meaning); on other dtypes they are refused. */
const LOGICAL: Readonly<Record<string, (a: Value, b: Value) => Value>> = {
  '&': ops.logicalAnd, '|': ops.logicalOr, '&&': ops.logicalAnd, '||': ops.logicalOr,
};

/** What a front end means by the syntax it accepts: its operators, names, calls and members. */
export interface Dialect {
  readonly op: string;
  readonly binary: Readonly<Record<string, (a: Value, b: Value) => Value>>;
  /** Arithmetic operators on two JS numbers, computed as numbers (the result stays a weak scalar). */
  readonly scalar: Readonly<Record<string, (a: number, b: number) => number>>;
  /** Operators that are logical and/or, taking booleans. */
  readonly logical: Readonly<Record<string, (a: Value, b: Value) => Value>>;
  /** Prefix operators that are logical not. */
  readonly not: readonly string[];
  readonly name: (name: string, node: AcornNode, ctx: Ctx) => Value;
  /** A call: the dialect checks the callee before building the arguments (with `args`). */
  readonly call: (callee: AcornNode, args: () => Value[], node: AcornNode, ctx: Ctx) => Value;
  readonly member: (node: AcornNode, ctx: Ctx) => Value;
}

export interface Ctx {
  readonly source: string;
  readonly dialect: Dialect;
  /** Names the walker resolves before the dialect: a function's parameters and locals. */
  readonly locals?: ReadonlyMap<string, Value>;
  readonly scope?: Scope;
}

export const failAt = (ctx: Ctx, node: AcornNode, message: string): never => {
  throw located(ctx.dialect.op, ctx.source, node.start, message);
};

/** Builds the value of an expression node, with the dialect's meaning. */
export function build(ctx: Ctx, n: AcornNode): Value {
  const fail = (node: AcornNode, message: string): never => failAt(ctx, node, message);
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
      const local = ctx.locals?.get(name);
      return local !== undefined ? local : ctx.dialect.name(name, n, ctx);
    }
    case 'BinaryExpression':
    case 'LogicalExpression': {
      const opName = node.operator as string;
      const a = build(ctx, node.left as AcornNode), b = build(ctx, node.right as AcornNode);
      const logical = ctx.dialect.logical[opName];
      if (logical) return logical(bool(node.left as AcornNode, a, opName), bool(node.right as AcornNode, b, opName));
      const f = ctx.dialect.binary[opName];
      if (!f) return fail(n, `the operator '${opName}' is not supported`);
      // numbers stay numbers, weak in numpy's promotion: `0.5 * v * v * x32` is float32, as in numpy
      const scalar = ctx.dialect.scalar[opName];
      if (scalar && typeof a === 'number' && typeof b === 'number') return scalar(a, b);
      return f(a, b);
    }
    case 'UnaryExpression': {
      const opName = node.operator as string;
      const x = build(ctx, node.argument as AcornNode);
      if (opName === '-') return typeof x === 'number' ? -x : ops.neg(x);
      if (opName === '+') return x;
      if (ctx.dialect.not.includes(opName)) return ops.logicalNot(bool(node.argument as AcornNode, x, opName));
      return fail(n, `the operator '${opName}' is not supported`);
    }
    case 'ConditionalExpression':
      return ops.where(build(ctx, node.test as AcornNode), build(ctx, node.consequent as AcornNode), build(ctx, node.alternate as AcornNode));
    case 'CallExpression': {
      if (node.optional) return fail(n, 'optional calls are not allowed');
      const args = (): Value[] => (node.arguments as AcornNode[]).map((a) => (a.type === 'SpreadElement' ? fail(a, 'spread arguments are not allowed') : build(ctx, a)));
      return ctx.dialect.call(node.callee as AcornNode, args, n, ctx);
    }
    case 'MemberExpression':
      return ctx.dialect.member(n, ctx);
    default:
      return fail(n, `'${ctx.source.slice(n.start, n.end).slice(0, 30)}' (${n.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}) is not allowed`);
  }
}

/** Calls a function of a table by name, checking its arity. */
export function callTable(table: ReadonlyMap<string, { arity: readonly number[]; f: Fn }>, name: string, argsOf: () => Value[], node: AcornNode, ctx: Ctx): Value {
  const fn = table.get(name);
  if (!fn) return failAt(ctx, node, `unknown function '${name}'`);
  const args = argsOf();
  if (!fn.arity.includes(args.length)) return failAt(ctx, node, `'${name}' takes ${fn.arity.join(' or ')} argument${fn.arity.at(-1) === 1 ? '' : 's'}, got ${args.length}`);
  return fn.f(args);
}

/** numexpr's meaning: variables from the scope, its function names, `.real` and `.imag`. */
const NUMEXPR: Dialect = {
  op: 'evaluate',
  binary: BINARY,
  // Python's meaning on numbers: `%` takes the sign of the divisor
  scalar: { ...JS_SCALAR, '%': LIB.fmodpy, '**': LIB.fpow },
  logical: LOGICAL,
  not: ['~', '!'],
  name(name, node, ctx) {
    if (name === 'true' || name === 'false') return array(name === 'true');
    const scope = ctx.scope!;
    // own properties only: `constructor` or `__proto__` are names like any other
    if (!Object.prototype.hasOwnProperty.call(scope, name)) return failAt(ctx, node, `unknown name '${name}' (not in the scope)`);
    const v = scope[name];
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return array(v);
    try {
      return ops.toLazy('evaluate', name, v as Operand);
    } catch (e) {
      return failAt(ctx, node, (e as Error).message.replace(/^ndfuse: evaluate: /, ''));
    }
  },
  call(callee, args, node, ctx) {
    if (callee.type !== 'Identifier') return failAt(ctx, callee, 'only calls of numexpr functions by name are allowed');
    return callTable(FUNCTIONS, (callee as AcornNode & { name: string }).name, args, node, ctx);
  },
  member(n, ctx) {
    // numexpr's `.real` and `.imag` of real arrays (there is no complex dtype here)
    const node = n as AcornNode & { computed: boolean; property: AcornNode & { name?: string }; object: AcornNode };
    const prop = node.property;
    if (!node.computed && prop.type === 'Identifier' && (prop.name === 'real' || prop.name === 'imag')) {
      const x = build(ctx, node.object);
      return prop.name === 'real' ? x : ops.mul(asValue(x), 0);
    }
    return failAt(ctx, prop, 'member access is not allowed (only .real and .imag)');
  },
};

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
  const x = asValue(build({ source: expr, scope, dialect: NUMEXPR }, parseExpression(expr)));
  noteOrigin(x, `evaluate(${JSON.stringify(expr)})`);
  return x;
}
