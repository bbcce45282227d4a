// The topics pipeline: talks -> TF-IDF (sparse) -> NMF -> for each topic its heaviest words and the
// talks that load on it most, and each talk's weight on every topic. Renders as text or JSON here,
// as a self-contained HTML report in report.ts.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LazyArray } from '../array.js';
import { NdfuseError } from '../errors.js';
import type { CsrMatrix } from '../sparse.js';
import type { Talk } from './corpus.js';
import { NMF, type NMFOptions } from './nmf.js';
import { TfidfVectorizer, type TfidfOptions } from './vectorize.js';

export interface TopicsOptions {
  /** Topics to find (default 10). */
  components?: number;
  /** Words and talks shown per topic (defaults 10 and 5). */
  topWords?: number;
  topTalks?: number;
  /** TF-IDF settings; the default is the original demo's: maxDf 0.95, minDf 2, maxFeatures 1000, English stop words. */
  tfidf?: TfidfOptions;
  /** NMF settings beyond nComponents; the default randomState is 0, so runs repeat. */
  nmf?: Omit<NMFOptions, 'nComponents'>;
}

export interface Topic {
  readonly words: readonly { readonly word: string; readonly weight: number }[];
  /** The talks that load on the topic most; `index` is the talk's place in the corpus. */
  readonly talks: readonly { readonly index: number; readonly title: string; readonly url: string; readonly weight: number }[];
}

export interface TopicsResult {
  readonly topics: readonly Topic[];
  readonly documents: number;
  readonly features: number;
  readonly reconstructionErr: number;
  readonly nIter: number;
  /** Each talk's weight on each topic: NMF's W, a row per talk in corpus order. */
  readonly weights: readonly (readonly number[])[];
  /** What the topics were found with: TF-IDF's options as given, NMF's with its defaults filled in. */
  readonly settings: { readonly tfidf: TfidfOptions; readonly nmf: Readonly<NMFOptions> };
}

export const DEMO_TFIDF: TfidfOptions = { maxDf: 0.95, minDf: 2, maxFeatures: 1000, stopWords: 'english' };

export function findTopics(talks: readonly Talk[], opts: TopicsOptions = {}): TopicsResult {
  const job = topicsJob(talks, opts);
  return job.summary(job.nmf.fitTransform(job.X));
}

/** `findTopics` with the event loop free while the worker threads compute NMF's products. */
export async function findTopicsAsync(talks: readonly Talk[], opts: TopicsOptions = {}): Promise<TopicsResult> {
  const job = topicsJob(talks, opts);
  return job.summary(await job.nmf.fitTransformAsync(job.X));
}

/** TF-IDF and the checks before NMF, and what makes topics of NMF's W and H after it. */
function topicsJob(talks: readonly Talk[], opts: TopicsOptions): { X: CsrMatrix; nmf: NMF; summary: (W: LazyArray) => TopicsResult } {
  if (talks.length === 0) throw new NdfuseError('topics', 'the corpus is empty');
  const k = opts.components ?? 10;
  const tfidf = opts.tfidf ?? DEMO_TFIDF;
  const vectorizer = new TfidfVectorizer(tfidf);
  const X = vectorizer.fitTransform(talks.map((t) => t.text));
  const [n, m] = X.shape;
  if (!Number.isInteger(k) || k < 1 || k > Math.min(n, m)) {
    throw new NdfuseError('topics', `${k} topics cannot be found in ${n} documents over ${m} terms (at most ${Math.min(n, m)})`);
  }
  const nmf = new NMF({ randomState: 0, ...opts.nmf, nComponents: k });
  const summary = (fitted: LazyArray): TopicsResult => {
    const W = fitted.toTypedArray();
    const H = nmf.components!.toTypedArray();
    const words = vectorizer.getFeatureNamesOut();
    const top = (scores: (i: number) => number, count: number, size: number): number[] =>
      Array.from({ length: size }, (_, i) => i).sort((a, b) => scores(b) - scores(a) || a - b).slice(0, count);
    const topics = Array.from({ length: k }, (_, j) => ({
      words: top((i) => H[j * m + i]!, opts.topWords ?? 10, m).map((i) => ({ word: words[i]!, weight: H[j * m + i]! })),
      talks: top((i) => W[i * k + j]!, opts.topTalks ?? 5, n).map((i) => ({ index: i, title: talks[i]!.title, url: talks[i]!.url, weight: W[i * k + j]! })),
    }));
    const weights = Array.from({ length: n }, (_, i) => Array.from(W.subarray(i * k, (i + 1) * k)));
    return { topics, documents: n, features: m, reconstructionErr: nmf.reconstructionErr, nIter: nmf.nIter, weights, settings: { tfidf, nmf: nmf.params } };
  };
  return { X, nmf, summary };
}

export function topicsText(r: TopicsResult): string {
  const lines = [`${r.topics.length} topics in ${r.documents} talks over ${r.features} terms (NMF: ${r.nIter} iterations, reconstruction error ${r.reconstructionErr.toFixed(4)})`, ''];
  r.topics.forEach((t, j) => {
    lines.push(`Topic ${j + 1}: ${t.words.map((w) => w.word).join(', ')}`);
    for (const talk of t.talks) lines.push(`  - ${talk.title}${talk.url ? `  <${talk.url}>` : ''}`);
    lines.push('');
  });
  return lines.join('\n');
}

/** The corpus that ships with ndfuse (EuroPython 2016, CC0): data/ at the package's root. */
export function defaultCorpusPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++, dir = dirname(dir)) {
    const p = join(dir, 'data', 'europython-2016.jsonl');
    if (existsSync(p)) return p;
  }
  throw new NdfuseError('topics', 'the default corpus (data/europython-2016.jsonl) is missing from the package');
}
