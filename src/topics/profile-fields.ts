// A site profile's fields with a line on each: what `--help` lists and what loading a profile checks
// names against. A module of its own so that the command line's help does not load cheerio.

/** Each field, as the README and `--help` list them. */
export const PROFILE_FIELDS: Readonly<Record<string, string>> = {
  name: 'a name for the summary',
  start: 'listing pages to start from, paths from the site\'s root: ["/2016/schedule/"]',
  talkLinks: 'CSS selector of the links to talk pages on a listing page: "td.slot a"',
  talkUrl: 'the talk pages\' paths, * for one segment: "/2016/schedule/presentation/*/"',
  title: 'CSS selector of a talk page\'s title (first match; a meta element\'s content): "h1"',
  text: 'CSS selectors of the text, joined by blank lines after the title: ["div.abstract"]',
  tags: 'CSS selector of the tags, one a match: "span.tag"',
  boilerplate: 'lines dropped from the text: ["Back to the schedule"]',
};
