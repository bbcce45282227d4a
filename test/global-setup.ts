// Builds dist/ once before any test file runs: the CLI tests run the built bin, and the ahead-of-time
// tests analyse projects that import 'ndfuse' (resolved, as for a user, to dist's declarations).
// `npm ci` builds it too (prepare); this keeps it current while the sources change.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  // a run started by a test of this suite (test/package.test.ts) finds dist/ built, and must not
  // rewrite it under the feet of the tests running beside it
  if (process.env.NDFUSE_TEST_BUILT === '1') return;
  execFileSync(process.execPath, [join(import.meta.dirname, '../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
}
