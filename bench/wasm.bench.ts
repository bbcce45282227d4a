// The WebAssembly backend (issue 14) against what a user would pick instead, in one run: ndfuse's
// kernels over arrays in its memory (WebAssembly) and over TypedArrays handed in (JavaScript), a
// hand-written SIMD128 loop over the same memory, and numpy and numexpr when python3 has them.
// `tf * idf - 1` in float64 and float32, writing into `out` and into fresh outputs, beside jax-js and
// tfjs where bench/peers has them; then reductions and a transcendental chain; then matrix products
// against numpy and scipy; then the cold cost of a kernel. Ratios are within one run.

import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compile, encode, renderWasm, type WasmInstr as Instr, type WasmModule } from '../compiler/index.js';
import { kernelMemory } from '../runtime/memory.js';
import { array, csr, empty, matmul, random, setConfig, withConfig, type LazyArray } from '../src/index.js';
import { evalData } from '../src/realize.js';
import { machine, nmfPattern, PY_BEST_US, python, run, settle, table, us } from './harness.js';
import { loadPeers } from './peers.js';

const step = (local: number, by: number): Instr[] => [['local.get', local], ['i32.const', by], ['i32.add'], ['local.set', local]];

/** k(a, b, o, n): o[i] = a[i] * b[i] - c over n elements (float64: f64x2; float32: f32x4) at byte
 *  offsets a, b, o, one vector at a time, then the rest one by one. */
export function tfidfModule(c = 1, dtype: 'float64' | 'float32' = 'float64'): WasmModule {
  const [v, s, w] = dtype === 'float64' ? ['f64x2', 'f64', 8] as const : ['f32x4', 'f32', 4] as const;
  return {
    memory: { min: 1, max: 65536, shared: true },
    funcs: [{
      name: 'k', params: ['i32', 'i32', 'i32', 'i32'], results: [], locals: ['i32'],
      body: [
        ['local.get', 2], ['local.get', 3], ['i32.const', Math.log2(w)], ['i32.shl'], ['i32.add'], ['local.set', 4],
        ['block'], ['loop'],
        ['local.get', 2], ['i32.const', 16], ['i32.add'], ['local.get', 4], ['i32.gt_u'], ['br_if', 1],
        ['local.get', 2], ['local.get', 0], ['v128.load', 3, 0], ['local.get', 1], ['v128.load', 3, 0], [`${v}.mul`],
        [`${s}.const`, c], [`${v}.splat`], [`${v}.sub`], ['v128.store', 3, 0],
        ...step(0, 16), ...step(1, 16), ...step(2, 16), ['br', 0],
        ['end'], ['end'],
        ['block'], ['loop'],
        ['local.get', 2], ['local.get', 4], ['i32.ge_u'], ['br_if', 1],
        ['local.get', 2], ['local.get', 0], [`${s}.load`, Math.log2(w), 0], ['local.get', 1], [`${s}.load`, Math.log2(w), 0], [`${s}.mul`],
        [`${s}.const`, c], [`${s}.sub`], [`${s}.store`, Math.log2(w), 0],
        ...step(0, w), ...step(1, w), ...step(2, w), ['br', 0],
        ['end'], ['end'],
      ],
    }],
  };
}

/** Cold costs in a fresh process, in milliseconds: rendering and encoding a kernel's module, and
 *  compiling with instantiating it, the first time and the median over `repeats` distinct kernels. */
function coldTimes(repeats: number): { render: [number, number]; compile: [number, number] } {
  const memory = kernelMemory()!;
  const rend: number[] = [], comp: number[] = [];
  const a = random([8], { seed: 1 }), b = random([8], { seed: 2 });
  let x: LazyArray = a.mul(b);
  for (let r = 0; r < repeats; r++) {
    // a kernel one op longer each time: a new key, so nothing is cached
    x = r % 2 ? x.sub(b) : x.mul(a);
    const k = compile([x.node]).kernels[0]!;
    const t0 = performance.now();
    const rendered = renderWasm(k.ir, k.name);
    const bytes = encode(rendered.module);
    const t1 = performance.now();
    new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory, ...rendered.imports } });
    rend.push(t1 - t0);
    comp.push(performance.now() - t1);
  }
  const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[xs.length >> 1]!;
  return { render: [rend[0]!, median(rend)], compile: [comp[0]!, median(comp)] };
}

