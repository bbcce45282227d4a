// The JavaScript libraries a user would pick instead of ndfuse, timed in the same process: jax-js
// (`jit`, arrays on its WebAssembly device) and tfjs (its WebAssembly backend, float32 only). They
// live in bench/peers, installed on demand (`npm run bench:peers`), never by ndfuse or its tests.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** bench/peers from the source tree or from dist/bench. */
const PEERS = [join(dirname(fileURLToPath(import.meta.url)), 'peers'), join(dirname(fileURLToPath(import.meta.url)), '../../bench/peers')].find((d) => existsSync(join(d, 'node_modules')));

export interface Peer {
  readonly name: string;
  readonly dtypes: readonly ('float64' | 'float32')[];
  /** Microseconds per call of `tf * idf - 1` over arrays on the peer's device, a fresh result each. */
  tfidf(n: number, dtype: 'float64' | 'float32'): Promise<number>;
  /** Milliseconds per m x m matmul, float32. */
  matmul(m: number): Promise<number>;
}

/** Per call, the best of five batches of `f` (each as many calls as first took `ms` / 4). */
async function best(f: () => Promise<void>, ms: number): Promise<number> {
  await f();
  let reps = 1;
  for (let t0 = performance.now(); performance.now() - t0 < ms / 4; reps *= 2) for (let r = 0; r < reps; r++) await f();
  let min = Infinity;
  for (let b = 0; b < 5; b++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) await f();
    min = Math.min(min, (performance.now() - t0) / reps);
  }
  return min;
}

/** n numbers in [0, 1), the same for every peer and run. */
const values = (n: number, seed: number): number[] => Array.from({ length: n }, (_, i) => (((Math.imul(i, 2654435761) >>> 0) + seed * 97) % 1000003) / 1000003);

/** The peers installed in bench/peers, and a note on those that are not. */
export async function loadPeers(ms: number): Promise<{ peers: Peer[]; note: string }> {
  if (!PEERS) return { peers: [], note: 'jax-js and tfjs skipped: not installed (npm run bench:peers installs them into bench/peers)' };
  const req = createRequire(join(PEERS, 'package.json'));
  const load = async (name: string): Promise<any> => import(pathToFileURL(req.resolve(name)).href);
  // jax-js exports no package.json: read it where npm put it
  const versionOf = (name: string): string => (JSON.parse(readFileSync(join(PEERS, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const peers: Peer[] = [];
  const notes: string[] = [];
  try {
    // jax-js 0.1.25 tests `instanceof Float16Array`, which Node 20 does not have
    (globalThis as { Float16Array?: unknown }).Float16Array ??= class Float16Array {};
    const jax = await load('@jax-js/jax');
    await jax.init('wasm');
    jax.defaultDevice('wasm');
    const np = jax.numpy;
    const f = jax.jit((x: any, y: any) => x.mul(y).sub(1));
    const mm = jax.jit((x: any, y: any) => np.matmul(x, y));
    const version = versionOf('@jax-js/jax');
    peers.push({
      name: `jax-js ${version}`, dtypes: ['float64', 'float32'],
      async tfidf(n, dtype) {
        const a = np.array(values(n, 1), { dtype }), b = np.array(values(n, 2), { dtype });
        const t = await best(async () => { const z = f(a.ref, b.ref); await z.blockUntilReady(); z.dispose(); }, ms);
        a.dispose(); b.dispose();
        return t * 1e3;
      },
      async matmul(m) {
        const a = np.array(values(m * m, 3), { dtype: 'float32' }).reshape([m, m]), b = np.array(values(m * m, 4), { dtype: 'float32' }).reshape([m, m]);
        const t = await best(async () => { const z = mm(a.ref, b.ref); await z.blockUntilReady(); z.dispose(); }, ms);
        a.dispose(); b.dispose();
        return t;
      },
    });
  } catch (e) {
    notes.push(`jax-js skipped: ${(e as Error).message}`);
  }
  try {
    const tf = await load('@tensorflow/tfjs-core');
    const wasm = await load('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths(dirname(req.resolve('@tensorflow/tfjs-backend-wasm')) + '/');
    await tf.setBackend('wasm');
    await tf.ready();
    const version = versionOf('@tensorflow/tfjs-core');
    peers.push({
      name: `tfjs ${version} wasm`, dtypes: ['float32'],
      async tfidf(n) {
        const a = tf.tensor1d(values(n, 1)), b = tf.tensor1d(values(n, 2));
        const t = await best(async () => tf.tidy(() => tf.sub(tf.mul(a, b), 1)).dispose(), ms);
        a.dispose(); b.dispose();
        return t * 1e3;
      },
      async matmul(m) {
        const a = tf.tensor2d(values(m * m, 3), [m, m]), b = tf.tensor2d(values(m * m, 4), [m, m]);
        const t = await best(async () => tf.matMul(a, b).dispose(), ms);
        a.dispose(); b.dispose();
        return t;
      },
    });
  } catch (e) {
    notes.push(`tfjs skipped: ${(e as Error).message}`);
  }
  return { peers, note: notes.join('; ') };
}
