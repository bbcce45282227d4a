#!/usr/bin/env node
// The ndfuse command line. Each command is a thin shell over the library.

import { Command, InvalidArgumentError } from 'commander';
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CRAWL_LIMITS, type CrawlLimit, type Limit } from './topics/crawl-limits.js';
import { PROFILE_FIELDS } from './topics/profile-fields.js';

const pkg = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8')) as { version: string };

export function makeProgram(): Command {
  const program = new Command();
  program
    .name('ndfuse')
    .description('Lazy array expressions compiled into fused JavaScript kernels')
    .version(pkg.version);

  program
    .command('run')
    .description('run a .js or .ts script that uses ndfuse, optionally printing every kernel it compiles')
    .argument('<script>', 'the script to run (TypeScript is compiled on the fly)')
    .argument('[args...]', 'arguments passed to the script in process.argv')
    .option(...DUMP_KERNELS)
    .option(...DUMP_FORMAT)
    .action(async (script: string, args: string[], opts: DumpOptions) => {
      const path = resolve(script);
      if (!existsSync(path)) throw new InvalidArgumentError(`ndfuse run: no such script: ${script}`);
      // loaded here so that a bad NDFUSE_* variable is reported as a message, not a stack trace
      const { setConfig } = await import('../runtime/config.js');
      const dump = dumpSettings(opts);
      if (dump) {
        // the environment reaches a copy of ndfuse the script may load from its own node_modules
        process.env.NDFUSE_DUMP_KERNELS = dump.dumpKernels;
        process.env.NDFUSE_DUMP_FORMAT = dump.dumpFormat;
        setConfig(dump);
      }
      process.argv = [process.argv[0]!, path, ...args];
      if (/\.[cm]?tsx?$/.test(path)) {
        const { register } = await optional(() => import('tsx/esm/api'), 'tsx', 'ndfuse run needs tsx to run a TypeScript script');
        register();
      }
      await import(pathToFileURL(path).href);
    });
  const expressionCommand = (name: string, description: string) => program
    .command(name)
    .description(description)
    .argument('<expr>', 'an expression, numexpr style, e.g. "tf * idf - 1"')
    .option('--var <name=value>', 'a variable: name=file.json (an array), name=start:stop[:step] (a range) or name=number; repeatable', collect, [])
    .option(...DUMP_KERNELS)
    .option(...DUMP_FORMAT);

  expressionCommand('eval', 'evaluate an expression and print the result (a summary for large arrays)')
    .option('--json', 'print the whole result as JSON: {dtype, shape, data}; NaN, Infinity and -Infinity, which JSON lacks, are the strings "NaN", "Infinity" and "-Infinity"')
    .action(async (expr: string, opts: { var: string[]; json?: boolean } & DumpOptions) => {
      const nd = await library(opts);
      const result = await nd.evaluate(expr, variables(nd, opts.var)).evalAsync();
      process.stdout.write((opts.json ? JSON.stringify({ dtype: result.dtype, shape: result.shape, data: result.toArray() }, jsonNumber) : summary(result)) + '\n');
    });

  expressionCommand('explain', 'print the graph, the plan with its fusion reasons and the kernel source of an expression')
    .action(async (expr: string, opts: { var: string[] } & DumpOptions) => {
      const nd = await library(opts);
      const x = nd.evaluate(expr, variables(nd, opts.var));
      process.stdout.write(x.explain() + '\n');
      if (opts.dumpKernels !== undefined) x.eval();
    });
  const topics = program
    .command('topics')
    .description('find the topics of a conference: crawl or read its talks, TF-IDF, NMF; print each topic\'s words and talks')
    .argument('[source]', 'a site URL or saved site folder to crawl, a folder of pyvideo records, or a .json/.jsonl corpus (default: EuroPython 2016, shipped)')
    .option('-k, --components <n>', 'number of topics', '10')
    .option('--top-words <n>', 'words shown per topic', '10')
    .option('--top-talks <n>', 'talks shown per topic', '5')
    .option('--max-df <x>', 'TF-IDF: drop terms in more documents than this (a fraction, or a count; 1 is every document)', '0.95')
    .option('--min-df <x>', 'TF-IDF: drop terms in fewer documents than this (a count, or a fraction; 1 is one document)', '2')
    .option('--max-features <n|none>', 'TF-IDF: keep the most frequent terms only', '1000')
    .option('--stop-words <english|none|file>', "TF-IDF: scikit-learn's English list, none, or a file of words (one a line)", 'english')
    .option('--sublinear-tf', 'TF-IDF: replace a count tf by 1 + ln(tf)')
    .option('--solver <name>', "NMF solver: 'cd' or 'mu'", 'cd')
    .option('--init <name>', 'NMF initialisation: random, nndsvd, nndsvda or nndsvdar (default: nndsvda, as scikit-learn)')
    .option('--max-iter <n>', 'NMF: iterations at most', '200')
    .option('--tol <x>', 'NMF: stop when the error improves by less than this', '1e-4')
    .option('--alpha-w <x>', 'NMF: regularisation of W', '0')
    .option('--alpha-h <x|same>', "NMF: regularisation of H ('same': alpha-w's)", 'same')
    .option('--l1-ratio <x>', 'NMF: the L1 share of the regularisation, 0 (L2) to 1 (L1)', '0')
    .option('--random-state <n>', 'seed', '0')
    .option('--json', 'print the topics as JSON')
    .option('--html <file>', 'also write a self-contained HTML report')
    .option(...DUMP_KERNELS)
    .option(...DUMP_FORMAT)
    .addHelpText('after', "\nThe settings are scikit-learn's, in kebab-case: the TF-IDF defaults are those of scikit-learn's topic\nextraction example (max_df=0.95, min_df=2, max_features=1000, stop_words='english'), NMF's are NMF's own.\nThe original demo's alpha=.1, l1_ratio=.5 (scikit-learn before 1.2) is, now that the penalties scale with\nthe matrix (1000 terms, 169 talks by default): --alpha-w 0.0001 --alpha-h 0.0006 --l1-ratio 0.5")
    .action(async (source: string | undefined, opts: Record<string, CliValue>) => {
      await library(opts as DumpOptions); // applies --dump-kernels before the pipeline runs
      const tp = await topicsLibrary();
      const flag = (name: string): string => `--${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`;
      const num = (name: string, ok: (v: number) => boolean, what: string): number => {
        const v = Number(opts[name]);
        if (String(opts[name]).trim() === '' || !ok(v)) throw new InvalidArgumentError(`ndfuse topics: ${flag(name)} must be ${what}, got ${String(opts[name])}`);
        return v;
      };
      const int = (name: string): number => num(name, (v) => Number.isInteger(v) && v >= 0, 'a non-negative integer');
      const nonNeg = (name: string): number => num(name, (v) => Number.isFinite(v) && v >= 0, 'a non-negative number');
      const df = (name: string): number => num(name, (v) => v >= 0 && (Number.isInteger(v) || v <= 1), 'a count (a whole number) or a fraction in [0, 1]');
      const talks = await talksFrom(tp, source, opts);
      const result = await tp.findTopicsAsync(talks, {
        components: int('components'), topWords: int('topWords'), topTalks: int('topTalks'),
        tfidf: {
          maxDf: df('maxDf'), minDf: df('minDf'),
          maxFeatures: opts.maxFeatures === 'none' ? null : int('maxFeatures'),
          stopWords: stopWords(String(opts.stopWords)),
          sublinearTf: opts.sublinearTf === true,
        },
        nmf: {
          solver: opts.solver as 'cd' | 'mu', init: opts.init as never, randomState: int('randomState'),
          maxIter: int('maxIter'), tol: nonNeg('tol'), alphaW: nonNeg('alphaW'),
          alphaH: opts.alphaH === 'same' ? 'same' : nonNeg('alphaH'),
          l1Ratio: num('l1Ratio', (v) => v >= 0 && v <= 1, 'a number from 0 to 1'),
        },
      });
      process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : tp.topicsText(result));
      if (opts.html) {
        writeFileSync(String(opts.html), tp.topicsHtml(result, talks, { title: `Topics of ${source ?? 'EuroPython 2016'}`, corpus: source ?? 'EuroPython 2016, the corpus shipped with ndfuse (data/europython-2016.jsonl)' }));
        process.stderr.write(`ndfuse: wrote ${String(opts.html)}\n`);
      }
    });

  crawlOptions(topics, 'topics');
  const crawlCommand = program
    .command('crawl')
    .description('crawl a conference site for its talks and write them as a JSONL corpus; with no profile, what to read is inferred')
    .argument('<source>', 'the site (or a listing page) as http(s)://, a saved site\'s folder, or a saved page\'s file')
    .option('-o, --output <file>', 'the corpus to write (JSONL); replaced only when the crawl succeeds')
    .option('--print-profile', 'print the profile the crawl ran with (given and inferred fields) as JSON, to edit and reuse with --profile')
    .action(async (source: string, opts: Record<string, CliValue>) => {
      if (!opts.output && !opts.printProfile) throw new InvalidArgumentError('ndfuse crawl: -o <file> is needed (or --print-profile)');
      if (opts.output) checkOutput(String(opts.output));
      await library({});
      const tp = await topicsLibrary();
      const { talks, summary, profile } = await tp.crawl(source, crawlSettings(tp, opts, 'crawl'));
      process.stderr.write(crawlSummary(summary, talks.length) + '\n');
      if (opts.printProfile) process.stdout.write(JSON.stringify(profile, null, 2) + '\n');
      if (!opts.output) return;
      if (talks.length === 0) throw new InvalidArgumentError(`ndfuse crawl: no talks found at ${source}; ${String(opts.output)} is left as it was`);
      tp.writeCorpus(String(opts.output), talks);
      process.stderr.write(`ndfuse: wrote ${talks.length} talks to ${String(opts.output)}\n`);
    });
  crawlOptions(crawlCommand, 'crawl');
  program
    .command('aot')
    .description('compile the kernels a TypeScript project needs ahead of time into one module, for hosts that forbid new Function')
    .argument('[project]', 'a folder with a tsconfig.json, or a tsconfig file', '.')
    .requiredOption('-o, --out <file.ts>', 'the module to write')
    .option('--runtime <specifier>', 'how the module imports ndfuse (default: as the project does)')
    .action(async (project: string, opts: { out: string; runtime?: string }) => {
      // ts-morph is large: loaded only for this command, and only installed by those who need it
      const { writeAheadOfTime, report } = await optional(() => import('./aot/aot.js'), 'ts-morph', 'ndfuse aot needs ts-morph to read TypeScript');
      const r = writeAheadOfTime({ project, out: opts.out, ...(opts.runtime ? { runtime: opts.runtime } : {}) });
      process.stdout.write(report(r, opts.out) + '\n');
    });
  return program;
}

