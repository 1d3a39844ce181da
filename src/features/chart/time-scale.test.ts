import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../derive/claims-timeline';
import { timeScale } from './time-scale';

const d = (iso: string) => dayNumber(iso)!;

describe('timeScale', () => {
  it.each<[string, string[], string[]]>([
    [
      'a few months: monthly ticks',
      ['2025-01-10', '2025-05-20'],
      ['Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025'],
    ],
    [
      'two years: quarters',
      ['2023-11-20', '2025-10-06'],
      [
        'Jan 2024',
        'Apr 2024',
        'Jul 2024',
        'Oct 2024',
        'Jan 2025',
        'Apr 2025',
        'Jul 2025',
        'Oct 2025',
      ],
    ],
    [
      'three years: half years',
      ['2022-11-20', '2025-10-06'],
      ['Jan 2023', 'Jul 2023', 'Jan 2024', 'Jul 2024', 'Jan 2025', 'Jul 2025'],
    ],
    ['a decade: even years', ['2016-05-01', '2025-10-06'], ['2018', '2020', '2022', '2024']],
    [
      'six years: years',
      ['2019-05-01', '2025-10-06'],
      ['2020', '2021', '2022', '2023', '2024', '2025'],
    ],
    ['one day: a month either side', ['2025-11-03'], ['Nov 2025', 'Dec 2025']],
  ])('%s', (_name, dates, labels) => {
    const s = timeScale(dates.map(d), 0, 100);
    expect(s.ticks.map((t) => t.label)).toEqual(labels);
    expect(s.ticks.length).toBeLessThanOrEqual(8);
  });

  it('maps the first and last day onto the ends', () => {
    const s = timeScale([d('2024-01-01'), d('2025-01-01')], 50, 250);
    expect(s.x(d('2024-01-01'))).toBe(50);
    expect(s.x(d('2025-01-01'))).toBe(250);
    expect(s.x(d('2024-07-02'))).toBeCloseTo(150, 0);
  });
});
