// The index's words: every word the query tokenizer sees, plus the parts of
// camel-case words (FlashAttention: flash, attention; KVCache: kv, cache; DeepSeek:
// deep, seek), which written any other way are split already ("flash-attention",
// "flash attention"). The query side does the rest (engine.ts): a term that is two
// corpus words run together ("flashattention") also finds papers holding both, and
// two adjacent terms also find the word they form ("deep seek": deepseek). Joining
// hyphenated words in the index as well cost a third more build time for nothing
// those two do not already find.
import { MAX_WORD_LENGTH, scanWords } from './tokenize.ts';
import { hashWord } from './word-table.ts';

type Visit = (text: string, start: number, end: number, hash: number) => void;

/**
 * Where a camel-case word shows itself: a capital after a lower-case letter
 * ("flashAttention") or a capital run that ends in a lower-case word ("KVCache"; not
 * "LLMs" or "GPUs", plurals of acronyms). The regex engine finds these faster than a
 * second pass in script over every character (the index scans millions of words on
 * page load); the few hits are widened to their word.
 */
const CAMEL_MARK = /[a-z][A-Z]|[A-Z][A-Z][a-z][a-z]/g;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/** Visits every word of `text` (as scanWords does), then the parts of its camel-case words. */
export function scanIndexWords(text: string, visit: Visit): void {
  scanWords(text, visit);
  CAMEL_MARK.lastIndex = 0;
  for (let m = CAMEL_MARK.exec(text); m; m = CAMEL_MARK.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
    camelParts(text.slice(start, end), visit);
    CAMEL_MARK.lastIndex = end;
  }
}

function isAsciiWordChar(c: number): boolean {
  return isUpper(c) || isLower(c) || (c >= 48 && c <= 57);
}

/** Where the parts of a camel-case word start, after the first; null when it has none. */
function partStarts(word: string): number[] | null {
  let starts: number[] | null = null;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isUpper(c)) continue;
    const prev = word.charCodeAt(i - 1);
    // After a lower-case letter ("flashAttention"), or the last capital of a run before
    // two lower-case letters ("KVCache"; "GPUs" is one word).
    const boundary =
      isLower(prev) ||
      (isUpper(prev) && isLower(word.charCodeAt(i + 1)) && isLower(word.charCodeAt(i + 2)));
    if (boundary) (starts ??= []).push(i);
  }
  return starts;
}

function camelParts(word: string, visit: Visit): void {
  const starts = partStarts(word);
  if (!starts) return;
  starts.push(word.length);
  // A one-letter part ("iPhone", "MoE") means the capitals are not word boundaries.
  for (let k = 0, from = 0; k < starts.length; from = starts[k++]!)
    if (starts[k]! - from < 2) return;
  const lower = word.toLowerCase();
  for (let k = 0, from = 0; k < starts.length; from = starts[k++]!) {
    const to = starts[k]!;
    if (to - from <= MAX_WORD_LENGTH) visit(lower, from, to, hashWord(lower, from, to));
  }
}