type CliValue = string | boolean | string[] | undefined;

/** The crawler's flags, on `topics` and `crawl` alike: a profile, overrides of its fields, and the fetching limits. */
function crawlOptions(cmd: Command, name: string): void {
  cmd
    .option('--profile <name|file.json>', 'a site profile: pycon-us-2016, europython-2016 or a JSON file (fields below); what it leaves out is inferred')
    .option('--start <path>', 'override: a listing page to start from, as a path from the site\'s root, when the source is the root or a folder; repeatable', collect, [])
    .option('--talk-links <selector>', 'override: CSS selector of the links to talk pages on a listing page')
    .option('--talk-url <pattern>', 'override: the talk pages\' paths, * for one segment: /talks/*/')
    .option('--title <selector>', 'override: CSS selector of a talk page\'s title')
    .option('--text <selectors>', 'override: comma-separated CSS selectors of a talk page\'s text')
    .option('--tags <selector>', 'override: CSS selector of a talk page\'s tags')
    .option('--cache <dir>', 'where pages fetched over HTTP are kept (default: $XDG_CACHE_HOME/ndfuse/pages or ~/.cache/ndfuse/pages)')
    .option('--no-cache', 'fetch every page again and keep none')
    .option('--ignore-robots', 'fetch what robots.txt disallows (for a site you run)');
  for (const { flag, help, lo, hi, dflt } of Object.values(CRAWL_LIMITS) as Limit[]) if (flag) cmd.option(flag, `${help}, ${lo} to ${hi}`, String(dflt));
  cmd.addHelpText('after', `\nA profile is a JSON object; every field is optional (what is left out is inferred, and the summary
says what was inferred and how; \`ndfuse crawl --print-profile\` prints it all as a profile to edit):
${Object.entries(PROFILE_FIELDS).map(([k, v]) => `  ${k.padEnd(12)} ${v}`).join('\n')}
With no profile, ${name} finds the listing pages (the page given, a folder's index.html or its pages
named like a schedule, and the pages they link to that are named so), the talk pages among their links (the
largest group of links whose paths share a pattern), each talk's title (the element whose text is the link's
text) and text (the blocks that differ from talk page to talk page), and drops lines most talk pages share.`);
}

