// Turns the word lists of this folder into the regexes and sets the stages use.
// A list is written once, as an array; every pattern or lookup built from it
// says so. Entries are words or phrases, matched case-insensitively:
//   "speed up"   a space matches any run of whitespace;
//   "improv*"    a trailing * matches any word ending ("improves", "improving");
//   everything else is literal (dots, hyphens, slashes, "@").

function entrySource(entry: string): string {
  const star = entry.endsWith('*');
  const body = (star ? entry.slice(0, -1) : entry)
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/ /g, String.raw`\s+`);
  return star ? String.raw`${body}\w*` : body;
}

/** `a|b|c` for the entries, in list order (earlier entries win where two match at one place). */
export function alternation(entries: readonly string[]): string {
  return entries.map(entrySource).join('|');
}

/** A regex finding any entry as whole words. */
export function wordsRegex(entries: readonly string[], flags = 'i'): RegExp {
  return new RegExp(String.raw`\b(?:${alternation(entries)})\b`, flags);
}

/** A regex testing that a whole string is one of the entries. */
export function exactRegex(entries: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternation(entries)})$`, 'i');
}

/** The last word of each phrase: a cheap guard before a pattern anchored at a number. */
export function lastWordSet(entries: readonly string[]): ReadonlySet<string> {
  return new Set(entries.map((e) => e.slice(e.lastIndexOf(' ') + 1).toLowerCase()));
}
