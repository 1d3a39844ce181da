import { hashWord } from './word-table';

// One tokenizer for the index and the query, so both see the same words:
// lower-case runs of letters and digits. Everything else (punctuation, regex
// metacharacters, markup) only separates words and can never reach a matcher.
// The index also sees compound words both whole and split (scanIndexWords), so
// "FlashAttention", "flash-attention" and "flash attention" meet in the middle.
// A hand-written scanner: the index tokenizes millions of words on page load,
// and a Unicode-property regex was most of that time.

/** Longest word kept; longer runs are noise (hashes, URLs) and only cost fuzzy-match time. */
export const MAX_WORD_LENGTH = 40;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** For code units >= 128; the scanner tests ASCII inline. */
function isWordChar(c: number, text: string, i: number): boolean {
  // Surrogate halves are tested as the whole pair, as the regex sees them.
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i - 1, i + 1));
  return LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * Calls `visit` for each word of `text` with the lower-cased text and the word's
 * [start, end) in it and its hash (hashWord's FNV-1a, computed while scanning), so
 * callers can look words up without slicing.
 */
export function scanWords(
  text: string,
  visit: (lower: string, start: number, end: number, hash: number) => void,
): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    const inWord =
      i < n &&
      (c < 128
        ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
        : isWordChar(c, lower, i));
    if (inWord) {
      if (start < 0) {
        start = i;
        h = 2166136261;
      }
      h = Math.imul(h ^ c, 16777619);
    } else if (start >= 0) {
      if (i - start <= MAX_WORD_LENGTH) visit(lower, start, i, h >>> 0);
      start = -1;
    }
  }
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (lower, start, end) => out.push(lower.slice(start, end)));
  return out;
}

type Visit = (lower: string, start: number, end: number, hash: number) => void;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const HYPHEN = 45;
/** Joining longer hyphen chains ("state-of-the-art-…") only makes noise words. */
const MAX_JOINED_WORDS = 4;

/**
 * The index's words: each word as scanWords gives it, plus, for compounds, the forms
 * a typist might use instead. A camel-case word also gives its parts (FlashAttention:
 * flash, attention; KVCache: kv, cache; DeepSeek: deep, seek); a hyphenated word is
 * split already and also gives its parts joined (flash-attention: flashattention).
 * Parts of one letter are left out: they would match nearly everything.
 */
export function scanIndexWords(text: string, visit: Visit): void {
  // Camel case is read from the original text; a lower-casing that changes lengths
  // (rare Unicode) would misalign it, so such text gets no camel parts.
  let camel = true;
  let checked = false;
  let chainStart = -1;
  let chainWords = 0;
  let prevEnd = -2;
  scanWords(text, (lower, start, end, hash) => {
    visit(lower, start, end, hash);
    if (!checked) {
      camel = lower.length === text.length;
      checked = true;
    }
    if (camel) camelParts(text, lower, start, end, visit);
    if (start === prevEnd + 1 && text.charCodeAt(prevEnd) === HYPHEN && chainWords > 0) {
      chainWords++;
      if (chainWords <= MAX_JOINED_WORDS) {
        const joined = lower.slice(chainStart, end).replaceAll('-', '');
        if (joined.length <= MAX_WORD_LENGTH)
          visit(joined, 0, joined.length, hashWord(joined, 0, joined.length));
      }
    } else {
      chainStart = start;
      chainWords = 1;
    }
    prevEnd = end;
  });
}

function camelParts(text: string, lower: string, start: number, end: number, visit: Visit): void {
  let from = start;
  for (let i = start + 1; i < end; i++) {
    const prev = text.charCodeAt(i - 1);
    const c = text.charCodeAt(i);
    // "flashAttention": lower then upper; "KVCache": the last capital of a run before a lower.
    const boundary =
      (isLower(prev) && isUpper(c)) ||
      (isUpper(prev) && isUpper(c) && i + 1 < end && isLower(text.charCodeAt(i + 1)));
    if (!boundary) continue;
    if (i - from >= 2) visit(lower, from, i, hashWord(lower, from, i));
    from = i;
  }
  if (from > start && end - from >= 2) visit(lower, from, end, hashWord(lower, from, end));
}
