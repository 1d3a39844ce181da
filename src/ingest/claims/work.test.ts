// Extraction is linear in the text: in a long run of figures, the work done
// per figure (characters and words the scans visit, counted in work.ts) is the
// same after 4,800 figures as after 600 (within 10%: figures near the end of the
// text read fewer words after them, the only difference left). Counting, not timing: the 200 KB
// figure in seconds is in `npm run bench`.
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { work } from './work';

// biome-ignore format: one row per shape of run
const runs: [shape: string, unit: string][] = [
  ['bare multipliers', '2x '],
  ['cued claims in one list', '2x faster '],
  ['verb claims in one sentence', 'cuts latency by 2x, '],
  ['percentages', '40% less memory and '],
  ['claims with hardware and conditions', '2x faster on H100 with FP16 '],
  ['respectively lists', '2x and 3x faster on A100 and H100 respectively, '],
  ['utilization', '49% MFU '],
  ['rates', '16K tokens/s '],
  ['pairs', 'from 9s to 3s '],
  ['factor words', 'doubles throughput, '],
  ['shares', 'reduces the cost of 30% of '],
  ['baselines', 'improves throughput over vLLM and SGLang by 2x '],
];

function workPerFigure(unit: string, times: number): number {
  work.steps = 0;
  extractClaims(unit.repeat(times));
  return work.steps / times;
}

describe('work per figure', () => {
  it.each(runs)('%s: does not grow with the figures before it', (_shape, unit) => {
    const short = workPerFigure(unit, 600);
    const long = workPerFigure(unit, 4800);
    expect(short).toBeGreaterThan(0);
    expect(long).toBeLessThanOrEqual(short * 1.1);
  });
});
