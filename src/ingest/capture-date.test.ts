// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateFromFileName, decideCaptureDate } from './capture-date';
import { parseIso, toIso } from './dates';
import { parsePage } from './page';

const page = (pageDate: string | null, cardDates: string[], file = 'seeds/page.txt') =>
  parsePage(
    'new\n\nDaily Papers\n\n' +
      (pageDate ? `${pageDate}\n\n` : '') +
      cardDates
        .map((d, n) => `Paper ${n}\n\nAbstract ${n}.\n\n  • 2 authors\n·\n${d}\n\n`)
        .join(''),
    file,
  );

describe('dateFromFileName', () => {
  // biome-ignore format: one row per case
  const rows: [string, string | null][] = [
    ['seeds/2025-11-03.txt', '2025-11-03'],
    ['seeds/2025-11-03-daily.txt', '2025-11-03'],
    ['seeds/2025-11-03_hf.txt', '2025-11-03'],
    ['a/2024-02-29 papers.txt', '2024-02-29'],
    ['seeds/000_8482466fddf537ca.txt', null],
    ['seeds/daily-2025-11-03.txt', null], // a prefix only
    ['2025-11-03/page.txt', null], // the file's own name, not its folder
    ['seeds/2025-11-031.txt', null],
    ['seeds/2025-02-30.txt', null],
    ['seeds/2025-11-3.txt', null],
  ];
  it.each(rows)('%s -> %s', (file, expected) => {
    const d = dateFromFileName(file);
    expect(d && toIso(d)).toBe(expected);
  });
});

describe('decideCaptureDate: sidecar, else file name, else the page, else inference', () => {
  const rows: {
    name: string;
    pageDate: string | null;
    cards: string[];
    file?: string;
    sidecar?: string;
    expected: string | null;
    source?: string;
    warning?: RegExp;
    error?: RegExp;
  }[] = [
    {
      name: 'sidecar wins over file name and page',
      pageDate: 'Nov 3',
      cards: ['Oct 4, 2024'],
      file: 'seeds/2025-11-02.txt',
      sidecar: '2025-11-03',
      expected: '2025-11-03',
      source: 'sidecar',
    },
    {
      name: 'sidecar disagreeing with the page date is used, with a warning',
      pageDate: 'Nov 3',
      cards: ['Oct 6'],
      sidecar: '2025-11-04',
      expected: '2025-11-04',
      source: 'sidecar',
      warning:
        /^the page is dated Nov 3 but its capture date is 2025-11-04 \(from the seeds\/page\.meta\.json\); used 2025-11-04$/,
    },
    {
      name: 'file name',
      pageDate: 'Nov 3',
      cards: ['Oct 6'],
      file: 'seeds/2025-11-03-x.txt',
      expected: '2025-11-03',
      source: 'file-name',
    },
    {
      name: 'page date with a year',
      pageDate: 'Nov 3, 2025',
      cards: ['Oct 6'],
      expected: '2025-11-03',
      source: 'page',
    },
    {
      name: 'inferred: the year after the latest printed year, on the page date',
      pageDate: 'Nov 3',
      cards: ['Oct 6', 'Oct 4, 2024 2', 'Sep 6, 2023'],
      expected: '2025-11-03',
      source: 'inferred',
      warning:
        /^capture date 2025-11-03 inferred: no seeds\/page\.meta\.json and no YYYY-MM-DD file-name prefix, so the year is inferred as 2025, the year after 2024 \(the latest year printed on the page\)/,
    },
    {
      name: 'inferred without a page date: the end of that year',
      pageDate: null,
      cards: ['Oct 6', 'Oct 4, 2024'],
      expected: '2025-12-31',
      source: 'inferred',
      warning: /^capture date inferred as the end of 2025: .*the page has no date line/,
    },
    {
      name: 'no year anywhere: an error asking for a sidecar',
      pageDate: 'Nov 3',
      cards: ['Oct 6'],
      expected: null,
      error:
        /^cannot tell the capture year: .*add seeds\/page\.meta\.json with \{"capturedOn": "YYYY-MM-DD"\}$/,
    },
  ];
  it.each(rows)('$name', (r) => {
    const p = page(r.pageDate, r.cards, r.file);
    expect(p.diagnostics).toEqual([]);
    const { capture, diagnostics } = decideCaptureDate(
      p,
      r.sidecar ? parseIso(r.sidecar) : null,
      'seeds/page.meta.json',
    );
    expect(capture && toIso(capture.date)).toBe(r.expected);
    if (r.source) expect(capture?.source).toBe(r.source);
    const warnings = diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    if (r.warning) expect(warnings).toEqual([expect.stringMatching(r.warning)]);
    else expect(warnings).toEqual([]);
    if (r.error) expect(errors).toEqual([expect.stringMatching(r.error)]);
    else expect(errors).toEqual([]);
  });
});
