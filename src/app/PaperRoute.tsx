import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useNavigation } from '../components/navigation';
import { isTypingTarget } from '../components/table-keys';
import { displayOrder } from '../components/use-sorted-table';
import { CLAIM_TABLE } from '../derive/claim-columns';
import type { DatasetIndex } from '../derive/dataset-index';
import { PAPER_TABLE } from '../derive/paper-columns';
import { PaperView, type Neighbors } from '../features/paper-detail/PaperView';
import { effectiveSort } from '../url/sort-keys';
import type { ListView } from '../url/view-state';
import type { Results } from './results';
import type { SearchService } from './search-service';

interface Props {
  index: DatasetIndex;
  id: string;
  claim: number | null;
  list: ListView;
  results: Results;
  /** Also answers which papers are like this one. */
  engine: SearchService;
}

/** A paper, with previous/next walking the list it was opened from, in that list's order. */
export function PaperRoute({ index, id, claim, list, results, engine }: Props) {
  const nav = useNavigation();
  const similarPapers = useSyncExternalStore(engine.subscribe, () => engine.similar(id));
  const similar = useMemo(
    () =>
      similarPapers?.flatMap((s) => {
        const row = index.byId.get(s.id);
        return row ? [{ row, shared: s.shared }] : [];
      }) ?? null,
    [similarPapers, index],
  );
  // The list's own display order (the same one its table shows).
  const order = useMemo(() => {
    const ids =
      results.kind === 'papers'
        ? displayOrder(results.faceted.rows, index.papers, PAPER_TABLE.columns, list.sort).map(
            (r) => r.id,
          )
        : displayOrder(
            results.faceted.rows,
            index.claims,
            CLAIM_TABLE.columns,
            effectiveSort('claims', list.route === 'claims' ? list.sort : null),
          ).map((r) => r.paper.id);
    return [...new Set(ids)];
  }, [results, index, list.sort, list.route]);

  const at = order.indexOf(id);
  const neighbors: Neighbors = {
    prev: at > 0 ? (index.byId.get(order[at - 1]!) ?? null) : null,
    next: at >= 0 && at < order.length - 1 ? (index.byId.get(order[at + 1]!) ?? null) : null,
    position: at >= 0 ? at + 1 : null,
    total: order.length,
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingTarget(e.target))
        return;
      const to = e.key === 'j' ? neighbors.next : e.key === 'k' ? neighbors.prev : null;
      if (!to) return;
      e.preventDefault();
      nav.navigate({ page: 'paper', id: to.id, claim: null, list });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <PaperView
      id={id}
      row={index.byId.get(id) ?? null}
      claim={claim}
      list={list}
      neighbors={neighbors}
      similar={similar}
    />
  );
}
