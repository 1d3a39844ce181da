// Card and page dates as Hugging Face prints them: `Oct 6`, `Feb 26 3`,
// `Oct 4, 2024 2` (the trailing number is the card's comment count).

export interface DateLine {
  month: number; // 1-12
  day: number;
  year: number | null;
  comments: number | null;
  /** Set when a bare 4-digit number was read as a year (HF writes `Oct 4, 2024`). */
  yearWithoutComma: boolean;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

// A Map: a month word read from a capture must never find an Object.prototype member.
const MONTHS = new Map<string, number>(
  Object.entries({
    jan: 1,
    january: 1,
    feb: 2,
    february: 2,
    mar: 3,
    march: 3,
    apr: 4,
    april: 4,
    may: 5,
    jun: 6,
    june: 6,
    jul: 7,
    july: 7,
    aug: 8,
    august: 8,
    sep: 9,
    sept: 9,
    september: 9,
    oct: 10,
    october: 10,
    nov: 11,
    november: 11,
    dec: 12,
    december: 12,
  }),
);

// Anchored, no nested quantifiers: linear on any input.
const DATE_RE = /^([A-Za-z]{3,9})\.? +(\d{1,2})(?:(,) *(\d{4}))?(?: +(\d{1,7}))?$/;

/** Parses a trimmed line shaped like a card date; null when it is not one. Calendar validity is checked separately. */
export function parseDateLine(line: string): DateLine | null {
  const m = DATE_RE.exec(line);
  if (!m) return null;
  const month = MONTHS.get(m[1]!.toLowerCase());
  if (month === undefined) return null;
  const day = Number(m[2]);
  let year = m[4] !== undefined ? Number(m[4]) : null;
  let comments = m[5] !== undefined ? Number(m[5]) : null;
  let yearWithoutComma = false;
  // `Oct 4 2024`: a comment count that looks like a recent year is far likelier a year.
  if (
    year === null &&
    comments !== null &&
    m[5]!.length === 4 &&
    comments >= 1900 &&
    comments <= 2100
  ) {
    year = comments;
    comments = null;
    yearWithoutComma = true;
  }
  return { month, day, year, comments, yearWithoutComma };
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYMD(d: YMD): boolean {
  return (
    Number.isInteger(d.year) &&
    d.year >= 1000 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** A month/day that exists in some year (Feb 29 does, Feb 30 does not). */
export function isPossibleMonthDay(month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 29 : daysInMonth(2001, month))
  );
}

export function toIso(d: YMD): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Strict YYYY-MM-DD that names a real calendar day. */
export function parseIso(s: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYMD(d) ? d : null;
}

export function compareYMD(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The latest date with this month and day on or before `capture` (Feb 29 goes back to a leap year). */
export function resolveYearless(month: number, day: number, capture: YMD): YMD | null {
  if (!isPossibleMonthDay(month, day)) return null;
  const onOrBefore = month < capture.month || (month === capture.month && day <= capture.day);
  let year = onOrBefore ? capture.year : capture.year - 1;
  // Only Feb 29 can be missing from a year; a leap year is at most 8 years back.
  for (let i = 0; i < 9; i++, year--) {
    const d = { year, month, day };
    if (isValidYMD(d)) return d;
  }
  return null;
}
