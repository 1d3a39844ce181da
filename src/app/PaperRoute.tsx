import { useEffect, useMemo } from 'react';
import { useNavigation } from '../components/navigation';
import { isTypingTarget } from '../components/table-keys';
import { useSortedTable } from '../components/use-sorted-table';
import { claimColumns } from '../derive/claim-columns';
import type { DatasetIndex } from '../derive/dataset-index';
import { paperColumns } from '../derive/paper-columns';
import type { ClaimRow, PaperRow } from '../derive/rows';
import { PaperView, type Neighbors } from '../features/paper-detail/PaperView';
import { effectiveSort } from '../url/sort-keys';
import type { ListView } from '../url/view-state';
import type { Results } from './results';

const NO_PAPERS: PaperRow[] = [];
const NO_CLAIMS: ClaimRow[] = [];

interface Props {
  index: DatasetIndex;
  id: string;
  claim: number | null;
  list: ListView;
  results: Results;
}

/** A paper, with previous/next walking the list it was opened from, in that list's order. */
export function PaperRoute({ index, id, claim, list, results }: Props) {
  const nav = useNavigation();
  // Both hooks always run (hook order); only the one for this list gets rows.
  const papers = useSortedTable({
    data: results.kind === 'papers' ? results.faceted.rows : NO_PAPERS,
    columns: paperColumns,
    sort: list.route === 'papers' ? list.sort : null,
    removable: true,
    getRowId: (r) => r.id,
  });
  const claims = useSortedTable({
    data: results.kind === 'claims' ? results.faceted.rows : NO_CLAIMS,
    columns: claimColumns,
    sort: effectiveSort('claims', list.route === 'claims' ? list.sort : null),
    removable: false,
    getRowId: (r) => r.id,
  });
  const paperRows = papers.getRowModel().rows;
  const claimRows = claims.getRowModel().rows;
  const order = useMemo(() => {
    const ids =
      results.kind === 'papers'
        ? paperRows.map((r) => r.original.id)
        : claimRows.map((r) => r.original.paper.id);
    return [...new Set(ids)];
  }, [results.kind, paperRows, claimRows]);

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
    />
  );
}
