import { describe, expect, it } from 'vitest';
import { buildSimilarIndex, type PaperText } from './similar-index';
import { scanTerms } from './terms';

const papers: PaperText[] = [
  {
    id: 'spec-a',
    title: 'Speculative Decoding with a Small Draft Model',
    abstract:
      'A small draft model proposes tokens that the large model verifies in one pass. Speculative decoding keeps the output distribution and raises the acceptance rate.',
  },
  {
    id: 'spec-b',
    title: 'Tree Drafts for Speculative Decoding',
    abstract:
      'We grow a tree of guesses from a draft model and verify every branch at once, so speculative decoding accepts longer runs of tokens.',
  },
  {
    id: 'kv-a',
    title: 'Compressing the KV Cache for Long Context',
    abstract:
      'Long context inference is bound by the KV cache. We quantize keys and values to four bits and evict stale entries.',
  },
  {
    id: 'kv-b',
    title: 'Quantized KV Cache Serving',
    abstract:
      'Serving long context requests fills memory with the KV cache; per-channel quantization of keys keeps quality at two bits.',
  },
  {
    id: 'video',
    title: 'Sparse Attention for Video Diffusion',
    abstract:
      'Video diffusion transformers spend most time in attention; a sparse pattern skips far frames.',
  },
  {
    id: 'robot',
    title: 'Tactile Grasping for Household Robots',
    abstract: 'A gripper with touch sensors learns to hold soft fruit without bruising it.',
  },
];
const index = buildSimilarIndex(papers);

describe('similar papers', () => {
  it.each<[string, string, string[]]>([
    ['spec-a', 'spec-b', ['speculative decoding', 'draft model']],
    ['spec-b', 'spec-a', ['speculative decoding', 'draft model']],
    ['kv-a', 'kv-b', ['kv cache', 'long context']],
  ])('%s is most like %s, sharing %j', (id, nearest, shared) => {
    const [first] = index.similar(id);
    expect(first?.id).toBe(nearest);
    expect(first?.shared).toEqual(expect.arrayContaining(shared));
    // A pair hides the single words it is made of.
    expect(first?.shared).not.toContain('decoding');
    expect(first?.shared).not.toContain('cache');
  });

  it('never lists the paper itself, orders by score, and gives at most k', () => {
    for (const p of papers) {
      const found = index.similar(p.id, 2);
      expect(found.length).toBeLessThanOrEqual(2);
      expect(found.map((f) => f.id)).not.toContain(p.id);
      for (let i = 1; i < found.length; i++)
        expect(found[i - 1]!.score).toBeGreaterThanOrEqual(found[i]!.score);
      for (const f of found) expect(f.score).toBeGreaterThan(0);
    }
  });

  it('gives the first k of the whole ordered list of candidates', () => {
    for (const p of papers)
      for (const k of [0, 1, 2, 3])
        expect(index.similar(p.id, k)).toEqual(index.similar(p.id, papers.length).slice(0, k));
  });

  it('finds nothing for a paper that shares no term with any other, or an unknown id', () => {
    expect(index.similar('robot')).toEqual([]);
    expect(index.similar('no-such-paper')).toEqual([]);
  });

  it('is the same index whatever the order of the papers', () => {
    const reversed = buildSimilarIndex([...papers].reverse());
    for (const p of papers) expect(reversed.similar(p.id)).toEqual(index.similar(p.id));
  });
});

describe('scanTerms', () => {
  const terms = (text: string) => {
    const out: string[] = [];
    scanTerms(text, (_h, t) => out.push(t()));
    return out;
  };
  it.each<[string, string[]]>([
    ['Speculative decoding', ['speculative', 'decoding', 'speculative decoding']],
    ['the KV-cache of a model', ['kv', 'cache', 'kv cache', 'model']],
    ['decoding, then drafting', ['decoding', 'drafting']],
    ['we propose 70B models in 2025', ['70b', 'models', '70b models']],
    ['<script>alert(1)</script>', ['script', 'alert', 'script']],
  ])('%j -> %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});
