import { describe, expect, it } from 'vitest';
import { claimSentence } from './claim-sentence';

const at = (text: string, evidence: string) => {
  const start = text.indexOf(evidence);
  return claimSentence(text, start, start + evidence.length);
};

describe('claimSentence', () => {
  it.each<[string, string, string, [string, string, string]]>([
    [
      'the middle sentence of three',
      'We build a kernel. It is 2x faster on H100. Code is public.',
      '2x faster',
      ['It is ', '2x faster', ' on H100.'],
    ],
    [
      'the first sentence',
      'A 30% speed-up over FA2. Then more words.',
      '30%',
      ['A ', '30%', ' speed-up over FA2.'],
    ],
    [
      'the last sentence, with no full stop',
      'Intro here. Cuts memory by 60%',
      '60%',
      ['Cuts memory by ', '60%', ''],
    ],
    [
      'decimals and abbreviations stay inside',
      'Setup. It runs 1.7x faster vs. MHA, e.g. on long inputs. Next.',
      '1.7x faster',
      ['It runs ', '1.7x faster', ' vs. MHA, e.g. on long inputs.'],
    ],
    [
      'evidence at the very start',
      '16x faster than before. More.',
      '16x faster',
      ['', '16x faster', ' than before.'],
    ],
  ])('%s', (_name, text, evidence, [before, claim, after]) => {
    expect(at(text, evidence)).toEqual({ before, claim, after });
  });
});
