import type { UnitValue } from './column-record';

interface ValueRow {
  getValue: (columnId: string) => unknown;
}

/** Figures with units: grouped by unit (alphabetically), ordered by value within one. */
export function sortFnUnitValue(a: ValueRow, b: ValueRow, columnId: string): number {
  const x = a.getValue(columnId) as UnitValue;
  const y = b.getValue(columnId) as UnitValue;
  if (x.unit !== y.unit) return x.unit < y.unit ? -1 : 1;
  return x.value === y.value ? 0 : x.value < y.value ? -1 : 1;
}
