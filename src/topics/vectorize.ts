// Text to matrix, compatible with scikit-learn's CountVectorizer and TfidfVectorizer: the same
// defaults, options and results. The result is the engine's CSR matrix; the idf weighting and the
// row normalisation are fused engine operations over its stored values.

import { array } from '../creation.js';
import { argError, describe, NdfuseError } from '../errors.js';
import { csr, type CsrMatrix } from '../sparse.js';
import { numpyArgsort } from './numpy-order.js';
import { ENGLISH_STOP_WORDS } from './stop-words.js';

export interface CountOptions {
  /** Lowercase before tokenising (default true). */
  lowercase?: boolean;
  /** Tokens: scikit-learn's default `(?u)\b\w\w+\b`, runs of two or more Unicode letters, digits or
   *  underscores. A custom pattern is a JS RegExp with the `g` flag (JavaScript's regex meaning). */
  tokenPattern?: RegExp;
  /** 'english' for scikit-learn's list, a list of words, or null (default). */
  stopWords?: 'english' | readonly string[] | null;
  /** Word n-grams from min to max (default [1, 1]). */
  ngramRange?: readonly [number, number];
  /** Drop terms in more documents than this: a count (integer) or a fraction (default 1.0). */
  maxDf?: number;
  /** Drop terms in fewer documents than this: a count (integer) or a fraction (default 1). */
  minDf?: number;
  /** Keep only the most frequent terms over the corpus (default: all). */
  maxFeatures?: number | null;
}

export interface TfidfOptions extends CountOptions {
  /** Row normalisation: 'l2' (default), 'l1' or null. */
  norm?: 'l1' | 'l2' | null;
  /** Weight by inverse document frequency (default true). */
  useIdf?: boolean;
  /** idf = ln((1 + n) / (1 + df)) + 1, as if one document held every term (default true). */
  smoothIdf?: boolean;
  /** Replace a count tf by 1 + ln(tf) (default false). */
  sublinearTf?: boolean;
}

// scikit-learn's token pattern is runs of two or more of Python's Unicode \w (JavaScript's \w is
// ASCII only): these are its characters, as `words` reads them
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (/\w/.test(String.fromCharCode(c)) ? 1 : 0));
const WORD_CHAR = /[\p{L}\p{N}_]/uy;

function checkDf(op: string, name: string, v: number): void {
  if (typeof v !== 'number' || Number.isNaN(v) || v < 0 || (!Number.isInteger(v) && v > 1)) {
    throw argError(op, name, `must be a count (a non-negative integer) or a fraction in [0, 1], got ${describe(v)}`);
  }
}

export class CountVectorizer {
  protected readonly opts: Required<Omit<CountOptions, 'tokenPattern' | 'stopWords' | 'maxFeatures'>> & Pick<CountOptions, 'tokenPattern' | 'maxFeatures'>;
  protected readonly stop: ReadonlySet<string> | null;
  /** term -> column, after fit. */
  vocabulary: Map<string, number> | null = null;
  private features: string[] = [];

  constructor(opts: CountOptions = {}) {
    const op = this.constructor.name;
    const ngramRange = opts.ngramRange ?? [1, 1];
    if (!Array.isArray(ngramRange) || ngramRange.length !== 2 || !ngramRange.every((n) => Number.isInteger(n) && n >= 1) || ngramRange[0] > ngramRange[1]) {
      throw argError(op, 'ngramRange', `must be [min, max] with 1 <= min <= max, got ${describe(ngramRange)}`);
    }
    const maxDf = opts.maxDf ?? 1.0, minDf = opts.minDf ?? 1;
    checkDf(op, 'maxDf', maxDf);
    checkDf(op, 'minDf', minDf);
    if (opts.maxFeatures !== undefined && opts.maxFeatures !== null && (!Number.isInteger(opts.maxFeatures) || opts.maxFeatures < 1)) {
      throw argError(op, 'maxFeatures', `must be a positive integer or null, got ${describe(opts.maxFeatures)}`);
    }
    if (opts.tokenPattern !== undefined && !(opts.tokenPattern instanceof RegExp && opts.tokenPattern.global)) {
      throw argError(op, 'tokenPattern', `must be a RegExp with the g flag, got ${describe(opts.tokenPattern)}`);
    }
    const sw = opts.stopWords ?? null;
    if (sw !== null && sw !== 'english' && !Array.isArray(sw)) throw argError(op, 'stopWords', `must be 'english', a list of words or null, got ${describe(sw)}`);
    this.stop = sw === 'english' ? ENGLISH_STOP_WORDS : sw === null ? null : new Set(sw);
    this.opts = { lowercase: opts.lowercase ?? true, ngramRange, maxDf, minDf, tokenPattern: opts.tokenPattern, maxFeatures: opts.maxFeatures ?? null };
  }

