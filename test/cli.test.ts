// The command line, run as a user runs it: the built bin in a child process.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYCON, pyconPresent } from './helpers.js';

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

describe('ndfuse run', () => {
  it('runs a TypeScript example and prints its kernels with --dump-kernels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-cli-'));
    const r = execFileSync(process.execPath, [bin, 'run', 'examples/tfidf.ts', '--dump-kernels'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r).toMatch(/1 kernel\nkernel 1 k_ew2_f64_\w+: output/);
    // stderr holds the dump; run again capturing it
    const both = execFileSync('sh', ['-c', `"${process.execPath}" "${bin}" run examples/tfidf.ts --dump-kernels 2>&1 >/dev/null`], { cwd: root, encoding: 'utf8' });
    expect(both).toMatch(/\/\/ k_ew2_f64_\w+\n\/\/ fuses: mul %0, sub %1\n/);
    expect(both).toMatch(/for \(; i \+ 8 <= end; i \+= 8\) \{\n {4}o0\[i\] = \(a0\[i\] \* a1\[i\]\) - c0;\n/);
    expect(both).toMatch(/for \(; i < end; i\+\+\) \{\n {4}o0\[i\] = \(a0\[i\] \* a1\[i\]\) - c0;\n {2}\}/);
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
    expect(failed?.stdout).toBe("ndfuse: NDFUSE_BACKEND=gpu is not one of 'auto', 'wasm', 'js', 'naive'\n");
  });

  it('runs where WebAssembly is missing (node --jitless): every kernel JavaScript, and says so at NDFUSE_DEBUG=1', () => {
    const r = execFileSync(process.execPath, ['--jitless', bin, 'eval', 'a * 3 - 1', '--var', 'a=0:40000'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NDFUSE_DEBUG: '1' } });
    expect(r).toMatch(/^int32\[40000\] \[-1, 2, 5, 8, 11, \.\.\., 119990, 119993, 119996\]/);
    const err = execFileSync('sh', ['-c', `"${process.execPath}" --jitless "${bin}" eval 'a * 3 - 1' --var a=0:40000 2>&1 >/dev/null`], { cwd: root, encoding: 'utf8', env: { ...process.env, NDFUSE_DEBUG: '1' } });
    expect(err).toMatch(/ndfuse: no WebAssembly kernels here \(WebAssembly is not defined\): every kernel is JavaScript/);
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

describe('ndfuse eval and explain', () => {
  it('evaluates with ranges, numbers and JSON files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-cli-'));
    writeFileSync(join(dir, 'm.json'), '[[1, 2], [3, 4]]');
    expect(ndfuse(['eval', 'x * 2 + k', '--var', 'x=0:5', '--var', 'k=0.5']).stdout).toBe('float64[5] [0.5,2.5,4.5,6.5,8.5]\n');
    expect(ndfuse(['eval', 'sum(m, 1) / 2', '--var', `m=${join(dir, 'm.json')}`, '--json']).stdout).toBe('{"dtype":"float64","shape":[2],"data":[1.5,3.5]}\n');
    expect(ndfuse(['eval', 'sqrt(x)', '--var', 'x=0:100']).stdout).toMatch(/^float64\[100\] \[0, 1, 1\.4142135623730951, .*, \.\.\., .*\]\nmin 0 max 9\.9498743710662 mean 6\.61\d+\n$/);
  });

  it('explains: graph, plan with reasons, kernel source', () => {
    const out = ndfuse(['explain', 'a - mean(a)', '--var', 'a=0:10']).stdout;
    expect(out).toContain('== plan ==');
    expect(out).toMatch(/2 kernels/);
    expect(out).toMatch(/stored once before it is broadcast/);
    expect(out).toMatch(/function k_sum_ew\d_f64_\w+\(start, end, buf, cst, geo, st, from, to\)/);
  });

  it('--dump-kernels works for eval: WebAssembly as text, JavaScript as source, under one header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-cli-'));
    execFileSync(process.execPath, [bin, 'eval', 'a * 3 - 1', '--var', 'a=0:4', '--dump-kernels', dir], { cwd: root, encoding: 'utf8', env: { ...process.env, NDFUSE_BACKEND: 'wasm' } });
    const wat = readdirSync(dir).filter((f) => /^k_ew2_i32_\w+\.wat$/.test(f));
    expect(wat).toHaveLength(1);
    const text = readFileSync(join(dir, wat[0]!), 'utf8');
    expect(text).toMatch(/^;; k_ew2_i32_\w+\n;; fuses: mul %\d+, sub %\d+\n;; outputs: i32; inputs: i32\n;; cache key: r0\|/);
    expect(text).toMatch(/\(func \(export "k_ew2_i32_\w+"\)/);
    const js = mkdtempSync(join(tmpdir(), 'ndfuse-cli-'));
    execFileSync(process.execPath, [bin, 'eval', 'a * 3 - 1', '--var', 'a=0:4', '--dump-kernels', js], { cwd: root, encoding: 'utf8', env: { ...process.env, NDFUSE_BACKEND: 'js' } });
    const src = readdirSync(js).filter((f) => /^k_ew2_i32_\w+\.js$/.test(f));
    expect(src).toHaveLength(1);
    expect(readFileSync(join(js, src[0]!), 'utf8')).toMatch(/^\/\/ k_ew2_i32_\w+\n\/\/ fuses: mul %\d+, sub %\d+\n/);
  });

  it('prints NaN and the infinities as such; JSON as strings', () => {
    expect(ndfuse(['eval', 'x / 0', '--var', 'x=0:3']).stdout).toBe('float64[3] [NaN,Infinity,Infinity]\n');
    expect(ndfuse(['eval', '(0 - x) / 0', '--var', 'x=1:3']).stdout).toBe('float64[2] [-Infinity,-Infinity]\n');
    expect(JSON.parse(ndfuse(['eval', 'x / 0', '--var', 'x=0:3', '--json']).stdout)).toEqual({ dtype: 'float64', shape: [3], data: ['NaN', 'Infinity', 'Infinity'] });
  });

  it('bad input is a message and a non-zero exit', () => {
    const cases: [string[], RegExp][] = [
      [['eval', 'x +', '--var', 'x=0:3'], /^ndfuse: evaluate: syntax error: Unexpected token \(line 1, column 4\)\n {2}x \+\n {5}\^\n$/],
      [['eval', 'x', '--var', 'x=no/such.json'], /^ndfuse: --var x=no\/such\.json: no such file/],
      [['eval', 'y * 2', '--var', 'x=0:3'], /^ndfuse: evaluate: unknown name 'y' \(not in the scope\)/],
      [['eval', 'x', '--var', '1x=3'], /^ndfuse: --var 1x=3: expected name=value with a plain name/],
    ];
    for (const [args, msg] of cases) {
      const r = ndfuseAll(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(msg);
    }
  });
});

