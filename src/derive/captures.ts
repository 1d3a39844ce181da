import type { DatasetSource } from '../dataset/schema';
import type { DatasetIndex } from './dataset-index';
import type { PaperRow } from './rows';

/** One page capture (or Hub API list of a day), as the captures view lists it. */
export interface CaptureRow {
  file: string;
  kind: DatasetSource['kind'];
  capturedOn: string;
  /** Papers the page held, as the build counted them. */
  papers: number;
}

/** Every capture, newest first; captures of one day in file order. */
export function captureRows(sources: readonly DatasetSource[]): CaptureRow[] {
  return sources
    .map((s) => ({ file: s.file, kind: s.kind, capturedOn: s.capturedOn, papers: s.papers }))
    .sort((a, b) =>
      a.capturedOn !== b.capturedOn
        ? a.capturedOn < b.capturedOn
          ? 1
          : -1
        : a.file < b.file
          ? -1
          : a.file > b.file
            ? 1
            : 0,
    );
}

/**
 * The papers on the pages captured on `date`, in the page's own order (each
 * source's `position`). Several inputs of one day follow each other in file
 * order, and a paper on more than one of them keeps its first place.
 */
export function capturedPapers(index: DatasetIndex, date: string): PaperRow[] {
  const placed: { row: PaperRow; file: string; position: number }[] = [];
  for (const row of index.papers) {
    let best: { file: string; position: number } | null = null;
    for (const s of row.paper.sources) {
      if (s.capturedOn !== date) continue;
      if (!best || s.file < best.file || (s.file === best.file && s.position < best.position))
        best = { file: s.file, position: s.position };
    }
    if (best) placed.push({ row, ...best });
  }
  placed.sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.position - b.position));
  return placed.map((p) => p.row);
}
