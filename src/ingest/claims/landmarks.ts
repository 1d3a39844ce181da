// One scan of the abstract for the literal words that guard the lexer's and the
// study reading's patterns: does "times", "doubl…" or "instead of" occur at all, and
// where can a study phrase ("a measurement study of …") start? Each stage used to
// look for its own words with its own pass over the whole text; a pass costs about
// the same whatever it looks for (about 2 ns a character), so the words are looked
// for together, once per abstract, and each stage asks the result.
//
// A stage declares what it asks at module load with `landmark(spellings, …)` and,
// per abstract, reads `landmarksIn(text)` (the last text's result is kept, so every
// stage of one abstract shares one scan). A spelling is a literal (no notation);
// `anyCase` matches it as a case-blind pattern would (ASCII letters in either case; a
// letter beyond ASCII in either case too, which is never less than such a pattern
// finds), otherwise exactly as written. Use `anyCase` to say where a case-blind
// pattern may match, and try the pattern there: a landmark is a place to look.
export interface Landmark {
  readonly id: number;
}

interface Spelling {
  id: number;
  text: string;
  anyCase: boolean;
}

const spellings: Spelling[] = [];
const wantsPositions: boolean[] = [];
let scanner: { re: RegExp; byKey: Map<string, Spelling[]> } | null = null;

/** Registers words to look for; `positions` keeps where each occurrence starts. */
export function landmark(
  words: readonly string[],
  options: { anyCase?: boolean; positions?: boolean } = {},
): Landmark {
  const id = wantsPositions.length;
  wantsPositions.push(options.positions === true);
  for (const text of words) spellings.push({ id, text, anyCase: options.anyCase === true });
  scanner = null;
  return { id };
}

const escapeKey = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Every spelling lower-cased is a key of one case-blind pattern.
// Where a key is a prefix of another ("benchmark", "benchmarking") only the longer
// one is reported at that place, so each key carries the spellings of every key that
// is a prefix of it. Stepping one character past each hit finds every occurrence.
function build(): NonNullable<typeof scanner> {
  const keys = [...new Set(spellings.map((s) => s.text.toLowerCase()))].sort(
    (a, b) => b.length - a.length,
  );
  const byKey = new Map<string, Spelling[]>();
  for (const k of keys)
    byKey.set(
      k,
      spellings.filter((s) => k.startsWith(s.text.toLowerCase())),
    );
  return { re: new RegExp(trieSource(keys), 'gi'), byKey };
}

// The keys as a tree of their common beginnings ("th(?:ird|e (?:load|work) of)…"): at
// each character the pattern takes the one branch of that letter instead of trying every
// key in turn (about a fifth fewer instructions per abstract than `key|key|…`). Where a
// key ends inside a longer one the longer is tried first, so each place still reports its
// longest key, as the longest-first list did.
function trieSource(keys: readonly string[]): string {
  const rests = new Map<string, string[]>();
  let ends = false;
  for (const k of keys) {
    if (k === '') ends = true;
    else {
      const c = k[0] as string;
      const list = rests.get(c);
      if (list) list.push(k.slice(1));
      else rests.set(c, [k.slice(1)]);
    }
  }
  const branches = [...rests].map(([c, rest]) => escapeKey(c) + trieSource(rest));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  return ends ? `(?:${body})?` : body;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
// Equal lowered or raised: never stricter than a case-blind pattern ("σ" and "ς" raise
// to one letter).
const sameLetter = (c: number, w: number) => {
  const a = String.fromCharCode(c);
  const b = String.fromCharCode(w);
  return a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
};

/** Whether `s` stands at `at`, ASCII letters in either case (what a case-blind pattern matches). */
function standsAt(text: string, at: number, s: string, anyCase: boolean): boolean {
  if (!anyCase) return text.startsWith(s, at);
  if (at + s.length > text.length) return false;
  for (let k = 0; k < s.length; k++) {
    const c = text.charCodeAt(at + k);
    const w = s.charCodeAt(k);
    if (c === w || (isLetter(c) && isLetter(w) && (c | 32) === (w | 32))) continue;
    if ((c > 127 || w > 127) && sameLetter(c, w)) continue;
    return false;
  }
  return true;
}

export interface Landmarks {
  /** By landmark id: whether any of its spellings occurs. */
  seen: boolean[];
  /** By landmark id: where its spellings start, in text order (landmarks that keep positions). */
  at: number[][];
}

let lastText: string | null = null;
let last: Landmarks | null = null;

/** The landmarks of `text`: one scan, shared by the stages that read the same abstract. */
export function landmarksIn(text: string): Landmarks {
  if (text === lastText && last !== null && scanner !== null) return last;
  scanner ??= build();
  const seen = wantsPositions.map(() => false);
  const at = wantsPositions.map(() => [] as number[]);
  const { re, byKey } = scanner;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    // A hit that lowers to no key (a letter beyond ASCII the pattern matched in another
    // case) is checked against every spelling.
    for (const s of byKey.get(m[0].toLowerCase()) ?? spellings) {
      if (!standsAt(text, i, s.text, s.anyCase)) continue;
      seen[s.id] = true;
      if (wantsPositions[s.id]) {
        const list = at[s.id] as number[];
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
    re.lastIndex = i + 1;
  }
  lastText = text;
  last = { seen, at };
  return last;
}

export function has(l: Landmarks, landmark: Landmark): boolean {
  return l.seen[landmark.id] as boolean;
}

export function positions(l: Landmarks, landmark: Landmark): readonly number[] {
  return l.at[landmark.id] as number[];
}
