// The table's row window: which rows are rendered as the page scrolls, and when the
// rendered rows are kept as they are (so nothing re-renders).
import { describe, expect, it } from 'vitest';
import {
  deferScroll,
  nextRange,
  onScreenRange,
  type RowRange,
  type ScrollPace,
} from './use-row-window';

const VISIBLE = 20;
const fresh = (top: number, count = 10_000): RowRange =>
  nextRange({ start: 0, end: 0, count: -1, top: 0 }, top, VISIBLE, count);
const covers = (r: RowRange, top: number) => r.start <= top && r.end >= top + VISIBLE;

describe('nextRange', () => {
  it.each<[string, number, number, [number, number]]>([
    ['at the top: the visible rows and those below', 0, 10_000, [0, 34]],
    ['in the middle: rows beyond both edges', 500, 10_000, [486, 534]],
    ['at the end: never past the last row', 9_990, 10_000, [9_966, 10_000]],
    ['fewer rows than fit', 0, 7, [0, 7]],
  ])('%s', (_name, top, count, [start, end]) => {
    const r = fresh(top, count);
    expect([r.start, r.end]).toEqual([start, end]);
  });

  it('keeps the same range while the visible rows stay well inside it', () => {
    const r = fresh(500);
    for (const top of [490, 495, 500, 505, 510]) expect(nextRange(r, top, VISIBLE, 10_000)).toBe(r);
  });

  it('moves the range when the visible rows come near its edge, covering them again', () => {
    const r = fresh(500);
    for (const top of [489, 511, 520, 2_000, 0]) {
      const next = nextRange(r, top, VISIBLE, 10_000);
      expect(next).not.toBe(r);
      expect(covers(next, top)).toBe(true);
    }
  });

  it('scrolling a row at a time through the list, every visible row is always rendered, and the range changes on fewer than a third of the steps', () => {
    let r = fresh(0);
    let changes = 0;
    for (let top = 0; top <= 10_000 - VISIBLE; top++) {
      const next = nextRange(r, top, VISIBLE, 10_000);
      if (next !== r) changes++;
      r = next;
      expect(covers(r, top)).toBe(true);
    }
    expect(changes).toBeLessThan((10_000 - VISIBLE) / 3);
  });

  it('jumping past every rendered row renders only the visible ones, then rows beyond them again', () => {
    const r = fresh(500);
    const jumped = nextRange(r, 3_000, VISIBLE, 10_000);
    expect([jumped.start, jumped.end]).toEqual([3_000, 3_000 + VISIBLE]);
    const after = nextRange(jumped, 3_001, VISIBLE, 10_000);
    expect([after.start, after.end]).toEqual([2_997, 3_045]);
  });

  it('renders most of the rows beyond the edges ahead of the scroll, in either direction', () => {
    const down = nextRange(fresh(500), 511, VISIBLE, 10_000);
    expect([511 - down.start, down.end - (511 + VISIBLE)]).toEqual([4, 24]);
    const up = nextRange(fresh(500), 489, VISIBLE, 10_000);
    expect([489 - up.start, up.end - (489 + VISIBLE)]).toEqual([24, 4]);
  });

  it('a fling of 5 rows a step changes the range on at most one step in four, always covering the visible rows', () => {
    let r = fresh(0);
    let [steps, changes] = [0, 0];
    for (let top = 5; top <= 10_000 - VISIBLE; top += 5) {
      const next = nextRange(r, top, VISIBLE, 10_000);
      steps++;
      if (next !== r) changes++;
      r = next;
      expect(covers(r, top)).toBe(true);
    }
    expect(changes).toBeLessThanOrEqual(steps / 4);
  });

  it('turning back a row at a time after scrolling down keeps every visible row rendered', () => {
    let r = fresh(0);
    const path = [...Array(600).keys(), ...Array.from({ length: 600 }, (_, i) => 599 - i)];
    for (const top of path) {
      r = nextRange(r, top, VISIBLE, 10_000);
      expect(covers(r, top)).toBe(true);
      expect(r.end - r.start).toBeLessThanOrEqual(VISIBLE + 28);
    }
  });

  it('a new row count gives a new range, within the new count', () => {
    const r = fresh(500);
    const shorter = nextRange(r, 500, VISIBLE, 300);
    expect(shorter).not.toBe(r);
    expect([shorter.start, shorter.end]).toEqual([266, 300]);
  });
});

describe('deferScroll', () => {
  const still = (): ScrollPace => ({ top: 0, leapAt: Number.NEGATIVE_INFINITY });

  it('draws scrolls of less than a screenful at once, however fast they come', () => {
    const pace = still();
    for (let frame = 1; frame <= 100; frame++)
      expect(deferScroll(pace, frame * (VISIBLE - 1), frame * 16, VISIBLE)).toBe(false);
  });

  it('draws a single leap at once (End, a click on the scrollbar track)', () => {
    expect(deferScroll(still(), 5_000, 1_000, VISIBLE)).toBe(false);
  });

  it('defers every leap of a run after the first, and draws the next leap after a pause', () => {
    const pace = still();
    const steps = [1, 2, 3, 4].map((frame) =>
      deferScroll(pace, frame * 2 * VISIBLE, frame * 16, VISIBLE),
    );
    expect(steps).toEqual([false, true, true, true]);
    expect(deferScroll(pace, 10 * VISIBLE, 64 + 500, VISIBLE)).toBe(false);
  });

  it('counts a leap in either direction', () => {
    const pace: ScrollPace = { top: 9_000, leapAt: Number.NEGATIVE_INFINITY };
    expect(deferScroll(pace, 8_000, 0, VISIBLE)).toBe(false);
    expect(deferScroll(pace, 7_000, 16, VISIBLE)).toBe(true);
  });
});

describe('onScreenRange', () => {
  it('holds exactly the rows on screen, within the list', () => {
    expect(onScreenRange(0, 16, 10_000)).toMatchObject({ start: 0, end: 16, tight: true });
    expect(onScreenRange(500, 19, 10_000)).toMatchObject({ start: 500, end: 519 });
    expect(onScreenRange(500, 19, 30)).toMatchObject({ start: 11, end: 30 });
    expect(onScreenRange(0, 16, 7)).toMatchObject({ start: 0, end: 7 });
  });

  it('is kept while the page stays where it was and its rows are all still on screen', () => {
    const r = onScreenRange(500, 19, 10_000);
    expect(nextRange(r, 500, VISIBLE, 10_000, 19)).toBe(r);
    expect(nextRange(r, 500, VISIBLE, 10_000, 17)).toBe(r);
  });

  it('gives way to rows beyond the edges once the page scrolls, or more rows fit on screen', () => {
    const r = onScreenRange(500, 19, 10_000);
    for (const [top, seen] of [
      [501, 19],
      [499, 19],
      [500, 22],
    ] as const) {
      const next = nextRange(r, top, VISIBLE, 10_000, seen);
      expect(next.tight).toBeFalsy();
      expect(next.start).toBeLessThanOrEqual(top);
      expect(next.end).toBeGreaterThanOrEqual(top + VISIBLE + 4);
    }
  });
});
