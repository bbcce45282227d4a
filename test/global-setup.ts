// Builds dist/ once before any test file runs: the CLI tests run the built bin, and the ahead-of-time
// tests analyse projects that import 'ndfuse' (resolved, as for a user, to dist's declarations).
// `npm ci` builds it too (prepare); this keeps it current while the sources change.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
}
