import type { UnitValue } from '../derive/column-record';
import type { Diagnostic } from '../dataset/schema';

// Not Intl.NumberFormat: a page's first formatter took 12-14 ms of the main thread
// (Chromium 156, load 8), in the app's module evaluation before the first rows; and
// toLocaleString builds a new one per call, which showed up as a tenth of the time
// spent scrolling a long table. What it would not write the same (1e21 and beyond,
// NaN, ±Infinity) goes to one made then.
let intl: Intl.NumberFormat | null = null;
const GROUPS = /\B(?=(\d{3})+$)/g;
const MILLION = 1_000_000n;

/** 12345 -> "12,345", 0.1234567 -> "0.123457": en-US, at most 6 decimals. */
export function formatCount(n: number): string {
  const abs = Math.abs(n);
  if (!(abs < 1e21)) {
    intl ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    return intl.format(n);
  }
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (Number.isInteger(abs)) return `${sign}${String(abs).replace(GROUPS, ',')}`;
  // Rounded half up at the 6th decimal, as Intl does, from the number's shortest
  // decimal form ('999999.9999995' is 1,000,000 though the double is a little less).
  const [digits = '', power = '0'] = abs.toExponential().replace('.', '').split('e');
  const shift = Number(power) - (digits.length - 1) + 6;
  let millionths = BigInt(digits);
  if (shift >= 0) millionths *= 10n ** BigInt(shift);
  else {
    const unit = 10n ** BigInt(-shift);
    const rest = millionths % unit;
    millionths = millionths / unit + (rest * 2n >= unit ? 1n : 0n);
  }
  const whole = String(millionths / MILLION).replace(GROUPS, ',');
  const fraction = String(millionths % MILLION)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** 1.6508 -> "1.65×", 100 -> "100×", 12000 -> "12,000×". */
export function formatFactor(f: number): string {
  const n = f >= 100 ? Math.round(f) : Number(f.toPrecision(3));
  return `${formatCount(n)}×`;
}

/** An absolute figure with its unit: "49.3% MFU", "560 TFLOPs/GPU". */
export function formatFigure(f: UnitValue): string {
  return `${formatCount(f.value)}${f.unit.startsWith('%') ? '' : ' '}${f.unit}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-10-06" -> "Oct 6, 2025" (no Date object: no time-zone shifts). */
export function formatLongDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || !MONTHS[m - 1]) return iso;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** `file:line` for a capture, `file` alone for an API list (its messages carry a JSON path). */
export function sourceLocation(at: Pick<Diagnostic, 'file' | 'line'>): string {
  return at.line !== null ? `${at.file}:${at.line}` : at.file;
}
