import { createColumnHelper } from '@tanstack/react-table';
import type { SortingTableFeatures } from './table-features';
import type { PaperSortKey } from '../url/sort-keys';
import type { PaperRow } from './rows';

// Sorting semantics of the papers table, shared by the table and by the paper view's
// previous/next (which must walk the same order). Cells are rendered by the view.

const col = createColumnHelper<SortingTableFeatures, PaperRow>();
// Missing values are undefined so `sortUndefined: 'last'` keeps them at the bottom both ways.
const numeric = { sortFn: 'basic', sortUndefined: 'last', sortDescFirst: true } as const;
const text = { sortFn: 'basic', sortUndefined: 'last', sortDescFirst: false } as const;

export const PAPER_COLUMN_LABELS: Record<PaperSortKey, string> = {
  title: 'Title',
  org: 'Organization',
  published: 'Published',
  authors: 'Authors',
  comments: 'Comments',
  claims: 'Claims',
  factor: 'Best factor',
};

export const paperColumns = col.columns([
  col.accessor((r) => r.titleKey, { id: 'title', header: PAPER_COLUMN_LABELS.title, ...text }),
  col.accessor((r) => r.orgKey ?? undefined, {
    id: 'org',
    header: PAPER_COLUMN_LABELS.org,
    ...text,
  }),
  col.accessor((r) => r.paper.publishedOn ?? undefined, {
    id: 'published',
    header: PAPER_COLUMN_LABELS.published,
    ...numeric,
  }),
  col.accessor((r) => r.paper.authorsCount ?? undefined, {
    id: 'authors',
    header: PAPER_COLUMN_LABELS.authors,
    ...numeric,
  }),
  col.accessor((r) => r.paper.comments ?? undefined, {
    id: 'comments',
    header: PAPER_COLUMN_LABELS.comments,
    ...numeric,
  }),
  col.accessor((r) => r.claimCount, {
    id: 'claims',
    header: PAPER_COLUMN_LABELS.claims,
    ...numeric,
  }),
  col.accessor((r) => r.bestFactor ?? undefined, {
    id: 'factor',
    header: PAPER_COLUMN_LABELS.factor,
    ...numeric,
  }),
]);
