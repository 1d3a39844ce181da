// Turns character spans of a fuzzy match back into the corpus words they cover,
// so the UI can <mark> whole words rather than arbitrary fragments.

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of `text` that overlap any inclusive [start, end] span by at least half the word. */
export function wordsCoveredBySpans(
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
): string[] {
  if (spans.length === 0) return [];
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const ws = m.index;
    const we = ws + m[0].length - 1;
    let covered = 0;
    for (const [s, e] of spans) {
      if (e < ws || s > we) continue;
      covered += Math.min(e, we) - Math.max(s, ws) + 1;
    }
    if (covered * 2 >= m[0].length) out.push(m[0].toLowerCase());
  }
  return out;
}
