import { defineConfig } from 'vitest/config';

// The engine's tests run once per backend, as tfjs runs one suite over every backend: the automatic
// choice (with everything else), then every kernel forced onto WebAssembly where its renderer does it
// (arrays copied in and out), then every kernel on the JavaScript renderer on one thread, then the automatic
// choice with every kernel a worker can run on 2 and on 8 threads (more than the cores).
const ENGINE = [
  'test/ops.test.ts', 'test/reduce.test.ts', 'test/masks.test.ts', 'test/linalg.test.ts', 'test/sparse.test.ts', 'test/creation.test.ts',
  'test/regressions.test.ts', 'test/deep.test.ts', 'test/numexpr.test.ts', 'test/frontends.test.ts', 'test/backends.test.ts',
  'test/errors.test.ts', 'test/fuzz.test.ts', 'test/memory.test.ts', 'test/unit/**/*.test.ts',
];

// the fuzzer runs every graph on worker threads already (test/fuzz/check.ts): the thread projects
// leave it out, which keeps the suite well inside CI's time
const THREADED = ENGINE.filter((f) => f !== 'test/fuzz.test.ts');

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    // a timeout fails a test only when it hangs: these machines are shared and often busy
    testTimeout: 600_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'auto',
          include: ['test/**/*.test.ts'],
          // the static half of test/types.test.ts: TypeScript checks its expectTypeOf lines
          typecheck: { enabled: true, include: ['test/types.test.ts'], tsconfig: 'test/tsconfig.types.json' },
        },
      },
      { extends: true, test: { name: 'wasm', include: ENGINE, env: { NDFUSE_BACKEND: 'wasm' } } },
      { extends: true, test: { name: 'js', include: ENGINE, env: { NDFUSE_BACKEND: 'js', NDFUSE_THREADS: '1' } } },
      { extends: true, test: { name: 'threads-2', include: THREADED, env: { NDFUSE_THREADS: '2', NDFUSE_THREAD_MIN_WORK: '0' } } },
      { extends: true, test: { name: 'threads-8', include: THREADED, env: { NDFUSE_THREADS: '8', NDFUSE_THREAD_MIN_WORK: '0' } } },
    ],
  },
});
