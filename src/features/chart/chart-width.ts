import { useElementWidth } from '../../components/use-element-width';

const DEFAULT_WIDTH = 900;
const MIN_WIDTH = 300;

/**
 * Charts are drawn at the width they are shown at (so 12px text stays 12px on a
 * phone): the frame's measured width, never under 300, and 900 until measured.
 */
export function useChartWidth(): [ref: (el: HTMLDivElement | null) => void, width: number] {
  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>();
  return [frameRef, frameWidth === null ? DEFAULT_WIDTH : Math.max(MIN_WIDTH, frameWidth)];
}