interface PeerPoint { label: string; n: number; us: number }

/** numpy and numexpr (1 and 2 threads) writing `tf * idf - 1` into `out`, and the other cases, in
 *  microseconds (timeit's best of 5), or why not. */
function peers(sizes: readonly number[]): PeerPoint[] | string {
  const script = String.raw`
import json, sys, timeit
import numpy as np
import numexpr as ne
sizes = json.loads(sys.argv[1]); out = []
${PY_BEST_US}
for dt in ('float64', 'float32'):
    for n in sizes:
        rng = np.random.RandomState(0)
        a = rng.rand(n).astype(dt); b = rng.rand(n).astype(dt); o = np.empty(n, dt); one = np.array(1, dt)
        def npo():
            np.multiply(a, b, out=o); np.subtract(o, one, out=o)
        out.append(dict(label='numpy out= ' + dt, n=n, us=best(npo)))
        out.append(dict(label='numpy fresh ' + dt, n=n, us=best(lambda: a * b - one)))
        for th in (1, 2):
            ne.set_num_threads(th)
            out.append(dict(label='numexpr %d thread out= %s' % (th, dt), n=n, us=best(lambda: ne.evaluate('a*b - one', out=o))))
for n in sizes:
    rng = np.random.RandomState(0)
    a = rng.rand(n); b = rng.rand(n); m = a > 0.5; M = rng.rand(max(1, n // 100), 100)
    out.append(dict(label='numpy sum(a*b)', n=n, us=best(lambda: (a*b).sum())))
    out.append(dict(label='numpy row norms', n=n, us=best(lambda: np.sqrt((M*M).sum(1)))))
    out.append(dict(label='numpy exp(-x*x)*sin(y)', n=n, us=best(lambda: np.exp(-a*a)*np.sin(b))))
    out.append(dict(label='numpy masked mean', n=n, us=best(lambda: a[m].mean())))
print(json.dumps(out))
`;
  return python<PeerPoint[]>(script, [JSON.stringify(sizes)]) ?? 'numpy and numexpr skipped: no python3 with numpy and numexpr';
}

/** numpy's matmul (OpenBLAS, on `threads` threads) and scipy's CSR products, in milliseconds. */
function productPeers(sizes: readonly number[], side: number, k: number, threads: number): Record<string, number> | string {
  const script = String.raw`
import json, sys, timeit
import numpy as np
sizes, side, k = json.loads(sys.argv[1]); out = {}
def best(f):
    t = timeit.Timer(f); n, _ = t.autorange(); return min(t.repeat(5, n)) / n * 1e3
for m in sizes:
    for dt in ('float64', 'float32'):
        rng = np.random.RandomState(0); a = rng.rand(m, m).astype(dt); b = rng.rand(m, m).astype(dt); o = np.empty((m, m), dt)
        out['matmul %d %s' % (m, dt)] = best(lambda: np.matmul(a, b, out=o))
try:
    import scipy.sparse as sp
    per = side // 100
    indptr = np.arange(side + 1) * per
    rows = np.arange(side)[:, None]; cols = np.arange(per)[None, :]
    indices = np.sort((cols * 100 + (rows * 37) % 100) % side, axis=1).ravel()
    X = sp.csr_matrix((np.random.RandomState(5).rand(side * per), indices, indptr), shape=(side, side))
    W = np.random.RandomState(6).rand(side, k); Wt = np.random.RandomState(7).rand(k, side)
    out['X @ W'] = best(lambda: X @ W)
    out['W.T @ X'] = best(lambda: Wt @ X)
except ImportError:
    pass
print(json.dumps(out))
`;
  return python<Record<string, number>>(script, [JSON.stringify([sizes, side, k])], { ...process.env, OPENBLAS_NUM_THREADS: String(threads), OMP_NUM_THREADS: String(threads) }) ?? 'numpy skipped: no python3 with numpy';
}

