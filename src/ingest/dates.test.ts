// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDateLine, parseIso, resolveYearless, toIso, type DateLine } from './dates';

const d = (
  month: number,
  day: number,
  year: number | null = null,
  comments: number | null = null,
  yearWithoutComma = false,
): DateLine => ({
  month,
  day,
  year,
  comments,
  yearWithoutComma,
});

describe('parseDateLine: one row per phrasing', () => {
  const rows: [string, DateLine | null][] = [
    ['Oct 6', d(10, 6)],
    ['Feb 26 3', d(2, 26, null, 3)],
    ['Sep 29 2', d(9, 29, null, 2)],
    ['Oct 4, 2024 2', d(10, 4, 2024, 2)],
    ['Sep 6, 2024', d(9, 6, 2024)],
    ['Oct 4,2024', d(10, 4, 2024)],
    ['Jan 1 1234', d(1, 1, null, 1234)],
    ['Oct 4 2024', d(10, 4, 2024, null, true)], // a bare year-like number: read as a year, flagged
    ['Dec 31 125', d(12, 31, null, 125)],
    ['September 9, 2023 1', d(9, 9, 2023, 1)],
    ['Sept 9', d(9, 9)],
    ['oct 6', d(10, 6)],
    ['OCT 06', d(10, 6)],
    ['Jun. 3', d(6, 3)],
    ['Feb 29', d(2, 29)], // validity is checked later, against a year
    ['Feb 30', d(2, 30)], // shape only; the page parser reports it
    // Not date lines:
    ['Oct', null],
    ['6 Oct', null],
    ['Oct 123', null],
    ['Oct 6, 24', null],
    ['Oct 6,', null],
    ['Octo 6', null],
    ['Foo 6', null],
    ['Oct 6 3 4', null],
    ['Oct 6 -3', null],
    ['Oct 6 3.5', null],
    ['Oct 6, 2024, 2', null],
    ['Oct\t6', null],
    ['Oct 6 12345678', null],
    ['', null],
    ['Ｏｃｔ ６', null],
    ['Oct 6 ' + '9'.repeat(50_000), null],
    ['Oct' + ' '.repeat(50_000) + 'x', null],
  ];
  it.each(rows)('%j', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });
});

describe('resolveYearless: the latest such date on or before the capture date', () => {
  const rows: [string, number, number, string | null][] = [
    ['2025-11-03', 10, 6, '2025-10-06'],
    ['2025-11-03', 11, 3, '2025-11-03'], // the capture day itself
    ['2025-11-03', 11, 4, '2024-11-04'], // one day later: last year
    ['2025-11-03', 12, 25, '2024-12-25'],
    ['2026-01-05', 12, 30, '2025-12-30'], // across New Year
    ['2026-01-05', 1, 2, '2026-01-02'],
    ['2025-03-01', 2, 29, '2024-02-29'], // Feb 29 goes back to a leap year
    ['2024-02-29', 2, 29, '2024-02-29'],
    ['2024-02-28', 2, 29, '2020-02-29'],
    ['2101-03-01', 2, 29, '2096-02-29'], // 2100 is not a leap year
    ['2025-11-03', 2, 30, null],
    ['2025-11-03', 4, 31, null],
    ['2025-11-03', 13, 1, null],
    ['2025-11-03', 1, 0, null],
  ];
  it.each(rows)('captured %s: %i/%i -> %s', (capture, month, day, expected) => {
    const r = resolveYearless(month, day, parseIso(capture)!);
    expect(r && toIso(r)).toBe(expected);
  });
});

describe('parseIso: strict YYYY-MM-DD naming a real day', () => {
  const rows: [string, string | null][] = [
    ['2025-11-03', '2025-11-03'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', null],
    ['2025-13-01', null],
    ['2025-00-10', null],
    ['2025-1-3', null],
    ['2025-11-03T00:00', null],
    [' 2025-11-03', null],
    ['20251103', null],
    ['', null],
  ];
  it.each(rows)('%j', (s, expected) => {
    const r = parseIso(s);
    expect(r && toIso(r)).toBe(expected);
  });
});