/** The crawl options of the flags, each checked with a one-line message naming the flag. */
function crawlSettings(tp: Topics, opts: Record<string, CliValue>, name: string): Parameters<Topics['crawl']>[1] {
  // each numeric flag, as its option of the crawl
  const numbers: Partial<Record<CrawlLimit, number>> = {};
  for (const [key, { flag, lo, hi }] of Object.entries(CRAWL_LIMITS) as [CrawlLimit, Limit][]) {
    if (!flag) continue;
    const long = flag.split(' ')[0]!;
    const raw = String(opts[long.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())]);
    const v = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || v < lo || v > hi) throw new InvalidArgumentError(`ndfuse ${name}: ${long} must be a whole number from ${lo} to ${hi}, got ${raw}`);
    numbers[key] = v;
  }
  const base = opts.profile ? tp.loadProfile(String(opts.profile)) : {};
  const start = opts.start as string[];
  const profile = {
    ...base,
    ...(start.length > 0 ? { start } : {}),
    ...(opts.talkLinks ? { talkLinks: String(opts.talkLinks) } : {}),
    ...(opts.talkUrl ? { talkUrl: String(opts.talkUrl) } : {}),
    ...(opts.title ? { title: String(opts.title) } : {}),
    ...(opts.text ? { text: String(opts.text).split(',').map((t) => t.trim()) } : {}),
    ...(opts.tags ? { tags: String(opts.tags) } : {}),
  };
  return {
    profile: tp.checkProfile(profile, opts.profile ? `profile ${String(opts.profile)} with the flags` : 'the flags'),
    ...numbers,
    cacheDir: opts.cache === false ? null : typeof opts.cache === 'string' ? opts.cache : tp.defaultCacheDir(),
    ignoreRobots: opts.ignoreRobots === true, progress: process.stderr.isTTY,
  };
}

