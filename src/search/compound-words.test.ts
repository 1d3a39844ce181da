import { describe, expect, it } from 'vitest';
import { createSearchEngine } from './engine';
import { testPaper } from './test-papers';
import { scanIndexWords } from './index-words';

const indexWords = (text: string) => {
  const out: string[] = [];
  scanIndexWords(text, (lower, start, end) => out.push(lower.slice(start, end)));
  return out;
};

describe('scanIndexWords', () => {
  it.each([
    ['FlashAttention', ['flashattention', 'flash', 'attention']],
    ['flash-attention', ['flash', 'attention']],
    ['KVCache', ['kvcache', 'kv', 'cache']],
    ['kv-cache', ['kv', 'cache']],
    ['DeepSeek-V3', ['deepseek', 'v3', 'deep', 'seek']],
    ['vLLM and iPhone', ['vllm', 'and', 'iphone']],
    ['GPT4o and H100', ['gpt4o', 'and', 'h100']],
    ['LLMs on GPUs', ['llms', 'on', 'gpus']],
    ['MoE at 49.3% MFU', ['moe', 'at', '49', '3', 'mfu']],
    ['plain words stay', ['plain', 'words', 'stay']],
  ])('%j -> %j', (text, words) => {
    expect(indexWords(text)).toEqual(words);
  });
});

// Each spelling a typist might use, in the papers and in the query.
const papers = [
  testPaper({ id: 'camel', title: 'FlashAttention-3: Fast Exact Kernels on Hopper' }),
  testPaper({ id: 'hyphen', title: 'Extending flash-attention to sparse masks' }),
  testPaper({ id: 'spaced', title: 'A flash attention kernel for long inputs' }),
  testPaper({ id: 'joined', title: 'Why flashattention is memory bound' }),
  testPaper({ id: 'flash-only', title: 'A flash of insight into model merging' }),
  testPaper({ id: 'attention-only', title: 'Attention sinks in streaming language models' }),
  testPaper({ id: 'deepseek-camel', title: 'DeepSeek-V3 Technical Report' }),
  testPaper({ id: 'deepseek-lower', title: 'Reproducing deepseek reasoning on small budgets' }),
  testPaper({ id: 'deep-only', title: 'Deep residual learning revisited' }),
  testPaper({ id: 'kv-camel', title: 'KVCache compression by token merging' }),
  testPaper({ id: 'kv-hyphen', title: 'Learned kv-cache eviction for agents' }),
  testPaper({ id: 'kv-spaced', title: 'When the KV cache outgrows GPU memory' }),
  testPaper({ id: 'cache-only', title: 'Prefix cache hit rates in serving systems' }),
  testPaper({ id: 'throughput', title: 'Serving throughput under bursty load' }),
  testPaper({ id: 'through-put', title: 'Put the model through its paces' }),
];
const engine = createSearchEngine(papers);
const found = (q: string) => new Set(engine.search(q).hits.map((h) => h.id));

describe('search treats word boundaries as a typist does', () => {
  it.each([
    [
      [
        'flash attention',
        'flash-attention',
        'FlashAttention',
        'flashattention',
        'Flash Attention ',
      ],
      ['camel', 'hyphen', 'spaced', 'joined'],
    ],
    [
      ['deep seek', 'deepseek', 'DeepSeek', 'deep-seek '],
      ['deepseek-camel', 'deepseek-lower'],
    ],
    [
      ['kv cache', 'kv-cache', 'KVCache', 'kvcache', 'KV cache '],
      ['kv-camel', 'kv-hyphen', 'kv-spaced'],
    ],
  ])('%j all find %j', (queries, ids) => {
    for (const q of queries) expect([...found(q)].sort(), q).toEqual([...ids].sort());
  });
});

describe('a word is split only where papers write it as a compound', () => {
  it('finds throughput, not papers that merely hold "through" and "put"', () => {
    expect([...found('throughput ')]).toEqual(['throughput']);
  });
});
