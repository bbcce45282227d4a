// Corpora for the report's tests: the shipped one, and one written by someone hostile (markup and
// event handlers in every text, URLs that would run code if they were links).

import type { Talk } from '../src/topics/corpus.js';

/** Each hostile text sets window.__pwned (or fetches, or loads an image) if it ever runs or loads. */
export const ATTACKS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '"><svg onload="window.__pwned=3">',
  "'><iframe srcdoc=\"<script>parent.__pwned=4</script>\">",
  '</script><script>window.__pwned=5</script>',
  '<!--<script>window.__pwned=6</script>-->',
  '\u2028</textarea><style>body{background:url(https://evil.example/x.png)}</style>',
  '{{constructor.constructor("window.__pwned=7")()}}',
];

export const HOSTILE_URLS = [
  'javascript:window.__pwned=8', 'JaVaScRiPt:window.__pwned=9', ' javascript:alert(1)', 'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'https://ok.example/talk/"onmouseover="window.__pwned=10',
  'https://ok.example/talk/1',
];

/** Talks whose titles, abstracts and tags are the attacks, with a shared vocabulary so NMF finds topics. */
export function hostileTalks(): Talk[] {
  const words = ['python data science numpy', 'web django api http', 'testing pytest code review'];
  return Array.from({ length: 24 }, (_, i) => {
    const attack = ATTACKS[i % ATTACKS.length]!;
    const title = `${attack} talk ${i}`;
    const abstract = `${words[i % 3]} ${words[i % 3]} ${attack} ${ATTACKS[(i + 3) % ATTACKS.length]}`;
    return { title, url: HOSTILE_URLS[i % HOSTILE_URLS.length]!, tags: [attack, `tag${i % 3}`], text: `${title}\n\n${abstract}` };
  });
}

/** A corpus of n talks over a vocabulary of topics, for the report at scale. */
export function manyTalks(n: number): Talk[] {
  const themes = ['python numpy array data science pandas', 'web django flask api http server', 'testing pytest mock code review quality',
    'async asyncio await event loop concurrency', 'machine learning model neural network training', 'community education teaching diversity people'];
  let seed = 12345;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, (_, i) => {
    const a = themes[Math.floor(rand() * themes.length)]!.split(' '), b = themes[Math.floor(rand() * themes.length)]!.split(' ');
    const pick = (ws: string[], m: number): string => Array.from({ length: m }, () => ws[Math.floor(rand() * ws.length)]).join(' ');
    const title = `Talk ${i}: ${pick(a, 3)}`;
    return { title, url: `https://conf.example/talks/${i}`, tags: [], text: `${title}\n\n${pick(a, 60)} ${pick(b, 30)}. ${pick(a, 40)}` };
  });
}
