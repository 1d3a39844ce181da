import type { ClaimRow } from '../../derive/rows';
import type { ChartBy } from '../../url/view-state';

export interface ChartGroup {
  key: string;
  label: string;
  /** Claims with a factor, largest first. */
  marks: ClaimRow[];
  best: number;
}

const MAX_GROUPS = 30;

/** Claims with a factor, grouped, groups ordered by their largest factor; at most MAX_GROUPS. */
export function chartGroups(rows: readonly ClaimRow[], by: ChartBy): { groups: ChartGroup[]; totalGroups: number } {
  const groups = new Map<string, ChartGroup>();
  for (const r of rows) {
    const f = r.claim.factor;
    if (f === null || !(f > 0)) continue;
    const [key, label] =
      by === 'kind'
        ? [r.claim.kind, r.claim.kind]
        : by === 'paper'
          ? [r.paper.id, r.paper.paper.title]
          : [r.claim.hardware ?? '', r.claim.hardware ?? 'Hardware not stated'];
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label, marks: [], best: f }));
    g.marks.push(r);
    if (f > g.best) g.best = f;
  }
  const all = [...groups.values()].sort((a, b) => b.best - a.best || (a.label < b.label ? -1 : 1));
  for (const g of all) g.marks.sort((a, b) => (b.claim.factor ?? 0) - (a.claim.factor ?? 0));
  return { groups: all.slice(0, MAX_GROUPS), totalGroups: all.length };
}
