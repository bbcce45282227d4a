// Text to matrix: TfidfVectorizer against scikit-learn on the EuroPython 2016 records (fixtures made
// by test/fixtures/make_sklearn_fixtures.py with Debian's python3-sklearn), and by hand.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CountVectorizer, TfidfVectorizer, type TfidfOptions } from '../src/topics/vectorize.js';
import { loadCorpus } from '../src/topics/corpus.js';
import fc from 'fast-check';
import { NMF } from '../src/topics/nmf.js';
import { RandomState } from '../src/topics/random-state.js';
import { crawl, PROFILES } from '../src/topics/crawl.js';
import { numpyArgsort } from '../src/topics/numpy-order.js';
import { findTopics, findTopicsAsync } from '../src/topics/topics.js';
import * as nd from '../src/index.js';
import { kernels, PYCON, pyconPresent } from './helpers.js';

// the shipped EuroPython 2016 records (CC0; made from ../shared's pyvideo folder by scripts/make-default-corpus.ts)
const DATA = join(import.meta.dirname, '../data/europython-2016.jsonl');

interface Ref {
  settings: Record<string, unknown>;
  features: string[];
  shape: [number, number];
  indptr: number[];
  indices: number[];
  data: number[];
  idf: number[] | null;
}
const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/tfidf-europython.json'), 'utf8')) as { sklearn: string; documents: number; cases: Record<string, Ref> };

/** scikit-learn's keyword arguments as ndfuse options. */
function options(s: Record<string, unknown>): TfidfOptions {
  const camel = (k: string): string => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [camel(k), v])) as TfidfOptions;
}

describe('TfidfVectorizer against scikit-learn on the EuroPython 2016 records', () => {
  const talks = loadCorpus(DATA);
  const docs = talks.map((t) => t.text);

  it('reads the 169 records', () => {
    expect(talks).toHaveLength(fixtures.documents);
    expect(talks.every((t) => t.title.length > 0)).toBe(true);
    expect(talks.filter((t) => t.url.startsWith('https://ep2016.europython.eu/conference/talks/')).length).toBe(162); // SOURCE.md: 162 records hold their talk page
    expect(talks.filter((t) => t.url.startsWith('https://www.youtube.com/watch?v=')).length).toBe(7);
  });

  it.each(Object.keys(fixtures.cases))('%s', (name) => {
    const ref = fixtures.cases[name]!;
    const v = new TfidfVectorizer(options(ref.settings));
    const X = v.fitTransform(docs);
    expect(v.getFeatureNamesOut()).toEqual(ref.features);
    expect(X.shape).toEqual(ref.shape);
    expect(Array.from(X.indptr)).toEqual(ref.indptr);
    expect(Array.from(X.indices)).toEqual(ref.indices);
    const data = X.data.toTypedArray();
    let worst = 0;
    ref.data.forEach((w, k) => { worst = Math.max(worst, Math.abs(data[k]! - w)); });
    expect(worst).toBeLessThanOrEqual(1e-12);
    if (ref.idf) ref.idf.forEach((w, k) => expect(Math.abs(v.idf![k]! - w)).toBeLessThanOrEqual(1e-12));
  });

  it('the idf weighting and the row normalisation are fused engine kernels over the values', () => {
    const v = new TfidfVectorizer({ maxDf: 0.95, minDf: 2, maxFeatures: 1000, stopWords: 'english' });
    const X = v.fitTransform(docs);
    expect(kernels(X.data)).toHaveLength(2); // row norms of counts * idf, then the division
  });
});

describe("numpy's argsort order among ties (what max_features keeps)", () => {
  const ref = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/numpy-argsort.json'), 'utf8')) as { cases: { v: number[]; order: number[] }[] };
  it.each(ref.cases.map((c) => [c.v.length, new Set(c.v).size, c] as const))('%i values, %i distinct', (_n, _d, c) => {
    expect(Array.from(numpyArgsort(c.v))).toEqual(c.order);
  });
});

