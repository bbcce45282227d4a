// jit(fn): a JS function over arrays, read (never run) and turned into the lazy graph, like numba's
// @jit. acorn parses fn.toString(); a small subset is accepted (documented in the README):
// parameters, const/let bindings, if/else and ternaries on array conditions (lowered to `where`),
// early return, Math.* functions and constants, operators with their JavaScript meaning (`%` is the
// remainder), and returning one array, an array of arrays or an object of arrays. Anything else is
// refused with the source line and a caret under the offending column.

import { parseExpressionAt, type Node as AcornNode } from 'acorn';
import { FUNCTION_NAMES } from '../compiler/index.js';
import { LazyArray } from './array.js';
import { argError, describe, NdfuseError } from './errors.js';
import { asValue, build, callTable, failAt, JS_SCALAR, operators, parse, spellings, type Ctx, type Dialect, type Fn, type Value } from './expr.js';
import * as ops from './ops.js';
import { noteOrigin } from './realize.js';
import type { Operand } from './ops.js';

/** What a jitted function returns: an array, or arrays in an array or an object. */
export type JitResult = LazyArray | JitResult[] | { [key: string]: JitResult };

/** What a jitted function returns, by the shape of what `fn` returns: an array for a value (a
 *  number, an untyped expression), arrays or objects of them for arrays or objects. */
export type JitOut<R> = 0 extends 1 & R ? LazyArray
  : R extends LazyArray ? LazyArray
    : R extends readonly unknown[] ? { -readonly [K in keyof R]: JitOut<R[K]> }
      : R extends Record<string, unknown> ? { [K in keyof R]: JitOut<R[K]> }
        : LazyArray;

const unary = (f: (x: Operand) => LazyArray): Fn => ([x]) => f(x!);
/** JavaScript's Math.round: halves go up (toward +infinity), unlike numpy's round. */
const jsRound: Fn = ([x]) => {
  const fl = ops.floor(x!);
  return ops.where(ops.ge(ops.sub(x!, fl), 0.5), ops.ceil(x!), fl);
};
const fold = (f: (a: Operand, b: Operand) => LazyArray): Fn => (args) => args.reduce((p, q) => f(p, q));

const MATH: ReadonlyMap<string, { arity: readonly number[]; f: Fn }> = new Map([
  // Math.<name> for each one-array function of the same name (compiler/ir.ts FUNCTIONS)
  ...FUNCTION_NAMES.map((name): [string, { arity: readonly number[]; f: Fn }] => [name, { arity: [1], f: unary(ops[name]) }]),
  ['round', { arity: [1], f: jsRound }], ['fround', { arity: [1], f: ([x]) => ops.astype(x!, 'float32') }],
  // Math.<name> for each two-array op JavaScript has one for (compiler/ir.ts BINARY)
  ...spellings((s) => s.js).filter(([s]) => s.startsWith('Math.')).map(([s, op]): [string, { arity: readonly number[]; f: Fn }] => [s.slice(5), { arity: [2], f: ([a, b]) => ops[op](a!, b!) }]),
  ['min', { arity: [2, 3, 4, 5, 6, 7, 8], f: fold(ops.minimum) }], ['max', { arity: [2, 3, 4, 5, 6, 7, 8], f: fold(ops.maximum) }],
]);

const MATH_CONSTANTS: ReadonlyMap<string, number> = new Map(
  (['E', 'LN2', 'LN10', 'LOG2E', 'LOG10E', 'PI', 'SQRT1_2', 'SQRT2'] as const).map((k) => [k, Math[k]]),
);

/** `Math.<name>` as written in the source, or undefined. */
function mathMember(n: AcornNode): string | undefined {
  const m = n as AcornNode & { object?: AcornNode & { name?: string }; property?: AcornNode & { name?: string }; computed?: boolean };
  if (n.type !== 'MemberExpression' || m.computed || m.object?.type !== 'Identifier' || m.object.name !== 'Math') return undefined;
  return m.property?.type === 'Identifier' ? m.property.name : undefined;
}

const JAVASCRIPT: Dialect = {
  op: 'jit',
  scalar: JS_SCALAR,
  binary: operators(spellings((s) => s.js)),
  logical: { '&&': ops.logicalAnd, '||': ops.logicalOr },
  not: ['!'],
  name(name, node, ctx) {
    if (name === 'NaN') return NaN;
    if (name === 'Infinity') return Infinity;
    if (name === 'undefined') return failAt(ctx, node, "'undefined' is not an array or a number");
    return failAt(ctx, node, `'${name}' is not a parameter or a local: a closure over an outer variable is not supported (pass it as an argument)`);
  },
  call(callee, args, node, ctx) {
    const name = mathMember(callee);
    if (name === undefined) {
      const what = callee.type === 'Identifier' ? `'${(callee as AcornNode & { name: string }).name}'` : 'this';
      return failAt(ctx, callee, `calling ${what} is not supported: only Math.* functions can be called`);
    }
    const fn = MATH.get(name);
    const vals = fn ? args() : [];
    // Math on numbers is Math's own answer, a number (weak in promotion) like any the code writes
    if (fn && fn.arity.includes(vals.length) && vals.every((v) => typeof v === 'number')) return (Math[name as keyof Math] as (...a: number[]) => number)(...(vals as number[]));
    return callTable(MATH, name, () => vals, node, ctx);
  },
  member(n, ctx) {
    const name = mathMember(n);
    const c = name === undefined ? undefined : MATH_CONSTANTS.get(name);
    if (c === undefined) return failAt(ctx, n, name === undefined ? 'member access other than Math.<name> is not supported' : `Math.${name} is not a supported constant`);
    return c;
  },
};

