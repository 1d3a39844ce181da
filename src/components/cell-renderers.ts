import type { ReactNode } from 'react';
import type { ListView } from '../url/view-state';

/** What every cell may need besides its row: the list it is in and the search terms. */
interface CellContext {
  list: ListView;
  terms: readonly string[];
}

/**
 * One cell renderer per column id: a column without a cell does not compile. A
 * renderer returns null for a missing value, which the table shows as a muted dash.
 */
export type CellRenderers<Id extends string, Row> = {
  readonly [K in Id]: (row: Row, ctx: CellContext) => ReactNode;
};
