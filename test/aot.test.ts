// Ahead-of-time kernels: `ndfuse aot` on the example project and on a project of awkward call sites,
// the module it writes (golden text, TypeScript strict), and the example run where
// `new Function` is forbidden, with the module, without it, and in strict mode.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { CODEGEN_VERSION, LIB, printExpr, renderJs, renderTsModule } from '../compiler/index.js';
import { STAND_IN_LENGTH } from '../src/aot/analyse.js';
import { compileAheadOfTime, report } from '../src/aot/aot.js';
import { programFor } from '../src/realize.js';
import { array, evaluate, jit, LazyArray, NdfuseError, registerKernels, withConfig, type KernelFn } from '../src/index.js';
import { expectSame, reference } from './helpers.js';

const root = join(import.meta.dirname, '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const example = join(root, 'examples/aot');
const N = '40000'; // options priced per run: a few chunks

function node(args: string[], env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NDFUSE_DEBUG: '', NDFUSE_STRICT: '', ...env } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
const FORBID = '--disallow-code-generation-from-strings';
const run = (script: string, env: NodeJS.ProcessEnv = {}, flags: string[] = []) => node([...flags, '--import', 'tsx', join(example, script), N], env);

describe('ndfuse aot on examples/aot', () => {
  const r = compileAheadOfTime({ project: example, out: join(example, 'ndfuse-kernels.ts') });

  it('resolves every call site of the example and writes the module held as a golden file', async () => {
    expect(r.unresolved.map((s) => `${s.line}: ${s.why}`)).toEqual([]);
    expect(r.sites.length).toBeGreaterThanOrEqual(8);
    await expect(r.text).toMatchFileSnapshot('../examples/aot/ndfuse-kernels.ts');
  });

  it('writes a module that passes the TypeScript compiler in strict mode', () => {
    expect(JSON.parse(readFileSync(join(example, 'tsconfig.json'), 'utf8')).compilerOptions.strict).toBe(true);
    execFileSync(process.execPath, [tsc, '-p', join(example, 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
  });

  it('writes it already formatted: TypeScript\'s formatter changes nothing', () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const f = project.createSourceFile('k.ts', r.text);
    f.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: 'insert' as never });
    expect(f.getFullText()).toBe(r.text);
  });

  it('compiles each signature the code declares: float64 and float32 calls of one jitted function', () => {
    const calls = r.kernels.filter((k) => k.fused.some((n) => n.op === 'log') && k.ir.outs.length === 1 && k.ir.kind !== 'reduce');
    expect(new Set(calls.map((k) => k.ir.ins[0]!.dtype))).toEqual(new Set(['float64', 'float32']));
  });
});

describe('the example where code generation from strings is forbidden', () => {
  const normal = run('main.ts');

  it('runs normally first (kernels compiled with new Function)', () => {
    expect(normal.status, normal.stderr).toBe(0);
    expect(normal.stdout).toMatch(/^40000 options\nsum of calls {3}\d+\.\d{6}\n/);
  });

  it('with the generated module: the same results, every kernel ahead of time, nothing on the reference backend', () => {
    const aot = run('main-aot.ts', { NDFUSE_DEBUG: '1' }, [FORBID]);
    expect(aot.status, aot.stderr).toBe(0);
    expect(aot.stdout).toBe(normal.stdout);
    expect(aot.stderr).toMatch(/^ndfuse: code generation from strings is forbidden here \(.*\): 6 kernels are registered ahead of time; an evaluation that needs any other kernel runs on the reference backend\n/);
    expect(aot.stderr).toMatch(/compiled ahead of time/);
    expect(aot.stderr).not.toMatch(/reference backend\n[\s\S]*reference backend/); // only the detection line says it
    expect(aot.stderr).not.toMatch(/not compiled ahead of time/);
  });

  it('without it: the same results from the reference backend, said at NDFUSE_DEBUG=1', () => {
    const fallback = run('main.ts', { NDFUSE_DEBUG: '1' }, [FORBID]);
    expect(fallback.status, fallback.stderr).toBe(0);
    expect(fallback.stdout).toBe(normal.stdout);
    expect(fallback.stderr).toMatch(/not compiled ahead of time \(k_ew\d+_f64_\w+\) and code generation is forbidden: jit\(\(S, ?K, ?T, ?r, ?v\)/);
    expect(fallback.stderr).toMatch(/runs on the reference backend/);
  });

  it('without it in strict mode: an error naming the expression', () => {
    const strict = run('main.ts', { NDFUSE_STRICT: '1' }, [FORBID]);
    expect(strict.status).not.toBe(0);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toMatch(/ndfuse: eval: strict mode: no kernel compiled ahead of time for jit\(\(S, ?K, ?T, ?r, ?v\) ?=> ?\{.*\), evaluate\("c - S \+ K \* exp\(-r \* T\)"\) = /);
    expect(strict.stderr).toMatch(/missing k_ew\d+_f64_\w+\. Run 'ndfuse aot'/);
  });

  it('with it in strict mode, code generation allowed: the same results (the module covers every evaluation)', () => {
    const strict = run('main-aot.ts', { NDFUSE_STRICT: '1' });
    expect(strict.status, strict.stderr).toBe(0);
    expect(strict.stdout).toBe(normal.stdout);
  });
});

describe('ndfuse aot on call sites it cannot resolve', () => {
  const dir = join(root, 'test/fixtures/aot-project');
  const r = compileAheadOfTime({ project: dir, out: join(dir, 'kernels.ts') });
  const lines = readFileSync(join(dir, 'sites.ts'), 'utf8').split('\n');

  it('reports each with file, line and why', () => {
    const text = report(r, 'kernels.ts');
    const marked = lines.flatMap((l, i) => {
      const m = /^(?!\/\/).*\/\/ unresolved: (.*)$/.exec(l);
      return m ? [{ line: i + 1, why: m[1]! }] : [];
    });
    expect(marked.length).toBe(6);
    for (const { line, why } of marked) {
      expect(text).toMatch(new RegExp(`test/fixtures/aot-project/sites\\.ts:${line}: not compiled: .*${why}`));
    }
    // and nothing else
    expect(new Set(r.unresolved.map((s) => s.line))).toEqual(new Set(marked.map((m) => m.line)));
  });

  it('resolves unions (each member), one type parameter (members taken together), namespaces and destructuring', () => {
    const at = (fn: string): number => lines.findIndex((l) => l.includes(`function ${fn}`)) + 2;
    const sites = (fn: string) => r.sites.filter((s) => s.line === at(fn));
    expect(sites('unionArgument').flatMap((s) => s.graphs).map((g) => g[0]!.dtype).sort()).toEqual(['float32', 'float64']);
    // a: A and b: A are both float32 or both float64, never mixed
    const jitted = sites('oneTypeParameter').find((s) => s.kind === 'jit')!;
    expect(jitted.graphs.map((g) => g[0]!.dtype).sort()).toEqual(['float32', 'float64']);
    expect(sites('throughNamespace').every((s) => s.graphs.length === 1 && !s.why)).toBe(true);
    expect(r.sites.filter((s) => s.line === at('destructured') + 1 && !s.why).length).toBeGreaterThan(0);
  });

  it('follows members of what a jitted function returns, and reads a name used twice as one array', () => {
    const at = (fn: string): number => lines.findIndex((l) => l.includes(`function ${fn}`)) + 3;
    const [members] = r.sites.filter((s) => s.line === at('members') && s.kind === 'sink');
    expect(members?.why).toBeUndefined();
    expect(printExpr(members!.graphs[0]!.map((x) => x.node))).toMatch(/^\(x0 \+ 1\) \* \(x0 - 1\) {2}\(x0: float64\[\d+\]\)$/);
    const [twice] = r.sites.filter((s) => s.line === at('readTwice') && s.kind === 'sink');
    // a jitted function imported by another file is called there
    const imported = r.sites.filter((s) => s.file.endsWith('other.ts'));
    expect(imported.map((s) => s.kind).sort()).toEqual(['jit', 'sink']);
    expect(imported.every((s) => !s.why && printExpr(s.graphs[0]!.map((x) => x.node)) === `x0 * 3  (x0: float32[${STAND_IN_LENGTH}])`)).toBe(true);
    expect(printExpr(twice!.graphs[0]!.map((x) => x.node))).toMatch(/^x0 \* x0 {2}\(x0: float64\[\d+\]\)$/);
  });
});

describe('ndfuse aot on the command line', () => {
  it('writes the module, prints a summary and each unresolved call site; refuses bad arguments', () => {
    const dir = mkdtempSync(join(root, 'test/.dump-'));
    try {
      const out = join(dir, 'kernels.ts');
      const r = node([join(root, 'dist/src/cli.js'), 'aot', 'test/fixtures/aot-project', '-o', out]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^ndfuse aot: \d+ kernels for \d+ of \d+ call sites -> .*kernels\.ts\n/);
      expect(r.stdout).toMatch(/\ntest\/fixtures\/aot-project\/sites\.ts:\d+: not compiled: x\.add\(1\)\.eval\(\): 'x' is a LazyArray whose type does not give its dtype/);
      // relative to the module written: the fixture's own import of 'ndfuse' is kept as it is
      expect(readFileSync(out, 'utf8')).toMatch(/\nimport \{ registerKernels, type KernelFn, type Storage \} from "ndfuse";\n/);
      const bad = node([join(root, 'dist/src/cli.js'), 'aot', 'nowhere', '-o', out]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/^ndfuse: aot: no TypeScript project at nowhere/);
      expect(node([join(root, 'dist/src/cli.js'), 'aot', 'examples/aot', '-o', join(dir, 'k.js')]).stderr).toMatch(/the output must be a \.ts file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('kernels registered ahead of time, in process', () => {
  const x = array(Float64Array.from({ length: 1000 }, (_, i) => i / 7));

  it('strict mode refuses an expression with no registered kernel, naming it', () => {
    const y = evaluate('x * 3 - 7.25', { x });
    let err: unknown;
    withConfig({ strict: true }, () => {
      try {
        y.eval();
      } catch (e) {
        err = e;
      }
    });
    expect(err).toBeInstanceOf(NdfuseError);
    expect((err as Error).message).toMatch(/^ndfuse: eval: strict mode: no kernel compiled ahead of time for evaluate\("x \* 3 - 7\.25"\) = \(x0 \* 3\) - 7\.25 {2}\(x0: float64\[1000\]\); missing k_ew2_f64_\w+/);
  });

  it('uses a registered kernel without compiling anything (strict mode passes)', () => {
    const y = x.mul(5).add(0.125);
    const [k] = programFor([y.node]).kernels;
    const { source, helpers } = renderJs(k!.ir, k!.name);
    // the same code a generated module holds, made here the only way a test can
    const compiled = new Function('lib', `const { ${helpers.join(', ')} } = lib;\nreturn ${source};`)(LIB) as KernelFn;
    let calls = 0;
    registerKernels(CODEGEN_VERSION, [[k!.key, (...a) => { calls++; compiled(...a); }]]);
    const got = withConfig({ strict: true }, () => y.toTypedArray());
    expect(calls).toBeGreaterThan(0);
    expectSame(got, reference(y), 'registered kernel');
  });

  it('refuses kernels from another code generator version', () => {
    expect(() => registerKernels(CODEGEN_VERSION + 1, [])).toThrow(/ndfuse: registerKernels: the module was generated for kernel code version \d+, this ndfuse runs version \d+: run 'ndfuse aot' again/);
    expect(() => registerKernels(CODEGEN_VERSION, [['key', 3 as unknown as KernelFn]])).toThrow(/\[key, function\] pairs/);
  });
});

describe('--dump-kernels with the ts format', () => {
  it('writes typed modules, by the same generator, that pass tsc --strict', () => {
    const dir = mkdtempSync(join(root, 'test/.dump-'));
    try {
      execFileSync(process.execPath, [join(root, 'dist/src/cli.js'), 'eval', 'where(a > 3, a % 4, -a) * 2.5', '--var', 'a=0.5:10', '--dump-kernels', dir, '--dump-format', 'ts'], { cwd: root, encoding: 'utf8' });
      const files = readdirSync(dir);
      expect(files.length).toBe(1);
      expect(files[0]).toMatch(/^k_ew\d+_f64_[0-9a-f]{8}\.ts$/);
      const text = readFileSync(join(dir, files[0]!), 'utf8');
      expect(text).toMatch(/^\/\/ k_ew\d+_f64_\w+: dumped by ndfuse \(NDFUSE_DUMP_FORMAT=ts\)\n\nimport \{ kernelHelpers, type Storage \} from "ndfuse";\n\nconst \{ fmodpy \} = kernelHelpers;\n/);
      expect(text).toMatch(/export function k_ew\d+_f64_\w+\(start: number, end: number, buf: Storage\[\], cst: readonly number\[\], geo: readonly number\[\]\): void \{/);
      execFileSync(process.execPath, [tsc, '--ignoreConfig', '--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', join(dir, files[0]!)], { cwd: root, encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the module generator: a dumped kernel reads as it does in a generated module', () => {
    const [k] = programFor([array(new Float32Array(10)).mul(2).node]).kernels;
    const text = renderTsModule([{ kernel: k! }], { runtime: 'ndfuse', header: [], register: false });
    expect(text).toContain(renderJs(k!.ir, k!.name, 'ts').source);
    expect(renderJs(k!.ir, k!.name, 'ts').source.replace(/\(start: number.*\): void \{/, '(start, end, buf, cst, geo) {')).toBe(renderJs(k!.ir, k!.name).source);
  });
});

describe('numbers in jit and evaluate stay JavaScript numbers (weak scalars)', () => {
  const f32 = array(new Float32Array([0.5, 1.5, -2, 3]));
  it('keeps float32 arrays float32 when the numbers are combined first', () => {
    const y = jit((a: number, v: number) => 0.5 * v * v * a + Math.sqrt(v))(f32, 0.3) as LazyArray;
    expect(y.dtype).toBe('float32');
    expectSame(y.toTypedArray(), reference(y), 'jit');
    expect(evaluate('2 * 3.5 * x + 7 % -3', { x: f32 }).dtype).toBe('float32');
    // numexpr's % takes the divisor's sign on numbers too: 7 % -3 is -2
    expect(Array.from(evaluate('0 * x + 7 % -3', { x: f32 }).toTypedArray())).toEqual([-2, -2, -2, -2]);
  });
});