type Body = AcornNode & Record<string, unknown>;

interface Parsed {
  readonly source: string;
  readonly params: readonly string[];
  /** The statements of the body (an arrow's expression body becomes one return). */
  readonly body: readonly AcornNode[];
  /** The source on one line, cut short: how messages name the function. */
  readonly brief: string;
}

/** Every path through the function is built separately; this bounds how many there may be. */
const MAX_PATHS = 256;

function parseFunction(fn: Function): Parsed {
  const source = Function.prototype.toString.call(fn);
  if (/\{\s*\[native code\]\s*\}$/.test(source)) throw argError('jit', 'fn', 'is a native function: its source cannot be read');
  return parseSource(source);
}

function parseSource(source: string): Parsed {
  const node = parse('jit', source, (s) => parseExpressionAt(s, 0, { ecmaVersion: 'latest', locations: true })) as Body;
  const ctx: Ctx = { source, dialect: JAVASCRIPT };
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') {
    return failAt(ctx, node, 'jit takes an arrow function or a function expression (not a method or a class)');
  }
  if (node.async || node.generator) failAt(ctx, node, 'async and generator functions are not supported');
  const params = (node.params as AcornNode[]).map((p) => (p.type === 'Identifier' ? (p as AcornNode & { name: string }).name
    : failAt(ctx, p, 'parameters must be plain names (no defaults, destructuring or rest)')));
  const body = node.body as Body;
  const stmts = body.type === 'BlockStatement' ? (body.body as AcornNode[]) : [{ type: 'ReturnStatement', start: body.start, end: body.end, argument: body } as unknown as AcornNode];
  const flat = source.replace(/\s+/g, ' ');
  return { source, params, body: stmts, brief: `jit(${flat.length > 80 ? flat.slice(0, 77) + '...' : flat})` };
}

const parsedFns = new WeakMap<Function, Parsed>();

/**
 * Reads `fn` (an arrow or function expression over arrays and numbers) and returns a function with
 * the same parameters that builds the lazy graph the body describes. Nothing in `fn` ever runs.
 * In TypeScript, type the parameters `number` (the body is then checked as the scalar code it
 * describes) or `any`.
 */
export function jit<F extends (...args: any[]) => unknown>(fn: F): (...args: Operand[]) => JitOut<ReturnType<F>> {
  if (typeof fn !== 'function') throw argError('jit', 'fn', `must be a function, got ${describe(fn)}`);
  let p = parsedFns.get(fn);
  if (!p) parsedFns.set(fn, (p = parseFunction(fn)));
  return builder(p) as never;
}

/** `jit` of a function's source text (an arrow or function expression in JavaScript), for tools
 *  that read the function from a file rather than hold it: `ndfuse aot`. */
export function jitSource(source: string): (...args: Operand[]) => JitResult {
  if (typeof source !== 'string') throw argError('jit', 'source', `must be a string, got ${describe(source)}`);
  return builder(parseSource(source));
}

function builder(parsed: Parsed): (...args: Operand[]) => JitResult {
  return (...args: Operand[]): JitResult => {
    if (args.length !== parsed.params.length) {
      throw new NdfuseError('jit', `the function takes ${parsed.params.length} argument${parsed.params.length === 1 ? '' : 's'} (${parsed.params.join(', ')}), got ${args.length}`);
    }
    const env = new Map<string, Binding>();
    parsed.params.forEach((name, k) => {
      const a = args[k]!;
      env.set(name, { value: typeof a === 'number' ? a : ops.toLazy('jit', name, a), kind: 'param' });
    });
    const paths = { n: 0 };
    const out = run(parsed, parsed.body, env, paths);
    leaves(out, (x) => noteOrigin(x, parsed.brief));
    return out;
  };
}

function leaves(r: JitResult, f: (x: LazyArray) => void): void {
  if (r instanceof LazyArray) f(r);
  else for (const v of Array.isArray(r) ? r : Object.values(r)) leaves(v, f);
}

interface Binding {
  readonly value: Value;
  readonly kind: 'param' | 'const' | 'let';
}

type Out = Value | Out[] | { [key: string]: Out };

