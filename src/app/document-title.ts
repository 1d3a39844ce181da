import { ROUTE_NAMES } from '../components/route-names';
import type { DatasetIndex } from '../derive/dataset-index';
import type { ViewState } from '../url/view-state';

export function documentTitle(state: ViewState, index: DatasetIndex): string {
  if (state.page === 'paper')
    return `${index.byId.get(state.id)?.paper.title ?? 'Paper not found'} — Speedboard`;
  const q = state.list.q.trim();
  return `${ROUTE_NAMES[state.list.route]}${q ? ` matching “${q}”` : ''} — Speedboard`;
}