describe('ndfuse topics and ndfuse crawl', () => {
  it('runs on the shipped EuroPython corpus: text, JSON and an HTML report', async () => {
    const text = ndfuse(['topics', '-k', '5', '--top-words', '4', '--top-talks', '2']).stdout;
    expect(text).toMatch(/^5 topics in 169 talks over 1000 terms \(NMF: \d+ iterations, reconstruction error [\d.]+\)\n/);
    expect(text.match(/^Topic \d: \w+/gm)).toHaveLength(5);
    const json = JSON.parse(ndfuse(['topics', '-k', '3', '--json', '--solver', 'mu']).stdout) as { topics: { words: unknown[]; talks: unknown[] }[]; documents: number };
    expect(json.documents).toBe(169);
    expect(json.topics.map((t) => [t.words.length, t.talks.length])).toEqual([[10, 5], [10, 5], [10, 5]]);
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-topics-'));
    ndfuse(['topics', '--html', join(dir, 'report.html')]);
    const { load } = await import('cheerio');
    const $ = load(readFileSync(join(dir, 'report.html'), 'utf8'));
    // test/report.test.ts and test/browser.test.ts look inside; here, that the command wrote it
    expect($('article.card')).toHaveLength(10);
    expect($('h1').text()).toBe('Topics of EuroPython 2016');
    expect($('.facts').text()).toContain('the corpus shipped with ndfuse (data/europython-2016.jsonl): 169 talks');
    expect($('.card a[href^="https://"]').length).toBe(50);
    expect($('[src]')).toHaveLength(0); // self-contained: nothing to load
    const kernelsDir = join(dir, 'kernels');
    ndfuse(['topics', '-k', '3', '--solver', 'mu', '--dump-kernels', kernelsDir]);
    const dumped = readdirSync(kernelsDir);
    expect(dumped.some((f) => /^k_spmm_\w+\.js$/.test(f))).toBe(true); // CSR times dense
    expect(dumped.some((f) => /^k_matmul_ew\d+_\w+\.js$/.test(f))).toBe(true); // an update with its epilogue
  });

  it.runIf(pyconPresent('the crawl command on the saved PyCon site (test/cli.test.ts)'))('crawls a saved site into a corpus, then finds its topics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-crawl-'));
    const site = PYCON;
    const r = execFileSync('sh', ['-c', `"${process.execPath}" "${bin}" crawl "${site}" -o "${join(dir, 'pycon.jsonl')}" --profile pycon-us-2016 2>&1`], { cwd: root, encoding: 'utf8' });
    expect(r).toMatch(/ndfuse crawl: 171 talks; 176 pages fetched, 0 from the cache, 0 skipped, 0 failed/);
    // with no profile: what was inferred, in the summary, and as a profile on stdout
    const z = spawnSync(process.execPath, [bin, 'crawl', site, '-o', join(dir, 'inferred.jsonl'), '--print-profile'], { cwd: root, encoding: 'utf8' });
    expect(z.status).toBe(0);
    expect(z.stderr).toMatch(/^ndfuse crawl: 171 talks;/);
    expect(z.stderr).toMatch(/\n {4}talkUrl: \/\*\/schedule\/presentation\/\*\/ {2}\(the largest group of links with one pattern on \d+ listing pages: 171 pages; next: /);
    expect(z.stderr).toContain('    title: h2  (its text is the link\'s text on 30 of 30 pages)');
    expect(JSON.parse(z.stdout)).toMatchObject({ talkUrl: '/*/schedule/presentation/*/', title: 'h2', text: ['div.description', 'div.abstract'] });
    expect(readFileSync(join(dir, 'pycon.jsonl'), 'utf8').trim().split('\n')).toHaveLength(171);
    expect(ndfuse(['topics', join(dir, 'pycon.jsonl'), '-k', '4']).stdout).toMatch(/^4 topics in 171 talks/);
  });

  it("takes scikit-learn's settings in kebab-case, lists them in --help, and checks them", () => {
    const help = ndfuse(['topics', '--help']).stdout;
    for (const flag of ['--max-df', '--min-df', '--max-features', '--stop-words', '--sublinear-tf', '--max-iter', '--tol', '--alpha-w', '--alpha-h', '--l1-ratio']) expect(help).toContain(flag);
    const plain = ndfuse(['topics', '-k', '2', '--top-words', '3', '--top-talks', '1', '--stop-words', 'none', '--max-features', 'none', '--min-df', '1', '--max-df', '1.0']).stdout;
    expect(plain).toMatch(/^2 topics in 169 talks over \d{4,} terms/);
    expect(plain).toMatch(/Topic 1: (the|and|to|of)\b/); // no stop words: the commonest words come first
    const reg = ndfuse(['topics', '-k', '3', '--alpha-w', '0.0001', '--alpha-h', '0.0006', '--l1-ratio', '0.5', '--max-iter', '50', '--tol', '1e-3']).stdout;
    expect(reg).toMatch(/^3 topics in 169 talks over 1000 terms \(NMF: \d+ iterations/);
    for (const [args, msg] of [
      [['--max-df', '2.5'], /--max-df must be a count \(a whole number\) or a fraction in \[0, 1\], got 2\.5/],
      [['--l1-ratio', '2'], /--l1-ratio must be a number from 0 to 1, got 2/],
      [['--stop-words', 'no-such-file'], /--stop-words must be english, none or a file of words, got no-such-file/],
      [['--alpha-h', 'x'], /--alpha-h must be a non-negative number, got x/],
    ] as [string[], RegExp][]) {
      const r = ndfuseAll(['topics', ...args]);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(msg);
    }
  });

  it('bad input is a message and a non-zero exit, and loses no corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndfuse-bad-'));
    writeFileSync(join(dir, 'empty.jsonl'), '');
    writeFileSync(join(dir, 'keep.jsonl'), '{"title":"kept","text":"kept"}\n');
    const cases: [string[], RegExp][] = [
      [['topics', 'http://127.0.0.1:9/'], /^ndfuse: crawl: could not fetch the start pages?: /],
      [['topics', join(dir, 'empty.jsonl')], /^ndfuse: loadCorpus: .*empty\.jsonl holds no talks: the corpus is empty/],
      [['topics', join(dir, 'keep.jsonl'), '-k', '2'], /^ndfuse: TfidfVectorizer\.fit: maxDf \(0\.95\) allows fewer documents \(0\.95\) than minDf \(2\) needs \(2\) with 1 documents \(on the command line: --max-df and --min-df\)/],
      [['topics', '-k', '500'], /^ndfuse: topics: 500 topics cannot be found in 169 documents over 1000 terms \(at most 169\)/],
      [['crawl', 'http://127.0.0.1:9/', '-o', join(dir, 'keep.jsonl'), '--timeout', '300', '--retries', '0'], /^ndfuse: crawl: could not fetch the start page/],
    ];
    for (const [args, msg] of cases) {
      const r = ndfuseAll(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
    expect(readFileSync(join(dir, 'keep.jsonl'), 'utf8')).toBe('{"title":"kept","text":"kept"}\n');
  });
});

