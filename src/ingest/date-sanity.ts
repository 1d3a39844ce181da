// Dates that cannot be right: a capture taken after today, or anything dated before
// 1990 (long before there were daily paper listings). Each gets a warning that says
// why, so a typo in a sidecar or file name does not quietly date a whole page.
import type { Diagnostic } from '../dataset/schema';
import { compareYMD, toIso, type YMD } from './dates';

export const EARLIEST_PLAUSIBLE: YMD = { year: 1990, month: 1, day: 1 };

/** Problems with a capture date, from `where` (the sidecar, the file name or the page). */
export function captureDateProblems(date: YMD, where: string, today: YMD | undefined): string[] {
  const problems: string[] = [];
  if (today && compareYMD(date, today) > 0)
    problems.push(
      `the capture date ${toIso(date)} (from ${where}) is after today, ${toIso(today)}; check ${where}`,
    );
  if (compareYMD(date, EARLIEST_PLAUSIBLE) < 0)
    problems.push(
      `the capture date ${toIso(date)} (from ${where}) is before 1990, so it cannot be right; check ${where}`,
    );
  return problems;
}

/** A warning for a card's printed date before 1990 (after the capture date is checked where it is resolved). */
export function cardDateProblem(date: YMD, file: string, line: number): Diagnostic | null {
  if (compareYMD(date, EARLIEST_PLAUSIBLE) >= 0) return null;
  return {
    file,
    line,
    severity: 'warning',
    message: `${toIso(date)} is before 1990, so it cannot be the paper's date; kept it as printed`,
  };
}
