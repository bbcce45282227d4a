// The topic report: one self-contained HTML file (no request of any kind leaves it) with the corpus's
// topics as cards (a word cloud, the heaviest talks with their weights and abstracts), an overview,
// each talk's topic mix as a heat map and a searchable list. A corpus is someone else's writing, so
// every text is escaped for where it lands (element text, attribute, inline JSON), only http(s) URLs
// become links, and a Content-Security-Policy lets nothing run but the page's own script.

import { createHash } from 'node:crypto';
import { abstractOf, type Talk } from './corpus.js';
import type { TopicsResult } from './topics.js';
import { NdfuseError } from '../errors.js';

export interface ReportOptions {
  /** The page's heading (default "Topics"). */
  readonly title?: string;
  /** What the talks are, for the header: a name, a path or a URL. */
  readonly corpus?: string;
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Whether a corpus's URL may be a link in a page people share: http(s) only (`javascript:` or
 *  `data:` in an href runs when clicked), parsed as a browser would parse it. */
export function webLink(url: string): boolean {
  if (!/^\s*https?:/i.test(url)) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host !== '';
  } catch {
    return false;
  }
}

/** JSON that stays data inside a <script> element: no `</script>`, `<!--` or line separator can
 *  end it or change how it parses. */
const inlineJson = (v: unknown): string => JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** Hues far apart for any number of topics (the golden angle), as CSS classes t0, t1, ... */
const hue = (j: number): number => Math.round((j * 137.508 + 210) % 360);

/** Four significant digits: the weights the page's script needs, at a third of their JSON size. */
const short = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(4)));

const settingText = (o: object): string => Object.entries(o)
  .filter(([, v]) => v !== undefined)
  .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()).replace(/^alpha_w$/, 'alpha_W').replace(/^alpha_h$/, 'alpha_H')} ${Array.isArray(v) ? (v.length > 6 ? `(${v.length} words)` : v.join(', ')) : v instanceof RegExp ? v.source : String(v)}`)
  .join(' · ');

/** A word cloud: the heaviest word in the middle, the others alternating out to both sides, sized
 *  in six steps by the square root of their weight (area follows weight), laid out in lines. */
function cloud(words: TopicsResult['topics'][number]['words']): string {
  const max = Math.max(...words.map((w) => w.weight), Number.MIN_VALUE);
  const order: typeof words[number][] = [];
  words.forEach((w, i) => (i % 2 === 0 ? order.push(w) : order.unshift(w)));
  return order.map((w) => `<span class="word s${1 + Math.round(5 * Math.sqrt(Math.max(w.weight, 0) / max))}" title="${escape(w.word)}: ${w.weight.toFixed(3)}">${escape(w.word)}</span>`).join(' ');
}

/** A title to show: a record may have none. */
const named = (title: string): string => (title.trim() === '' ? '(untitled)' : title);

function link(title: string, url: string): string {
  return webLink(url) ? `<a href="${escape(url)}" rel="noopener noreferrer">${escape(named(title))}</a>` : `<span class="title">${escape(named(title))}</span>`;
}

/** The report: `r` from findTopics on `talks` (the same talks, in the same order). */
export function topicsHtml(r: TopicsResult, talks: readonly Talk[], opts: ReportOptions = {}): string {
  if (talks.length !== r.documents || r.weights.length !== r.documents) {
    throw new NdfuseError('topicsHtml', `talks holds ${talks.length} talks, but the topics were found in ${r.documents}: pass the talks findTopics read`);
  }
  const k = r.topics.length;
  const title = opts.title ?? 'Topics';
  const label = (j: number): string => r.topics[j]!.words.slice(0, 3).map((w) => w.word).join(', ');
  const dominant = r.weights.map((w) => w.reduce((best, x, j) => (x > w[best]! ? j : best), 0));
  const share = r.weights.map((w, i) => { const s = w.reduce((a, b) => a + b, 0); return s > 0 ? w[dominant[i]!]! / s : 0; });
  // a talk with no weight on any topic leads none
  const counts = Array.from({ length: k }, (_, j) => dominant.filter((d, i) => d === j && share[i]! > 0).length);
  const maxCount = Math.max(1, ...counts);

  const overview = r.topics.map((_, j) => `<li><a href="#topic-${j + 1}" class="t${j}"><span class="swatch"></span><b>${j + 1}</b> <span class="label">${escape(label(j))}</span><meter min="0" max="${maxCount}" value="${counts[j]}"></meter><span class="count">${counts[j]} talk${counts[j] === 1 ? '' : 's'}</span></a></li>`).join('\n');

  const cards = r.topics.map((t, j) => {
    const max = Math.max(...t.talks.map((x) => x.weight), Number.MIN_VALUE);
    const items = t.talks.map((x) => {
      const talk = talks[x.index]!;
      const abstract = abstractOf(talk).trim();
      const tags = talk.tags.length ? `<p class="tags">${talk.tags.map((g) => `<span>${escape(g)}</span>`).join(' ')}</p>` : '';
      const pct = Math.round(100 * share[x.index]!);
      const mix = dominant[x.index] === j ? `${pct}% of its mix` : `mostly topic ${dominant[x.index]! + 1} (${pct}%)`;
      return `<li class="talk" tabindex="0">${link(x.title, x.url)}<span class="weight"><meter min="0" max="${max}" value="${x.weight}"></meter>${x.weight.toFixed(3)}</span>` +
        `<div class="abstract" role="tooltip"><p class="mixnote">weight ${x.weight.toFixed(3)} · ${escape(mix)}</p>${tags}${abstract ? abstract.split(/\n\s*\n/).map((p) => `<p>${escape(p)}</p>`).join('') : '<p class="none">No abstract.</p>'}</div></li>`;
    }).join('\n');
    return `<article class="card t${j}" id="topic-${j + 1}">
