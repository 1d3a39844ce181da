// One row per sentence: the kind a claim takes from the words that name what was measured.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

type Row = [sentence: string, kinds: string[]];

// A time named by a job, a run, a program's execution or a step of training is a
// speed-up; a time named by one request or one output stays latency.
const jobTimes: Row[] = [
  ['The scheduler reduces mean job completion time by 38% on a 200-GPU trace.', ['speedup']],
  ['Our query planner lowers the execution time of analytical SQL queries by 2.4x.', ['speedup']],
  ['Fusing the normalization into the GEMM cuts forward time per layer by 22%.', ['speedup']],
  ['With the new index layout, indexing time drops by 3x on a billion vectors.', ['speedup']],
  [
    'The planner shortens the average task completion time of household robots by 27%.',
    ['speedup'],
  ],
  ['The compressed collective shortens all-gather time by 2.2x on PCIe servers.', ['speedup']],
  ['It also cuts the time spent in data loading by 4.5x.', ['speedup']],
  // Near misses: one request's or one output's time.
  ['The router reduces average request completion time by 35% for chat traffic.', ['latency']],
  ['The speech front end lowers response time by 1.8x on phones.', ['latency']],
  ['Prefix reuse cuts time to first token by 4x.', ['latency']],
];

describe('kinds of times', () => {
  it.each(jobTimes)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});