  /** The features (tokens, then n-grams) of one document, as scikit-learn's analyzer gives them. */
  analyze(doc: string): string[] {
    const text = this.opts.lowercase ? doc.toLowerCase() : doc;
    const pattern = this.opts.tokenPattern;
    let tokens = pattern ? text.match(pattern) ?? [] : words(text);
    if (this.stop) {
      const stop = this.stop;
      let k = 0;
      for (const t of tokens) if (!stop.has(t)) tokens[k++] = t;
      tokens.length = k;
    }
    const [lo, hi] = this.opts.ngramRange;
    if (hi === 1) return tokens;
    const out = lo === 1 ? tokens.slice() : [];
    for (let n = Math.max(lo, 2); n <= Math.min(hi, tokens.length); n++) {
      for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
    }
    return out;
  }

  /** Learns the vocabulary and returns the document-term count matrix. */
  fitTransform(documents: readonly string[]): CsrMatrix {
    const op = `${this.constructor.name}.fit`;
    checkDocuments(op, documents);
    // every feature of every document as a term number, terms numbered in order of first appearance
    const index = new Map<string, number>();
    const seq = this.sequence(documents, (f) => {
      let j = index.get(f);
      if (j === undefined) index.set(f, (j = index.size));
      return j;
    });
    if (index.size === 0) throw new NdfuseError(op, 'empty vocabulary: the documents hold only stop words, or no tokens at all');
    const n = documents.length, size = index.size;
    const df = new Float64Array(size), tf = new Float64Array(size), lastDoc = new Int32Array(size).fill(-1);
    for (let d = 0; d < n; d++) {
      for (let p = seq.starts[d]!; p < seq.starts[d + 1]!; p++) {
        const j = seq.ids[p]!;
        tf[j]!++;
        if (lastDoc[j] !== d) { lastDoc[j] = d; df[j]!++; }
      }
    }
    const { maxDf, minDf, maxFeatures } = this.opts;
    // as scikit-learn: an integer is a count, a fraction a share of the documents; JavaScript cannot
    // tell 1 from 1.0, so maxDf 1 is the fraction (its default, every document) and minDf 1 the count
    const maxDocs = Number.isInteger(maxDf) && maxDf !== 1 ? maxDf : maxDf * n;
    const minDocs = Number.isInteger(minDf) ? minDf : minDf * n;
    if (maxDocs < minDocs) throw new NdfuseError(op, `maxDf (${maxDf}) allows fewer documents (${maxDocs}) than minDf (${minDf}) needs (${minDocs}) with ${n} documents (on the command line: --max-df and --min-df)`);
    // scikit-learn sorts the vocabulary, then drops by document frequency, then keeps the most frequent
    let kept = [...index].sort((a, b) => byCodePoint(a[0], b[0])).filter(([, j]) => df[j]! <= maxDocs && df[j]! >= minDocs);
    if (maxFeatures !== null && maxFeatures !== undefined && kept.length > maxFeatures) {
      // the most frequent terms, equal counts taken in the order numpy's argsort gives them
      const order = numpyArgsort(kept.map(([, j]) => -tf[j]!));
      const best = new Uint8Array(kept.length);
      for (const k of order.subarray(0, maxFeatures)) best[k] = 1;
      kept = kept.filter((_, k) => best[k] === 1);
    }
    if (kept.length === 0) throw new NdfuseError(op, 'after pruning, no terms remain: try a lower minDf or a higher maxDf (--min-df, --max-df)');
    this.vocabulary = new Map(kept.map(([t], k) => [t, k]));
    this.features = kept.map(([t]) => t);
    const column = new Int32Array(size).fill(-1);
    kept.forEach(([, j], k) => { column[j] = k; });
    for (let p = 0; p < seq.length; p++) seq.ids[p] = column[seq.ids[p]!]!;
    return this.matrix(seq, n);
  }

  fit(documents: readonly string[]): this {
    this.fitTransform(documents);
    return this;
  }

  /** Counts of the fitted vocabulary's terms in new documents (unknown terms are ignored). */
  transform(documents: readonly string[]): CsrMatrix {
    const op = `${this.constructor.name}.transform`;
    if (!this.vocabulary) throw new NdfuseError(op, 'the vectorizer is not fitted: call fit or fitTransform first');
    checkDocuments(op, documents);
    const vocab = this.vocabulary;
    return this.matrix(this.sequence(documents, (f) => vocab.get(f) ?? -1), documents.length);
  }

  getFeatureNamesOut(): string[] {
    if (!this.vocabulary) throw new NdfuseError(`${this.constructor.name}.getFeatureNamesOut`, 'the vectorizer is not fitted');
    return this.features.slice();
  }

  /** The documents' features as numbers, one run per document: flat arrays, where a map per
   *  document made a third of the vectorizer's time garbage collection. */
  private sequence(documents: readonly string[], id: (feature: string) => number): Sequence {
    let ids = new Int32Array(1024), length = 0;
    const starts = new Int32Array(documents.length + 1);
    documents.forEach((d, i) => {
      for (const f of this.analyze(d)) {
        if (length === ids.length) {
          const grown = new Int32Array(2 * length);
          grown.set(ids);
          ids = grown;
        }
        ids[length++] = id(f);
      }
      starts[i + 1] = length;
    });
    return { ids, starts, length };
  }

