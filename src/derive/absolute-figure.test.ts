import { describe, expect, it } from 'vitest';
import type { Claim } from '../dataset/schema';
import { absoluteFigure } from './absolute-figure';

const claim = (over: Partial<Claim>): Claim => ({
  start: 0,
  end: 1,
  text: 'x',
  kind: 'utilization',
  value: 1,
  unit: '%',
  factor: null,
  range: null,
  metric: null,
  baseline: null,
  hardware: null,
  condition: null,
  ...over,
});

describe('absoluteFigure', () => {
  it.each<[string, Partial<Claim>, { value: number; unit: string } | null]>([
    [
      'an acronym after the percentage',
      { text: '39.0% MFU', value: 39 },
      { value: 39, unit: '% MFU' },
    ],
    [
      'the acronym a metric ends with',
      {
        text: 'up to 49.3% Model Flops Utilization (MFU)',
        value: 49.3,
        metric: 'Model Flops Utilization (MFU)',
      },
      { value: 49.3, unit: '% MFU' },
    ],
    ['no metric: the kind', { text: '80%', value: 80 }, { value: 80, unit: '% utilization' }],
    [
      'a unit of its own',
      { text: '560 TFlops/GPU', value: 560, unit: 'TFLOPs/GPU', kind: 'throughput' },
      { value: 560, unit: 'TFLOPs/GPU' },
    ],
    ['a factor is not an absolute figure', { factor: 2 }, null],
  ])('%s', (_name, over, expected) => {
    expect(absoluteFigure(claim(over))).toEqual(expected);
  });
});
