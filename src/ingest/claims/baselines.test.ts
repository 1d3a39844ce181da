// One row per sentence: the baseline each claim is compared with. A baseline is
// a whole noun phrase (a name, "the FP16 baseline", "llama.cpp with 4-bit
// weights") or null; never the start of the next clause, never a lone article.
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

// biome-ignore format: one row per case
const rows: [name: string, sentence: string, claim: string, baseline: string | null][] = [
  ['a rate has no baseline, though the sentence names one', 'It decodes at 64 tokens/s, 3.1x faster than llama.cpp.', '64 tokens/s', null],
  ['the factor beside that rate keeps it', 'It decodes at 64 tokens/s, 3.1x faster than llama.cpp.', '3.1x faster', 'llama.cpp'],
  ['a utilization has no baseline', 'Training reaches 51% MFU, up from the 38% of the default compiler.', '51% MFU', null],
  ['a share of an unnamed thing is not a baseline', 'The new pipeline takes only 20% of the GPU hours of the old one.', '20% of the GPU hours', null],
  ['a share of a named system is', 'It trains at 25% of the cost of MovieGen.', '25% of the cost of MovieGen', 'MovieGen'],
];

describe('baselines', () => {
  it.each(rows)('%s', (_name, sentence, text, baseline) => {
    const claim = extractClaims(sentence).claims.find((c) => c.text === text);
    expect(claim, `no claim «${text}»`).toBeDefined();
    expect(claim?.baseline).toBe(baseline);
  });
});
