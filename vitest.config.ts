import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // a timeout fails a test only when it hangs: these machines are shared and often busy
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // the static half of test/types.test.ts: TypeScript checks its expectTypeOf lines
    typecheck: { enabled: true, include: ['test/types.test.ts'], tsconfig: 'test/tsconfig.types.json' },
  },
});
