// One tokenizer for the index and the query, so both see the same words:
// lower-case runs of letters and digits. Everything else (punctuation, regex
// metacharacters, markup) only separates words and can never reach a matcher.
// The index also sees compound words both whole and split (index-words.ts), so
// "FlashAttention", "flash-attention" and "flash attention" meet in the middle.
// A hand-written scanner: the index tokenizes millions of words on page load,
// and a Unicode-property regex was most of that time.

/** Longest word kept; longer runs are noise (hashes, URLs) and only cost fuzzy-match time. */
export const MAX_WORD_LENGTH = 40;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** For code units >= 128; the scanner tests ASCII inline. */
export function isWordChar(c: number, text: string, i: number): boolean {
  // Surrogate halves are tested as the whole pair, as the regex sees them.
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i - 1, i + 1));
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** Whether the code unit `c` at `i` of `text` is part of a word (ASCII tested inline). */
export function isWordCharAt(text: string, c: number, i: number): boolean {
  return c < 128
    ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
    : isWordChar(c, text, i);
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
    const inWord = i < n && isWordCharAt(lower, c, i);
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