const ratio = (a: number, b: number): string => (a / b).toFixed(2);

// A benchmark loop never yields, so the collector cannot give back the blocks of the results it
// drops (runtime/memory.ts); between measurements the event loop turns (`settle`), as in a program
// that serves one request after another.

export async function wasmBench(opts: { quick?: boolean } = {}): Promise<string> {
  const sizes = opts.quick ? [1e3, 1e5] : [1e3, 1e4, 1e5, 1e6, 1e7];
  const maxTime = opts.quick ? 0.2 : 2;
  const out: string[] = [`Machine: ${machine()}; load average at the start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`, ''];
  const cold = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold'], { encoding: 'utf8' })) as ReturnType<typeof coldTimes>;
  out.push(`Cold, in a fresh process: rendering and encoding a kernel's module ${cold.render[0].toFixed(3)} ms the first time, median ${cold.render[1].toFixed(3)} ms over 50;`
    + ` compiling and instantiating it ${cold.compile[0].toFixed(3)} ms the first time, median ${cold.compile[1].toFixed(3)} ms.`, '');
  const py = peers(sizes);
  const peer = (label: string, n: number): number | undefined => (typeof py === 'string' ? undefined : py.find((p) => p.label === label && p.n === n)?.us);
  const memory = kernelMemory();
  if (!memory) return out.concat('No WebAssembly on this host: nothing to measure.').join('\n');
  const js = await loadPeers(maxTime * 250);

  for (const dtype of ['float64', 'float32'] as const) {
    const rows: string[][] = [];
    for (const n of sizes) {
      const tf = random([n], { seed: 1, dtype }).eval(), idf = random([n], { seed: 2, dtype }).eval();
      await settle();
      const o = empty([n], { dtype });
      const e = tf.mul(idf).sub(1);
      const { k } = new WebAssembly.Instance(new WebAssembly.Module(encode(tfidfModule(1, dtype))), { env: { memory } }).exports as { k: (a: number, b: number, o: number, n: number) => void };
      const [a, b, so] = evalData([tf, idf, o]);
      // the same values in TypedArrays of the user's own
      const ua = a!.slice(), ub = b!.slice(), uo = so!.slice();
      const ue = array(ua).mul(array(ub)).sub(1);
      const r = run([
        { name: 'hand SIMD', fn: () => k(a!.byteOffset, b!.byteOffset, so!.byteOffset, n) },
        { name: 'out=', fn: () => e.eval({ out: o }) },
        { name: 'fresh, disposed', fn: () => e.eval().dispose() },
        { name: 'user arrays, out=', fn: () => ue.eval({ out: uo }) },
      ], { maxTime: n >= 1e7 ? maxTime * 2 : maxTime });
      // fresh outputs left to the collector, alone: past the memory's budget they take memory of
      // their own (and would push the cases beside them out of ndfuse's memory too)
      r.push(...run([{ name: 'fresh', fn: () => e.eval() }], { maxTime, rounds: 1 }));
      await settle();
      // the JavaScript peers, right after: a fresh result each call, as theirs always are
      const peerUs: (number | undefined)[] = [];
      for (const p of js.peers) peerUs.push(p.dtypes.includes(dtype) ? await p.tfidf(n, dtype) : undefined);
      const t = (name: string): number => r.find((x) => x.name === name)!.mean * 1e6;
      const np = peer(`numpy out= ${dtype}`, n), ne1 = peer(`numexpr 1 thread out= ${dtype}`, n), ne2 = peer(`numexpr 2 thread out= ${dtype}`, n), npf = peer(`numpy fresh ${dtype}`, n);
      const cell = (v: number | undefined): string => (v === undefined ? '-' : us(v / 1e6));
      rows.push([n.toExponential(0).replace('e+', 'e'), ...['hand SIMD', 'out=', 'fresh, disposed', 'fresh', 'user arrays, out='].map((c) => r.find((x) => x.name === c)!).map((x) => `${us(x.mean)} ±${x.rme.toFixed(1)}%`), cell(np), cell(npf), cell(ne1), cell(ne2),
        ...peerUs.map(cell), ratio(t('out='), t('hand SIMD')), np === undefined ? '-' : ratio(np, t('out=')),
        ...peerUs.map((p) => (p === undefined ? '-' : ratio(p, t('fresh, disposed')))),
        ratio(t('user arrays, out='), t('out=')), ratio(t('fresh, disposed'), t('out=')), ratio(t('fresh'), t('out='))]);
      for (const x of [tf, idf, o]) x.dispose();
    }
    out.push(`\`tf * idf - 1\`, ${dtype}, microseconds per call (ndfuse over arrays it made unless said; "user arrays": TypedArrays handed in, which the JavaScript kernels read where they are):`, '');
    out.push(table(['n', 'hand SIMD128 loop', 'ndfuse out=', 'ndfuse fresh, disposed', 'ndfuse fresh', 'ndfuse user arrays, out=', 'numpy out=', 'numpy fresh', 'numexpr 1 thread out=', 'numexpr 2 threads out=',
      ...js.peers.map((p) => p.name), 'ndfuse / hand', 'numpy / ndfuse', ...js.peers.map((p) => `${p.name} / ndfuse fresh, disposed`),
      'user arrays / own', 'fresh disposed / out=', 'fresh / out='], rows), '');
  }

  // reductions and a transcendental chain: arrays ndfuse made (auto) against the same values handed in (JavaScript)
  const rows: string[][] = [];
  for (const n of sizes.filter((s) => s >= 1e4 && s <= 1e6)) {
    await settle();
    const a = random([n], { seed: 3 }).eval(), b = random([n], { seed: 4 }).eval(), M = random([n / 100, 100], { seed: 5 }).eval();
    const [da, db, dM] = evalData([a, b, M]);
    const ua = array(da!.slice()), ub = array(db!.slice()), uM = array(dM!.slice(), { shape: [n / 100, 100] } as never);
    const cases: [string, () => unknown, () => unknown][] = [
      ['sum(a*b)', () => a.mul(b).sum().item(), () => ua.mul(ub).sum().item()],
      ['row norms', () => M.mul(M).sum(1).sqrt().eval().dispose(), () => uM.mul(uM).sum(1).sqrt().eval()],
      ['exp(-x*x)*sin(y)', () => a.mul(a).neg().exp().mul(b.sin()).eval().dispose(), () => ua.mul(ua).neg().exp().mul(ub.sin()).eval()],
      ['masked mean', () => a.select(a.gt(0.5)).mean().item(), () => ua.select(ua.gt(0.5)).mean().item()],
    ];
    const r = run(cases.flatMap(([name, own, user]) => [{ name: `${name} own`, fn: own }, { name: `${name} user`, fn: user }]), { maxTime });
    for (const [name] of cases) {
      const own = r.find((x) => x.name === `${name} own`)!.mean * 1e6, user = r.find((x) => x.name === `${name} user`)!.mean * 1e6;
      const np = peer(`numpy ${name}`, n);
      rows.push([name, n.toExponential(0).replace('e+', 'e'), us(own / 1e6), us(user / 1e6), np === undefined ? '-' : us(np / 1e6), ratio(user, own), np === undefined ? '-' : ratio(np, own)]);
    }
  }
  out.push('Other cases, float64, microseconds per call (fresh outputs, disposed; "user arrays" as above):', '');
  out.push(table(['case', 'n', 'ndfuse, its arrays', 'ndfuse, user arrays', 'numpy', 'user / own', 'numpy / ndfuse'], rows), '');
  out.push(await products(opts.quick ?? false, maxTime, js.peers), '');
  out.push(typeof py === 'string' ? py : '', js.note || `JavaScript peers: ${js.peers.map((p) => p.name).join(', ')}, from bench/peers (jax-js: \`jit\`, arrays on its WebAssembly device; tfjs: float32 only), each timed right after ndfuse at the same size.`);
  setConfig({});
  return out.join('\n');
}

