// The crawler's numeric settings, each with its range and default, and the flag that sets it where
// the command line has one: the library checks its options against this table and the command line
// builds its flags and their messages from it. A module of its own so that `--help` loads no cheerio.

export interface Limit {
  readonly lo: number;
  readonly hi: number;
  readonly dflt: number;
  /** The command line's flag (`--timeout <ms>`) and its help, where it has one. */
  readonly flag?: string;
  readonly help?: string;
}

export const CRAWL_LIMITS = {
  concurrency: { lo: 1, hi: 64, dflt: 4, flag: '--concurrency <n>', help: 'requests (and sockets) open at once' },
  timeoutMs: { lo: 1, hi: 2 ** 31 - 1, dflt: 10_000, flag: '--timeout <ms>', help: 'how long a request may stay silent' },
  retries: { lo: 0, hi: 20, dflt: 2, flag: '--retries <n>', help: 'further attempts after a timeout, a network error, a 5xx or a 429' },
  backoffMs: { lo: 0, hi: 600_000, dflt: 200 },
  maxRedirects: { lo: 0, hi: 50, dflt: 5 },
  maxBytes: { lo: 1, hi: 2 ** 30, dflt: 5 * 2 ** 20, flag: '--max-bytes <n>', help: 'a larger page is skipped unread' },
} as const satisfies Record<string, Limit>;

export type CrawlLimit = keyof typeof CRAWL_LIMITS;