/** An error now, before any page is fetched, if the corpus cannot be written where asked. */
function checkOutput(path: string): void {
  const dir = dirname(resolve(path));
  if (existsSync(path) && statSync(path).isDirectory()) throw new InvalidArgumentError(`ndfuse crawl: -o ${path} is a folder; give a file name`);
  if (!existsSync(dir)) throw new InvalidArgumentError(`ndfuse crawl: -o ${path}: the folder ${dir} does not exist`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InvalidArgumentError(`ndfuse crawl: -o ${path}: the folder ${dir} is not writable`);
  }
}

/** --stop-words: 'english', 'none', or a file of words, one a line. */
function stopWords(value: string): 'english' | readonly string[] | null {
  if (value === 'english') return 'english';
  if (value === 'none') return null;
  if (!existsSync(value)) throw new InvalidArgumentError(`ndfuse topics: --stop-words must be english, none or a file of words, got ${value} (no such file)`);
  return readFileSync(value, 'utf8').split(/\r?\n/).map((w) => w.trim()).filter((w) => w !== '');
}

function crawlSummary(s: Awaited<ReturnType<Topics['crawl']>>['summary'], talks: number): string {
  const lines = [`ndfuse crawl: ${talks} talks; ${s.fetched} pages fetched, ${s.fromCache} from the cache, ${s.skipped.length} skipped, ${s.failed.length} failed`];
  if (s.inferred.length > 0) {
    lines.push(`  inferred (a profile or the flags override any of these; --print-profile prints them as a profile):`);
    for (const x of s.inferred) lines.push(`    ${x.field}: ${x.value}  (${x.how})`);
    lines.push(`    a title and a text found on ${s.matched} of ${s.talkPages} talk pages`);
  }
  if (s.droppedParameters.length > 0) lines.push(`  query parameters dropped from URLs: ${s.droppedParameters.join(', ')}`);
  for (const x of s.skipped) lines.push(`  skipped ${x.url}: ${x.reason}`);
  for (const x of s.failed) lines.push(`  failed  ${x.url}: ${x.reason}`);
  return lines.join('\n');
}

