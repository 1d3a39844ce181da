// Which day a capture was taken: from the sidecar, else a YYYY-MM-DD file-name
// prefix, else the page itself (its date line and the years printed on it).
import type { Diagnostic } from '../dataset/schema';
import { captureDateProblems } from './date-sanity';
import { parseIso, toIso, type YMD } from './dates';
import type { PageParse } from './page';

type CaptureDateSource = 'sidecar' | 'file-name' | 'page' | 'inferred';

export interface CaptureDate {
  date: YMD;
  source: CaptureDateSource;
}

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** `2025-11-03-daily.txt`, `2025-11-03.txt`, `2025-11-03_x.txt` -> 2025-11-03. */
export function dateFromFileName(file: string): YMD | null {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const m = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(base);
  return m ? parseIso(m[1]!) : null;
}

/** The latest year printed on any card (HF prints a year only for dates before the current year). */
function latestExplicitYear(page: PageParse): number | null {
  let latest: number | null = null;
  for (const c of page.cards) {
    const y = c.date?.year;
    if (y != null && (latest === null || y > latest)) latest = y;
  }
  return latest;
}

/** The newest year a date can have and still be written YYYY-MM-DD. */
const LAST_YEAR = 9999;

/**
 * The capture date, then checked: after `today` (when given) or before 1990 is a
 * warning naming where the date came from.
 */
export function decideCaptureDate(
  page: PageParse,
  sidecar: YMD | null,
  sidecarFile: string,
  today?: YMD,
): { capture: CaptureDate | null; diagnostics: Diagnostic[] } {
  const decided = decideUnchecked(page, sidecar, sidecarFile);
  const capture = decided.capture;
  if (!capture) return decided;
  const fromSidecar = capture.source === 'sidecar';
  const where = fromSidecar
    ? sidecarFile
    : capture.source === 'file-name'
      ? 'the file name'
      : 'the page';
  for (const message of captureDateProblems(capture.date, where, today)) {
    decided.diagnostics.push({
      file: fromSidecar ? sidecarFile : page.file,
      line: fromSidecar ? 1 : (page.pageDate?.line ?? 1),
      severity: 'warning',
      message,
    });
  }
  return decided;
}

function decideUnchecked(
  page: PageParse,
  sidecar: YMD | null,
  sidecarFile: string,
): { capture: CaptureDate | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const file = page.file;
  const pd = page.pageDate;
  const at = pd?.line ?? 1;
  const known = (date: YMD, source: CaptureDateSource) => {
    if (
      pd &&
      (pd.month !== date.month ||
        pd.day !== date.day ||
        (pd.year !== null && pd.year !== date.year))
    ) {
      diagnostics.push({
        file,
        line: pd.line,
        severity: 'warning',
        message: `the page is dated ${MONTH_NAMES[pd.month - 1]} ${pd.day}${pd.year !== null ? `, ${pd.year}` : ''} but its capture date is ${toIso(date)} (from the ${source === 'sidecar' ? sidecarFile : 'file name'}); used ${toIso(date)}`,
      });
    }
    return { capture: { date, source }, diagnostics };
  };
  if (sidecar) return known(sidecar, 'sidecar');
  const fromName = dateFromFileName(file);
  if (fromName) return known(fromName, 'file-name');
  if (pd && pd.year !== null)
    return {
      capture: { date: { year: pd.year, month: pd.month, day: pd.day }, source: 'page' },
      diagnostics,
    };

  const latest = latestExplicitYear(page);
  if (latest === null) {
    diagnostics.push({
      file,
      line: at,
      severity: 'error',
      message: `cannot tell the capture year: no ${sidecarFile}, no YYYY-MM-DD file-name prefix and no year printed on the page; add ${sidecarFile} with {"capturedOn": "YYYY-MM-DD"}`,
    });
    return { capture: null, diagnostics };
  }
  const year = latest + 1;
  if (year > LAST_YEAR) {
    diagnostics.push({
      file,
      line: at,
      severity: 'error',
      message: `cannot tell the capture year: the year after ${latest} (the latest year printed on the page) does not fit YYYY-MM-DD; add ${sidecarFile} with {"capturedOn": "YYYY-MM-DD"}`,
    });
    return { capture: null, diagnostics };
  }
  // Without the page's date line, "on or before the capture date" can only mean within the inferred year.
  const date = pd ? { year, month: pd.month, day: pd.day } : { year, month: 12, day: 31 };
  const why = `no ${sidecarFile} and no YYYY-MM-DD file-name prefix, so the year is inferred as ${year}, the year after ${latest} (the latest year printed on the page)`;
  diagnostics.push({
    file,
    line: at,
    severity: 'warning',
    message: pd
      ? `capture date ${toIso(date)} inferred: ${why}; papers dated without a year are marked dateInferred`
      : `capture date inferred as the end of ${year}: ${why}, and the page has no date line; papers dated without a year are marked dateInferred`,
  });
  return { capture: { date, source: 'inferred' }, diagnostics };
}
