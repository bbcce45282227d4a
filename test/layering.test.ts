// The compiler is pure: it must not import the runtime or the API.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);

const importsOf = (file: string): string[] =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)]
    .map((m) => m[1] ?? m[2]!);

describe('layering', () => {
  it.each(files('compiler'))('%s imports nothing from runtime/ or src/', (file) => {
    for (const spec of importsOf(file)) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/(^|\/)(runtime|src)\//);
      expect(spec, `${file} imports ${spec}`).toMatch(/^(\.\/|node:)/);
    }
  });

  it('runtime/ does not import the API', () => {
    for (const file of files('runtime')) for (const spec of importsOf(file)) expect(spec, file).not.toMatch(/(^|\/)src\//);
  });

  it('src/ and runtime/ do not import the benchmarks', () => {
    for (const file of [...files('src'), ...files('runtime')]) for (const spec of importsOf(file)) expect(spec, file).not.toMatch(/(^|\/)bench\//);
  });

  it('the check sees an offending import', () => {
    // guards against a regular expression that matches nothing
    expect(importsOf('compiler/print.ts')).toContain('./codegen.js');
  });
});