/** The talks of a topics source: the shipped corpus, records, or a site to crawl. */
async function talksFrom(tp: Topics, source: string | undefined, opts: Record<string, CliValue>): Promise<Talk[]> {
  if (source === undefined) return tp.loadCorpus(tp.defaultCorpusPath());
  const local = !/^(https?|file):\/\//.test(source);
  if (local && !existsSync(source)) throw new InvalidArgumentError(`ndfuse topics: no such file or folder: ${source}`);
  const records = local && (/\.jsonl?$/.test(source) || existsSync(join(source, 'videos')));
  if (records) return tp.loadCorpus(source);
  const { talks, summary } = await tp.crawl(source, crawlSettings(tp, opts, 'topics'));
  process.stderr.write(crawlSummary(summary, talks.length) + '\n');
  if (talks.length === 0) throw new InvalidArgumentError(`ndfuse topics: no talks found at ${source}: the summary above says what was read; try --start, --talk-url or --profile`);
  return talks;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

type Lib = typeof import('./index.js');
type Topics = typeof import('./topics/index.js');
type Talk = import('./topics/index.js').Talk;

const DUMP_KERNELS = ['--dump-kernels [dir]', 'print each newly compiled kernel to stderr, or write one file per kernel into dir'] as const;
const DUMP_FORMAT = ['--dump-format <js|ts>', "with --dump-kernels: 'js' (the code compiled at run time) or 'ts' (typed modules, as ndfuse aot writes them)"] as const;
interface DumpOptions {
  dumpKernels?: string | boolean;
  dumpFormat?: string;
}

function dumpSettings(opts: DumpOptions): { dumpKernels: string; dumpFormat: 'js' | 'ts' } | undefined {
  const format = opts.dumpFormat ?? 'js';
  if (format !== 'js' && format !== 'ts') throw new InvalidArgumentError(`ndfuse: --dump-format must be js or ts, got ${format}`);
  if (opts.dumpKernels === undefined) return undefined;
  return { dumpKernels: opts.dumpKernels === true ? '-' : resolve(String(opts.dumpKernels)), dumpFormat: format };
}

/** The library, with the kernel dump configured first (loaded late so a bad NDFUSE_* variable is a message). */
async function library(opts: DumpOptions): Promise<Lib> {
  const dump = dumpSettings(opts);
  const nd = await import('./index.js');
  if (dump) nd.setConfig(dump);
  return nd;
}

/**
 * A module that an optional dependency brings: loaded when a command needs it, and when it is not
 * installed, a one-line message saying what to install.
 */
async function optional<T>(load: () => Promise<T>, pkgName: string, what: string): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const code = (e as { code?: string }).code;
    const missing = (e as Error).message ?? '';
    if ((code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') || !missing.includes(pkgName)) throw e;
    throw new InvalidArgumentError(`ndfuse: ${what}, which is not installed: npm install --save-dev ${pkgName}`);
  }
}

/** The topic pipeline and the crawler (cheerio): loaded only by the commands that use them. */
const topicsLibrary = (): Promise<Topics> => import('./topics/index.js');

/** --var specs as a scope. */
function variables(nd: Lib, specs: readonly string[]): Record<string, ReturnType<Lib['array']> | number> {
  const scope: Record<string, ReturnType<Lib['array']> | number> = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const name = spec.slice(0, eq);
    const value = spec.slice(eq + 1);
    if (eq <= 0 || !/^[A-Za-z_$][\w$]*$/.test(name)) throw new InvalidArgumentError(`ndfuse: --var ${spec}: expected name=value with a plain name`);
    if (/^-?[\d.]+(e-?\d+)?$/i.test(value)) scope[name] = Number(value);
    else if (/^-?[\d.e]+:-?[\d.e]+(:-?[\d.e]+)?$/i.test(value)) {
      const [start, stop, step] = value.split(':').map(Number) as [number, number, number | undefined];
      scope[name] = nd.arange(start, stop, step ?? 1);
    } else {
      const path = resolve(value);
      if (!existsSync(path)) throw new InvalidArgumentError(`ndfuse: --var ${spec}: no such file: ${value} (give name=file.json, name=start:stop[:step] or name=number)`);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new InvalidArgumentError(`ndfuse: --var ${spec}: ${value} is not valid JSON: ${(e as Error).message}`);
      }
      scope[name] = typeof data === 'number' ? data : nd.array(data as never);
    }
  }
  return scope;
}

/** JSON has no NaN or infinities: they are written as the strings "NaN", "Infinity", "-Infinity". */
const jsonNumber = (_key: string, v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);

/** Nested arrays as text, numbers as JavaScript prints them (NaN, Infinity, -0 as 0). */
const nested = (v: unknown): string => (Array.isArray(v) ? `[${v.map(nested).join(',')}]` : String(v));

/** A short description of an array: all of it when small, else its ends and statistics. */
function summary(x: ReturnType<Lib['array']>): string {
  const head = `${x.dtype}${JSON.stringify(x.shape)}`;
  if (x.size <= 20) return `${head} ${nested(x.toArray())}`;
  const d = x.toTypedArray();
  const show = (from: number, to: number): string => Array.from(d.subarray(from, to), (v) => String(v)).join(', ');
  let lo = Infinity, hi = -Infinity, sum = 0;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    sum += v;
  }
  return `${head} [${show(0, 5)}, ..., ${show(d.length - 3, d.length)}]\nmin ${lo} max ${hi} mean ${sum / d.length}`;
}

// the bin is reached through a symlink (node_modules/.bin, a global install, npx): compare real paths
const isMain = process.argv[1] !== undefined && existsSync(process.argv[1]) && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (isMain) {
  makeProgram().parseAsync(process.argv).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
