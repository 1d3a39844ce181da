// One page's cards with their dates resolved against the capture date.
import type { Diagnostic, Paper } from '../dataset/schema';
import { compareYMD, resolveYearless, toIso, type YMD } from './dates';
import type { PageCard } from './page';
import { titleKey } from './text';

/** A card ready to merge: what one page says about one paper. */
export type PaperDraft = Pick<
  Paper,
  'title' | 'abstract' | 'authorsCount' | 'org' | 'publishedOn' | 'dateInferred' | 'comments'
> & {
  key: string;
  hasFooter: boolean;
  file: string;
  line: number;
  capturedOn: string;
};

export function cardsToDrafts(
  file: string,
  cards: readonly PageCard[],
  capture: YMD,
  captureInferred: boolean,
  diagnostics: Diagnostic[],
): PaperDraft[] {
  const capturedOn = toIso(capture);
  return cards.map((c) => {
    let publishedOn: string | null = null;
    let dateInferred = false;
    const d = c.date;
    if (d) {
      if (d.year !== null) {
        const ymd = { year: d.year, month: d.month, day: d.day };
        publishedOn = toIso(ymd);
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
      abstract: c.abstract,
      authorsCount: c.authorsCount,
      org: c.org,
      publishedOn,
      dateInferred,
      comments: c.comments,
      hasFooter: c.hasFooter,
      file,
      line: c.line,
      capturedOn,
    };
  });
}
