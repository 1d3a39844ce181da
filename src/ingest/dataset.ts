// Captures in, dataset out: parse each page, date its cards, merge papers
// across pages, assign ids, extract claims. Pure: the CLI does the file I/O.
import {
  SCHEMA_VERSION,
  type Claim,
  type Dataset,
  type DatasetSource,
  type Diagnostic,
  type Paper,
} from '../dataset/schema';
import { decideCaptureDate } from './capture-date';
import { cardsToDrafts, type PaperDraft } from './cards-to-drafts';
import { extractClaims } from './claims/extract';
import { toIso } from './dates';
import { mergeDrafts } from './merge';
import { parsePage } from './page';
import { assignIds, compareCodeUnits } from './paper-id';
import { parseSidecar, sidecarPath } from './sidecar';

export interface CaptureInput {
  /** Path as it should appear in the dataset (relative, forward slashes). */
  file: string;
  text: string;
  /** Raw text of the sidecar NAME.meta.json, when there is one. */
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
}

export interface BuildResult {
  dataset: Dataset;
  /** The diagnostics with severity 'error'; when non-empty the dataset must not be written. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
  pages: number;
  claims: number;
}

function compareDiagnostics(order: Map<string, number>) {
  return (a: Diagnostic, b: Diagnostic) =>
    (order.get(a.file) ?? Infinity) - (order.get(b.file) ?? Infinity) ||
    compareCodeUnits(a.file, b.file) ||
    a.line - b.line;
}

/** Claims with the schema's key order, whatever the extractor's objects carry. */
function canonicalClaim(c: Claim): Claim {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    factor: c.factor,
    range: c.range ? [c.range[0], c.range[1]] : null,
    metric: c.metric,
    baseline: c.baseline,
    hardware: c.hardware,
    condition: c.condition,
  };
}

export function buildDataset(
  inputs: readonly CaptureInput[],
  options: BuildOptions = {},
): BuildResult {
  // Sorted by path so the output never depends on the order files were named or listed.
  const sorted = [...inputs].sort((a, b) => compareCodeUnits(a.file, b.file));
  const order = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const sources: DatasetSource[] = [];
  const drafts: PaperDraft[] = [];

  sorted.forEach((input, n) => {
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
        sources.push({
          file: input.file,
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
  let claimCount = 0;
  const papers: Paper[] = merged.map((m) => {
    const extracted = extractClaims(m.text.abstract);
    claimCount += extracted.claims.length;
    const f = m.footer;
    return {
      id: ids.get(m.key)!,
      title: m.text.title,
      abstract: m.text.abstract,
      authorsCount: f.authorsCount,
      org: f.org ? { handle: f.org.handle, name: f.org.name } : null,
      publishedOn: f.publishedOn,
      dateInferred: f.dateInferred,
      comments: f.comments,
      sources: m.sources,
      hardware: [...extracted.hardware],
      claims: extracted.claims.map(canonicalClaim),
    };
  });

  diagnostics.sort(compareDiagnostics(order));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  return {
    dataset: { schemaVersion: SCHEMA_VERSION, sources, papers, diagnostics },
    errors,
    warnings,
    pages: sorted.length,
    claims: claimCount,
  };
}
