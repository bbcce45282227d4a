// The topic report as markup: what it holds for the shipped corpus, and that a hostile corpus can
// add no element, attribute, link or script to it. test/browser.test.ts opens it in Chromium.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { abstractOf, loadCorpus } from '../src/topics/corpus.js';
import { topicsHtml, webLink } from '../src/topics/report.js';
import { findTopics } from '../src/topics/topics.js';
import { NdfuseError } from '../src/errors.js';
import { ATTACKS, hostileTalks } from './report-corpora.js';

const talks = loadCorpus(join(import.meta.dirname, '../data/europython-2016.jsonl'));
const result = findTopics(talks);
const html = topicsHtml(result, talks, { title: 'Topics of EuroPython 2016', corpus: 'EuroPython 2016' });

/** The elements our template writes, and nothing a corpus could add. */
const TEMPLATE_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'dl', 'div', 'dt', 'dd', 'main', 'section', 'ol', 'li', 'a', 'span', 'b', 'meter', 'article', 'canvas', 'label', 'input', 'select', 'option', 'button', 'noscript', 'script']);
const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function structure(page: string) {
  const $ = load(page);
  const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
  const scripts = $('script').toArray();
  return { $, csp, scripts, data: JSON.parse($('#ndfuse-data').text()) as { topics: string[]; talks: [string, string, string, string, number[]][] } };
}

describe('the topic report', () => {
  it('holds a card per topic with its cloud and talks, the overview, the settings and the NMF figures', () => {
    const { $ } = structure(html);
    expect($('article.card')).toHaveLength(10);
    $('article.card').each((j, card) => {
      expect($(card).find('.cloud .word')).toHaveLength(10);
      expect($(card).find('li.talk')).toHaveLength(5);
      expect($(card).find('li.talk .abstract p').length).toBeGreaterThan(1);
      expect($(card).attr('id')).toBe(`topic-${j + 1}`);
    });
    expect($('.overview li a').map((_, a) => $(a).attr('href')).get()).toEqual(Array.from({ length: 10 }, (_, j) => `#topic-${j + 1}`));
    const facts = $('.facts').text();
    expect(facts).toContain(`${result.nIter} iterations of at most 200`);
    expect(facts).toContain(`reconstruction error ‖X − WH‖ ${result.reconstructionErr.toFixed(4)}`);
    expect(facts).toContain('max_df 0.95 · min_df 2 · max_features 1000 · stop_words english');
    expect(facts).toContain('10 topics · solver cd · init nndsvda · max_iter 200 · tol 0.0001 · alpha_W 0 · alpha_H same · l1_ratio 0 · random_state 0');
    expect(facts).toContain('EuroPython 2016: 169 talks');
  });

  it("carries every talk with its abstract and its topic mix for the page's script", () => {
    const { data } = structure(html);
    expect(data.topics).toHaveLength(10);
    expect(data.talks.map((t) => t[0])).toEqual(talks.map((t) => t.title));
    expect(data.talks.map((t) => t[3])).toEqual(talks.map((t) => abstractOf(t).trim()));
    data.talks.forEach((t, i) => t[4].forEach((w, j) => expect(w).toBeCloseTo(result.weights[i]![j]!, 3)));
  });

  it('needs nothing from the network: no src, no stylesheet, no font, no url(), a policy that allows only its own script and style', () => {
    const { $, csp, scripts } = structure(html);
    expect($('[src], link, iframe, object, embed, img, base').length).toBe(0);
    expect($('style').text()).not.toMatch(/url\(|@import|@font-face/);
    expect(csp).toBe(`default-src 'none'; script-src ${hash($(scripts[1]!).text())}; style-src ${hash($('style').text())}; base-uri 'none'; form-action 'none'`);
    expect(scripts.map((s) => $(s).attr('type') ?? 'js')).toEqual(['application/json', 'js']);
  });

  it('over a hostile corpus: no element, attribute, link or script that the template does not write', () => {
    const bad = hostileTalks();
    const page = topicsHtml(findTopics(bad, { components: 3, topTalks: 8, tfidf: { minDf: 1, maxDf: 1.0 } }), bad);
    const { $, scripts, csp, data } = structure(page);
    expect([...new Set($('*').toArray().map((e) => e.tagName))].filter((t) => !TEMPLATE_TAGS.has(t))).toEqual([]);
    expect($('*').toArray().flatMap((e) => Object.keys(e.attribs)).filter((a) => /^on/i.test(a))).toEqual([]);
    expect([...new Set($('.card a, .all a').map((_, a) => $(a).attr('href')).get())].sort()).toEqual(['https://ok.example/talk/"onmouseover="window.__pwned=10', 'https://ok.example/talk/1']);
    expect(scripts).toHaveLength(2);
    expect(csp).toContain(hash($(scripts[1]!).text()));
    // the attacks are all there, as text: in the cards, in the tooltips and in the script's data
    for (const attack of ATTACKS) expect($('.card').text()).toContain(attack);
    expect(data.talks.map((t) => t[0])).toEqual(bad.map((t) => t.title));
    expect(data.talks.filter((t) => t[1] !== '').map((t) => t[1])).toEqual(bad.map((t) => t.url).filter((u) => u.startsWith('https://ok.example')));
    expect($('#ndfuse-data').text()).not.toMatch(/[<>]/);
  });

  it('names a talk without a title', () => {
    const some = [{ title: '', url: '', tags: [], text: '\n\npython data numpy arrays' }, { title: '  ', url: 'https://a.example/', tags: [], text: '  \n\npython data numpy' }, { title: 'web', url: '', tags: [], text: 'web\n\ndjango web http' }];
    const { $, data } = structure(topicsHtml(findTopics(some, { components: 2, tfidf: { minDf: 1, maxDf: 1.0 } }), some));
    expect($('li.talk > :first-child').map((_, e) => $(e).text()).get().filter((t) => t === '(untitled)').length).toBeGreaterThanOrEqual(2);
    expect(data.talks.map((t) => t[0])).toEqual(['(untitled)', '(untitled)', 'web']);
  });

  it('refuses talks that are not the ones the topics were found in', () => {
    expect(() => topicsHtml(result, talks.slice(1))).toThrow(NdfuseError);
    expect(() => topicsHtml(result, talks.slice(1))).toThrow(/ndfuse: topicsHtml: talks holds 168 talks, but the topics were found in 169/);
  });

  it.each([
    ['https://ep2016.europython.eu/conference/talks/x', true], ['HTTP://EXAMPLE.ORG/', true], ['javascript:alert(1)', false], [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false], ['data:text/html,x', false], ['//evil.example/', false], ['https://', false], ['http:example.org', true], ['', false], ['mailto:a@b.c', false],
  ])('a link only for http(s): %j %s', (url, ok) => {
    expect(webLink(url)).toBe(ok);
  });
});
