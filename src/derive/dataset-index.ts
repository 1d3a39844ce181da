import type { Dataset } from '../dataset/schema.ts';
import { FacetEncoder, type FacetColumns, type FacetTable } from './facet-codes.ts';
import { claimFacetValues } from './facet-spec.ts';
import { toClaimRows, toPaperRow, type ClaimRow, type PaperRow } from './rows.ts';

/** Everything the views read, derived once from the dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  /** Newest first (undated last), then title: the order of an unsearched, unsorted list. */
  papers: PaperRow[];
  byId: ReadonlyMap<string, PaperRow>;
  /** The row of dataset.papers[i] (what a search hit's `doc` points at). */
  byDoc: readonly PaperRow[];
  /** Claims grouped by paper, in `papers` order. */
  claims: ClaimRow[];
  /** How many claims there are (claims.length, without building the claim rows). */
  claimCount: number;
  /** The claims of the paper with ordinal p are claims[claimStart[p] .. claimStart[p + 1]). */
  claimStart: Int32Array;
  /** The same lists by the paper's ordinal: a keystroke reaches each hit's claims by indexing. */
  claimsByOrdinal: readonly (readonly ClaimRow[])[];
  /** Organization handle -> display name. */
  orgNames: ReadonlyMap<string, string>;
  /** Every hardware name, as spelled in the data. */
  hardware: ReadonlySet<string>;
  /** Author name without regard to case -> the name as the data spells it. */
  authors: ReadonlyMap<string, string>;
  /** Every claim row's facet values as codes (see facet-codes.ts), by the rows' ordinals. */
  facets: FacetTable;
  claimFacets: FacetColumns;
  /** Every paper's, by ordinal, as the papers view counts them without claim filters. */
  paperFacets: FacetColumns;
  /** Every date a page was captured on (or a Hub API list is for). */
  captureDates: ReadonlySet<string>;
}

/**
 * The papers' rows and what the first screen counts are built at once; the claim rows,
 * their facet codes and the look-ups a URL or a paper link needs are built the first
 * time something reads them (a getter), so they cost nothing before the first rows
 * are painted. `warmIndex` builds them ahead, when the page is idle.
 */
export function buildIndex(dataset: Dataset): DatasetIndex {
  const steps = indexSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many papers a step of indexSteps handles, about. */
const PAPERS_PER_STEP = 1000;

/**
 * buildIndex in steps of a thousand papers or so (the caller may let other work in
 * between; at 50k papers the whole took 250 ms or more of the page's thread): the
 * same index, built in the same order.
 */
export function* indexSteps(dataset: Dataset): Generator<void, DatasetIndex> {
  const byDoc: PaperRow[] = [];
  for (const paper of dataset.papers) {
    byDoc.push(toPaperRow(paper));
    if (byDoc.length % PAPERS_PER_STEP === 0) yield;
  }
  const papers = yield* listOrder(byDoc);
  const orgNames = new Map<string, string>();
  let claimCount = 0;
  for (let i = 0; i < papers.length; i++) {
    const row = papers[i]!;
    row.ordinal = i;
    claimCount += row.claimCount;
    if (row.orgHandle !== null && row.orgName !== null) orgNames.set(row.orgHandle, row.orgName);
  }
  yield;
  const encoder = new FacetEncoder();
  // Every facet value a claim has, its paper has too: the claims add no codes later.
  const paperFacets = yield* encoder.encodePapers(papers, PAPERS_PER_STEP);
  let claimPart: ClaimPart | null = null;
  const claimsPart = () => (claimPart ??= claimRows(papers, encoder));
  let byId: Map<string, PaperRow> | null = null;
  let hardware: Set<string> | null = null;
  let authors: Map<string, string> | null = null;
  let captureDates: Set<string> | null = null;
  return {
    dataset,
    papers,
    byDoc,
    orgNames,
    facets: encoder.table,
    paperFacets,
    claimCount,
    get claims() {
      return claimsPart().claims;
    },
    get claimStart() {
      return claimsPart().claimStart;
    },
    get claimsByOrdinal() {
      return claimsPart().claimsByOrdinal;
    },
    get claimFacets() {
      return claimsPart().claimFacets;
    },
    get byId() {
      return (byId ??= new Map(papers.map((row) => [row.id, row])));
    },
    get hardware() {
      if (hardware) return hardware;
      hardware = new Set<string>();
      for (const row of papers) {
        for (const h of row.paper.hardware) hardware.add(h);
        for (const c of row.paper.claims) if (c.hardware) hardware.add(c.hardware);
      }
      return hardware;
    },
    get authors() {
      if (authors) return authors;
      authors = new Map<string, string>();
      for (const row of papers)
        for (const a of row.paper.authors) {
          const key = authorKey(a);
          if (!authors.has(key)) authors.set(key, a);
        }
      return authors;
    },
    get captureDates() {
      return (captureDates ??= new Set(dataset.sources.map((s) => s.capturedOn)));
    },
  };
}

/**
 * Newest first (undated last), then by title; papers alike in both keep the dataset's
 * order. By day, then within each day: papers share a few hundred days, so this is
 * fewer and cheaper comparisons than one sort by both keys (at 50k papers that sort
 * was about a tenth of the page's work between the first screen and the whole
 * dataset's).
 */
function* listOrder(rows: readonly PaperRow[]): Generator<void, PaperRow[]> {
  const byDay = new Map<string, PaperRow[]>();
  for (const row of rows) {
    const day = row.paper.publishedOn ?? '';
    const those = byDay.get(day);
    if (those) those.push(row);
    else byDay.set(day, [row]);
  }
  // '' (undated) sorts below every date, so last.
  const days = [...byDay.keys()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const out: PaperRow[] = [];
  let sorted = 0;
  for (const day of days) {
    const those = byDay.get(day)!;
    those.sort((a, b) => (a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : 0));
    for (const row of those) out.push(row);
    sorted += those.length;
    if (sorted >= PAPERS_PER_STEP) {
      sorted = 0;
      yield;
    }
  }
  return out;
}

/** Builds the parts `buildIndex` leaves for later (see there) now. */
export function warmIndex(index: DatasetIndex): void {
  void index.claimFacets;
  void index.byId;
}

interface ClaimPart {
  claims: ClaimRow[];
  claimStart: Int32Array;
  claimsByOrdinal: ClaimRow[][];
  claimFacets: FacetColumns;
}

function claimRows(papers: readonly PaperRow[], encoder: FacetEncoder): ClaimPart {
  const claims: ClaimRow[] = [];
  const claimsByOrdinal: ClaimRow[][] = [];
  const claimStart = new Int32Array(papers.length + 1);
  for (const row of papers) {
    claimStart[row.ordinal] = claims.length;
    const rows = toClaimRows(row);
    claimsByOrdinal.push(rows);
    for (const c of rows) {
      c.ordinal = claims.length;
      claims.push(c);
    }
  }
  claimStart[papers.length] = claims.length;
  return {
    claims,
    claimStart,
    claimsByOrdinal,
    claimFacets: encoder.encode(claims, claimFacetValues),
  };
}

/** Author names match without regard to case or runs of spaces. */
export function authorKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
