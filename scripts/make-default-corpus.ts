// Writes the default corpus that ships with ndfuse: the EuroPython 2016 talks (pyvideo records, CC0)
// from ../shared/data, as JSONL records of the talk's title, talk page, tags and abstract, with the
// YouTube description's furniture taken off. Writes into data/, or the folder given:
//   npx tsx scripts/make-default-corpus.ts [folder]

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../src/topics/crawl.js';
import { talkOf } from '../src/topics/corpus.js';
import { clean } from '../src/topics/infer.js';

const DIR = join(import.meta.dirname, '../../shared/data/europython-2016/pyvideo-data/europython-2016/videos');
const OUT = process.argv[2] ?? join(import.meta.dirname, '../data');
mkdirSync(OUT, { recursive: true });

interface Pyvideo {
  title: string;
  description: string;
  tags: string[];
  related_urls: (string | { url: string })[];
  videos: { url: string }[];
}

/** The talk's page on the conference site (the source writes it with a doubled slash), else the
 *  recording's page: seven records (welcome, lightning talks, panels) have no talk page. */
function pageOf(r: Pyvideo): string {
  const urls = r.related_urls.map((u) => (typeof u === 'string' ? u : u.url));
  const page = urls.find((u) => /^https:\/\/ep2016\.europython\.eu\/+conference\/talks\//.test(u));
  return page ? page.replace(/^(https:\/\/ep2016\.europython\.eu)\/+/, '$1/') : r.videos[0]?.url ?? '';
}

/**
 * The abstract in a YouTube description: after the header ("Speaker - Title", the conference, date
 * and place in brackets, the talk page in parentheses), the short abstract, a "-----" rule, the long
 * one. The rule and reStructuredText's link targets (".. _name: url") go, references to them lose
 * their underscore, and lines hard-wrapped at 72 columns are joined into paragraphs (list items and
 * indented blocks keep their lines).
 */
function abstractIn(description: string): string {
  let lines = description.replace(/\r\n?/g, '\n').split('\n');
  if (lines[1]?.trim() === '[EuroPython 2016]') {
    let i = 1;
    while (i < lines.length && /^\s*(\[.*\]|\(https?:\/\/\S+\))\s*$/.test(lines[i]!)) i++;
    lines = lines.slice(i);
  }
  const targets = new Set<string>();
  lines = lines.filter((l) => {
    const m = /^\.\. _`?([^`:]+)`?:\s*\S+\s*$/.exec(l);
    if (m) targets.add(m[1]!.toLowerCase());
    return !m;
  });
  const ruled = lines.findIndex((l) => l.trim() === '-----');
  if (ruled >= 0) lines.splice(ruled, 1, '');
  const unreferenced = (l: string): string => l
    .replace(/`([^`]+)`_/g, (all, name: string) => (targets.has(name.toLowerCase()) ? name : all))
    .replace(/\b([\w.-]+)_\b(?!\w)/g, (all, name: string) => (targets.has(name.toLowerCase()) ? name : all));
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => { if (current.length) paragraphs.push(current.join('\n')); current = []; };
  for (const raw of lines.map(unreferenced)) {
    const l = raw.replace(/\s+$/, '');
    if (l.trim() === '') { flush(); continue; }
    const prev = current[current.length - 1];
    const item = /^\s*([-*+•]|\d+[.)])\s/.test(l) || /^\s/.test(l);
    if (prev !== undefined && !item && !/^\s/.test(prev)) current[current.length - 1] = `${prev} ${clean(l)}`;
    else current.push(item ? l : clean(l));
  }
  flush();
  return paragraphs.join('\n\n');
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const records = files.map((f) => {
  const r = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Pyvideo;
  return { title: r.title.trim(), url: pageOf(r), tags: r.tags, abstract: abstractIn(r.description) };
});
// through talkOf and writeCorpus, as a crawl writes its records and loadCorpus reads them
writeCorpus(join(OUT, 'europython-2016.jsonl'), records.map((r, i) => talkOf(r, files[i]!)));
const pages = records.filter((r) => r.url.includes('europython.eu')).length;
writeFileSync(join(OUT, 'ATTRIBUTION.md'), `# data/europython-2016.jsonl

The ${records.length} recorded talks of EuroPython 2016 (Bilbao), from the PyVideo data repository
(github.com/pyvideo/data, folder europython-2016, snapshot 8d37350255d0), released under CC0 1.0 by
PyVideo. Each record holds a talk's title, its page on ep2016.europython.eu (${pages} talks; the other
${records.length - pages}, the welcome and closing sessions, lightning talks and panels, have none and link to
their recording on YouTube), its tags and its abstract: the description the EuroPython Society
published on YouTube without its header (speakers, conference, date, place, link), the rule between
the short and the long abstract, and reStructuredText's link targets. Made by
scripts/make-default-corpus.ts.
`);
console.log(`${records.length} talks written to ${join(OUT, 'europython-2016.jsonl')} (${pages} with their talk page)`);
