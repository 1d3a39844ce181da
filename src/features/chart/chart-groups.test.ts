import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../derive/dataset-index';
import { smallDataset } from '../../app/__fixtures__/small-dataset';
import { chartGroups, evenSample } from './chart-groups';

describe('chartGroups', () => {
  const claims = buildIndex(smallDataset).claims;

  it('groups claims with a factor by kind, largest group maximum first', () => {
    const { groups } = chartGroups(claims, 'kind');
    expect(groups.map((g) => [g.key, g.claims.length, g.best])).toEqual([
      ['cost', 1, 100],
      ['latency', 3, 16],
      ['speedup', 2, 3],
      ['memory', 1, 2.5],
      ['throughput', 1, 2],
    ]);
    expect(groups[1]!.least).toBe(1.7);
    expect(groups[1]!.median).toBe(4);
  });

  it('groups by hardware, naming claims that state none', () => {
    const { groups } = chartGroups(claims, 'hardware');
    expect(groups.map((g) => g.label)).toEqual(['Hardware not stated', 'A100', 'H100']);
  });
});

describe('evenSample', () => {
  it('keeps everything when there are few, else spreads from first to last', () => {
    expect(evenSample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([0, 5, 10]);
  });
});
