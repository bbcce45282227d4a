// The command line, run as a user runs it: the built bin in a child process.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist/src/cli.js');

function ndfuse(args: string[], env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string } {
  const r = execFileSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { stdout: r, stderr: '' };
}

function ndfuseAll(args: string[]): { stdout: string; stderr: string; status: number } {
  try {
    const out = execFileSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { stdout: out, stderr: '', status: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { stdout: err.stdout, stderr: err.stderr, status: err.status };
  }
}

beforeAll(() => {
  // the bin is built by `npm install` (prepare); build it when the sources are newer
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' });
});

describe('ndfuse run', () => {
  it('runs a TypeScript example and prints its kernels with --dump-kernels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-cli-'));
    const r = execFileSync(process.execPath, [bin, 'run', 'examples/tfidf.ts', '--dump-kernels'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r).toMatch(/1 kernel\nkernel 1 k_ew2_f64_\w+: output/);
    // stderr holds the dump; run again capturing it
    const both = execFileSync('sh', ['-c', `"${process.execPath}" "${bin}" run examples/tfidf.ts --dump-kernels 2>&1 >/dev/null`], { cwd: root, encoding: 'utf8' });
    expect(both).toMatch(/\/\/ k_ew2_f64_\w+\n\/\/ fuses: mul %0, sub %1\n/);
    expect(both).toMatch(/for \(let i = start; i < end; i\+\+\) \{\n {4}o0\[i\] = \(a0\[i\] \* a1\[i\]\) - c0;\n {2}\}/);
    ndfuse(['run', 'examples/tfidf.ts', '--dump-kernels', dir]);
    expect(readdirSync(dir).filter((f) => /^k_ew2_f64_\w+\.js$/.test(f))).toHaveLength(1);
  });

  it('runs a plain JS script with arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-cli-'));
    const script = join(dir, 's.mjs');
    writeFileSync(script, `import { arange } from ${JSON.stringify(join(root, 'dist/src/index.js'))};\nconsole.log(arange(Number(process.argv[2])).mul(2).toArray().join(','));\n`);
    expect(ndfuse(['run', script, '4']).stdout).toBe('0,2,4,6\n');
  });

  it('reads NDFUSE_BACKEND and NDFUSE_DEBUG from the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-cli-'));
    const script = join(dir, 's.mjs');
    writeFileSync(script, `import { arange, cacheStats } from ${JSON.stringify(join(root, 'dist/src/index.js'))};\nconsole.log(arange(4).mul(3).sub(1).toArray().join(','), cacheStats.misses);\n`);
    const run = (env: Record<string, string>): string => execFileSync('sh', ['-c', `"${process.execPath}" "${bin}" run "${script}" 2>&1`], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(run({ NDFUSE_BACKEND: 'naive', NDFUSE_DEBUG: '1' })).toBe('ndfuse: naive backend: 5 nodes, one temporary array each\n-1,2,5,8 0\n');
    expect(run({ NDFUSE_DEBUG: '1' })).toMatch(/^ndfuse: 1 kernel \[k_ew2_i32_\w+\] \| cache 0 hits, 1 misses, [\d.]+ ms compiling\n-1,2,5,8 1\n$/);
    let failed: { status: number; stdout: string } | undefined;
    try {
      run({ NDFUSE_BACKEND: 'gpu' });
    } catch (e) {
      failed = e as { status: number; stdout: string };
    }
    expect(failed?.status).toBe(1);
    expect(failed?.stdout).toBe("ndfuse: NDFUSE_BACKEND=gpu is not 'fused' or 'naive'\n");
  });

  it('says so when the script does not exist', () => {
    const r = ndfuseAll(['run', 'no/such/script.ts']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/ndfuse run: no such script: no\/such\/script\.ts/);
  });

  it('has help and a version', () => {
    expect(ndfuse(['--help']).stdout).toMatch(/Usage: ndfuse/);
    expect(ndfuse(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(existsSync(bin)).toBe(true);
  });
});
