// The topics pipeline: talks -> TF-IDF (sparse) -> NMF -> for each topic its heaviest words and the
// talks that load on it most. Renders as text, JSON or a self-contained HTML report.

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
  readonly talks: readonly { readonly title: string; readonly url: string; readonly weight: number }[];
}

export interface TopicsResult {
  readonly topics: readonly Topic[];
  readonly documents: number;
  readonly features: number;
  readonly reconstructionErr: number;
  readonly nIter: number;
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
  const vectorizer = new TfidfVectorizer(opts.tfidf ?? DEMO_TFIDF);
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
      talks: top((i) => W[i * k + j]!, opts.topTalks ?? 5, n).map((i) => ({ title: talks[i]!.title, url: talks[i]!.url, weight: W[i * k + j]! })),
    }));
    return { topics, documents: n, features: m, reconstructionErr: nmf.reconstructionErr, nIter: nmf.nIter };
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

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Whether a corpus's URL may be a link in a page people share: http(s) only (a record is someone
 *  else's writing, and `javascript:` or `data:` in an href runs when clicked). */
const webLink = (url: string): boolean => /^https?:\/\/[^\s]+$/i.test(url);

/** A self-contained page: each topic's word weights as a bar chart, its talks as links. */
export function topicsHtml(r: TopicsResult, title = 'Topics'): string {
  const sections = r.topics.map((t, j) => {
    const max = Math.max(...t.words.map((w) => w.weight), Number.MIN_VALUE);
    const bars = t.words.map((w) => `      <div class="bar"><span class="word">${escape(w.word)}</span><span class="fill" style="width:${((100 * w.weight) / max).toFixed(1)}%"></span><span class="weight">${w.weight.toFixed(3)}</span></div>`).join('\n');
    const talks = t.talks.map((k) => `      <li>${webLink(k.url) ? `<a href="${escape(k.url)}">${escape(k.title)}</a>` : escape(k.title)}</li>`).join('\n');
    return `  <section id="topic-${j + 1}">\n    <h2>Topic ${j + 1}: ${escape(t.words.slice(0, 3).map((w) => w.word).join(', '))}</h2>\n    <div class="chart">\n${bars}\n    </div>\n    <ol class="talks">\n${talks}\n    </ol>\n  </section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
  section { border-top: 1px solid #ddd; padding: 0.5em 0 1em; }
  .chart { display: grid; gap: 3px; max-width: 36em; }
  .bar { display: grid; grid-template-columns: 9em 1fr 4em; align-items: center; gap: 0.5em; }
  .fill { background: #3b7dd8; height: 0.9em; border-radius: 2px; }
  .word { text-align: right; }
  .weight { color: #777; font-size: 0.85em; }
  .talks { margin-top: 0.6em; }
</style>
</head>
<body>
<h1>${escape(title)}</h1>
<p>${r.topics.length} topics in ${r.documents} talks over ${r.features} terms, found by NMF on TF-IDF with ndfuse.</p>
${sections}
</body>
</html>
`;
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