/** Matrix products: ndfuse's WebAssembly kernels (its own arrays, into `out`) and its JavaScript
 *  kernels, numpy on one and two threads, scipy's CSR products, jax-js and tfjs (float32). */
async function products(quick: boolean, maxTime: number, js: Awaited<ReturnType<typeof loadPeers>>['peers']): Promise<string> {
  const sizes = quick ? [128] : [128, 512, 1024];
  const side = quick ? 2000 : 10000, k = 20;
  const np1 = productPeers(sizes, side, k, 1), np2 = productPeers(sizes, side, k, 2);
  const npAt = (r: Record<string, number> | string, key: string): number | undefined => (typeof r === 'string' ? undefined : r[key]);
  const gflops = (flops: number, ms: number | undefined): string => (ms === undefined ? '-' : (flops / ms / 1e6).toFixed(2));
  const rows: string[][] = [];
  for (const m of sizes) {
    for (const dtype of ['float64', 'float32'] as const) {
      await settle();
      const A = random([m, m], { seed: 3, dtype }).eval(), B = random([m, m], { seed: 4, dtype }).eval(), C = empty([m, m], { dtype });
      const [w, j] = run([
        { name: 'wasm', fn: () => A.matmul(B).eval({ out: C }) },
        { name: 'js', fn: () => withConfig({ backend: 'js' }, () => A.matmul(B).eval({ out: C })) },
      ], { maxTime, rounds: m >= 1024 ? 2 : 5 });
      const flops = 2 * m ** 3;
      const peerMs: (number | undefined)[] = [];
      for (const p of js) peerMs.push(dtype === 'float32' ? await p.matmul(m) : undefined);
      rows.push([`matmul ${m} x ${m}`, dtype, gflops(flops, w!.mean * 1e3), gflops(flops, j!.mean * 1e3), gflops(flops, npAt(np1, `matmul ${m} ${dtype}`)),
        gflops(flops, npAt(np2, `matmul ${m} ${dtype}`)), ...peerMs.map((p) => gflops(flops, p))]);
      for (const x of [A, B, C]) x.dispose();
    }
  }
  const { indptr, indices, perRow } = nmfPattern(side);
  const X = csr({ data: random([side * perRow], { seed: 5 }), indices, indptr, shape: [side, side] });
  const W = random([side, k], { seed: 6 }).eval(), Wt = random([k, side], { seed: 7 }).eval();
  const flops = 2 * side * perRow * k;
  for (const [name, f] of [['X @ W', () => X.matmul(W).eval().dispose()], ['W.T @ X', () => matmul(Wt, X).eval().dispose()]] as const) {
    await settle();
    const [w, j] = run([
      { name: 'wasm', fn: f },
      { name: 'js', fn: () => withConfig({ backend: 'js' }, f) },
    ], { maxTime });
    rows.push([`${name}, X ${side} x ${side} at 1%, ${k} columns`, 'float64', gflops(flops, w!.mean * 1e3), gflops(flops, j!.mean * 1e3),
      gflops(flops, npAt(np1, name)), gflops(flops, npAt(np2, name)), ...js.map(() => '-')]);
  }
  return [`Matrix products, GFLOP/s (ndfuse over its own arrays; matmul into \`out\`, the CSR products into fresh results, disposed;`
    + ` numpy's OpenBLAS and scipy's CSR products${typeof np1 === 'string' ? ': not measured, ' + np1 : ''}):`, '',
  table(['case', 'dtype', 'ndfuse WebAssembly', 'ndfuse JavaScript', 'numpy/scipy 1 thread', 'numpy/scipy 2 threads', ...js.map((p) => `${p.name} (float32)`)], rows)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--cold') {
  process.stdout.write(JSON.stringify(coldTimes(50)));
}
