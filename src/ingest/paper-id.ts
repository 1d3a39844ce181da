// Paper ids: a short readable slug from the title plus a short hash of the
// merge key. Both depend on the paper alone, so adding other papers never
// changes an id; the hash keeps ids unique when short slugs coincide.

const TRAILING_STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'with',
]);
const MAX_WORDS = 6;
const MAX_SLUG = 48;

function slugWords(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** `SANA-Video: Efficient ...` -> `sana-video`; titles without a short `Name:` prefix -> their first words. */
export function titleSlug(title: string): string {
  const colon = title.indexOf(':');
  const head = colon > 0 ? slugWords(title.slice(0, colon)) : [];
  let words = head.length >= 1 && head.length <= 5 ? head : slugWords(title).slice(0, MAX_WORDS);
  while (words.length > 1 && TRAILING_STOPWORDS.has(words[words.length - 1]!))
    words = words.slice(0, -1);
  let slug = words.join('-');
  if (slug.length > MAX_SLUG) {
    slug = slug.slice(0, MAX_SLUG);
    const cut = slug.lastIndexOf('-');
    if (cut > 0) slug = slug.slice(0, cut);
  }
  return slug === '' ? 'paper' : slug;
}

/** 64 bits of a non-cryptographic hash (two FNV-1a-style lanes), as 16 hex digits. */
export function keyHash(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

const ID_HASH_LENGTH = 6;

/** The id of one paper: depends only on its title and merge key. */
export function paperId(title: string, key: string, hashLength = ID_HASH_LENGTH): string {
  return `${titleSlug(title)}-${keyHash(key).slice(0, hashLength)}`;
}

/**
 * Ids for a set of papers (merge key -> title). Two different keys sharing a
 * slug and a 24-bit hash prefix is astronomically rare; should it happen, those
 * papers get longer hashes, and only as a last resort a suffix by key order.
 */
export function assignIds(
  papers: ReadonlyArray<{ key: string; title: string }>,
  hashLength = ID_HASH_LENGTH,
): Map<string, string> {
  const ids = new Map<string, string>();
  const byId = new Map<string, string[]>();
  for (const p of papers) {
    if (ids.has(p.key)) continue;
    const id = paperId(p.title, p.key, hashLength);
    ids.set(p.key, id);
    const group = byId.get(id);
    if (group) group.push(p.key);
    else byId.set(id, [p.key]);
  }
  const titles = new Map(papers.map((p) => [p.key, p.title]));
  for (const [id, keys] of byId) {
    if (keys.length < 2) continue;
    const sorted = [...keys].sort(compareCodeUnits);
    const longer = sorted.map((k) => paperId(titles.get(k)!, k, 16));
    const unique = new Set(longer).size === longer.length;
    sorted.forEach((k, n) => {
      ids.set(k, unique ? longer[n]! : `${id}-${n + 1}`);
    });
  }
  return ids;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