<h3><span class="swatch"></span>Topic ${j + 1} <span class="label">${escape(label(j))}</span></h3>
<p class="cloud">${cloud(t.words)}</p>
<ol class="talks">
${items}
</ol>
</article>`;
  }).join('\n');

  const data = {
    topics: r.topics.map((_, j) => label(j)),
    // [title, url (http(s) only, else ''), tags, abstract, weights]
    talks: talks.map((t, i) => [named(t.title), webLink(t.url) ? t.url : '', t.tags.join(', '), abstractOf(t).trim(), r.weights[i]!.map(short)]),
  };
  const nmf = r.settings.nmf;
  const facts = [
    ['Corpus', `${opts.corpus ? `${opts.corpus}: ` : ''}${r.documents} talks`],
    ['TF-IDF', `${settingText(r.settings.tfidf)} (scikit-learn's defaults otherwise) → ${r.features} terms`],
    ['NMF', `${k} topics · ${settingText({ solver: nmf.solver, init: nmf.init, maxIter: nmf.maxIter, tol: nmf.tol, alphaW: nmf.alphaW, alphaH: nmf.alphaH, l1Ratio: nmf.l1Ratio, randomState: nmf.randomState })}`],
    ['Fit', `${r.nIter} iterations${nmf.maxIter !== undefined ? ` of at most ${nmf.maxIter}` : ''} · reconstruction error ‖X − WH‖ ${r.reconstructionErr.toFixed(4)}`],
  ];
  const palette = Array.from({ length: k }, (_, j) => `.t${j}{--h:${hue(j)}}`).join('');
  const style = STYLE + palette + '\n';
  const csp = `default-src 'none'; script-src ${sha256(SCRIPT)}; style-src ${sha256(style)}; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="ndfuse">
<title>${escape(title)}</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>${escape(title)}</h1>
<p class="lede">${k} topics in ${r.documents} talks, found by NMF on TF-IDF with ndfuse. A talk's topic mix is its row of NMF's W scaled to sum to one.</p>
<dl class="facts">
${facts.map(([dt, dd]) => `<div><dt>${escape(dt!)}</dt><dd>${escape(dd!)}</dd></div>`).join('\n')}
</dl>
</header>
<main>
<section class="overview" aria-labelledby="overview-h">
<h2 id="overview-h">Overview</h2>
<p class="hint">Each topic by its three heaviest words, with the talks whose mix it leads.</p>
<ol class="topics">
${overview}
</ol>
</section>
<section aria-labelledby="cards-h">
<h2 id="cards-h">Topics</h2>
<p class="hint">Words sized by weight; the talks that load on the topic most, with their weight. Point at a talk, or tab to it, for its abstract.</p>
<div class="cards">
${cards}
</div>
</section>
<section class="mixes" aria-labelledby="mixes-h">
<h2 id="mixes-h">Talks and their topic mix</h2>
<p class="hint">A column per talk (or the mean of the talks in a pixel's width), a row per topic, grouped by the topic leading each talk's mix: the stronger a cell's colour, the larger that topic's share. Talks that straddle topics show colour in more than one row. Point at a column for its talk; click to find it in the list.</p>
<div class="heat"><canvas id="heat" height="${Math.max(k, 1) * 14 + 4}" aria-label="topic mix of every talk"></canvas><p id="heat-note" class="hint" aria-live="polite"></p></div>
<div class="controls">
<label>Search talks <input id="search" type="search" placeholder="title, tag or word in the abstract" autocomplete="off"></label>
<label>Order <select id="order"><option value="topic">by leading topic</option><option value="straddle">straddling topics first</option><option value="title">by title</option></select></label>
</div>
<p id="count" class="hint" aria-live="polite"></p>
<ol id="talks" class="all"></ol>
<button id="more" type="button" hidden>Show more</button>
<noscript><p>The list of every talk needs JavaScript; the cards above do not.</p></noscript>
</section>
</main>
<script type="application/json" id="ndfuse-data">${inlineJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const STYLE = `
:root{--bg:#fbfbfa;--fg:#1d1d1f;--muted:#62636a;--card:#fff;--line:#dcdcde;--pop:#fff;--l:42%;--s:62%;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#141416;--fg:#e8e8ea;--muted:#a2a3aa;--card:#1e1f22;--line:#3a3b40;--pop:#26272b;--l:68%;--s:70%}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg)}
header,main{max-width:110rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.25rem}
h1{font-size:1.7rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:1.6rem 0 .3rem}
h3{font-size:1rem;margin:0 0 .5rem;display:flex;align-items:center;gap:.4rem;flex-wrap:wrap}
a{color:inherit;text-decoration-color:hsl(var(--h,210) var(--s) var(--l))}
.lede,.hint{color:var(--muted);margin:.2rem 0 .6rem}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(18rem,100%),1fr));gap:.3rem 1.5rem;margin:.6rem 0 0;font-size:.9rem}
.facts div{display:flex;gap:.5rem}.facts dt{font-weight:600;min-width:4.5rem}.facts dd{margin:0;color:var(--muted)}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:3px;background:hsl(var(--h) var(--s) var(--l));flex:none}
.topics{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(24rem,100%),1fr));gap:.25rem 1.5rem}
.topics a{display:grid;grid-template-columns:auto 1.6rem 1fr 4rem 4.5rem;align-items:center;gap:.4rem;text-decoration:none;padding:.15rem .3rem;border-radius:4px}
.topics a:hover,.topics a:focus{background:var(--card)}
.topics .label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.count{color:var(--muted);font-size:.85rem;text-align:right}
meter{width:100%;height:.6rem}
meter::-webkit-meter-bar{background:var(--line);border:0;border-radius:3px}
meter::-webkit-meter-optimum-value{background:hsl(var(--h,210) var(--s) var(--l));border-radius:3px}
meter::-moz-meter-bar{background:hsl(var(--h,210) var(--s) var(--l))}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(21rem,100%),1fr));gap:1rem}
.card{background:var(--card);border:1px solid var(--line);border-top:4px solid hsl(var(--h) var(--s) var(--l));border-radius:8px;padding:.8rem 1rem 1rem;position:relative}
.card .label{color:var(--muted);font-weight:400}
.cloud{text-align:center;line-height:1.15;margin:.3rem 0 .8rem;min-height:5.5rem;display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:.1rem .55rem}
.word{color:hsl(var(--h) var(--s) var(--l));white-space:nowrap}
.s1{font-size:.8rem;opacity:.7}.s2{font-size:.95rem;opacity:.8}.s3{font-size:1.15rem;opacity:.88}.s4{font-size:1.4rem}.s5{font-size:1.7rem;font-weight:600}.s6{font-size:2.05rem;font-weight:700}
.talks{margin:0;padding-left:1.3rem}
.talk{position:relative;padding:.15rem 0;outline:none}
.talk .weight{display:flex;align-items:center;gap:.4rem;color:var(--muted);font-size:.8rem;font-variant-numeric:tabular-nums}
.talk .weight meter{width:6rem;height:.5rem}
.abstract{display:none;position:absolute;z-index:5;left:-.5rem;right:-.5rem;top:100%;max-height:22rem;overflow:auto;background:var(--pop);border:1px solid var(--line);border-radius:6px;box-shadow:0 6px 24px #0004;padding:.2rem .8rem;font-size:.88rem}
.talk:hover .abstract,.talk:focus-within .abstract{display:block}
.abstract p{margin:.5rem 0}.mixnote,.none{color:var(--muted)}
.tags span,.all .tags{font-size:.8rem;border:1px solid var(--line);border-radius:1rem;padding:0 .45rem;margin-right:.2rem;color:var(--muted)}
.heat{overflow:hidden}#heat{width:100%;display:block;border:1px solid var(--line);border-radius:4px;cursor:crosshair}
.controls{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;margin:.8rem 0 .2rem}
.controls label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted);gap:.2rem}
input,select,button{font:inherit;color:inherit;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.35rem .55rem}
#search{width:min(32rem,85vw)}
.all{list-style:none;padding:0;margin:0}
.all li{display:grid;grid-template-columns:7rem 1fr;gap:.2rem .8rem;padding:.35rem 0;border-bottom:1px solid var(--line)}
.mix{display:flex;height:.75rem;margin-top:.3rem;border-radius:2px;overflow:hidden;background:var(--line)}
.mix span{background:hsl(var(--h) var(--s) var(--l))}
.all .meta{color:var(--muted);font-size:.82rem}
.all details{grid-column:2;font-size:.88rem}.all summary{cursor:pointer;color:var(--muted)}
#more{margin:.8rem 0 2rem}
@media print{
:root{--bg:#fff;--fg:#000;--card:#fff;--muted:#444;--line:#bbb;--l:40%;--s:60%}
.controls,#count,#talks,#more,.abstract,noscript,.hint{display:none}
header,main{max-width:none;padding:0}
.cards{grid-template-columns:1fr 1fr}.card{break-inside:avoid}
a{text-decoration:none}
}
`;

// Plain JavaScript for the browser: reads the inline data, draws the heat map and keeps the list
// filtered; every corpus text reaches the page through textContent, never as markup.
const SCRIPT = `
(() => {
  'use strict';
  performance.mark('ndfuse-start');
  const D = JSON.parse(document.getElementById('ndfuse-data').textContent);
  const K = D.topics.length, N = D.talks.length, PAGE = 200;
  const talks = D.talks.map(([title, url, tags, abstract, w], i) => {
    let sum = 0, lead = 0;
    for (let j = 0; j < K; j++) { sum += w[j]; if (w[j] > w[lead]) lead = j; }
    const share = w.map((x) => (sum > 0 ? x / sum : 0));
    return { i, title, url, tags, abstract, share, lead, top: share[lead], hay: (title + '\\n' + tags + '\\n' + abstract).toLowerCase() };
  });
  const orders = {};
  const order = (key) => orders[key] || (orders[key] = talks.slice().sort(
    key === 'title' ? (a, b) => a.title.localeCompare(b.title) || a.i - b.i
      : key === 'straddle' ? (a, b) => a.top - b.top || a.i - b.i
        : (a, b) => a.lead - b.lead || b.top - a.top || a.i - b.i));
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; };
  const pct = (x) => Math.round(100 * x) + '%';
  const mixText = (t, skip) => t.share.map((s, j) => [s, j]).filter(([s, j]) => s >= 0.05 && j !== skip).sort((a, b) => b[0] - a[0]).map(([s, j]) => 'topic ' + (j + 1) + ' ' + pct(s)).join(' · ');

  // the heat map: talks in columns, grouped by their leading topic; a pixel column that holds several
  // talks shows their mean shares
  const canvas = document.getElementById('heat'), note = document.getElementById('heat-note');
  const byLead = order('topic');
  let columns = [];
  const GUTTER = 24;
  const colour = (j) => { const s = document.querySelector('.overview .t' + j + ' .swatch'); return s ? getComputedStyle(s).backgroundColor : '#888'; };
  function draw() {
    const dpr = window.devicePixelRatio || 1, all = Math.max(GUTTER + 1, Math.floor(canvas.clientWidth)), width = all - GUTTER, row = 14;
    canvas.width = all * dpr; canvas.height = (K * row + 4) * dpr;
    const g = canvas.getContext('2d');
    g.scale(dpr, dpr);
    g.font = '10px system-ui, sans-serif'; g.textAlign = 'right'; g.textBaseline = 'middle';
    g.fillStyle = getComputedStyle(note).color;
    for (let j = 0; j < K; j++) g.fillText(String(j + 1), GUTTER - 5, 2 + j * row + (row - 2) / 2);
    g.translate(GUTTER, 0);
    const cols = Math.min(width, N), per = N / cols;
    columns = [];
    const colours = Array.from({ length: K }, (_, j) => colour(j));
    for (let c = 0; c < cols; c++) {
      const from = Math.floor(c * per), to = Math.max(from + 1, Math.floor((c + 1) * per));
      columns.push([from, to]);
      const x = (c * width) / cols, w = Math.max(1, width / cols);
      for (let j = 0; j < K; j++) {
        let s = 0;
        for (let t = from; t < to; t++) s += byLead[t].share[j];
        s /= to - from;
        if (s <= 0.02) continue;
        g.globalAlpha = Math.min(1, 0.15 + 0.85 * s);
        g.fillStyle = colours[j];
        g.fillRect(x, 2 + j * row, w, row - 2);
      }
    }
  }
  function talkAt(ev) {
    const r = canvas.getBoundingClientRect(), x = ev.clientX - r.left - GUTTER;
    if (x < 0) return null;
    const c = Math.floor((x / (r.width - GUTTER)) * columns.length);
    const span = columns[Math.max(0, Math.min(columns.length - 1, c))];
    return span ? byLead[span[0]] : null;
  }
  canvas.addEventListener('mousemove', (ev) => { const t = talkAt(ev); note.textContent = t ? t.title + ': ' + mixText(t) : ''; });
  canvas.addEventListener('click', (ev) => { const t = talkAt(ev); if (t) { search.value = t.title; apply(); } });

  // the list: filtered as one types (after a pause of 120 ms), shown 200 at a time
  const search = document.getElementById('search'), sel = document.getElementById('order');
  const list = document.getElementById('talks'), more = document.getElementById('more'), count = document.getElementById('count');
  let shown = [], upto = 0;
  function row(t) {
    const li = el('li');
    const mix = el('div', 'mix');
    mix.title = mixText(t);
    t.share.forEach((s, j) => { if (s > 0) { const seg = el('span', 't' + j); seg.style.flexGrow = String(s); mix.append(seg); } });
    const head = el('div');
    // the data holds a URL only where webLink allowed it (else ''); the policy refuses javascript: anyway
    if (t.url) { const a = el('a', '', t.title); a.href = t.url; a.rel = 'noopener noreferrer'; head.append(a); } else head.append(el('span', 'title', t.title));
    const meta = el('div', 'meta', t.top === 0 ? 'no weight on any topic'
      : 'topic ' + (t.lead + 1) + ' (' + D.topics[t.lead] + ') ' + pct(t.top) + (t.top < 0.6 ? ' · straddles ' + mixText(t, t.lead) : ''));
    if (t.tags) meta.append(' ', el('span', 'tags', t.tags));
    head.append(meta);
    li.append(mix, head);
    if (t.abstract) { const d = el('details'); d.append(el('summary', '', 'abstract'), el('p', '', t.abstract)); li.append(d); }
    return li;
  }
  function render(n) {
    const frag = document.createDocumentFragment();
    for (; upto < Math.min(n, shown.length); upto++) frag.append(row(shown[upto]));
    list.append(frag);
    more.hidden = upto >= shown.length;
    more.textContent = 'Show ' + Math.min(PAGE, shown.length - upto) + ' more';
    count.textContent = (shown.length === N ? 'All ' + N + ' talks' : shown.length + ' of ' + N + ' talks match') + (upto < shown.length ? ', the first ' + upto + ' shown' : '');
  }
  function apply() {
    performance.mark('ndfuse-filter-start');
    const terms = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    const all = order(sel.value);
    shown = terms.length ? all.filter((t) => terms.every((w) => t.hay.includes(w))) : all;
    list.textContent = ''; upto = 0;
    render(PAGE);
    performance.measure('ndfuse-filter', 'ndfuse-filter-start');
    document.body.dataset.query = search.value;
    document.body.dataset.filtered = String(shown.length);
  }
  let pending = 0;
  search.addEventListener('input', () => { clearTimeout(pending); pending = setTimeout(apply, 120); });
  sel.addEventListener('change', apply);
  more.addEventListener('click', () => render(upto + PAGE));
  window.addEventListener('resize', draw);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', draw);
  draw();
  apply();
  performance.measure('ndfuse-ready');
  document.body.dataset.ready = 'true';
})();
`;
