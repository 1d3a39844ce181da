// One page's cards with their dates resolved against the capture date.
import type { Diagnostic } from '../dataset/schema';
import { cardDateProblem } from './date-sanity';
import { compareYMD, resolveYearless, toIso, type YMD } from './dates';
import type { PaperDraft } from './draft';
import type { PageCard } from './page';
import { titleKey } from './text';

export function cardsToDrafts(
  file: string,
  cards: readonly PageCard[],
  capture: YMD,
  captureInferred: boolean,
  diagnostics: Diagnostic[],
): PaperDraft[] {
  const capturedOn = toIso(capture);
  return cards.map((c, i) => {
    let publishedOn: string | null = null;
    let dateInferred = false;
    const d = c.date;
    if (d) {
      if (d.year !== null) {
        const ymd = { year: d.year, month: d.month, day: d.day };
        publishedOn = toIso(ymd);
        const tooEarly = cardDateProblem(ymd, file, d.line);
        if (tooEarly) diagnostics.push(tooEarly);
        if (compareYMD(ymd, capture) > 0) {
          diagnostics.push({
            file,
            line: d.line,
            severity: 'warning',
            message: `${publishedOn} is after the capture date ${capturedOn}`,
          });
        }
      } else {
        const ymd = resolveYearless(d.month, d.day, capture);
        publishedOn = ymd ? toIso(ymd) : null;
        dateInferred = ymd !== null && captureInferred;
      }
    }
    return {
      key: titleKey(c.title),
      title: c.title,
      // A capture shows neither the arXiv id, the author names, the upvotes nor any link.
      arxivId: null,
      abstract: c.abstract,
      authors: [],
      authorsCount: c.authorsCount,
      org: c.org,
      publishedOn,
      dateInferred,
      comments: c.comments,
      upvotes: null,
      hasFooter: c.hasFooter,
      origin: 'capture',
      file,
      line: c.line,
      position: i + 1,
      jsonPath: null,
      capturedOn,
      project: null,
      code: null,
    };
  });
}
