import type { DatasetSource } from '../dataset/schema';
import type { DatasetIndex } from './dataset-index';
import type { PaperRow } from './rows';

/** One page capture, as the captures view lists it. */
export interface CaptureRow {
  file: string;
  capturedOn: string;
  /** Papers the page held, as the build counted them. */
  papers: number;
}

/** Every capture, newest first; captures of one day in file order. */
export function captureRows(sources: readonly DatasetSource[]): CaptureRow[] {
  return sources
    .map((s) => ({ file: s.file, capturedOn: s.capturedOn, papers: s.papers }))
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
 * The papers on the pages captured on `date`, in the page's own order. A paper's
 * source line is where its card starts, so lines give the order within a page;
 * several captures of one day follow each other in file order, and a paper on more
 * than one of them keeps its first place.
 */
export function capturedPapers(index: DatasetIndex, date: string): PaperRow[] {
  const files = [...index.capturedOn]
    .filter(([, on]) => on === date)
    .map(([file]) => file)
    .sort();
  const fileRank = new Map(files.map((f, i) => [f, i] as const));
  const placed: { row: PaperRow; file: number; line: number }[] = [];
  for (const row of index.papers) {
    let best: { file: number; line: number } | null = null;
    for (const s of row.paper.sources) {
      const file = fileRank.get(s.file);
      if (file === undefined) continue;
      if (!best || file < best.file || (file === best.file && s.line < best.line))
        best = { file, line: s.line };
    }
    if (best) placed.push({ row, ...best });
  }
  placed.sort((a, b) => a.file - b.file || a.line - b.line);
  return placed.map((p) => p.row);
}
