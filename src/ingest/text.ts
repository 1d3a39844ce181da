// Text helpers shared by the page parser and the merge step.

/** Lines of a capture: a leading BOM dropped, CRLF / CR / LF all accepted. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/);
}

// Every whitespace character JavaScript's \s matches, except the plain space.
const OTHER_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Runs of whitespace collapsed to one space, ends trimmed: how titles and abstracts are stored. */
export function normalizeSpace(s: string): string {
  // Most captured text is already normal; a test is far cheaper than a replace on every abstract.
  const clean =
    !OTHER_SPACE.test(s) &&
    !s.includes('  ') &&
    s.charCodeAt(0) !== 32 &&
    s.charCodeAt(s.length - 1) !== 32;
  return clean ? s : s.replace(/\s+/g, ' ').trim();
}

/** The merge key: two cards are the same paper when their titles match without regard to case and whitespace. */
export function titleKey(title: string): string {
  return title.normalize('NFC').replace(/\s+/g, '').toLowerCase();
}

/** A line quoted for a diagnostic: escaped (no terminal control characters) and kept short. */
export function quoteLine(s: string, max = 60): string {
  const t = s.trim();
  const cut = t.length > max ? t.slice(0, max - 1) + '…' : t;
  return JSON.stringify(cut);
}

// A character above U+00FF: a string without one fits one byte per character.
const WIDE = /[^\0-\xff]/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
// Reused for every copy: a fresh array per copy (encode()) cost as much again as the
// copy itself. Grown when a longer text comes.
let scratch = new Uint8Array(1 << 16);

/**
 * A copy of `s` that does not keep the text it was cut from alive. V8 keeps a slice's
 * whole parent string in memory, and the parent of a title is the whole capture. A
 * capture holding any wider character (a bullet, a dash) is stored two bytes per
 * character, and so is every slice of it; the copy is one byte per character whenever
 * it can be (a UTF-8 round trip, exact for such text and about twice as fast as the
 * JSON round trip this used), else a flat copy: a concatenation, flattened by the
 * slice, has no parent.
 */
export function ownCopy(s: string): string {
  if (WIDE.test(s)) return (s + ' ').slice(0, -1);
  // Characters up to U+00FF take at most two bytes each in UTF-8.
  if (scratch.length < 2 * s.length) scratch = new Uint8Array(2 * s.length);
  const { written } = encoder.encodeInto(s, scratch);
  return decoder.decode(scratch.subarray(0, written));
}