describe('vectorizers by hand', () => {
  const docs = ['The cat sat on the mat.', 'The dog sat.', 'Cats and dogs: the end; ü_ber über 42 a'];
  it('CountVectorizer: tokens, vocabulary, counts, n-grams, stop words', () => {
    const cv = new CountVectorizer();
    const X = cv.fitTransform(docs);
    // Python's order: by code point ('_' is 0x5f, 'b' 0x62)
    expect(cv.getFeatureNamesOut()).toEqual(['42', 'and', 'cat', 'cats', 'dog', 'dogs', 'end', 'mat', 'on', 'sat', 'the', 'ü_ber', 'über']);
    expect(X.toDense().toArray()).toEqual([
      [0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 2, 0, 0],
      [0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0],
      [1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1],
    ]);
    const bi = new CountVectorizer({ ngramRange: [2, 2], stopWords: 'english' });
    bi.fit(docs);
    // stop words go first: 'cat sat mat', 'dog sat', 'cats dogs end ü_ber über 42'
    expect(bi.getFeatureNamesOut()).toEqual(['cat sat', 'cats dogs', 'dog sat', 'dogs end', 'end ü_ber', 'sat mat', 'ü_ber über', 'über 42']);
    expect(cv.transform(['a cat and a bird']).toDense().toArray()).toEqual([[0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
  });

  it("the default tokens are scikit-learn's pattern's, on any text (astral letters and lone surrogates too)", () => {
    const pattern = /[\p{L}\p{N}_]{2,}/gu;
    const pieces = ['a', 'Z', '_', '9', ' ', '.', '-', 'é', 'ß', 'ǅ', '٣', 'Ⅻ', '½', '中', '\u0301', '\u00a0', '𝔘', '𐐷', '😀', '\ud800', '\udc00', '\n'];
    const cv = new CountVectorizer({ lowercase: false });
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(cv.analyze(text)).toEqual(text.match(pattern) ?? []);
    }), { numRuns: 3000, seed: 16 });
    const both = new CountVectorizer();
    expect(both.analyze('𝔘𝔘 x 𝔘 ǅa Ⅻ½ \ud800ab')).toEqual(['𝔘𝔘', 'ǆa', 'ⅻ½', 'ab']);
  });

  it('sorts the vocabulary by code point, as Python does, astral letters after the last BMP ones', () => {
    const cv = new CountVectorizer({ lowercase: false });
    cv.fit(['ｚｚ 𝔘𝔘 zz éé ﬀﬀ 中中']);
    expect(cv.getFeatureNamesOut()).toEqual(['zz', 'éé', '中中', 'ﬀﬀ', 'ｚｚ', '𝔘𝔘']);
  });

  it('TfidfVectorizer: smooth idf and l2 rows', () => {
    const v = new TfidfVectorizer();
    const X = v.fitTransform(['a b b', 'b c'].map((d) => d.replace(/(\w)/g, '$1$1'))); // aa bb bb / bb cc
    const idf = [Math.log(3 / 2) + 1, Math.log(3 / 3) + 1, Math.log(3 / 2) + 1];
    expect(Array.from(v.idf!)).toEqual(idf);
    const r0 = [idf[0]!, 2 * idf[1]!, 0], r1 = [0, idf[1]!, idf[2]!];
    const norm = (r: number[]): number[] => r.map((x) => x / Math.hypot(...r));
    const got = X.toDense().toArray() as number[][];
    got.flat().forEach((g, k) => expect(g).toBeCloseTo([...norm(r0), ...norm(r1)][k]!, 14));
  });

  it.each([
    [() => new TfidfVectorizer().fitTransform([]), /^ndfuse: TfidfVectorizer.fit: argument 'documents' is empty/],
    [() => new TfidfVectorizer({ minDf: 5 }).fitTransform(['aa bb', 'cc dd']), /^ndfuse: TfidfVectorizer.fit: maxDf \(1\) allows fewer documents \(2\) than minDf \(5\) needs/],
    [() => new TfidfVectorizer({ stopWords: 'english' }).fitTransform(['the a an', 'of']), /^ndfuse: TfidfVectorizer.fit: empty vocabulary/],
    [() => new TfidfVectorizer({ minDf: 2 }).fitTransform(['aa bb', 'cc dd']), /^ndfuse: TfidfVectorizer.fit: after pruning, no terms remain/],
    [() => new TfidfVectorizer({ maxDf: 1.5 }), /^ndfuse: TfidfVectorizer: argument 'maxDf' must be a count/],
    [() => new TfidfVectorizer({ norm: 'l3' as never }), /^ndfuse: TfidfVectorizer: argument 'norm' must be 'l1', 'l2' or null/],
    [() => new TfidfVectorizer().transform(['x']), /^ndfuse: TfidfVectorizer.transform: the vectorizer is not fitted/],
    [() => new TfidfVectorizer().fitTransform(['ok', 3 as never]), /^ndfuse: TfidfVectorizer.fit: argument 'documents' holds number 3 at 1/],
    [() => loadCorpus('/no/such/corpus'), /^ndfuse: loadCorpus: no such file or folder/],
  ])('bad input %#', (f, msg) => {
    expect(f).toThrow(msg);
  });
});

