// Where Debian's Chromium is, for the browser tests, the report bench and the docs' screenshots:
// NDFUSE_CHROMIUM if it names a file, else Debian's paths. playwright-core drives it; nothing is
// downloaded.

import { existsSync } from 'node:fs';

export function findChromium(): string | undefined {
  const given = process.env.NDFUSE_CHROMIUM;
  return (given !== undefined ? [given] : ['/usr/bin/chromium', '/usr/bin/chromium-browser']).find((p) => existsSync(p));
}
