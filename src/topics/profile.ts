// Site profiles: what the crawler follows and extracts on a conference site, as CSS selectors and a
// URL pattern. Every field is optional: what a profile leaves out is inferred from the pages
// (src/topics/infer.ts), so a profile is also how a user corrects one wrong inference. Checked on
// load, with messages naming the file and the field.

import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { NdfuseError } from '../errors.js';
import { PROFILE_FIELDS } from './profile-fields.js';

export { PROFILE_FIELDS };

export interface SiteProfile {
  /** A name for the summary. */
  readonly name?: string;
  /** Listing pages (schedule, talk list) to start from, as paths from the site's root. */
  readonly start?: readonly string[];
  /** On a listing page: the links to talk pages (a CSS selector). */
  readonly talkLinks?: string;
  /** The talk pages' paths, `*` standing for one path segment (or part of one), for example
   *  `/2016/schedule/presentation/*\/`; a query may follow (`/talk.php?id=*`). */
  readonly talkUrl?: string;
  /** On a talk page: the title (a CSS selector; the first match, a `meta` element's content). */
  readonly title?: string;
  /** On a talk page: the parts of the text (CSS selectors), joined by blank lines after the title. */
  readonly text?: readonly string[];
  /** On a talk page: the tags (a CSS selector, each match one tag). */
  readonly tags?: string;
  /** Lines dropped from the text (inferred: lines that most talk pages share, such as a footer). */
  readonly boilerplate?: readonly string[];
}

export const PROFILES: Readonly<Record<string, SiteProfile>> = {
  // ../shared/data/pycon-us-2016 (a static copy of us.pycon.org/2016/schedule), read in SOURCE.md
  'pycon-us-2016': {
    name: 'pycon-us-2016',
    start: ['/2016/schedule/', '/2016/schedule/talks/', '/2016/schedule/tutorials/', '/2016/schedule/sponsor-tutorials/', '/2016/schedule/posters/list/'],
    talkLinks: 'a[href*="/schedule/presentation/"]',
    title: 'div.box-content h2',
    text: ['div.box-content div.description', 'div.box-content div.abstract'],
    tags: 'div.box-content dl.dl-horizontal dt:contains("Category:") + dd',
  },
  // the EuroPython 2016 site's layout (ep2016.europython.eu): talk text in div.cms, tags in
  // div.all-tags span.tag. No copy of its HTML exists to test against; its talks ship as records.
  'europython-2016': {
    name: 'europython-2016',
    start: ['/p3/schedule/ep2016/'],
    talkLinks: 'a[href*="/conference/talks/"]',
    title: 'h1',
    text: ['div.cms'],
    tags: 'div.all-tags span.tag',
  },
};

const probe = load('<p></p>');

/** An error naming `where` and the field unless `sel` is a CSS selector cheerio can run. */
export function checkSelector(sel: unknown, where: string): string {
  if (typeof sel !== 'string' || sel.trim() === '') throw new NdfuseError('crawl', `${where} must be a CSS selector (a non-empty string), got ${JSON.stringify(sel)}`);
  try {
    probe(sel);
  } catch (e) {
    throw new NdfuseError('crawl', `${where} is not a CSS selector cheerio can read: ${JSON.stringify(sel)} (${(e as Error).message})`);
  }
  return sel;
}

/** A profile checked field by field; `where` names it in messages ("profile site.json"). */
export function checkProfile(value: unknown, where: string): SiteProfile {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new NdfuseError('crawl', `${where} must be a JSON object with the fields ${Object.keys(PROFILE_FIELDS).join(', ')}`);
  const v = value as Record<string, unknown>;
  for (const k of Object.keys(v)) {
    if (!(k in PROFILE_FIELDS)) throw new NdfuseError('crawl', `${where}: unknown field '${k}' (the fields are ${Object.keys(PROFILE_FIELDS).join(', ')})`);
  }
  const strings = (k: string): string[] | undefined => {
    if (v[k] === undefined) return undefined;
    if (!Array.isArray(v[k]) || !(v[k] as unknown[]).every((s) => typeof s === 'string')) throw new NdfuseError('crawl', `${where}: field '${k}' must be a list of strings, got ${JSON.stringify(v[k])}`);
    return v[k] as string[];
  };
  const start = strings('start');
  if (start) for (const s of start) if (!s.startsWith('/')) throw new NdfuseError('crawl', `${where}: field 'start' holds ${JSON.stringify(s)}; each start page is a path from the site's root, beginning with /`);
  const text = strings('text');
  text?.forEach((s, i) => checkSelector(s, `${where}: field 'text' [${i}]`));
  if (v.name !== undefined && typeof v.name !== 'string') throw new NdfuseError('crawl', `${where}: field 'name' must be a string`);
  if (v.talkUrl !== undefined && (typeof v.talkUrl !== 'string' || !v.talkUrl.startsWith('/'))) throw new NdfuseError('crawl', `${where}: field 'talkUrl' must be a path pattern beginning with / (for example "/talks/*/"), got ${JSON.stringify(v.talkUrl)}`);
  for (const k of ['talkLinks', 'title', 'tags'] as const) if (v[k] !== undefined) checkSelector(v[k], `${where}: field '${k}'`);
  const boilerplate = strings('boilerplate');
  const out: Record<string, unknown> = { ...v };
  if (start) out.start = start;
  if (text) out.text = text;
  if (boilerplate) out.boilerplate = boilerplate;
  return out as SiteProfile;
}

/** A profile by name (PROFILES) or from a JSON file, checked. */
export function loadProfile(nameOrFile: string): SiteProfile {
  if (PROFILES[nameOrFile]) return PROFILES[nameOrFile]!;
  let text: string;
  try {
    text = readFileSync(nameOrFile, 'utf8');
  } catch (e) {
    throw new NdfuseError('crawl', `--profile ${nameOrFile}: not a known profile (${Object.keys(PROFILES).join(', ')}) nor a readable file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new NdfuseError('crawl', `profile ${nameOrFile} is not valid JSON: ${(e as Error).message}`);
  }
  return checkProfile(value, `profile ${nameOrFile}`);
}

const compiled = new Map<string, { path: RegExp; query: RegExp | null }>();

/** Whether a path from the site's root (with its query) fits a talkUrl pattern. */
export function matchesPattern(pattern: string, path: string): boolean {
  let c = compiled.get(pattern);
  if (!c) {
    const [p, q] = pattern.split('?', 2) as [string, string | undefined];
    const re = (s: string, any: string): RegExp => new RegExp('^' + s.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join(any) + '$');
    compiled.set(pattern, (c = { path: re(p, '[^/]+'), query: q === undefined ? null : re(q, '[^&]+') }));
  }
  const [pp, pq] = path.split('?', 2) as [string, string | undefined];
  if (!c.path.test(pp)) return false;
  return c.query === null ? pq === undefined || pq === '' : c.query.test(pq ?? '');
}
