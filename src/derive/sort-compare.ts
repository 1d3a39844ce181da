import type { SortKind, UnitValue } from './column-record';

// How each sort kind compares two present values, ascending: the same order as
// the TanStack sort functions the tables register (table-features.ts).

const basic = (a: unknown, b: unknown) => (a === b ? 0 : (a as number) > (b as number) ? 1 : -1);

function unitValue(a: unknown, b: unknown): number {
  const x = a as UnitValue;
  const y = b as UnitValue;
  if (x.unit !== y.unit) return x.unit < y.unit ? -1 : 1;
  return x.value === y.value ? 0 : x.value < y.value ? -1 : 1;
}

export const SORT_COMPARE: Record<SortKind, (a: unknown, b: unknown) => number> = {
  number: basic,
  date: basic,
  text: basic,
  'unit-value': unitValue,
};