/** Runs statements symbolically; an `if` runs each branch followed by the rest, then merges. */
function run(p: Parsed, stmts: readonly AcornNode[], env: Map<string, Binding>, paths: { n: number }): JitResult {
  const ctx = (): Ctx => ({ source: p.source, dialect: JAVASCRIPT, locals: new Map([...env].map(([k, b]) => [k, b.value])) });
  const fail = (node: AcornNode, message: string): never => failAt(ctx(), node, message);
  for (let i = 0; i < stmts.length; i++) {
    const st = stmts[i] as Body;
    switch (st.type) {
      case 'EmptyStatement':
        continue;
      case 'VariableDeclaration': {
        if (st.kind !== 'const' && st.kind !== 'let') fail(st, `'${st.kind}' declarations are not supported: use const or let`);
        for (const d of st.declarations as Body[]) {
          const id = d.id as Body;
          if (id.type !== 'Identifier') fail(id, 'destructuring is not supported');
          if (!d.init) fail(d, `'${id.name}' needs a value where it is declared`);
          if (env.has(id.name as string)) fail(id, `'${id.name}' is already declared`);
          env.set(id.name as string, { value: build(ctx(), d.init as AcornNode), kind: st.kind as 'const' | 'let' });
        }
        continue;
      }
      case 'ExpressionStatement': {
        const e = st.expression as Body;
        if (st.directive) continue; // 'use strict'
        if (e.type !== 'AssignmentExpression') fail(e, 'an expression statement does nothing here: only assignments to let variables are allowed');
        const target = e.left as Body;
        if (target.type !== 'Identifier') fail(target, 'only plain names can be assigned');
        const b = env.get(target.name as string);
        if (!b) fail(target, `'${target.name}' is not declared here: assigning to an outer variable is not supported`);
        if (b!.kind !== 'let') fail(target, `'${target.name}' is a ${b!.kind === 'param' ? 'parameter' : 'const'}: it cannot be assigned`);
        const rhs = build(ctx(), e.right as AcornNode);
        const op = (e.operator as string).slice(0, -1);
        let value = rhs;
        if (op) {
          const f = JAVASCRIPT.binary[op];
          if (!f) fail(e, `the operator '${e.operator}' is not supported`);
          value = f!(b!.value, rhs);
        }
        env.set(target.name as string, { value, kind: 'let' });
        continue;
      }
      case 'ReturnStatement':
        if (!st.argument) fail(st, 'return a value');
        return result(ctx(), st.argument as AcornNode) as JitResult;
      case 'BlockStatement':
        return run(p, [...(st.body as AcornNode[]), ...stmts.slice(i + 1)], env, paths);
      case 'IfStatement': {
        const test = build(ctx(), st.test as AcornNode);
        const rest = stmts.slice(i + 1);
        const branch = (s: AcornNode | null | undefined): AcornNode[] => [...(s ? [s] : []), ...rest];
        if (typeof test === 'number') return run(p, branch(test ? st.consequent as AcornNode : st.alternate as AcornNode), env, paths);
        if (++paths.n > MAX_PATHS) fail(st, `more than ${MAX_PATHS} paths through the function: too many branches`);
        const yes = run(p, branch(st.consequent as AcornNode), new Map(env), paths);
        const no = run(p, branch(st.alternate as AcornNode), new Map(env), paths);
        return merge(ctx(), st, test, yes, no);
      }
      default:
        fail(st, `${st.type.replace(/Statement$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} statements are not supported (no loops; write the computation over whole arrays)`);
    }
  }
  return fail((stmts[stmts.length - 1] ?? { start: 0 }) as AcornNode, 'the function must return a value on every path');
}

/** The returned value: an expression, or an array or object of them. */
function result(ctx: Ctx, n: AcornNode): Out {
  const node = n as Body;
  if (node.type === 'ArrayExpression') {
    return (node.elements as (AcornNode | null)[]).map((e) => (e && e.type !== 'SpreadElement' ? result(ctx, e) : failAt(ctx, e ?? n, 'holes and spreads are not allowed in a returned array')));
  }
  if (node.type === 'ObjectExpression') {
    const out: { [key: string]: Out } = {};
    for (const prop of node.properties as Body[]) {
      const key = prop.key as Body;
      if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init' || prop.method) failAt(ctx, prop, 'only plain properties are allowed in a returned object');
      const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
      out[name] = result(ctx, prop.value as AcornNode);
    }
    return out;
  }
  return asValue(build(ctx, n));
}

/** where(test, yes, no), leaf by leaf, for results of the same structure. */
function merge(ctx: Ctx, at: AcornNode, test: Value, yes: JitResult, no: JitResult): JitResult {
  if (yes instanceof LazyArray && no instanceof LazyArray) return ops.where(test, yes, no);
  if (Array.isArray(yes) && Array.isArray(no) && yes.length === no.length) return yes.map((y, k) => merge(ctx, at, test, y, no[k]!));
  if (!(yes instanceof LazyArray) && !Array.isArray(yes) && !(no instanceof LazyArray) && !Array.isArray(no)) {
    const keys = Object.keys(yes);
    if (keys.length === Object.keys(no).length && keys.every((k) => k in no)) {
      return Object.fromEntries(keys.map((k) => [k, merge(ctx, at, test, yes[k]!, no[k]!)]));
    }
  }
  return failAt(ctx, at, 'the branches return results of different structure');
}
