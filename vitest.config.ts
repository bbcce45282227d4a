import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    // the static half of test/types.test.ts: TypeScript checks its expectTypeOf lines
    typecheck: { enabled: true, include: ['test/types.test.ts'], tsconfig: 'test/tsconfig.types.json' },
  },
});
