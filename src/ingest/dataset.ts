// Captures and API lists in, dataset out: parse each page or list, date its cards,
// merge papers across inputs, assign ids, extract claims. Pure: the CLI does the file I/O.
import {
  SCHEMA_VERSION,
  type Dataset,
  type DatasetSource,
  type Diagnostic,
  type Paper,
} from '../dataset/schema';
import { decideCaptureDate } from './capture-date';
import { paperLinks } from '../dataset/links';
import { cardsToDrafts } from './cards-to-drafts';
import { type ClaimsInput, type ExtractedClaims, extractClaims } from './claims/extract';
import { toIso, type YMD } from './dates';
import type { PaperDraft } from './draft';
import { apiListDate, parseApiList } from './hf-daily';
import { type MergedPaper, mergeDrafts } from './merge';
import { parsePage } from './page';
import { assignIds, compareCodeUnits } from './paper-id';
import { canonicalClaim } from './paper-json';
import { parseSidecar, sidecarPath } from './sidecar';

export interface CaptureInput {
  /** Path as it should appear in the dataset (relative, forward slashes). */
  file: string;
  /** A page capture's text, or an API list's JSON text when `file` ends in `.hf.json`. */
  text: string;
  /** Raw text of the sidecar NAME.meta.json, when there is one (captures only). */
  meta?: string | null;
  /** Diagnostics from reading the file (e.g. an encoding fallback), carried into the dataset. */
  readDiagnostics?: Diagnostic[];
}

export interface BuildProgress {
  pagesDone: number;
  pagesTotal: number;
  papersSoFar: number;
}

export interface BuildOptions {
  /** Called after each page is parsed. */
  onProgress?: (progress: BuildProgress) => void;
  /** The day the build runs: a capture dated after it is warned about. Unset, nothing is. */
  today?: YMD;
  /**
   * Extracts the claims of every abstract, in order (default: one after another).
   * The CLI passes one that spreads the work over threads; the result must be the same.
   */
  extractAll?: (papers: readonly ClaimsInput[]) => ExtractedClaims[];
  /**
   * Told the abstracts and titles of each input as soon as it is parsed, before the
   * papers are merged, so a parallel extractor can start on them; nearly every paper
   * later passed to `extractAll` is one of them (a merged paper may pair one input's
   * abstract with another's title).
   */
  prefetch?: (papers: readonly ClaimsInput[]) => void;
}

