import type { UnitValue } from '../derive/column-record';
import type { Diagnostic } from '../dataset/schema';

// One shared formatter: toLocaleString builds a new one per call, which showed up
// as a tenth of the time spent scrolling a long table.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** 12345 -> "12,345". */
export function formatCount(n: number): string {
  return NUMBER.format(n);
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
