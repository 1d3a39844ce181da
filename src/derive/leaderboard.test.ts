import { describe, expect, it } from 'vitest';
import { NO_LINKS } from '../dataset/links';
import type { Claim, Paper } from '../dataset/schema';
import { leaderboard, type Board } from './leaderboard';
import { toClaimRows, toPaperRow, type ClaimRow } from './rows';

type ClaimSpec = Partial<Claim> & Pick<Claim, 'kind'>;

function claimRows(papers: Record<string, ClaimSpec[]>): ClaimRow[] {
  return Object.entries(papers).flatMap(([id, specs]) => {
    const paper: Paper = {
      id,
      title: `Paper ${id}`,
      arxivId: null,
      abstract: 'text',
      authors: [],
      upvotes: null,
      links: NO_LINKS,
      authorsCount: null,
      org: null,
      publishedOn: null,
      dateInferred: false,
      comments: null,
      sources: [],
      hardware: [],
      claims: specs.map((c) => ({
        start: 0,
        end: 4,
        text: 'text',
        value: c.factor ?? 1,
        unit: 'x',
        factor: null,
        range: null,
        metric: null,
        baseline: null,
        hardware: null,
        condition: null,
        ...c,
      })),
    };
    return toClaimRows(toPaperRow(paper));
  });
}

/** Each board as "label: paper#claim@rank ..." so a table row states a whole leaderboard. */
function describeBoards(boards: Board[]): string[] {
  return boards.map((b) => {
    const name =
      b.split !== null
        ? `${b.metric.label} / ${b.split}`
        : b.splitMissing
          ? `${b.metric.label} / not stated`
          : b.metric.label;
    const factors = b.factors.map((r) => `${r.row.id}@${r.rank}`).join(' ');
    const absolutes = b.absolutes.map(
      (u) => `[${u.unit}] ${u.ranked.map((r) => `${r.row.id}@${r.rank}`).join(' ')}`,
    );
    return [`${name}:`, factors, ...absolutes].filter((s) => s !== '').join(' ');
  });
}

const rows = claimRows({
  a: [
    { kind: 'latency', metric: 'TTFT', factor: 3, hardware: 'H100', baseline: 'vLLM' },
    { kind: 'throughput', metric: 'decoding throughput', factor: 2, hardware: 'A100' },
    { kind: 'throughput', metric: null, factor: null, value: 16000, unit: 'tokens/s' },
  ],
  b: [
    {
      kind: 'latency',
      metric: 'time to first token',
      factor: 5,
      range: [2, 5],
      hardware: 'H100',
      baseline: 'VLLM',
    },
    { kind: 'speedup', metric: null, factor: 1.5 },
    { kind: 'latency', metric: 'prefill latency', factor: null, value: 40, unit: 'ms' },
  ],
  c: [
    { kind: 'latency', metric: 'prefill', factor: 3, baseline: 'SGLang' },
    { kind: 'latency', metric: 'prefill', factor: null, value: 25, unit: 'ms' },
    { kind: 'utilization', metric: 'MFU', factor: null, value: 49.3, unit: '%' },
    {
      kind: 'utilization',
      metric: 'model FLOPs utilization (MFU)',
      factor: null,
      value: 55,
      unit: '%',
    },
    { kind: 'throughput', metric: 'decoding', factor: null, value: 9000, unit: 'tokens/s' },
  ],
});

describe('leaderboard', () => {
  it.each<[string, 'metric' | 'hardware' | 'baseline', string[]]>([
    [
      'by metric: synonyms share a board, ties share a rank, absolute figures rank within their unit',
      'metric',
      [
        'Prefill latency: b:0@1 a:0@2 c:0@2 [ms] c:1@1 b:2@2',
        'Decoding throughput: a:1@1 [tokens/s] c:4@1',
        'Hardware utilization (MFU): [% MFU] c:3@1 c:2@2',
        'Other: b:1@1 [tokens/s] a:2@1',
      ],
    ],
    [
      'split by hardware: stated hardware first, then the claims that name none',
      'hardware',
      [
        'Prefill latency / H100: b:0@1 a:0@2',
        'Prefill latency / not stated: c:0@1 [ms] c:1@1 b:2@2',
        'Decoding throughput / A100: a:1@1',
        'Decoding throughput / not stated: [tokens/s] c:4@1',
        'Hardware utilization (MFU) / not stated: [% MFU] c:3@1 c:2@2',
        'Other / not stated: b:1@1 [tokens/s] a:2@1',
      ],
    ],
    [
      'split by baseline: spellings that differ only in case are one baseline',
      'baseline',
      [
        'Prefill latency / vLLM: b:0@1 a:0@2',
        'Prefill latency / SGLang: c:0@1',
        'Prefill latency / not stated: [ms] c:1@1 b:2@2',
        'Decoding throughput / not stated: a:1@1 [tokens/s] c:4@1',
        'Hardware utilization (MFU) / not stated: [% MFU] c:3@1 c:2@2',
        'Other / not stated: b:1@1 [tokens/s] a:2@1',
      ],
    ],
  ])('%s', (_name, group, expected) => {
    expect(describeBoards(leaderboard(rows, group))).toEqual(expected);
  });

  it('puts every claim on exactly one board', () => {
    for (const group of ['metric', 'hardware', 'baseline'] as const) {
      const boards = leaderboard(rows, group);
      const placed = boards.flatMap((b) => [...b.factors, ...b.absolutes.flatMap((u) => u.ranked)]);
      expect(placed.map((r) => r.row.id).sort()).toEqual(rows.map((r) => r.id).sort());
      expect(boards.reduce((n, b) => n + b.claims, 0)).toBe(rows.length);
    }
  });

  it('counts papers once per board', () => {
    const board = leaderboard(rows, 'metric').find((b) => b.metric.name === 'utilization');
    expect(board).toMatchObject({ claims: 2, papers: 1 });
  });

  it('is empty for no claims', () => {
    expect(leaderboard([], 'metric')).toEqual([]);
  });
});