export interface BuildResult {
  dataset: Dataset;
  /** The diagnostics with severity 'error'; when non-empty the dataset must not be written. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
  pages: number;
  claims: number;
}

/** API lists are named `*.hf.json`; everything else is a page capture. */
export function isApiList(file: string): boolean {
  return file.toLowerCase().endsWith('.hf.json');
}

function compareDiagnostics(order: Map<string, number>) {
  return (a: Diagnostic, b: Diagnostic) =>
    (order.get(a.file) ?? Infinity) - (order.get(b.file) ?? Infinity) ||
    compareCodeUnits(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0);
}

type MergedValues = Omit<Paper, 'id' | 'sources' | 'hardware' | 'claims'>;

/** A paper's values in the schema's key order: the API's where it gives them, else the captures'. */
function mergedValues(m: MergedPaper): MergedValues {
  const a = m.api;
  const f = m.footer;
  const text = a ?? m.text;
  const org = a?.org ?? f.org;
  return {
    title: text.title,
    arxivId: a?.arxivId ?? null,
    abstract: text.abstract,
    authors: a ? [...a.authors] : [],
    authorsCount: a?.authorsCount ?? f.authorsCount,
    org: org ? { handle: org.handle, name: org.name } : null,
    publishedOn: a?.publishedOn ?? f.publishedOn,
    dateInferred: a?.publishedOn ? false : f.dateInferred,
    comments: a?.comments ?? f.comments,
    upvotes: a?.upvotes ?? null,
    links: paperLinks(a?.arxivId ?? null, a?.project ?? null, a?.code ?? null),
  };
}

/** A paper without its hardware and claims, and the abstract and title they are extracted from. */
export interface PaperBase {
  values: Omit<Paper, 'hardware' | 'claims'>;
  claimsFrom: ClaimsInput;
}

/** Everything but the claims: the inputs parsed, merged and named, in the dataset's order. */
export interface ParsedDataset extends Omit<BuildResult, 'dataset' | 'claims'> {
  sources: DatasetSource[];
  /** Sorted as the dataset lists them. */
  diagnostics: Diagnostic[];
  papers: PaperBase[];
}

/** The whole paper: its values, then its hardware and claims (the schema's key order). */
export function withClaims(base: PaperBase, extracted: ExtractedClaims): Paper {
  return {
    ...base.values,
    hardware: [...extracted.hardware],
    claims: extracted.claims.map(canonicalClaim),
  };
}

export function buildDataset(
  inputs: readonly CaptureInput[],
  options: BuildOptions = {},
): BuildResult {
  const parsed = parseDataset(inputs, options);
  const toRead = parsed.papers.map((p) => p.claimsFrom);
  const allExtracted =
    options.extractAll?.(toRead) ?? toRead.map((p) => extractClaims(p.abstract, p));
  let claims = 0;
  const papers = parsed.papers.map((p, i) => {
    const extracted = allExtracted[i]!;
    claims += extracted.claims.length;
    return withClaims(p, extracted);
  });
  const { sources, diagnostics, errors, warnings, pages } = parsed;
  return {
    dataset: { schemaVersion: SCHEMA_VERSION, sources, papers, diagnostics },
    errors,
    warnings,
    pages,
    claims,
  };
}

/** buildDataset up to the claims: what the CLI writes with the claims its threads extract. */
export function parseDataset(
  inputs: readonly CaptureInput[],
  options: Omit<BuildOptions, 'extractAll'> = {},
): ParsedDataset {
  // Sorted by path so the output never depends on the order files were named or listed.
  const sorted = [...inputs].sort((a, b) => compareCodeUnits(a.file, b.file));
  const order = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const sources: DatasetSource[] = [];
  const drafts: PaperDraft[] = [];

  sorted.forEach((input, n) => {
    if (isApiList(input.file)) {
      order.set(input.file, 2 * n);
      const list = parseApiList(input.text, input.file);
      diagnostics.push(...(input.readDiagnostics ?? []), ...list.diagnostics);
      if (!list.diagnostics.some((d) => d.severity === 'error')) {
        drafts.push(...list.drafts);
        options.prefetch?.(list.drafts.map((d) => ({ abstract: d.abstract, title: d.title })));
        sources.push({
          file: input.file,
          kind: 'api',
          capturedOn: apiListDate(input.file)!,
          papers: list.drafts.length,
        });
      }
      options.onProgress?.({
        pagesDone: n + 1,
        pagesTotal: sorted.length,
        papersSoFar: drafts.length,
      });
      return;
    }
    const metaFile = sidecarPath(input.file);
    order.set(input.file, 2 * n);
    order.set(metaFile, 2 * n + 1);
    const page = parsePage(input.text, input.file);
    diagnostics.push(...(input.readDiagnostics ?? []), ...page.diagnostics);
    const sidecar = input.meta != null ? parseSidecar(input.meta, metaFile) : null;
    if (sidecar) diagnostics.push(...sidecar.diagnostics);
    const pageFailed = page.diagnostics.some((d) => d.severity === 'error');
    if (!pageFailed && !sidecar?.diagnostics.some((d) => d.severity === 'error')) {
      const { capture, diagnostics: dateDiags } = decideCaptureDate(
        page,
        sidecar?.capturedOn ?? null,
        metaFile,
        options.today,
      );
      diagnostics.push(...dateDiags);
      if (capture) {
        drafts.push(
          ...cardsToDrafts(
            input.file,
            page.cards,
            capture.date,
            capture.source === 'inferred',
            diagnostics,
          ),
        );
        options.prefetch?.(page.cards.map((c) => ({ abstract: c.abstract, title: c.title })));
        sources.push({
          file: input.file,
          kind: 'capture',
          capturedOn: toIso(capture.date),
          papers: page.cards.length,
        });
      }
    }
    options.onProgress?.({
      pagesDone: n + 1,
      pagesTotal: sorted.length,
      papersSoFar: drafts.length,
    });
  });

  const merged = mergeDrafts(drafts, diagnostics);
  const ids = assignIds(merged.map((m) => ({ key: m.key, title: m.text.title })));
  const papers = merged.map((m) => {
    const values = { id: ids.get(m.key)!, ...mergedValues(m), sources: m.sources };
    // The claims' offsets point into the abstract the paper keeps (the API's when
    // it has one), not into a newer capture's wording of it.
    return { values, claimsFrom: { abstract: values.abstract, title: values.title } };
  });

  diagnostics.sort(compareDiagnostics(order));
  return {
    sources,
    papers,
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error'),
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
    pages: sorted.length,
  };
}
