// The benchmark suite's smoke test: `npm run bench -- --quick` runs and writes its table and chart.
// (No timing is asserted: only that the outputs are there and well formed.)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { CASES } from '../bench/suite.js';

const root = join(import.meta.dirname, '..');

describe('npm run bench -- --quick', () => {
  it('writes a markdown table, an SVG chart and the raw results', () => {
    const out = mkdtempSync(join(tmpdir(), 'ndfuse-bench-'));
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' });
    const printed = execFileSync(process.execPath, [join(root, 'dist/bench/run.js'), '--quick', '--out', out], { cwd: root, encoding: 'utf8' });
    const md = readFileSync(join(out, 'latest.md'), 'utf8');
    expect(printed).toContain('Written: ');
    expect(md).toMatch(/^# ndfuse benchmark results\n\nMachine: .+ cores, .+ GiB, Node v\d+/);
    for (const c of CASES) {
      expect(md).toContain(`## ${c.name}\n`);
    }
    expect(md).toMatch(/\| n \| fused \| naive \| hand \| fused, out= \| naive \/ fused \| hand \/ fused \| numpy \/ fused \| numexpr 1 thread \/ fused \| fused GB\/s \(24 B\/element\) \|/);
    expect(md.match(/^\| 1e\+[34] \|/gm)).toHaveLength(2 * CASES.length);
    const $ = load(readFileSync(join(out, 'latest.svg'), 'utf8'), { xmlMode: true });
    expect($('svg')).toHaveLength(1);
    // time: fused, naive and hand in each panel, and fused into `out` where the result is an array;
    // ratios: naive and hand over fused, in a panel per case
    expect($('polyline')).toHaveLength(3 * CASES.length + CASES.filter((c) => c.setup(10).lazy).length + 2 * CASES.length);
    // the lines of a panel differ in colour and in dashes, and each has its markers
    $('g[transform^="translate"]').has('polyline').each((_, g) => {
      const lines = $(g).find('polyline').toArray();
      expect(new Set(lines.map((l) => $(l).attr('stroke'))).size).toBe(lines.length);
      expect(new Set(lines.map((l) => $(l).attr('stroke-dasharray') ?? 'solid')).size).toBe(lines.length);
      expect($(g).find('circle, rect, path[transform]').length).toBeGreaterThanOrEqual(lines.length * 2);
    });
    expect($('text').map((_, t) => $(t).text()).get()).toEqual(expect.arrayContaining(['array size n (elements)', 'time per call', 'peer time ÷ fused time', '1k', '10k', '1×']));
    // `npm run bench -- chart` draws the same chart again from the figures
    const drawn = readFileSync(join(out, 'latest.svg'), 'utf8');
    rmSync(join(out, 'latest.svg'));
    expect(execFileSync(process.execPath, [join(root, 'dist/bench/run.js'), 'chart', '--out', out], { cwd: root, encoding: 'utf8' })).toContain('latest.svg, from');
    expect(readFileSync(join(out, 'latest.svg'), 'utf8')).toBe(drawn);
    const raw = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as { points: { us: number }[]; sizes: number[] };
    expect(raw.sizes).toEqual([1000, 10000]);
    expect(raw.points.every((p) => p.us > 0)).toBe(true);
  });
});
