// Every row's facet values as small integers in flat typed arrays, computed once
// per dataset: counting the facets of 50k search hits on every keystroke is then
// array indexing by the row's ordinal — no Map look-ups, string comparisons or
// pointer chasing through per-row objects.
import type { ClaimKind } from '../dataset/schema.ts';
import { CLAIM_KINDS } from '../dataset/schema-shape.ts';
import type { FacetValues } from './facet-spec.ts';
import type { PaperRow } from './rows.ts';

/** The facet values of one table's rows (papers or claims), by row ordinal. */
export interface FacetColumns {
  /** Code into FacetTable.org / .year, or -1 when the row has none. */
  org: Int32Array;
  year: Int32Array;
  /** Bit i set = the row has kind CLAIM_KINDS[i]. */
  kinds: Int32Array;
  /** NaN when the row has no factor (every comparison with it is false). */
  factor: Float64Array;
  /** Hardware codes of row r: hw[hwStart[r] .. hwStart[r + 1]). */
  hwStart: Int32Array;
  hw: Int32Array;
}

/** The value behind each code, and which codes a list's choices select. */
export interface FacetTable {
  org: readonly string[];
  hw: readonly string[];
  year: readonly number[];
  selectOrg(values: readonly string[]): Uint8Array;
  selectHw(values: readonly string[]): Uint8Array;
  selectYear(values: readonly number[]): Uint8Array;
}

export const KIND_BIT: ReadonlyMap<ClaimKind, number> = new Map(
  CLAIM_KINDS.map((k, i) => [k, 1 << i]),
);

/** Columns for `n` rows, every value still to be written (hw is set once it is known). */
function emptyColumns(n: number): FacetColumns {
  return {
    org: new Int32Array(n),
    year: new Int32Array(n),
    kinds: new Int32Array(n),
    factor: new Float64Array(n),
    hwStart: new Int32Array(n + 1),
    hw: new Int32Array(0),
  };
}
class Codes<V> {
  readonly values: V[] = [];
  private readonly ids = new Map<V, number>();
  code(v: V): number {
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(v);
      this.ids.set(v, id);
    }
    return id;
  }
  /** Per code: 1 if its value is among `selected` (values not in the data select nothing). */
  selection(selected: readonly V[]): Uint8Array {
    const out = new Uint8Array(this.values.length);
    for (const v of selected) {
      const id = this.ids.get(v);
      if (id !== undefined) out[id] = 1;
    }
    return out;
  }
}

/** Hands out codes for a dataset's facet values; one per dataset, shared by papers and claims. */
export class FacetEncoder {
  private readonly orgCodes = new Codes<string>();
  private readonly hwCodes = new Codes<string>();
  private readonly yearCodes = new Codes<number>();
  readonly table: FacetTable = {
    org: this.orgCodes.values,
    hw: this.hwCodes.values,
    year: this.yearCodes.values,
    selectOrg: (v) => this.orgCodes.selection(v),
    selectHw: (v) => this.hwCodes.selection(v),
    selectYear: (v) => this.yearCodes.selection(v),
  };

  /** The columns for rows whose ordinals are their positions in `rows`. */
  encode<Row>(rows: readonly Row[], values: (row: Row) => FacetValues): FacetColumns {
    const n = rows.length;
    const cols = emptyColumns(n);
    const hw: number[] = [];
    for (let r = 0; r < n; r++) {
      const v = values(rows[r]!);
      // A row has at most one organization and one year (its paper's).
      cols.org[r] = v.org.length ? this.orgCodes.code(v.org[0]!) : -1;
      cols.year[r] = v.year.length ? this.yearCodes.code(v.year[0]!) : -1;
      let kinds = 0;
      for (const k of v.kind) kinds |= KIND_BIT.get(k) ?? 0;
      cols.kinds[r] = kinds;
      cols.factor[r] = v.factor ?? Number.NaN;
      for (const h of v.hw) hw.push(this.hwCodes.code(h));
      cols.hwStart[r + 1] = hw.length;
    }
    cols.hw = Int32Array.from(hw);
    return cols;
  }

  /**
   * The papers' columns as the papers view counts them when no claim filter is on:
   * each paper's organization and year, and the kinds, hardware and best factor of all
   * its claims (what applyPaperFacets finds by walking the claims). Written straight
   * into the columns, without a values object and sets per paper: at 50k papers that
   * took most of the index's time before the first rows. A step after every `every`
   * rows (buildIndex's steps).
   */
  *encodePapers(rows: readonly PaperRow[], every: number): Generator<void, FacetColumns> {
    const n = rows.length;
    const cols = emptyColumns(n);
    const hw: number[] = [];
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      cols.org[r] = row.orgHandle !== null ? this.orgCodes.code(row.orgHandle) : -1;
      cols.year[r] = row.year !== null ? this.yearCodes.code(row.year) : -1;
      let kinds = 0;
      let best: number | null = null;
      const start = hw.length;
      for (const c of row.paper.claims) {
        kinds |= KIND_BIT.get(c.kind) ?? 0;
        if (c.hardware !== null) {
          const h = this.hwCodes.code(c.hardware);
          if (hw.indexOf(h, start) < 0) hw.push(h);
        }
        if (c.factor !== null && (best === null || c.factor > best)) best = c.factor;
      }
      cols.kinds[r] = kinds;
      cols.factor[r] = best ?? Number.NaN;
      cols.hwStart[r + 1] = hw.length;
      if ((r + 1) % every === 0) yield;
    }
    cols.hw = Int32Array.from(hw);
    return cols;
  }
}
