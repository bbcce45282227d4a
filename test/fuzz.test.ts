// The differential fuzzer as part of the suite: a fixed-seed share of random graphs on every backend,
// and the numpy oracle's graphs. `npm run fuzz -- --seed S --cases N` runs as long as asked.

import { describe, expect, it } from 'vitest';
import { fuzz } from './fuzz/check.js';
import { againstNumpy, describeCase, numpyCases } from './fuzz/numpy.js';

/** Graphs per run of `npm test` (about 12 s here). */
const CASES = 15000;
/** Only a hang may fail these: a slow, busy machine must not (10 minutes). */
const SLOW = 600_000;

/** Graphs per batch: between batches the test yields, so that the test runner hears from this
 *  worker (a minute of blocking once timed out its calls on a busy machine). */
const BATCH = 3000;

describe('random graphs', () => {
  it(`${CASES} graphs agree bit for bit on every backend, leave their inputs alone and keep their results`, async () => {
    for (let k = 0; k < CASES / BATCH; k++) {
      const failure = fuzz({ seed: 20261201 + k, cases: BATCH });
      expect(failure, failure && `${failure.problems.join('\n')}\n${failure.code}`).toBeUndefined();
      await new Promise((r) => setImmediate(r));
    }
  }, SLOW);
});

describe('numpy as the oracle', () => {
  const cases = numpyCases();
  it('has the graphs numpy evaluated', () => expect(cases.length).toBeGreaterThan(2000));
  it.each(['auto', 'naive'] as const)('the %s backend gives numpy 2\'s dtypes, shapes and values, and refuses what numpy refuses', (backend) => {
    const failed = cases.map((c) => [c, againstNumpy(c, { name: backend, config: { backend } })] as const).filter(([, p]) => p.length > 0);
    expect(failed.length, failed.slice(0, 3).map(([c, p]) => describeCase(c, p)).join('\n\n')).toBe(0);
  }, SLOW);
});
