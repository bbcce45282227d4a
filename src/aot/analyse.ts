// Reading a TypeScript project for `ndfuse aot`: ts-morph finds the places that build or evaluate
// lazy arrays (evaluate('...') calls, calls of jit functions, .eval()/.toTypedArray()/... on chains,
// evalAll), and a small interpreter rebuilds the graph each one makes, over stand-in arrays whose
// dtypes the type checker gives. Nothing in the project runs: only ndfuse's own graph-building
// functions are called, on stand-ins. Whatever cannot be known from the source is reported, with why.

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Node as TsNode, Project, SyntaxKind, ts, VariableDeclarationKind, type CallExpression, type Symbol as TsSymbol, type Type } from 'ts-morph';
import type { DType } from '../../compiler/index.js';
import { LazyArray } from '../array.js';
import * as creation from '../creation.js';
import { evaluate, type Scope } from '../expr.js';
import { jitSource, type JitResult } from '../jit.js';
import * as linalg from '../linalg.js';
import * as ops from '../ops.js';
import * as red from '../reduce.js';

/** Length of every stand-in array: declared types carry no sizes, and kernels do not depend on them. */
export const STAND_IN_LENGTH = 1024;
/** A `number` whose value the types do not give: one that no simplification rule treats specially
 *  (0 and 1 are; integers promote int32 arrays differently from fractions). */
const STAND_IN_NUMBER = 0.3779;
/** At most this many dtype combinations are compiled for one call site (union-typed arguments). */
const MAX_COMBINATIONS = 16;

/** A place in the project that makes a graph, and what came of it. */
export interface Site {
  readonly file: string;
  readonly line: number;
  /** The call as written, on one line, cut short. */
  readonly text: string;
  readonly kind: 'evaluate' | 'jit' | 'sink';
  /** The graphs' roots, one list per dtype combination; empty when unresolved. */
  readonly graphs: readonly (readonly LazyArray[])[];
  /** Why the site could not be resolved; undefined when it was. */
  readonly why?: string;
}

class Unresolved extends Error {}
const fail = (why: string): never => {
  throw new Unresolved(why);
};

type Value = number | boolean | string | ArrayBufferView | LazyArray | JitFn | Value[] | { readonly [k: string]: Value };
interface JitFn {
  readonly jit: (...args: ops.Operand[]) => JitResult;
}
const isJit = (v: unknown): v is JitFn => typeof v === 'object' && v !== null && 'jit' in v;

/** The folder of ndfuse's own package.json: declarations under it are ndfuse's API. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj) && (JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === 'ndfuse') return realpathSync(dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('ndfuse: aot: cannot find ndfuse\'s package.json');
    dir = up;
  }
}

// The functions of ndfuse a graph may be built with here. Evaluating ones are sinks, handled apart;
// select and nonzero are left out: their result's size depends on the data.
const FUNCTIONS: ReadonlyMap<string, (...args: never[]) => unknown> = new Map(Object.entries({
  ...ops, ...red, ...linalg,
  array: creation.array, zeros: creation.zeros, ones: creation.ones, full: creation.full, arange: creation.arange, linspace: creation.linspace,
  var: red.variance,
}).filter(([, f]) => typeof f === 'function') as [string, (...args: never[]) => unknown][]);
const SINK_METHODS = new Set(['eval', 'toTypedArray', 'toArray', 'item']);
const NOT_STATIC = new Set(['select', 'nonzero', 'explain', 'constructor']);
const TYPED_ARRAYS = new Set(['Float64Array', 'Float32Array', 'Int32Array', 'Uint8Array', 'Int8Array', 'Int16Array', 'Uint16Array', 'Uint8ClampedArray', 'Uint32Array']);
const DTYPES: readonly DType[] = ['float64', 'float32', 'int32', 'uint8', 'bool'];
const STORAGE: Readonly<Record<DType, new (n: number) => Float64Array | Float32Array | Int32Array | Uint8Array>> = {
  float64: Float64Array, float32: Float32Array, int32: Int32Array, uint8: Uint8Array, bool: Uint8Array,
};

/** One short line of source. */
const brief = (n: TsNode, max = 80): string => {
  const t = n.getText().replace(/\s+/g, ' ');
  return t.length > max ? t.slice(0, max - 3) + '...' : t;
};

