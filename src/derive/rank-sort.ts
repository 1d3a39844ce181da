// Sorting a column's rows from ranks computed once per dataset. Each column's
// values are ordered once, over every row, into a dense rank per row ordinal;
// sorting 50k hits on a keystroke is then a native sort of packed numbers,
// with no comparator calls, string comparisons or per-row objects. The order is
// the one TanStack gives with sortUndefined 'last': values ascending (or
// descending) by the column's comparison, missing values last either way, ties
// in the order the rows came in.

export interface RankedColumn<Row> {
  id: string;
  /** The value sorted by; undefined = missing. */
  value: (row: Row) => unknown;
  /** Two present values, ascending. */
  compare: (a: unknown, b: unknown) => number;
}

interface Ordered {
  ordinal: number;
}

// Per dataset table (its array of every row), per column id.
const cache = new WeakMap<readonly object[], Map<string, Int32Array>>();

/** Dense ranks by ordinal: equal values share a rank; missing values get the largest, all rows' count. */
function ranksOf<Row extends Ordered>(all: readonly Row[], column: RankedColumn<Row>): Int32Array {
  let byColumn = cache.get(all);
  if (!byColumn) cache.set(all, (byColumn = new Map()));
  let ranks = byColumn.get(column.id);
  if (ranks) return ranks;
  const values = all.map(column.value);
  const order = [...values.keys()].filter((i) => values[i] !== undefined);
  order.sort((a, b) => column.compare(values[a], values[b]));
  ranks = new Int32Array(all.length).fill(all.length);
  let rank = -1;
  for (let k = 0; k < order.length; k++) {
    if (k === 0 || column.compare(values[order[k - 1]!], values[order[k]!]) !== 0) rank++;
    ranks[all[order[k]!]!.ordinal] = rank;
  }
  byColumn.set(column.id, ranks);
  return ranks;
}

/** Packed keys hold the row's position in 2^21 (the rank takes the other 32 bits of 53). */
const POSITION_LIMIT = 2 ** 21;

/**
 * `rows` (a subset of `all`, in some order) sorted by `column`. Ranks are computed
 * over `all` the first time a column is sorted and reused for every later sort.
 */
export function sortByColumn<Row extends Ordered>(
  rows: readonly Row[],
  all: readonly Row[],
  column: RankedColumn<Row>,
  desc: boolean,
): Row[] {
  // A row that is not the dataset's own (the papers view recounts a paper's claims
  // under claim filters) may sort differently from its rank: compare values then.
  if (rows.some((row) => all[row.ordinal] !== row)) return sortByValue(rows, column, desc);
  const ranks = ranksOf(all, column);
  const missing = all.length;
  const key = (row: Row) => {
    const r = ranks[row.ordinal]!;
    return r === missing || !desc ? r : missing - 1 - r;
  };
  if (rows.length >= POSITION_LIMIT)
    return rows
      .map((row, i) => ({ row, i, k: key(row) }))
      .sort((a, b) => a.k - b.k || a.i - b.i)
      .map((x) => x.row);
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) keys[i] = key(rows[i]!) * POSITION_LIMIT + i;
  keys.sort();
  const out = new Array<Row>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[keys[i]! % POSITION_LIMIT]!;
  return out;
}

function sortByValue<Row>(rows: readonly Row[], column: RankedColumn<Row>, desc: boolean): Row[] {
  const keyed = rows.map((row, i) => ({ row, i, v: column.value(row) }));
  keyed.sort((a, b) => {
    if (a.v === undefined || b.v === undefined)
      return a.v === b.v ? a.i - b.i : a.v === undefined ? 1 : -1;
    const c = column.compare(a.v, b.v);
    return (desc ? -c : c) || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}
