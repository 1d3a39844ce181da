import type { Claim } from '../dataset/schema';

/** 1.6508 -> "1.65×", 100 -> "100×", 12000 -> "12,000×". */
export function formatFactor(f: number): string {
  const n = f >= 100 ? Math.round(f) : Number(f.toPrecision(3));
  return `${n.toLocaleString('en-US')}×`;
}

/** The claim's factor (with its range) or, for absolute figures, the value as stated. */
export function formatClaimFigure(c: Claim): string {
  if (c.factor === null) return `${c.value.toLocaleString('en-US')}${c.unit === '%' ? '%' : ` ${c.unit}`}`;
  if (c.range) return `${formatPlain(c.range[0])}–${formatFactor(c.range[1])}`;
  return formatFactor(c.factor);
}

function formatPlain(n: number): string {
  return (n >= 100 ? Math.round(n) : Number(n.toPrecision(3))).toLocaleString('en-US');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-10-06" -> "Oct 6, 2025" (no Date object: no time-zone shifts). */
export function formatLongDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || !MONTHS[m - 1]) return iso;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
