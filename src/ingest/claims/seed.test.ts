// The seed capture yields exactly the claims a careful reader marks in it (19; the
// Survival Game paper has none), and nothing else.
import { describe, expect, it } from 'vitest';
import seed from '../../../seeds/000_8482466fddf537ca.txt?raw';
import type { Claim } from '../../dataset/schema';
import { buildDataset } from '../dataset';

const { dataset } = buildDataset([{ file: 'seeds/000_8482466fddf537ca.txt', text: seed }]);

function claimsOf(titleStart: string) {
  const paper = dataset.papers.find((p) => p.title.startsWith(titleStart));
  if (!paper) throw new Error(`no paper ${titleStart}`);
  return paper;
}

const pick = ({ factor, kind, metric, baseline, hardware, condition }: Claim) => ({
  factor,
  kind,
  metric,
  baseline,
  hardware,
  condition,
});

describe('claims on the seed', () => {
  it('CCA: 8 (KV-cache compression vs MHA), 1.7 (prefill latency, H100, 16k), 1.3 (backward)', () => {
    expect(claimsOf('Compressed Convolutional').claims.map(pick)).toEqual([
      {
        factor: 8,
        kind: 'compression',
        metric: 'KV-cache',
        baseline: 'standard MHA',
        hardware: null,
        condition: null,
      },
      {
        factor: 1.7,
        kind: 'latency',
        metric: 'prefill latency',
        baseline: 'MHA',
        hardware: 'H100',
        condition: 'sequence length of 16k',
      },
      // "relative to MHA" belongs to the 1.7x clause; the backward claim names no baseline of its own.
      {
        factor: 1.3,
        kind: 'speedup',
        metric: 'backward',
        baseline: null,
        hardware: 'H100',
        condition: null,
      },
    ]);
  });

  it('Survival Game: none, though it is full of numbers', () => {
    expect(claimsOf('Evaluating Intelligence').claims).toEqual([]);
  });

  it('SANA-Video: 100 (1% of the cost), 16 (latency), 2.4 (RTX 5090, NVFP4, 71s → 29s as one claim)', () => {
    const paper = claimsOf('SANA-Video');
    expect(paper.claims.map(pick)).toEqual([
      {
        factor: 100,
        kind: 'cost',
        metric: 'cost',
        baseline: 'MovieGen',
        hardware: 'H100',
        condition: null,
      },
      {
        factor: 16,
        kind: 'latency',
        metric: 'measured latency',
        baseline:
          'modern state-of-the-art small diffusion models (e.g., Wan 2.1-1.3B and SkyReel-V2-1.3B)',
        hardware: null,
        condition: null,
      },
      {
        factor: 2.4,
        kind: 'speedup',
        metric: 'inference speed',
        baseline: null,
        hardware: 'RTX 5090',
        condition: 'NVFP4 precision',
      },
    ]);
    expect(paper.claims[2]?.text).toMatch(/from 71s to 29s \(2\.4x speedup\)$/);
    expect(paper.hardware).toEqual(['RTX 5090', 'H100']);
  });

  it('MagicInfinite: 20 over the base model', () => {
    expect(claimsOf('MagicInfinite').claims.map(pick)).toEqual([
      {
        factor: 20,
        kind: 'speedup',
        metric: 'inference speed',
        baseline: 'basemodel',
        hardware: 'H100',
        condition: null,
      },
    ]);
  });

  it('MoE Parallel Folding: 49.3% and 39.0% MFU, factor null', () => {
    expect(
      claimsOf('MoE Parallel Folding').claims.map((c) => [
        c.text,
        c.value,
        c.unit,
        c.factor,
        c.kind,
      ]),
    ).toEqual([
      ['up to 49.3% Model Flops Utilization (MFU)', 49.3, '%', null, 'utilization'],
      ['39.0% MFU', 39, '%', null, 'utilization'],
    ]);
  });

  it('SwiftKV: 2 (prefill compute), 2.67 (KV cache memory), 2 (throughput), 2.5 (TPOT), 560 TFLOPs/GPU and 16K tokens/s', () => {
    const claims = claimsOf('SwiftKV').claims;
    expect(claims.map((c) => [c.factor, c.kind, c.metric])).toEqual([
      [2, 'compute', 'compute requirement of prefill'],
      [2.6667, 'memory', 'memory requirement of the KV cache'],
      [2, 'throughput', 'aggregate throughput'],
      [2.5, 'latency', 'time per output token'],
      [null, 'throughput', 'normalized inference throughput'],
      [null, 'throughput', null],
    ]);
    expect(claims.slice(4).map((c) => [c.value, c.unit, c.hardware])).toEqual([
      [560, 'TFLOPs/GPU', 'H100'],
      [16000, 'tokens/s', 'H100'],
    ]);
    expect(claims[5]?.condition).toBe('16-bit precision');
  });

  it('Sigmoid attention: 1.17 over FlashAttention2 on H100', () => {
    expect(claimsOf('Theory, Analysis').claims.map(pick)).toEqual([
      {
        factor: 1.17,
        kind: 'speedup',
        metric: 'inference kernel',
        baseline: 'FLASHATTENTION2',
        hardware: 'H100',
        condition: null,
      },
    ]);
  });

  it('TorchTitan: 1.6508, 1.1259, 1.3, each with its parallelism and scale', () => {
    expect(
      claimsOf('TorchTitan').claims.map((c) => [c.factor, c.condition, c.hardware, c.baseline]),
    ).toEqual([
      [1.6508, '1D parallelism, 128-GPU scale (Llama 3.1 8B)', 'H100', 'optimized baselines'],
      [1.1259, '2D parallelism, 256-GPU scale (Llama 3.1 70B)', 'H100', 'optimized baselines'],
      [1.3, '3D parallelism, 512-GPU scale (Llama 3.1 405B)', 'H100', 'optimized baselines'],
    ]);
  });

  it('has no other claims, and every span is its text', () => {
    const all = dataset.papers.flatMap((p) => p.claims.map((c) => ({ c, abstract: p.abstract })));
    expect(all).toHaveLength(19);
    for (const { c, abstract } of all) expect(abstract.slice(c.start, c.end)).toBe(c.text);
  });
});
