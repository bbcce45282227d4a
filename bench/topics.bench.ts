// The topics pipeline against scikit-learn, side by side in one run: end to end on the PyCon 2016
// pages (parse the HTML, TF-IDF, NMF) against scikit-learn with BeautifulSoup on the same pages, and
// TF-IDF plus NMF alone on 1e4 documents resampled from the real ones (the same documents for both).
// Whole runs take seconds, so each is timed as the median of a few runs rather than by benchmark.js.
// A missing python3 with scikit-learn and bs4 is skipped with a note.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawl, PROFILES } from '../src/topics/crawl.js';
import { loadCorpus } from '../src/topics/corpus.js';
import { NMF } from '../src/topics/nmf.js';
import { TfidfVectorizer } from '../src/topics/vectorize.js';
import { DEMO_TFIDF } from '../src/topics/topics.js';
import { machine, medianMs as median, python, resample, table } from './harness.js';

const SHARED = join(import.meta.dirname, '../../../shared/data');

// the Python side reads the pages with the fixture script's own function, so the two sides
// benchmark the extraction the tests hold equal
const PYTHON = String.raw`
import json, sys, time
sys.path.insert(0, sys.argv[4])
import make_sklearn_fixtures as fx
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
fx.PYCON, corpus, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def median(f):
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return sorted(ts)[runs // 2] * 1000
def end_to_end():
    NMF(n_components=10, random_state=0).fit_transform(TfidfVectorizer(**fx.SETTINGS['demo']).fit_transform(fx.pycon_documents()))
with open(corpus) as f:
    big = [json.loads(l)['text'] for l in f]
def large():
    NMF(n_components=10, random_state=0).fit_transform(TfidfVectorizer(**fx.SETTINGS['demo']).fit_transform(big))
print(json.dumps({'end_to_end': median(end_to_end), 'large': median(large)}))
`;

export async function topicsBench(opts: { quick?: boolean } = {}): Promise<string> {
  const runs = opts.quick ? 1 : 3;
  const pyconSite = join(SHARED, 'pycon-us-2016');
  // ndfuse, end to end: read the pages, TF-IDF, NMF
  const endToEnd = await median(runs, async () => {
    // the profile's selectors, as the Python side's BeautifulSoup reads them (what inferring them costs: bench crawl)
    const { talks } = await crawl(pyconSite, { profile: PROFILES['pycon-us-2016'] });
    new NMF({ nComponents: 10, randomState: 0 }).fitTransform(new TfidfVectorizer(DEMO_TFIDF).fitTransform(talks.map((t) => t.text)));
  });
  // 1e4 documents drawn with replacement from the real ones (EuroPython and PyCon), seeded
  const real = [...loadCorpus(join(SHARED, 'europython-2016/pyvideo-data/europython-2016')), ...(await crawl(pyconSite, { profile: PROFILES['pycon-us-2016'] })).talks].map((t) => t.text);
  const n = opts.quick ? 2000 : 10000;
  const big = resample(real, n);
  const large = await median(runs, () => new NMF({ nComponents: 10, randomState: 0 }).fitTransform(new TfidfVectorizer(DEMO_TFIDF).fitTransform(big)));
  const dir = mkdtempSync(join(tmpdir(), 'ndfuse-bench-'));
  writeFileSync(join(dir, 'big.jsonl'), big.map((text) => JSON.stringify({ text })).join('\n') + '\n');
  const fixtures = join(import.meta.dirname, '../../test/fixtures');
  const sk = python<{ end_to_end: number; large: number }>(PYTHON, [join(pyconSite, '2016/schedule/presentation'), join(dir, 'big.jsonl'), String(runs), fixtures])
    ?? 'skipped: no python3 with scikit-learn and bs4 (or no test/fixtures)';
  const ms = (v: number): string => v.toFixed(0);
  const rows = [
    ['PyCon 2016, 171 pages: parse, TF-IDF, NMF (10 topics)', ms(endToEnd), typeof sk === 'string' ? sk : ms(sk.end_to_end), typeof sk === 'string' ? '' : (sk.end_to_end / endToEnd).toFixed(2)],
    [`${n} resampled documents: TF-IDF, NMF (10 topics)`, ms(large), typeof sk === 'string' ? sk : ms(sk.large), typeof sk === 'string' ? '' : (sk.large / large).toFixed(2)],
  ];
  return [`Machine: ${machine()}`, '', `Milliseconds, median of ${runs} run${runs > 1 ? 's' : ''} (cd solver, nndsvda init, the demo's TF-IDF settings):`, '',
    table(['task', 'ndfuse', 'scikit-learn (+ BeautifulSoup)', 'scikit-learn / ndfuse'], rows)].join('\n');
}
