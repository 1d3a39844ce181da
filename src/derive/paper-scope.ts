import type { ListView } from '../url/view-state';
import { capturedPapers } from './captures';
import type { DatasetIndex } from './dataset-index';
import type { PaperRow } from './rows';

/**
 * Narrows searched papers to a shortlist (`ids`), the reader's stars, or one day's
 * pages. With a day and no search, the papers come in the page's own order;
 * with a search they keep the search's order.
 */
export function scopePapers(
  index: DatasetIndex,
  papers: readonly PaperRow[],
  list: ListView,
  starred: ReadonlySet<string>,
): readonly PaperRow[] {
  let out = papers;
  if (list.captured !== null) {
    const day = capturedPapers(index, list.captured);
    if (list.q.trim() === '') out = day;
    else {
      const onDay = new Set(day);
      out = out.filter((p) => onDay.has(p));
    }
  }
  if (list.ids.length) {
    const ids = new Set(list.ids);
    out = out.filter((p) => ids.has(p.id));
  }
  if (list.starred) out = out.filter((p) => starred.has(p.id));
  return out;
}