export interface Analysis {
  readonly sites: readonly Site[];
  /** How the project imports ndfuse, as a path (relative imports) or a package name. */
  readonly runtime: { readonly file: string; readonly specifier: string } | undefined;
  readonly files: number;
}

/** Reads the project of `tsconfig` and resolves every site that makes a graph. */
export function analyse(tsconfig: string): Analysis {
  const project = new Project({ tsConfigFilePath: tsconfig });
  const root = packageRoot();
  // ndfuse's API is declared in these folders (its sources in a checkout, dist/ when installed)
  const own = ['src', 'compiler', 'runtime', 'dist'].map((d) => join(root, d) + '/');
  const isOwn = (file: string): boolean => {
    const real = existsSync(file) ? realpathSync(file) : file;
    return own.some((d) => real.startsWith(d));
  };
  const inNdfuse = (sym: TsSymbol | undefined): boolean => {
    const s = sym?.isAlias() ? sym.getAliasedSymbol() ?? sym : sym;
    const file = s?.getDeclarations()[0]?.getSourceFile().getFilePath();
    return file !== undefined && isOwn(file);
  };
  /** The name ndfuse gives the function `callee` refers to, if it is one of ndfuse's. */
  const ndfuseName = (callee: TsNode): string | undefined => {
    // `nd.sum(...)` through `import * as nd`, not a method of some object
    if (TsNode.isPropertyAccessExpression(callee) && !TsNode.isNamespaceImport(callee.getExpression().getSymbol()?.getDeclarations()[0])) return undefined;
    const target = TsNode.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee;
    if (!TsNode.isIdentifier(target)) return undefined;
    const sym = target.getSymbol();
    if (!inNdfuse(sym)) return undefined;
    const s = sym!.isAlias() ? sym!.getAliasedSymbol() ?? sym! : sym!;
    return s.getName();
  };
  const isLazyType = (t: Type): boolean => t.getSymbol()?.getName() === 'LazyArray' && inNdfuse(t.getSymbol());

  // the project's own files: not declarations, not packages, not ndfuse's sources it imports
  const files = project.getSourceFiles().filter((f) => !f.isDeclarationFile() && !f.getFilePath().includes('/node_modules/') && !isOwn(f.getFilePath()));
  let runtime: Analysis['runtime'];
  for (const f of files) {
    for (const imp of f.getImportDeclarations()) {
      const target = imp.getModuleSpecifierSourceFile();
      if (runtime === undefined && target && isOwn(target.getFilePath())) {
        runtime = { file: f.getFilePath(), specifier: imp.getModuleSpecifierValue() };
      }
    }
  }

  // The interpreter. `choice` picks one member of each union-typed stand-in; `unions` collects them.
  let choice = new Map<TsNode, number>();
  let unions = new Map<TsNode, number>();
  const standIns = new Map<string, Value>();
  const following = new Set<TsNode>();
  // a const's value, once per pass: a name read twice is one array, as at run time
  let memo = new Map<TsNode, Value>();
  const constValue = (decl: TsNode, init: TsNode, name: string): Value => {
    if (memo.has(decl)) return memo.get(decl)!;
    if (following.has(decl)) fail(`'${name}' refers to itself`);
    following.add(decl);
    try {
      const v = value(init);
      memo.set(decl, v);
      return v;
    } finally {
      following.delete(decl);
    }
  };

  /** A stand-in for a value of type `t` declared at `decl`, or undefined if the type says too little. */
  const standIn = (t: Type, decl: TsNode, what: string, group: TsNode = decl): Value | undefined => {
    if (t.isTypeParameter()) {
      // the arguments of one type parameter take the same member of its constraint together
      const c = t.getConstraint();
      return c ? standIn(c, decl, what, t.getSymbol()?.getDeclarations()[0] ?? decl) : fail(`${what} has a type parameter without a constraint: its dtype is unknown`);
    }
    if (t.isNumberLiteral()) return t.getLiteralValue() as number;
    if (t.isNumber()) return STAND_IN_NUMBER;
    if (t.isBooleanLiteral()) return t.getText() === 'true';
    if (t.isBoolean()) return true;
    if (t.isUnion()) {
      const members = t.getUnionTypes().filter((m) => !m.isUndefined() && !m.isNull());
      if (members.length === 1) return standIn(members[0]!, decl, what);
      unions.set(group, members.length);
      return standIn(members[choice.get(group) ?? 0]!, decl, what);
    }
    const name = t.getSymbol()?.getName();
    if (name && TYPED_ARRAYS.has(name)) {
      const key = `${name}@${decl.getSourceFile().getFilePath()}:${decl.getPos()}`;
      if (!standIns.has(key)) standIns.set(key, new (globalThis as unknown as Record<string, new (n: number) => ArrayBufferView>)[name]!(STAND_IN_LENGTH));
      return standIns.get(key)!;
    }
    if (isLazyType(t)) {
      const arg = t.getTypeArguments()[0];
      const lit = arg?.isStringLiteral() ? (arg.getLiteralValue() as string) : undefined;
      if (!lit || !DTYPES.includes(lit as DType)) return fail(`${what} is a LazyArray whose type does not give its dtype (declare it as LazyArray<'float64'>, say)`);
      const key = `${lit}@${decl.getSourceFile().getFilePath()}:${decl.getPos()}`;
      if (!standIns.has(key)) standIns.set(key, creation.array(new STORAGE[lit as DType](STAND_IN_LENGTH), { dtype: lit as DType }));
      return standIns.get(key)!;
    }
    return undefined;
  };

  const value = (n: TsNode): Value => {
    if (TsNode.isParenthesizedExpression(n) || TsNode.isAsExpression(n) || TsNode.isNonNullExpression(n) || TsNode.isSatisfiesExpression(n)) return value(n.getExpression());
    if (TsNode.isNumericLiteral(n)) return n.getLiteralValue();
    if (TsNode.isStringLiteral(n) || TsNode.isNoSubstitutionTemplateLiteral(n)) return n.getLiteralValue();
    if (n.getKind() === SyntaxKind.TrueKeyword) return true;
    if (n.getKind() === SyntaxKind.FalseKeyword) return false;
    if (TsNode.isPrefixUnaryExpression(n) && n.getOperatorToken() === SyntaxKind.MinusToken) {
      const v = value(n.getOperand());
      return typeof v === 'number' ? -v : v instanceof LazyArray ? v.neg() : fail(`'${brief(n)}' negates something that is not a number or an array`);
    }
    if (TsNode.isArrayLiteralExpression(n)) return n.getElements().map(value);
    if (TsNode.isObjectLiteralExpression(n)) {
      const out: Record<string, Value> = {};
      for (const p of n.getProperties()) {
        if (TsNode.isPropertyAssignment(p)) out[p.getName().replace(/^['"]|['"]$/g, '')] = value(p.getInitializerOrThrow());
        else if (TsNode.isShorthandPropertyAssignment(p)) out[p.getName()] = value(p.getNameNode());
        else fail(`'${brief(p)}': only plain properties can be followed in a scope object`);
      }
      return out;
    }
    if (TsNode.isIdentifier(n)) return identifier(n);
    if (TsNode.isCallExpression(n)) return call(n);
    if (TsNode.isPropertyAccessExpression(n)) {
      // `.T` of an array, a member of what a jitted function returned
      let recv: Value | undefined;
      try {
        recv = value(n.getExpression());
      } catch (e) {
        if (!(e instanceof Unresolved)) throw e;
      }
      if (recv instanceof LazyArray && n.getName() === 'T') return recv.T;
      if (typeof recv === 'object' && recv !== null && !(recv instanceof LazyArray) && !ArrayBuffer.isView(recv) && !isJit(recv) && n.getName() in recv) {
        return (recv as Record<string, Value>)[n.getName()]!;
      }
    }
    // anything else: the type may still say what it is (a TypedArray made by `new`, read from a file...)
    return standIn(n.getType(), n, `'${brief(n)}'`) ?? fail(`'${brief(n)}' (${n.getKindName()}) cannot be followed, and its type ${n.getType().getText(n)} gives no dtype`);
  };

  /** Where the name `id` is declared, through imports (`import { S } from './data.js'`). */
  const declarationOf = (id: TsNode): TsNode | undefined => {
    // in `{ S }` the name's own symbol is the property's: the variable is the value symbol
    const parent = id.getParent();
    const sym = parent && TsNode.isShorthandPropertyAssignment(parent) ? parent.getValueSymbol() : id.getSymbol();
    const target = sym?.isAlias() ? sym.getAliasedSymbol() ?? sym : sym;
    return target?.getDeclarations()[0];
  };

  const identifier = (id: TsNode): Value => {
    const decl = declarationOf(id);
    if (decl && TsNode.isVariableDeclaration(decl) && decl.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const && decl.getInitializer()) {
      const init = decl.getInitializerOrThrow();
      const t = decl.getType();
      // a const of a TypedArray or number type is a leaf: how it was filled does not change the kernel
      const leaf = isJitInit(init) || isLazyType(t) ? undefined : standIn(t, decl, `'${id.getText()}'`);
      return leaf !== undefined ? leaf : constValue(decl, init, id.getText());
    }
    if (decl && TsNode.isBindingElement(decl)) return destructured(decl, id);
    if (decl && TsNode.isFunctionDeclaration(decl)) return fail(`'${id.getText()}' is a function: only jit(...) of it can be followed`);
    const t = decl ? decl.getType() : id.getType();
    const v = standIn(t, decl ?? id, `'${id.getText()}'`);
    if (v === undefined) {
      const kind = decl && TsNode.isVariableDeclaration(decl) ? `a ${decl.getVariableStatement()?.getDeclarationKind() ?? 'variable'} whose value can change` : decl && TsNode.isParameterDeclaration(decl) ? 'a parameter' : 'a name';
      return fail(`'${id.getText()}' is ${kind} of type ${t.getText(id)}, which gives no dtype`);
    }
    if (v instanceof LazyArray && decl && TsNode.isVariableDeclaration(decl)) {
      return fail(`'${id.getText()}' is a let or var: the expression it holds is not known statically`);
    }
    return v;
  };

  /** A name bound by destructuring a const: `const [a, b] = evalAll([...])`, `const {d1} = f(x)`. */
  const destructured = (el: TsNode, id: TsNode): Value => {
    if (!TsNode.isBindingElement(el) || el.getDotDotDotToken()) return fail(`'${id.getText()}' is bound by a rest pattern`);
    const pattern = el.getParent();
    const decl = pattern.getParent();
    if (!TsNode.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== VariableDeclarationKind.Const || !decl.getInitializer()) {
      return fail(`'${id.getText()}' is destructured from something other than a const's value`);
    }
    const whole = constValue(decl, decl.getInitializerOrThrow(), id.getText());
    if (TsNode.isArrayBindingPattern(pattern)) {
      const at = pattern.getElements().indexOf(el);
      return Array.isArray(whole) && whole[at] !== undefined ? whole[at]! : fail(`'${id.getText()}' is not among the values destructured`);
    }
    const key = el.getPropertyNameNode()?.getText() ?? el.getName();
    const obj = whole as Record<string, Value>;
    return typeof whole === 'object' && whole !== null && !Array.isArray(whole) && key in obj ? obj[key]! : fail(`'${id.getText()}' is not among the values destructured`);
  };

  /** What evaluating gives: realised stand-ins of the same dtypes and shapes. */
  const realised = (x: LazyArray): LazyArray => creation.array(new STORAGE[x.dtype](x.size), { dtype: x.dtype, shape: x.shape });

  const isJitInit = (init: TsNode): boolean => TsNode.isCallExpression(init) && ndfuseName(init.getExpression()) === 'jit';

  /** The JavaScript source of a function given to jit (its TypeScript with the types stripped). */
  const functionSource = (n: TsNode): string => {
    if (TsNode.isIdentifier(n)) {
      const decl = declarationOf(n);
      if (decl && TsNode.isFunctionDeclaration(decl)) return functionSource(decl);
      if (decl && TsNode.isVariableDeclaration(decl) && decl.getInitializer()) return functionSource(decl.getInitializerOrThrow());
      return fail(`'${n.getText()}' is not a function declared in the project`);
    }
    let text: string;
    if (TsNode.isArrowFunction(n) || TsNode.isFunctionExpression(n)) text = n.getText();
    else if (TsNode.isFunctionDeclaration(n)) text = n.getText().slice(n.getText().indexOf('function'));
    else return fail(`jit's argument '${brief(n)}' is not a function written in the project`);
    const js = ts.transpileModule(`(${text})`, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, alwaysStrict: false, removeComments: true } }).outputText;
    return js.trim().replace(/;$/, '');
  };

  const call = (n: CallExpression): Value => {
    const callee = n.getExpression();
    const args = (): Value[] => n.getArguments().map(value);
    const name = ndfuseName(callee);
    if (name === 'jit') {
      const [fn] = n.getArguments();
      if (!fn) return fail('jit() without a function');
      return { jit: jitSource(functionSource(fn)) };
    }
    if (name === 'evaluate') {
      const [expr, scope] = n.getArguments();
      const t = expr?.getType();
      const text = t?.isStringLiteral() ? t.getLiteralValue() : undefined;
      if (typeof text !== 'string') return fail('the expression is not a string literal (or a const holding one): its kernels depend on its text');
      return evaluate(text, (scope ? value(scope) : {}) as unknown as Scope);
    }
    if (name === 'evalAll') {
      const xs = n.getArguments()[0];
      const arrays = xs ? value(xs) : undefined;
      return Array.isArray(arrays) && arrays.every((a) => a instanceof LazyArray) ? arrays.map((a) => realised(a as LazyArray)) : fail('evalAll takes an array literal of lazy arrays here');
    }
    if (name !== undefined && FUNCTIONS.has(name)) return FUNCTIONS.get(name)!(...(args() as never[])) as Value;
    if (name !== undefined) return fail(`ndfuse's '${name}' cannot be followed statically`);
    if (TsNode.isPropertyAccessExpression(callee) && isLazyType(callee.getExpression().getType())) {
      const recv = value(callee.getExpression());
      const method = callee.getName();
      if (!(recv instanceof LazyArray)) return fail(`'${brief(callee.getExpression())}' is not a lazy array`);
      // evaluated: from here on, an array in memory (or numbers)
      if (method === 'eval') return realised(recv);
      if (method === 'toTypedArray') return realised(recv).toTypedArray();
      if (SINK_METHODS.has(method)) return fail(`'.${method}()' gives JavaScript numbers, not arrays`);
      if (NOT_STATIC.has(method)) return fail(`'.${method}()' makes an array whose size depends on the data`);
      const f = (LazyArray.prototype as unknown as Record<string, unknown>)[method];
      if (typeof f !== 'function') return fail(`'.${method}' is not a LazyArray method`);
      return (f as (...a: Value[]) => Value).apply(recv, args());
    }
    if (isJitCallee(callee)) {
      const f = value(callee);
      if (isJit(f)) return f.jit(...(args() as ops.Operand[])) as Value;
    }
    // a function of the project: its declared result type may still be a TypedArray or a number
    const what = `'${brief(callee)}' is a function of the project, not of ndfuse: what it returns cannot be followed`;
    return isLazyType(n.getType()) ? fail(what) : standIn(n.getType(), n, `'${brief(n)}'`) ?? fail(what);
  };

  /** Does `callee` hold a jitted function (jit(...) itself, or a const bound to it)? */
  const isJitCallee = (callee: TsNode): boolean => {
    if (TsNode.isCallExpression(callee)) return ndfuseName(callee.getExpression()) === 'jit';
    const decl = TsNode.isIdentifier(callee) ? declarationOf(callee) : undefined;
    return !!decl && TsNode.isVariableDeclaration(decl) && !!decl.getInitializer() && isJitInit(decl.getInitializerOrThrow());
  };

  /** The arrays a sink evaluates: a lazy array, or arrays in arrays and objects (what jit returns). */
  const arraysOf = (v: Value): LazyArray[] => (v instanceof LazyArray ? [v] : Array.isArray(v) ? v.flatMap(arraysOf)
    : typeof v === 'object' && v !== null && !ArrayBuffer.isView(v) && !isJit(v) ? Object.values(v).flatMap(arraysOf) : []);

  const resolve = (n: TsNode, at: TsNode): { graphs: LazyArray[][]; why?: string } => {
    const graphs: LazyArray[][] = [];
    const seen = new Set<string>();
    choice = new Map();
    unions = new Map();
    const once = (): void => {
      memo = new Map();
      const roots = arraysOf(value(n));
      if (roots.length === 0) fail(`'${brief(at)}' does not make a lazy array`);
      const id = roots.map((r) => r.node.id).join(',');
      if (!seen.has(id)) {
        seen.add(id);
        graphs.push(roots);
      }
    };
    try {
      once();
      // every combination of the union-typed stand-ins met on the way
      const found = [...unions];
      let combos = found.reduce((p, [, k]) => p * k, 1);
      if (combos > MAX_COMBINATIONS) combos = MAX_COMBINATIONS;
      for (let c = 1; c < combos; c++) {
        let rest = c;
        choice = new Map(found.map(([d, k]) => {
          const pick = rest % k;
          rest = (rest - pick) / k;
          return [d, pick];
        }));
        once();
      }
      return { graphs };
    } catch (e) {
      if (e instanceof Unresolved) return { graphs: [], why: e.message };
      if (e instanceof Error && /^ndfuse: /.test(e.message)) return { graphs: [], why: e.message.replace(/^ndfuse: /, 'building it fails: ') };
      throw e;
    }
  };

  const sites: Site[] = [];
  const site = (n: TsNode, kind: Site['kind'], at: TsNode = n): void => {
    const { graphs, why } = resolve(n, at);
    sites.push({
      file: n.getSourceFile().getFilePath(), line: n.getStartLineNumber(), text: brief(at), kind, graphs,
      ...(why === undefined ? {} : { why }),
    });
  };

  for (const f of files) {
    f.forEachDescendant((n) => {
      if (!TsNode.isCallExpression(n)) return;
      const callee = n.getExpression();
      const name = ndfuseName(callee);
      if (name === 'evaluate') site(n, 'evaluate');
      else if (name === 'evalAll') {
        const [xs] = n.getArguments();
        if (xs) site(xs, 'sink', n);
      } else if (name === 'jit') {
        // the calls of the function jit returns: directly, or through the const it is bound to
        const parent = n.getParent();
        if (TsNode.isCallExpression(parent) && parent.getExpression() === n) return site(parent, 'jit');
        if (TsNode.isVariableDeclaration(parent) && parent.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const) {
          const calls = parent.getNameNode().asKind(SyntaxKind.Identifier)?.findReferencesAsNodes()
            .map((r) => r.getParent())
            .filter((p): p is CallExpression => TsNode.isCallExpression(p) && files.includes(p.getSourceFile()) && TsNode.isIdentifier(p.getExpression()) && isJitCallee(p.getExpression())) ?? [];
          if (calls.length === 0) sites.push({ file: f.getFilePath(), line: n.getStartLineNumber(), text: brief(n), kind: 'jit', graphs: [], why: 'the jitted function is never called in the project: no argument types to compile for' });
          for (const c of calls) site(c, 'jit');
          return;
        }
        sites.push({ file: f.getFilePath(), line: n.getStartLineNumber(), text: brief(n), kind: 'jit', graphs: [], why: 'the function jit returns is not bound to a const, so its calls cannot be found' });
      } else if (TsNode.isPropertyAccessExpression(callee) && SINK_METHODS.has(callee.getName()) && isLazyType(callee.getExpression().getType())) {
        site(callee.getExpression(), 'sink', n);
      }
    });
  }
  return { sites, runtime, files: files.length };
}

/** `file` relative to `from`, for messages. */
export const shortPath = (file: string, from: string): string => relative(from, file) || file;
