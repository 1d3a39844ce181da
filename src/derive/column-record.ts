import type { CsvCell } from '../export/csv';

/**
 * How a column sorts. `number`, `date` (ISO) and `text` compare the accessor's value; `unit-value`
 * compares `{ unit, value }` so that figures group by unit and order within it.
 */
export type SortKind = 'number' | 'date' | 'text' | 'unit-value';

export interface UnitValue {
  unit: string;
  value: number;
}

/** What a record's accessor may return for its sort kind; undefined sorts last both ways. */
interface SortValues {
  number: number | undefined;
  date: string | undefined;
  text: string | undefined;
  'unit-value': UnitValue | undefined;
}

/** Links the export needs: each row carries its Speedboard address. */
export interface ExportContext {
  paperUrl: (paperId: string, claim: number | null) => string;
}

interface CsvField<Row> {
  header: string;
  value: (row: Row, ctx: ExportContext) => CsvCell;
}

/**
 * One column of a results table, defined once: the table header and its tooltip,
 * the URL sort key (`id`), the sort, and the CSV fields all read this record. A
 * record without a CSV field does not compile; cells are required per id by
 * `CellRenderers` in the view that draws them.
 */
export interface ColumnRecord<Row, Id extends string = string, K extends SortKind = SortKind> {
  id: Id;
  label: string;
  /** Plain words for the header's tooltip and the README. */
  help: string;
  sort: K;
  value: (row: Row) => SortValues[K];
  csv: readonly [CsvField<Row>, ...CsvField<Row>[]];
}

/** A table's columns, plus the CSV fields that belong to no column (ids, links). */
export interface TableSpec<Row, Id extends string> {
  columns: readonly ColumnRecord<Row, Id>[];
  csvBefore: readonly CsvField<Row>[];
  csvAfter: readonly CsvField<Row>[];
}

/** Keeps the literal id and checks the accessor against the sort kind. */
export function columnFor<Row>() {
  return <Id extends string, K extends SortKind>(
    record: ColumnRecord<Row, Id, K>,
  ): ColumnRecord<Row, Id> => record;
}

export function csvHeader<Row, Id extends string>(spec: TableSpec<Row, Id>): string[] {
  return allCsvFields(spec).map((f) => f.header);
}

export function csvValues<Row, Id extends string>(
  spec: TableSpec<Row, Id>,
  row: Row,
  ctx: ExportContext,
): CsvCell[] {
  return allCsvFields(spec).map((f) => f.value(row, ctx));
}

function allCsvFields<Row, Id extends string>(spec: TableSpec<Row, Id>): CsvField<Row>[] {
  return [...spec.csvBefore, ...spec.columns.flatMap((c) => c.csv), ...spec.csvAfter];
}

/** Column ids, in table order: the sort keys a URL may name. */
export function columnIds<Id extends string>(spec: { columns: readonly { id: Id }[] }): Id[] {
  return spec.columns.map((c) => c.id);
}

export function columnLabel(
  spec: { columns: readonly { id: string; label: string }[] },
  id: string,
): string {
  return spec.columns.find((c) => c.id === id)?.label ?? id;
}