/**
 * Topics whose ten heaviest words are the ten of one of scikit-learn's topics. Words are ranked as
 * the fixtures ranked them, by numpy's argsort of the negated weights (which breaks ties its own way,
 * and penalties leave many weights at exactly zero).
 */
function agreeingTopics(H: nd.LazyArray, reference: number[][]): number {
  const [k, m] = H.shape as [number, number];
  const h = H.toTypedArray();
  let agree = 0;
  for (let j = 0; j < k; j++) {
    const top = Array.from(numpyArgsort(Array.from(h.subarray(j * m, (j + 1) * m), (v) => -v)).subarray(0, 10));
    if (reference.some((words) => words.every((w) => top.includes(w)))) agree++;
  }
  return agree;
}

describe('NMF against scikit-learn on the demo TF-IDF matrix (10 topics, randomState 0)', () => {
  interface NmfRef { solver: 'cd' | 'mu'; init: 'random' | 'nndsvd' | 'nndsvda' | 'nndsvdar'; alpha_W?: number; l1_ratio?: number; reconstruction_err: number; n_iter: number; top10: number[][]; H_sum: number }
  const ref = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/nmf-europython.json'), 'utf8')) as { normal_0: number[]; cases: NmfRef[] };
  const docs = loadCorpus(DATA).map((t) => t.text);
  const X = new TfidfVectorizer({ maxDf: 0.95, minDf: 2, maxFeatures: 1000, stopWords: 'english' }).fitTransform(docs);

  it("draws numpy's normals for a seed", () => {
    expect(Array.from(new RandomState(0).standardNormals(7))).toEqual(ref.normal_0);
  });

  it.each(ref.cases.map((c) => [c.solver, c.init + (c.alpha_W ? ` alphaW ${c.alpha_W} l1Ratio ${c.l1_ratio}` : ''), c] as const))('%s, %s: the same error and the same topics', (_s, _i, c) => {
    const m = new NMF({ nComponents: 10, init: c.init, solver: c.solver, randomState: 0, maxIter: 400, alphaW: c.alpha_W ?? 0, l1Ratio: c.l1_ratio ?? 0 });
    m.fitTransform(X);
    expect(Math.abs((m.components!.sum().item() as number) - c.H_sum) / c.H_sum).toBeLessThan(1e-5);
    // the issue asks for 1%; starting from numpy's draws and scikit-learn's SVD setup gives far closer
    expect(Math.abs(m.reconstructionErr - c.reconstruction_err) / c.reconstruction_err).toBeLessThan(1e-5);
    // a topic agrees when its ten heaviest words are the ten of one of scikit-learn's topics
    expect(agreeingTopics(m.components!, c.top10)).toBe(10);
  });

  it.each([
    [() => new NMF({ nComponents: 200, init: 'nndsvd' }).fitTransform(X), /^ndfuse: NMF.fitTransform: argument 'nComponents' is 200, but init 'nndsvd' needs nComponents <= min\(rows, cols\) = 169/],
    [() => new NMF({ nComponents: 2 }).fitTransform(nd.array([[1, -1], [0, 2]], { dtype: 'float64' })), /^ndfuse: NMF.fitTransform: argument 'X' holds negative values/],
    [() => new NMF({ nComponents: 0 }), /^ndfuse: NMF: argument 'nComponents' must be a positive integer/],
    [() => new NMF({ solver: 'als' as never }), /^ndfuse: NMF: argument 'solver' must be 'cd' or 'mu'/],
    [() => new NMF().fitTransform(nd.zeros([0, 3])), /^ndfuse: NMF.fitTransform: argument 'X' is empty/],
  ])('bad input %#', (f, msg) => {
    expect(f).toThrow(msg);
  });

  it.each([['cd', 1], ['cd', 2], ['mu', 2]] as const)('fitTransformAsync (%s, %i threads) gives the blocking bits, the event loop turning meanwhile', async (solver, threads) => {
    const opts = { nComponents: 10, solver, randomState: 0, maxIter: 30 };
    const sync = new NMF(opts), other = new NMF(opts);
    const want = sync.fitTransform(X).toTypedArray();
    let turns = 0, next: NodeJS.Immediate | undefined;
    const turn = (): void => { turns++; next = setImmediate(turn); };
    next = setImmediate(turn);
    const got = await nd.withConfig({ threads, threadMinWork: 0 }, () => other.fitTransformAsync(X));
    clearImmediate(next);
    // each evaluation (two or more an iteration, 30 iterations) gives the loop a turn
    expect(turns).toBeGreaterThan(60);
    expect(got.toTypedArray()).toEqual(want);
    expect(other.components!.toTypedArray()).toEqual(sync.components!.toTypedArray());
    expect([other.reconstructionErr, other.nIter]).toEqual([sync.reconstructionErr, sync.nIter]);
    await expect(new NMF({ nComponents: 2 }).fitTransformAsync(nd.array([[1, -1], [0, 2]], { dtype: 'float64' }))).rejects.toThrow(/^ndfuse: NMF.fitTransformAsync: argument 'X' holds negative values/);
  });

  it('findTopicsAsync finds what findTopics finds', async () => {
    const talks = loadCorpus(DATA);
    expect(await findTopicsAsync(talks, { components: 4 })).toEqual(findTopics(talks, { components: 4 }));
  });

  it('a dense matrix gives the same factorisation as its CSR form', () => {
    const small = new TfidfVectorizer({ maxFeatures: 50, stopWords: 'english' }).fitTransform(docs.slice(0, 30));
    const a = new NMF({ nComponents: 4, solver: 'mu', randomState: 1, init: 'random' });
    const b = new NMF({ nComponents: 4, solver: 'mu', randomState: 1, init: 'random' });
    a.fitTransform(small);
    b.fitTransform(small.toDense());
    expect(Math.abs(a.reconstructionErr - b.reconstructionErr)).toBeLessThan(1e-9);
  });
});

