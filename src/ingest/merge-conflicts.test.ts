// @vitest-environment node
// The same paper on two pages that disagree: the newer capture wins, and the older copy
// gets a warning naming both places and both values. One row per field.
import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset';

const page = (date: string, footer: string) =>
  `new\n\nDaily Papers\n\n${date}\n\nShared Paper: A Study\n\nThe abstract of the shared paper.\n\n${footer}\n`;
const older = (footer: string) => ({ file: '2025-11-02-a.txt', text: page('Nov 2', footer) });
const newer = (footer: string) => ({ file: '2025-11-04-b.txt', text: page('Nov 4', footer) });
const AT =
  '2025-11-02-a.txt:7: warning: this copy of the paper disagrees with the newer one at 2025-11-04-b.txt:7 (captured 2025-11-04; this one 2025-11-02)';

interface Row {
  name: string;
  old: string;
  new: string;
  warnings: string[];
  kept: {
    authorsCount: number | null;
    org: string | null;
    publishedOn: string | null;
    comments: number | null;
  };
}

// biome-ignore format: one row per case
const rows: Row[] = [
  { name: 'authors', old: '  • 5 authors\n·\nOct 6, 2025', new: '  • 6 authors\n·\nOct 6, 2025',
    warnings: [`${AT}: 5 authors here, 6 authors there; kept the newer values`], kept: { authorsCount: 6, org: null, publishedOn: '2025-10-06', comments: null } },
  { name: 'organization', old: 'nvidia NVIDIA\n·\nOct 6', new: 'nvidia NVIDIA Research\n·\nOct 6',
    warnings: [`${AT}: organization "nvidia NVIDIA" here, organization "nvidia NVIDIA Research" there; kept the newer values`], kept: { authorsCount: null, org: 'NVIDIA Research', publishedOn: '2025-10-06', comments: null } },
  { name: 'date', old: '  • 2 authors\n·\nOct 5', new: '  • 2 authors\n·\nOct 6',
    warnings: [`${AT}: published 2025-10-05 here, published 2025-10-06 there; kept the newer values`], kept: { authorsCount: 2, org: null, publishedOn: '2025-10-06', comments: null } },
  { name: 'comments', old: '  • 2 authors\n·\nOct 6 3', new: '  • 2 authors\n·\nOct 6 7',
    warnings: [`${AT}: 3 comments here, 7 comments there; kept the newer values`], kept: { authorsCount: 2, org: null, publishedOn: '2025-10-06', comments: 7 } },
  { name: 'several at once', old: '  • 5 authors\n·\nOct 5 3', new: '  • 6 authors\n·\nOct 6 7',
    warnings: [`${AT}: 5 authors here, 6 authors there; published 2025-10-05 here, published 2025-10-06 there; 3 comments here, 7 comments there; kept the newer values`], kept: { authorsCount: 6, org: null, publishedOn: '2025-10-06', comments: 7 } },
  { name: 'agreeing copies', old: '  • 2 authors\n·\nOct 6 3', new: '  • 2 authors\n·\nOct 6 3',
    warnings: [], kept: { authorsCount: 2, org: null, publishedOn: '2025-10-06', comments: 3 } },
  { name: 'a value only one copy states', old: '  • 2 authors\n·\nOct 6', new: '  • 2 authors\n·\nOct 6 4',
    warnings: [], kept: { authorsCount: 2, org: null, publishedOn: '2025-10-06', comments: 4 } },
];

describe('two captures of one paper that disagree', () => {
  it.each(rows)('$name', (row) => {
    const { dataset } = buildDataset([newer(row.new), older(row.old)]);
    expect(
      dataset.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`),
    ).toEqual(row.warnings);
    expect(dataset.papers).toHaveLength(1);
    const p = dataset.papers[0]!;
    expect({
      authorsCount: p.authorsCount,
      org: p.org?.name ?? null,
      publishedOn: p.publishedOn,
      comments: p.comments,
    }).toEqual(row.kept);
  });

  it('warns on each older copy, against the newest', () => {
    const third = { file: '2025-11-03-c.txt', text: page('Nov 3', '  • 4 authors\n·\nOct 6') };
    const { dataset } = buildDataset([
      older('  • 5 authors\n·\nOct 6'),
      third,
      newer('  • 6 authors\n·\nOct 6'),
    ]);
    expect(
      dataset.diagnostics.map((d) => `${d.file}: ${d.message.split(': ').slice(1).join(': ')}`),
    ).toEqual([
      '2025-11-02-a.txt: 5 authors here, 6 authors there; kept the newer values',
      '2025-11-03-c.txt: 4 authors here, 6 authors there; kept the newer values',
    ]);
  });
});
