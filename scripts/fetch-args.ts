// The fetch command's arguments: which days, where to, and how patiently. Days are
// UTC calendar days written YYYY-MM-DD, as the Hub API's `date` parameter takes them.
import { parseIso } from '../src/ingest/dates';

export const DEFAULT_OUT = 'seeds';
export const DEFAULT_TIMEOUT_S = 30;
/** A longer range is refused: one request a day at most, but a typo should not fetch years. */
export const MAX_DAYS = 366;

export interface FetchArgs {
  days: string[];
  out: string;
  force: boolean;
  timeoutMs: number;
}

const DAY_MS = 86_400_000;

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function readDay(flag: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new Error(`${flag} needs a date, YYYY-MM-DD`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseIso(value))
    throw new Error(`${flag} ${JSON.stringify(value)} is not a date written YYYY-MM-DD`);
  return value;
}

/** Parses argv; throws an Error whose message is the usage problem. `today` is UTC YYYY-MM-DD. */
export function parseFetchArgs(argv: readonly string[], today: string): FetchArgs {
  let date: string | undefined;
  let from: string | undefined;
  let to: string | undefined;
  let out = DEFAULT_OUT;
  let force = false;
  let timeoutS = DEFAULT_TIMEOUT_S;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = () => (eq > 0 ? raw.slice(eq + 1) : argv[++i]);
    if (flag === '--date') date = readDay(flag, value());
    else if (flag === '--from') from = readDay(flag, value());
    else if (flag === '--to') to = readDay(flag, value());
    else if (flag === '--out' || flag === '-o') {
      const v = value();
      if (v === undefined || v === '') throw new Error(`${flag} needs a folder`);
      out = v;
    } else if (flag === '--timeout') {
      const v = value();
      timeoutS = Number(v);
      if (v === undefined || !/^\d+(\.\d+)?$/.test(v) || timeoutS <= 0 || timeoutS > 600)
        throw new Error(`--timeout needs a number of seconds between 0 and 600`);
    } else if (flag === '--force' && eq < 0) force = true;
    else throw new Error(`unknown argument ${JSON.stringify(raw)}`);
  }
  if (date !== undefined && (from !== undefined || to !== undefined))
    throw new Error('give either --date or --from/--to, not both');
  if ((from === undefined) !== (to === undefined)) throw new Error('--from and --to go together');
  let first: string;
  let last: string;
  if (from !== undefined && to !== undefined) [first, last] = [from, to];
  else {
    // Today's list is still growing, so the default is yesterday's, which is complete.
    const day = date ?? toDay(dayMs(today) - DAY_MS);
    [first, last] = [day, day];
  }
  if (first > last) throw new Error(`--from ${first} is after --to ${last}`);
  if (last > today) throw new Error(`${last} is in the future (today is ${today}, UTC)`);
  const count = (dayMs(last) - dayMs(first)) / DAY_MS + 1;
  if (count > MAX_DAYS)
    throw new Error(`${count} days is more than ${MAX_DAYS}; fetch a long range in parts`);
  const days = Array.from({ length: count }, (_, n) => toDay(dayMs(first) + n * DAY_MS));
  return { days, out, force, timeoutMs: timeoutS * 1000 };
}
