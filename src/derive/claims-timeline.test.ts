import { describe, expect, it } from 'vitest';
import { NO_LINKS } from '../dataset/links';
import type { Claim, ClaimKind, Paper } from '../dataset/schema';
import { claimsTimeline, dayNumber } from './claims-timeline';
import { toClaimRows, toPaperRow } from './rows';

function rowsOf(papers: [string, string | null, [ClaimKind, number | null][]][]) {
  return papers.flatMap(([id, publishedOn, claims]) => {
    const paper: Paper = {
      id,
      title: id,
      arxivId: null,
      abstract: 'x',
      authors: [],
      upvotes: null,
      links: NO_LINKS,
      authorsCount: null,
      org: null,
      publishedOn,
      dateInferred: false,
      comments: null,
      sources: [],
      hardware: [],
      claims: claims.map(
        ([kind, factor]): Claim => ({
          start: 0,
          end: 1,
          text: 'x',
          kind,
          value: factor ?? 5,
          unit: factor === null ? 'tokens/s' : 'x',
          factor,
          range: null,
          metric: null,
          baseline: null,
          hardware: null,
          condition: null,
        }),
      ),
    };
    return toClaimRows(toPaperRow(paper));
  });
}

describe('dayNumber', () => {
  it.each<[string, number | null]>([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2025-11-03', 20395],
    ['2025-11-3', null],
    ['not a date', null],
  ])('%s -> %s', (iso, day) => {
    expect(dayNumber(iso)).toBe(day);
  });
});

describe('claimsTimeline', () => {
  const timeline = claimsTimeline(
    rowsOf([
      [
        'b',
        '2024-03-01',
        [
          ['speedup', 2],
          ['latency', 3],
        ],
      ],
      ['a', '2024-01-15', [['speedup', 4]]],
      [
        'c',
        '2024-03-01',
        [
          ['speedup', 6],
          ['speedup', 5],
        ],
      ],
      [
        'd',
        '2024-06-30',
        [
          ['speedup', 6],
          ['memory', 1.5],
        ],
      ],
      [
        'e',
        '2025-01-01',
        [
          ['speedup', 10],
          ['latency', 2],
          ['throughput', null],
        ],
      ],
      [
        'undated',
        null,
        [
          ['speedup', 50],
          ['cost', 100],
        ],
      ],
    ]),
  );

  it('places dated claims with a factor oldest first and counts the rest', () => {
    expect(timeline.points.map((p) => `${p.date} ${p.row.id} ${p.factor}`)).toEqual([
      '2024-01-15 a:0 4',
      '2024-03-01 b:0 2',
      '2024-03-01 b:1 3',
      '2024-03-01 c:1 5',
      '2024-03-01 c:0 6',
      '2024-06-30 d:1 1.5',
      '2024-06-30 d:0 6',
      '2025-01-01 e:1 2',
      '2025-01-01 e:0 10',
    ]);
    expect(timeline.undated).toBe(2);
    expect(timeline.withoutFactor).toBe(1);
  });

  it('steps the largest claim so far per kind: one step per date, ties do not step', () => {
    expect(
      timeline.kinds.map(
        (k) =>
          `${k.kind} (${k.claims}): ${k.records.map((r) => `${r.date} ${r.factor}`).join(', ')}`,
      ),
    ).toEqual([
      'speedup (6): 2024-01-15 4, 2024-03-01 6, 2025-01-01 10',
      'latency (2): 2024-03-01 3',
      'memory (1): 2024-06-30 1.5',
    ]);
  });

  it('is empty for no claims', () => {
    expect(claimsTimeline([])).toEqual({ points: [], kinds: [], undated: 0, withoutFactor: 0 });
  });
});