  /** A CSR matrix with sorted columns counting each document's run of columns (-1: not a term). */
  private matrix(seq: Sequence, rows: number): CsrMatrix {
    const width = this.features.length;
    const indptr = new Int32Array(rows + 1);
    const indices = new Int32Array(seq.length), data = new Float64Array(seq.length);
    const count = new Float64Array(width);
    let nnz = 0;
    for (let d = 0; d < rows; d++) {
      const first = nnz;
      for (let p = seq.starts[d]!; p < seq.starts[d + 1]!; p++) {
        const j = seq.ids[p]!;
        if (j < 0) continue;
        if (count[j] === 0) indices[nnz++] = j;
        count[j]!++;
      }
      indices.subarray(first, nnz).sort();
      for (let q = first; q < nnz; q++) {
        data[q] = count[indices[q]!]!;
        count[indices[q]!] = 0;
      }
      indptr[d + 1] = nnz;
    }
    return csr({ data: array(data.subarray(0, nnz)), indices: indices.subarray(0, nnz), indptr, shape: [rows, width] });
  }
}

interface Sequence {
  ids: Int32Array;
  starts: Int32Array;
  length: number;
}

export class TfidfVectorizer extends CountVectorizer {
  private readonly tfidf: Required<Pick<TfidfOptions, 'norm' | 'useIdf' | 'smoothIdf' | 'sublinearTf'>>;
  /** The idf of each feature, after fit (null without useIdf). */
  idf: Float64Array | null = null;

  constructor(opts: TfidfOptions = {}) {
    super(opts);
    const norm = opts.norm === undefined ? 'l2' : opts.norm;
    if (norm !== 'l1' && norm !== 'l2' && norm !== null) throw argError('TfidfVectorizer', 'norm', `must be 'l1', 'l2' or null, got ${describe(norm)}`);
    this.tfidf = { norm, useIdf: opts.useIdf ?? true, smoothIdf: opts.smoothIdf ?? true, sublinearTf: opts.sublinearTf ?? false };
  }

  override fitTransform(documents: readonly string[]): CsrMatrix {
    const counts = super.fitTransform(documents);
    if (this.tfidf.useIdf) {
      // document frequency: stored values per column
      const df = new Float64Array(counts.shape[1]);
      for (const j of counts.indices) df[j]!++;
      const s = this.tfidf.smoothIdf ? 1 : 0;
      const n = counts.shape[0] + s;
      this.idf = df.map((d) => Math.log(n / (d + s)) + 1);
    }
    return this.weigh(counts);
  }

  override transform(documents: readonly string[]): CsrMatrix {
    return this.weigh(super.transform(documents));
  }

  /** tf (raw or sublinear) times idf, rows normalised: engine operations over the stored values. */
  private weigh(counts: CsrMatrix): CsrMatrix {
    let x = this.tfidf.sublinearTf ? counts.withData(counts.data.log().add(1)) : counts;
    if (this.idf) x = x.mul(array(this.idf));
    return this.tfidf.norm ? x.normalizeRows(this.tfidf.norm) : x;
  }
}

function checkDocuments(op: string, documents: readonly string[]): void {
  if (!Array.isArray(documents)) throw argError(op, 'documents', `must be an array of strings, got ${describe(documents)}`);
  if (documents.length === 0) throw argError(op, 'documents', 'is empty: there is nothing to learn a vocabulary from');
  const bad = documents.findIndex((d) => typeof d !== 'string');
  if (bad >= 0) throw argError(op, 'documents', `holds ${describe(documents[bad])} at ${bad}; every document must be a string`);
}

/** Python's string order (by code point), which scikit-learn's sorted vocabulary follows. UTF-16
 *  units sort as code points except a surrogate against a unit from U+E000 up: moved past them. */
function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** scikit-learn's default tokens, `(?u)\b\w\w+\b`: runs of two or more letters, digits or underscores
 *  (Python's Unicode \w), scanned by hand: a table for ASCII, WORD_CHAR for the rest. A third
 *  of the matrix's time went to the regular expression. */
function words(text: string): string[] {
  const out: string[] = [];
  let start = 0, chars = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let w: boolean, width = 1;
    if (c < 128) {
      w = ASCII_WORD[c] === 1;
    } else {
      WORD_CHAR.lastIndex = i;
      w = WORD_CHAR.test(text);
      if (c >= 0xd800 && c < 0xdc00 && text.codePointAt(i)! > 0xffff) width = 2;
    }
    if (w) {
      if (chars++ === 0) start = i;
    } else {
      if (chars >= 2) out.push(text.slice(start, i));
      chars = 0;
    }
    i += width;
  }
  if (chars >= 2) out.push(text.slice(start));
  return out;
}
