// Whole words of the search's matched terms, case-insensitive. Cached per terms
// array because every highlighted cell of one result list shares it.
const cache = new WeakMap<readonly string[], RegExp | null>();

function termPattern(terms: readonly string[]): RegExp | null {
  const hit = cache.get(terms);
  if (hit !== undefined) return hit;
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = words.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  cache.set(terms, re);
  return re;
}

/** Splits text into alternating [plain, matched, plain, …] pieces. */
export function splitByTerms(text: string, terms: readonly string[]): string[] {
  const re = termPattern(terms);
  if (!re) return [text];
  const pieces: string[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    pieces.push(text.slice(last, m.index), m[0]);
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  return pieces;
}
