// The site's first screen, written at build time into the page itself, so the default
// list shows its first rows before the dataset file is read, checked and indexed: the
// first rows of the unsearched, unsorted papers list with everything those rows show,
// the facet counts beside them and the totals of the footer. Only the default address
// shows it (any query, filter, sort or other view needs the whole dataset), and only
// until the whole dataset replaces it, row for row the same.
import { isCanonicalDataset } from '../dataset/canonical-dataset.ts';
import type { Dataset } from '../dataset/schema.ts';
import { parseHash, serializeHash } from '../url/codec.ts';
import { defaultList } from '../url/view-state.ts';
import { buildIndex, type DatasetIndex } from './dataset-index.ts';
import type { FacetCounts, Faceted } from './facet-counts.ts';
import { facetPapers } from './paper-facets.ts';
import type { PaperRow } from './rows.ts';

/**
 * Rows in the first screen: a window as tall as a 4K screen in portrait renders with its
 * margin (use-row-window.ts renders the visible rows and 14 more at first).
 */
export const FIRST_SCREEN_ROWS = 64;

/** What the page holds; plain JSON. */
export interface FirstScreen {
  /**
   * The dataset with only the first screen's papers, in the dataset's order (so the
   * list orders them as it orders the whole), abstracts left out as in the site's
   * dataset file; sources and build notes whole, for the footer.
   */
  dataset: Dataset;
  /** The whole dataset's papers and claims, and the papers whose year was inferred. */
  papers: number;
  claims: number;
  inferred: number;
  /** The default list's facet counts over every paper. */
  counts: {
    org: [string, number][];
    hw: [string, number][];
    kind: [string, number][];
    year: [number, number][];
    min: [number, number][];
    anyMin: number;
  };
  /** Organization handle -> name, for every organization counted. */
  orgNames: [string, string][];
}

/** The first screen of `dataset`'s default list (`index`: its buildIndex, if the caller has it). */
export function firstScreen(
  dataset: Dataset,
  rows = FIRST_SCREEN_ROWS,
  index: DatasetIndex = buildIndex(dataset),
): FirstScreen {
  const { counts } = defaultResults(index);
  const first = new Set(index.papers.slice(0, rows).map((r) => r.paper));
  return {
    dataset: {
      ...dataset,
      papers: dataset.papers.filter((p) => first.has(p)).map((p) => ({ ...p, abstract: '' })),
    },
    papers: dataset.papers.length,
    claims: index.claimCount,
    inferred: dataset.papers.filter((p) => p.dateInferred).length,
    counts: {
      org: [...counts.org],
      hw: [...counts.hw],
      kind: [...counts.kind],
      year: [...counts.year],
      min: [...counts.min],
      anyMin: counts.anyMin,
    },
    orgNames: [...counts.org.keys()].map((h) => [h, index.orgNames.get(h) ?? h]),
  };
}

/** The default list's rows and counts (what listResults gives for it). */
function defaultResults(index: DatasetIndex): Faceted<PaperRow> {
  return facetPapers(
    index.papers,
    defaultList(),
    (p) => index.claimsByOrdinal[p.ordinal] ?? [],
    index.facets,
    index.paperFacets,
  );
}

/** The first screen as the page shows it until the whole dataset is in. */
export interface Preview {
  index: DatasetIndex;
  /**
   * The default list's rows: as many as the whole list has, of which only the first
   * screen's are filled. The table renders only the rows in its window (spacers stand
   * for the rest) and `map` skips the empty ones, so the count, the scroll height and
   * the rows shown are the whole list's; nothing else reads the rows of a preview.
   */
  results: Faceted<PaperRow>;
  orgNames: ReadonlyMap<string, string>;
  papers: number;
  claims: number;
  inferred: number;
}

export function previewOf(screen: FirstScreen): Preview {
  const index = buildIndex(screen.dataset);
  const rows = new Array<PaperRow>(screen.papers);
  for (let i = 0; i < index.papers.length; i++) rows[i] = index.papers[i]!;
  const c = screen.counts;
  const counts: FacetCounts = {
    org: new Map(c.org),
    hw: new Map(c.hw),
    kind: new Map(c.kind),
    year: new Map(c.year),
    min: new Map(c.min),
    anyMin: c.anyMin,
  };
  return {
    index,
    results: { rows, counts },
    orgNames: new Map(screen.orgNames),
    papers: screen.papers,
    claims: screen.claims,
    inferred: screen.inferred,
  };
}

/** Whether the address shows the default list, the only view a first screen is for. */
export function isDefaultView(hash: string): boolean {
  const parsed = parseHash(hash);
  return (
    parsed.notices.length === 0 &&
    serializeHash(parsed.state) === serializeHash({ page: 'list', list: defaultList() })
  );
}

const isInt = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isPairs = (v: unknown, key: (k: unknown) => boolean, value: (x: unknown) => boolean) =>
  Array.isArray(v) &&
  v.every((p) => Array.isArray(p) && p.length === 2 && key(p[0]) && value(p[1]));
const isText = (s: unknown) => typeof s === 'string';
const isNumber = (n: unknown) => typeof n === 'number' && Number.isFinite(n);

/**
 * The value as a first screen, or null when it is not one the build writes (the page
 * then waits for the whole dataset, as without one).
 */
export function asFirstScreen(value: unknown): FirstScreen | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Record<keyof FirstScreen, unknown>>;
  const c = v.counts as Partial<Record<keyof FirstScreen['counts'], unknown>> | undefined;
  const ok =
    isCanonicalDataset(v.dataset, true) &&
    isInt(v.papers) &&
    isInt(v.claims) &&
    isInt(v.inferred) &&
    v.dataset.papers.length <= v.papers &&
    typeof c === 'object' &&
    c !== null &&
    isPairs(c.org, isText, isInt) &&
    isPairs(c.hw, isText, isInt) &&
    isPairs(c.kind, isText, isInt) &&
    isPairs(c.year, isInt, isInt) &&
    isPairs(c.min, isNumber, isInt) &&
    isInt(c.anyMin) &&
    isPairs(v.orgNames, isText, isText);
  return ok ? (value as FirstScreen) : null;
}
