// The package as a user gets it: packed, installed into an empty project, its bin reached the way
// npm reaches it (a symlink in node_modules/.bin), its light core and its subpath export.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

describe('the bin', () => {
  it('runs when reached through a symlink', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-link-'));
    symlinkSync(join(root, 'dist/src/cli.js'), join(dir, 'ndfuse'));
    const version = execFileSync(process.execPath, [join(dir, 'ndfuse'), '--version'], { encoding: 'utf8' }).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the packed package, installed into an empty project', () => {
  const project = mkdtempSync(join(tmpdir(), 'ndfuse-consumer-'));
  it('installs from its tarball (production dependencies only) and ships nothing that cannot run', () => {
    npm(['pack', '--ignore-scripts', '--pack-destination', project], root);
    const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
    npm(['install', '--prefer-offline', '--no-package-lock', join(project, tarball)], project);
    const files = execFileSync('tar', ['-tzf', join(project, tarball)], { encoding: 'utf8' }).split('\n');
    expect(files.some((f) => f.startsWith('package/dist/bench/'))).toBe(false);
    expect(files).toContain('package/LICENSE');
    expect(files).toContain('package/data/europython-2016.jsonl');
    // optional tools are not installed with it
    expect(readdirSync(join(project, 'node_modules'))).not.toContain('ts-morph');
  }, 600_000);

  it('npx ndfuse prints its version and help, evaluates, and finds topics', () => {
    const run = (args: string[]): string => npm(['exec', '--offline', '--', 'ndfuse', ...args], project);
    expect(run(['--version']).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run(['--help'])).toMatch(/Commands:[\s\S]*topics/);
    expect(run(['eval', 'x / 0', '--var', 'x=0:3']).trim()).toBe('float64[3] [NaN,Infinity,Infinity]');
    expect(run(['topics', '-k', '3', '--top-words', '3', '--top-talks', '1'])).toMatch(/^3 topics in 169 talks over 1000 terms/);
    expect(() => run(['aot', '-o', 'k.ts'])).toThrow(/ndfuse aot needs ts-morph to read TypeScript, which is not installed: npm install --save-dev ts-morph/);
    // the benchmarks belong to a clone of the repository (npm run bench), not to the command
    expect(run(['--help'])).not.toMatch(/^\s+bench/m);
  }, 600_000);

  it('import loads the array engine, ndfuse/topics the pipeline, and require works too', () => {
    const script = [
      "import { array } from 'ndfuse';",
      "import { loadCorpus, defaultCorpusPath } from 'ndfuse/topics';",
      "import { createRequire } from 'node:module';",
      'const core = createRequire(import.meta.url)("ndfuse");',
      'console.log(array([1, 2]).add(1).toArray().join(","), loadCorpus(defaultCorpusPath()).length, typeof core.array);',
    ].join('\n');
    writeFileSync(join(project, 'use.mjs'), script);
    const out = execFileSync(process.execPath, ['--no-warnings', join(project, 'use.mjs')], { cwd: project, encoding: 'utf8' });
    expect(out.trim()).toBe('2,3 169 function');
  });

  it("import 'ndfuse' reaches no HTML parser and no topic code (the static import graph of the core)", () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(join(dirname(file), spec));
        else bare.add(spec);
      }
    };
    visit(join(root, 'dist/src/index.js'));
    expect([...seen].some((f) => f.includes('/topics/'))).toBe(false);
    expect([...bare].filter((b) => !b.startsWith('node:')).sort()).toEqual(['acorn']);
  }, 600_000);
});

describe('a clone with nothing beside it', () => {
  it('skips the tests that need the PyCon pages, with a notice saying what to provide, and passes the rest', () => {
    const files = ['test/topics.test.ts', 'test/crawl.test.ts', 'test/cli.test.ts'];
    const r = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
      cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NDFUSE_TEST_BUILT: '1', NDFUSE_TEST_PYCON: join(tmpdir(), 'no-such-folder') },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+\d+ passed \| 9 skipped/);
    expect(r.stdout + r.stderr).toMatch(/SKIPPED the PyCon 2016 agreement tests .*: they need the crawled PyCon US 2016 pages at .*no-such-folder .*put a copy of that folder there to run them/);
  }, 600_000);
});
