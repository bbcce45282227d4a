// Corpora of talks: records with a title, a URL, tags and an abstract (or the whole text to analyse).
// Read from a folder of pyvideo JSON records (the EuroPython 2016 data), a JSON array or JSONL. What
// a document's text is (title, a blank line, abstract) is fixed here, so every reader agrees on it.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NdfuseError } from '../errors.js';

export interface Talk {
  readonly title: string;
  readonly url: string;
  readonly tags: readonly string[];
  /** The text analysed for topics: the title, a blank line, the abstract. */
  readonly text: string;
}

/** Whether a talk's text is its title, a blank line and an abstract (as talkOf makes it). */
const titled = (t: Talk): boolean => t.text.startsWith(t.title + '\n\n');

/** A talk's text without its title: what a record's `abstract` holds. */
export function abstractOf(t: Talk): string {
  return titled(t) ? t.text.slice(t.title.length + 2) : t.text;
}

/** A talk as a corpus file holds it: its title, URL, tags and abstract (or its text, where the text
 *  does not begin with the title). */
export function recordOf(t: Talk): { title: string; url: string; tags: readonly string[]; abstract: string } | Talk {
  return titled(t) ? { title: t.title, url: t.url, tags: t.tags, abstract: abstractOf(t) } : t;
}

interface RecordLike {
  title?: unknown;
  description?: unknown;
  abstract?: unknown;
  text?: unknown;
  url?: unknown;
  related_urls?: unknown;
  tags?: unknown;
}

/** A talk from a pyvideo record or a corpus record ({title, url, tags, abstract} or {title, url, tags, text}). */
export function talkOf(r: RecordLike, where: string): Talk {
  if (r === null || typeof r !== 'object') throw new NdfuseError('loadCorpus', `${where} is not a record object`);
  const title = typeof r.title === 'string' ? r.title : '';
  const body = typeof r.text === 'string' ? null : [r.description, r.abstract].filter((x): x is string => typeof x === 'string').join('\n\n');
  // pyvideo keeps the talk page in related_urls (strings, or {url} objects in newer records)
  const related = Array.isArray(r.related_urls) ? (r.related_urls[0] as string | { url?: string } | undefined) : undefined;
  const url = typeof r.url === 'string' ? r.url : typeof related === 'string' ? related : related?.url ?? '';
  const tags = Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string') : [];
  return { title, url, tags, text: typeof r.text === 'string' ? r.text : title + '\n\n' + body };
}

/**
 * Talks from `path`: a folder of pyvideo records (its `videos/*.json`, or the folder's own `*.json`),
 * a `.json` file holding an array of records, or a `.jsonl` file with a record per line. Files are
 * read in name order.
 */
export function loadCorpus(path: string): Talk[] {
  if (!existsSync(path)) throw new NdfuseError('loadCorpus', `no such file or folder: ${path}`);
  let talks: Talk[];
  if (statSync(path).isDirectory()) {
    const dir = existsSync(join(path, 'videos')) ? join(path, 'videos') : path;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'category.json').sort();
    talks = files.map((f) => talkOf(parseJson(join(dir, f)) as RecordLike, f));
  } else if (path.endsWith('.jsonl')) {
    talks = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line, i) => {
      try {
        return talkOf(JSON.parse(line) as RecordLike, `${path} line ${i + 1}`);
      } catch (e) {
        throw e instanceof NdfuseError ? e : new NdfuseError('loadCorpus', `${path} line ${i + 1} is not valid JSON: ${(e as Error).message}`);
      }
    });
  } else {
    const data = parseJson(path);
    if (!Array.isArray(data)) throw new NdfuseError('loadCorpus', `${path} must hold an array of records`);
    talks = data.map((r, i) => talkOf(r as RecordLike, `${path} record ${i}`));
  }
  if (talks.length === 0) throw new NdfuseError('loadCorpus', `${path} holds no talks: the corpus is empty`);
  return talks;
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new NdfuseError('loadCorpus', `${file} is not valid JSON: ${(e as Error).message}`);
  }
}
