// An earlier ndfuse to run beside this one (`npm run bench -- suite --baseline <rev>`): the revision
// is checked out into a temporary git worktree, built with this clone's TypeScript and imported, so
// its kernels and this one's run in the same process, interleaved, and their ratio is honest.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Lib } from './suite.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

export interface Baseline {
  readonly lib: Lib;
  /** The revision, as git abbreviates it. */
  readonly label: string;
  /** Removes the worktree. */
  readonly close: () => void;
}

export async function loadBaseline(rev: string): Promise<Baseline> {
  const git = (...args: string[]): string => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const label = git('rev-parse', '--short', rev);
  const dir = mkdtempSync(join(tmpdir(), 'ndfuse-baseline-'));
  git('worktree', 'add', '--detach', dir, rev);
  const close = (): void => void git('worktree', 'remove', '--force', dir);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
    const lib = (await import(pathToFileURL(join(dir, 'dist/src/index.js')).href)) as Lib;
    return { lib, label, close };
  } catch (e) {
    close();
    throw e;
  }
}
