import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { parkRest, type Slot } from './parked-rows';

const slot = (key: number, name: string, parked = false): Slot => ({
  key,
  parked,
  element: { type: 'tr', key: String(key), props: { name } } as unknown as ReactElement,
});
const shown = (slots: readonly Slot[]) =>
  slots.map((s) => `${s.key}:${(s.element.props as { name: string }).name}${s.parked ? '*' : ''}`);

describe('parkRest', () => {
  it('keeps the earlier rows the new list does not show, hidden, in their places', () => {
    const prev = [0, 1, 2, 3, 4, 5].map((k) => slot(k, `old${k}`));
    const live = [2, 3].map((k) => slot(k, `new${k}`));
    const out = parkRest(prev, live);
    expect(shown(out)).toEqual(['0:old0*', '1:old1*', '2:new2', '3:new3', '4:old4*', '5:old5*']);
    // The very elements rendered before, so React renders them no more.
    expect(out[0]!.element).toBe(prev[0]!.element);
    expect(out[5]!.element).toBe(prev[5]!.element);
  });

  it('keeps a parked row as it was, and parks a row the shorter list no longer shows', () => {
    const prev = [slot(0, 'a'), slot(1, 'b'), slot(2, 'c', true)];
    const out = parkRest(prev, [slot(0, 'x')]);
    expect(shown(out)).toEqual(['0:x', '1:b*', '2:c*']);
    expect(out[2]).toBe(prev[2]);
  });

  it('parks nothing when a live row has no slot among the earlier ones', () => {
    const live = [slot(5, 'x'), slot(6, 'y')];
    expect(
      parkRest(
        [0, 1, 2, 5].map((k) => slot(k, 'o')),
        live,
      ),
    ).toBe(live);
  });

  it('parks nothing when the live rows would come in another order than theirs', () => {
    const live = [slot(2, 'x'), slot(1, 'y')];
    expect(
      parkRest(
        [0, 1, 2, 3].map((k) => slot(k, 'o')),
        live,
      ),
    ).toBe(live);
  });

  it('parks nothing when there were no more rows than now', () => {
    const live = [slot(0, 'x'), slot(1, 'y')];
    expect(parkRest([slot(0, 'o')], live)).toBe(live);
  });
});
