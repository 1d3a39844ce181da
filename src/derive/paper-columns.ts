import { columnFor, type TableSpec } from './column-record.ts';
import type { PaperRow } from './rows.ts';
import { tableColumns } from './table-columns.ts';

// The papers table's columns. The table, the URL's sort keys, the CSV export and the
// README's column list all come from these records; the view draws the cells.

const column = columnFor<PaperRow>();

const PAPER_COLUMN_RECORDS = [
  column({
    id: 'title',
    label: 'Title',
    help: 'The paper’s title; opens the paper with its abstract and claims.',
    sort: 'text',
    value: (r) => r.titleKey,
    csv: [{ header: 'title', value: (r) => r.paper.title }],
  }),
  column({
    id: 'org',
    label: 'Organization',
    help: 'The organization the paper was posted under, when the page named one.',
    sort: 'text',
    value: (r) => r.orgKey ?? undefined,
    csv: [
      { header: 'organization', value: (r) => r.orgName },
      { header: 'org_handle', value: (r) => r.orgHandle },
    ],
  }),
  column({
    id: 'published',
    label: 'Published',
    help: 'The date on the paper’s card; * marks a year that was inferred.',
    sort: 'date',
    value: (r) => r.paper.publishedOn ?? undefined,
    csv: [
      { header: 'published', value: (r) => r.paper.publishedOn },
      { header: 'date_inferred', value: (r) => r.paper.dateInferred },
    ],
  }),
  column({
    id: 'authors',
    label: 'Authors',
    help: 'How many authors the paper has: the names the Hub API gave, else the count on the page.',
    sort: 'number',
    value: (r) => r.paper.authorsCount ?? undefined,
    csv: [{ header: 'authors', value: (r) => r.paper.authorsCount }],
  }),
  column({
    id: 'upvotes',
    label: 'Upvotes',
    help: 'Hugging Face upvotes in the newest daily list fetched from the Hub API; empty for a paper seen only in page captures.',
    sort: 'number',
    value: (r) => r.paper.upvotes ?? undefined,
    csv: [{ header: 'upvotes', value: (r) => r.paper.upvotes }],
  }),
  column({
    id: 'comments',
    label: 'Comments',
    help: 'Comments on the paper’s card.',
    sort: 'number',
    value: (r) => r.paper.comments ?? undefined,
    csv: [{ header: 'comments', value: (r) => r.paper.comments }],
  }),
  column({
    id: 'claims',
    label: 'Claims',
    help: 'How many speed, cost or size claims its abstract makes (with claim filters on: how many pass them).',
    sort: 'number',
    value: (r) => r.claimCount,
    csv: [{ header: 'claims', value: (r) => r.claimCount }],
  }),
  column({
    id: 'factor',
    label: 'Best factor',
    help: 'Its largest factor (times better than the baseline), with that claim’s kind and metric beneath; with claim filters on, only from the claims that pass them. A paper with only stated figures shows one.',
    sort: 'number',
    value: (r) => r.bestFactor ?? undefined,
    csv: [{ header: 'best_factor', value: (r) => r.bestFactor }],
  }),
] as const;

export type PaperColumnId = (typeof PAPER_COLUMN_RECORDS)[number]['id'];

export const PAPER_TABLE: TableSpec<PaperRow, PaperColumnId> = {
  columns: PAPER_COLUMN_RECORDS,
  csvBefore: [{ header: 'id', value: (r) => r.paper.id }],
  csvAfter: [
    { header: 'hardware', value: (r) => r.paper.hardware.join('; ') },
    { header: 'link', value: (r, ctx) => ctx.paperUrl(r.id, null) },
  ],
};

export const paperColumns = tableColumns(PAPER_TABLE.columns);
