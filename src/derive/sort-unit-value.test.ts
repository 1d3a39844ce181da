import { describe, expect, it } from 'vitest';
import { sortFnUnitValue } from './sort-unit-value';

const row = (unit: string, value: number) => ({ getValue: () => ({ unit, value }) });

describe('sortFnUnitValue', () => {
  it('groups figures by unit and orders them by value within one', () => {
    const rows = [
      row('tokens/s', 16000),
      row('% MFU', 49.3),
      row('tokens/s', 900),
      row('% MFU', 39),
    ];
    const sorted = [...rows].sort((a, b) => sortFnUnitValue(a, b, 'value'));
    expect(sorted.map((r) => r.getValue())).toEqual([
      { unit: '% MFU', value: 39 },
      { unit: '% MFU', value: 49.3 },
      { unit: 'tokens/s', value: 900 },
      { unit: 'tokens/s', value: 16000 },
    ]);
  });
});
