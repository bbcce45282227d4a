// Writes the default corpus that ships with ndfuse: the EuroPython 2016 talks (pyvideo records, CC0)
// from ../shared/data, as JSONL. Run from the repository root:  npx tsx scripts/make-default-corpus.ts

import { writeFileSync } from 'node:fs';
import { loadCorpus } from '../src/topics/corpus.js';
import { writeCorpus } from '../src/topics/crawl.js';

const talks = loadCorpus('../shared/data/europython-2016/pyvideo-data/europython-2016');
writeCorpus('data/europython-2016.jsonl', talks);
writeFileSync('data/ATTRIBUTION.md', `# data/europython-2016.jsonl

The ${talks.length} recorded talks of EuroPython 2016 (Bilbao), from the PyVideo data repository
(github.com/pyvideo/data, folder europython-2016, snapshot 8d37350255d0), released under CC0 1.0 by
PyVideo: titles, talk page URLs, tags and the talks' descriptions as published on YouTube by the
EuroPython Society. Converted to JSONL records ({title, url, tags, text}) by
scripts/make-default-corpus.ts.
`);
console.log(`${talks.length} talks written to data/europython-2016.jsonl`);
