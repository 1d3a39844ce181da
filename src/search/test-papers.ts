// A small hand-written corpus for the search engines' unit tests.
import { NO_LINKS } from '../dataset/links.ts';
import type { Claim, Paper } from '../dataset/schema.ts';

export function testPaper(fields: Partial<Paper> & Pick<Paper, 'id' | 'title'>): Paper {
  return {
    abstract: '',
    arxivId: null,
    authors: [],
    authorsCount: null,
    org: null,
    publishedOn: null,
    dateInferred: false,
    comments: null,
    upvotes: null,
    links: NO_LINKS,
    sources: [{ file: 'seeds/test.txt', line: 1, position: 1, capturedOn: '2025-11-03' }],
    hardware: [],
    claims: [],
    ...fields,
  };
}

export function testClaim(abstract: string, text: string): Claim {
  const start = abstract.indexOf(text);
  if (start < 0) throw new Error(`claim text not in abstract: ${text}`);
  return {
    start,
    end: start + text.length,
    text,
    kind: 'speedup',
    value: 2,
    unit: 'x',
    factor: 2,
    range: null,
    metric: null,
    baseline: null,
    hardware: null,
    condition: null,
  };
}

const sanaAbstract =
  'We introduce SANA-Video, a small diffusion model that generates videos quickly on an RTX 5090 GPU, accelerating inference from 71s to 29s (2.4x speedup).';

export const TEST_PAPERS: Paper[] = [
  testPaper({
    id: 'sigmoid-attention',
    title: 'Theory, Analysis, and Best Practices for Sigmoid Self-Attention',
    abstract:
      'Attention is a key part of the transformer architecture. We revisit sigmoid attention and prove it is a universal function approximator.',
  }),
  testPaper({
    id: 'moe-folding',
    title: 'MoE Parallel Folding: Heterogeneous Parallelism Mappings for Large-Scale MoE Training',
    abstract:
      'Mixture of Experts models scale neural networks. We decouple the parallelization of attention and MoE layers and reach 49.3% MFU on H100 GPUs.',
    hardware: ['H100'],
  }),
  testPaper({
    id: 'sana-video',
    title: 'SANA-Video: Efficient Video Generation with Block Linear Diffusion Transformer',
    abstract: sanaAbstract,
    org: { handle: 'nvidia', name: 'NVIDIA' },
    hardware: ['RTX 5090'],
    claims: [testClaim(sanaAbstract, '2.4x speedup')],
  }),
  testPaper({
    id: 'survival-game',
    title: 'Evaluating Intelligence via Trial and Error',
    abstract:
      'Intelligence is a crucial trait for species to find solutions within a limited number of trial-and-error attempts. We introduce Survival Game.',
  }),
  testPaper({
    id: 'torchtitan',
    title: 'TorchTitan: One-stop PyTorch native solution for production ready LLM pre-training',
    abstract:
      'Training large language models requires distributed systems. TorchTitan enables 3D parallelism with elastic scaling on NVIDIA H100 GPUs.',
    hardware: ['H100'],
  }),
  testPaper({
    id: 'swiftkv',
    title:
      'SwiftKV: Fast Prefill-Optimized Inference with Knowledge-Preserving Model Transformation',
    abstract:
      'LLM inference for enterprise use cases observes long prompts. SwiftKV reduces the compute requirement of prefill and merges the KV cache of neighboring layers.',
    org: { handle: 'snowflake', name: 'Snowflake AI Research' },
  }),
];
