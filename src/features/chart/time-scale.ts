/** A linear day axis from lo to hi onto [x0, x1], with month or year ticks. */
export interface TimeScale {
  x(day: number): number;
  ticks: { day: number; label: string }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;
/** Month steps tried in turn until the ticks fit. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

function monthStart(year: number, month: number): number {
  return Math.round(Date.UTC(year, month, 1) / DAY_MS);
}

/**
 * Ticks on the first of a month, every 1, 2, 3, 6 or 12+ months (on calendar
 * boundaries) so at most `maxTicks` fit; labelled "Mar 2025", or "2025" on year steps. A single day
 * gets a month on each side so its marks are not on the frame.
 */
export function timeScale(
  days: readonly number[],
  x0: number,
  x1: number,
  maxTicks = 8,
): TimeScale {
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  if (!Number.isFinite(lo)) lo = hi = 0;
  if (hi - lo < 60) {
    lo -= 30;
    hi += 30;
  }
  const first = new Date(lo * DAY_MS);
  // Months counted from year 0, so steps land on calendar boundaries (quarters, even years).
  const firstMonth = first.getUTCFullYear() * 12 + first.getUTCMonth();
  let ticks: { day: number; label: string }[] = [];
  for (const step of MONTH_STEPS) {
    ticks = [];
    for (let m = Math.ceil(firstMonth / step) * step; ; m += step) {
      const year = Math.floor(m / 12);
      const day = monthStart(year, m % 12);
      if (day > hi) break;
      if (day < lo) continue;
      ticks.push({ day, label: step >= 12 ? String(year) : `${MONTHS[m % 12]} ${year}` });
    }
    if (ticks.length <= maxTicks) break;
  }
  const span = hi - lo;
  return { x: (day) => x0 + ((day - lo) / span) * (x1 - x0), ticks };
}
