// ndfuse/topics: the text-mining pipeline on the lazy array engine (corpus loading, scikit-learn's
// vectorizers, NMF, the crawler, the topic report). A subpath of its own, so that `import 'ndfuse'`
// loads the array engine only (no cheerio, no HTML parser).

export { loadCorpus, abstractOf, type Talk } from './corpus.js';
export { CountVectorizer, TfidfVectorizer, type CountOptions, type TfidfOptions } from './vectorize.js';
export { NMF, type NMFOptions } from './nmf.js';
export { crawl, writeCorpus, type CrawlOptions, type CrawlSummary, type CrawlResult } from './crawl.js';
export { PROFILES, PROFILE_FIELDS, checkProfile, loadProfile, type SiteProfile } from './profile.js';
export { defaultCacheDir } from './fetch.js';
export { findTopics, findTopicsAsync, topicsText, defaultCorpusPath, DEMO_TFIDF, type TopicsOptions, type TopicsResult, type Topic } from './topics.js';
export { topicsHtml, type ReportOptions } from './report.js';