describe.runIf(pyconPresent('the PyCon 2016 agreement tests (test/topics.test.ts)'))('the crawled PyCon 2016 pages against scikit-learn with BeautifulSoup', () => {
  interface Pycon { documents: number; cases: Record<string, Ref>; nmf: { solver: 'cd' | 'mu'; init: 'random' | 'nndsvd' | 'nndsvda' | 'nndsvdar'; reconstruction_err: number; top10: number[][] }[] }
  const ref = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/tfidf-pycon.json'), 'utf8')) as Pycon;
  let docs: string[] = [];

  it('crawls the 171 talks', async () => {
    const { talks } = await crawl(PYCON, { profile: PROFILES['pycon-us-2016'] });
    docs = talks.map((t) => t.text);
    expect(docs).toHaveLength(ref.documents);
  });

  it.each(['defaults', 'demo'])('TF-IDF, %s: the same matrix within 1e-12', (name) => {
    const r = ref.cases[name]!;
    const v = new TfidfVectorizer(options(r.settings));
    const X = v.fitTransform(docs);
    expect(v.getFeatureNamesOut()).toEqual(r.features);
    expect(Array.from(X.indptr)).toEqual(r.indptr);
    expect(Array.from(X.indices)).toEqual(r.indices);
    const data = X.data.toTypedArray();
    expect(Math.max(...r.data.map((w, k) => Math.abs(data[k]! - w)))).toBeLessThanOrEqual(1e-12);
  });

  it('NMF, each solver and init: the same error and the same topics as scikit-learn', () => {
    const X = new TfidfVectorizer({ maxDf: 0.95, minDf: 2, maxFeatures: 1000, stopWords: 'english' }).fitTransform(docs);
    for (const c of ref.nmf) {
      const m = new NMF({ nComponents: 10, init: c.init, solver: c.solver, randomState: 0, maxIter: 400 });
      m.fitTransform(X);
      expect(Math.abs(m.reconstructionErr - c.reconstruction_err) / c.reconstruction_err, `${c.solver} ${c.init}`).toBeLessThan(1e-5);
      expect(agreeingTopics(m.components!, c.top10), `${c.solver} ${c.init}`).toBe(10);
    }
  });
});
