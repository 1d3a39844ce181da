// A stand-in answer while the real index is still being built: papers whose title
// has a word starting with every query term, in dataset order. Cheap enough to
// run on a keystroke, so typing before the index is ready still narrows the list;
// the page stays marked busy until the real ranked results replace it.
// The titles are not tokenized per key (at 50k papers that was 50-100 ms of the
// page's thread a key): each is lower-cased once, and a term is looked for in it
// where a word starts, with the tokenizer's own idea of a word (tokenize.ts). A query
// that only adds to the last one (typing on) looks only among the last one's hits.
import type { Paper } from '../dataset/schema.ts';
import { isWordCharAt, MAX_WORD_LENGTH, tokenize } from './tokenize.ts';
import type { SearchResult } from './types.ts';

const lowered = new WeakMap<readonly Paper[], readonly string[]>();

/** The last scan, which a query typed on from it narrows. */
let last: { papers: readonly Paper[]; terms: readonly string[]; docs: readonly number[] } | null =
  null;

export function titleScan(papers: readonly Paper[], query: string): SearchResult {
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0) return { hits: [], terms: [] };
  let titles = lowered.get(papers);
  if (!titles) {
    titles = papers.map((p) => p.title.toLowerCase());
    lowered.set(papers, titles);
  }
  // Every paper that matches these terms matched the last ones, if each of those
  // starts one of these (a word starting with "spec" starts with "sp").
  const narrows =
    last !== null &&
    last.papers === papers &&
    last.terms.every((old) => terms.some((t) => t.startsWith(old)));
  const candidates = narrows ? last!.docs : null;
  const docs: number[] = [];
  const n = candidates ? candidates.length : papers.length;
  for (let i = 0; i < n; i++) {
    const doc = candidates ? candidates[i]! : i;
    const title = titles[doc]!;
    if (terms.every((t) => startsAWord(title, t))) docs.push(doc);
  }
  last = { papers, terms, docs };
  return { hits: docs.map((doc) => ({ id: papers[doc]!.id, doc, score: 0 })), terms };
}

/** Whether a word of `lower` (as tokenize reads it) starts with `term` (itself one word). */
function startsAWord(lower: string, term: string): boolean {
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
    if (at > 0 && isWordCharAt(lower, lower.charCodeAt(at - 1), at - 1)) continue;
    // The tokenizer drops words longer than MAX_WORD_LENGTH.
    let end = at + term.length;
    while (end < lower.length && isWordCharAt(lower, lower.charCodeAt(end), end)) end++;
    if (end - at <= MAX_WORD_LENGTH) return true;
  }
  return false;
}
