/** The sentence around a claim's evidence, split so the evidence can be marked. */
export interface ClaimSentence {
  before: string;
  claim: string;
  after: string;
}

// A sentence ends at . ! or ? followed by a space and a capital, digit or quote. Decimal
// points ("1.7x") have no space after them; abbreviations ("vs. MHA") are skipped by name.
const END = /[.!?](?=\s+["“(]?[A-Z0-9])/g;
const ABBREVIATION = /(?:^|[\s(])(?:vs|e\.g|i\.e|cf|etc|et al|approx|resp|Fig|Eq|Sec|No)$/i;

/** The whole sentence of `text` that holds [start, end) (several when the evidence spans them). */
export function claimSentence(text: string, start: number, end: number): ClaimSentence {
  let from = 0;
  let to = text.length;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const stop = m.index + 1;
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (stop <= start) from = stop;
    else if (m.index >= end) {
      to = stop;
      break;
    }
  }
  return {
    before: text.slice(from, start).trimStart(),
    claim: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
  };
}
