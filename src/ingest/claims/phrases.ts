// Small text helpers for reading the words around a number.
import { work } from './work';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** True when punctuation (,;:.) ends the word, so the phrase ends with it. */
  closes: boolean;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}
function isBreak(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41; // , ; : ( )
}

/** Words of `text` from `from` to `to` (absolute offsets), at most `max`. */
export function wordsIn(text: string, from: number, to: number, max: number): Word[] {
  const out: Word[] = [];
  let i = from;
  // "a 2.3x-faster kernel", "a 1.8×-smaller model", "a 40%-lower latency": a hyphen that
  // joins the figure's sign to the word after it is no part of that word.
  if (
    text.charCodeAt(i) === 45 &&
    /[xX×%]/.test(text[i - 1] ?? '') &&
    /[A-Za-z]/.test(text[i + 1] ?? '')
  )
    i++;
  while (i < to && out.length < max) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 40) {
      // A short aside inside a phrase ("3.7x lower (token-level) tail latency") is skipped over.
      const close = text.indexOf(')', i);
      if (close < 0 || close - i > 30 || close >= to) break;
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j)) && !isBreak(text.charCodeAt(j))) j++;
    const punct = text.charCodeAt(j);
    if (j === i) {
      // A lone , ; : or ) ends the phrase.
      break;
    }
    const start = i;
    // A , ; : or ) right after the word ends the phrase with it and is stepped over.
    let closes = punct === 44 || punct === 59 || punct === 58 || punct === 41;
    i = j + (closes ? 1 : 0);
    let length = j - start;
    if (
      text.charCodeAt(j - 1) === 46 &&
      !/\d\.$|\b(?:vs|e\.g|i\.e)\.$/.test(text.slice(start, j))
    ) {
      // .
      length--;
      closes = true;
    }
    const end = Math.min(start + length, to);
    if (end <= start) break;
    out.push({ text: text.slice(start, end), start, end, closes });
    if (closes) break;
  }
  work.steps += i - from;
  return out;
}

const LEADING =
  /^(?:(?:the|a|an|its|their|our|this|that|and|or|of|while|also|further|additionally)\s+)+/i;

/** A noun phrase cleaned for display: no leading articles or conjunctions, no trailing punctuation. */
export function tidyPhrase(s: string): string | null {
  const flat =
    s.includes('  ') || s.includes('\n') || s.includes('\t') ? s.replace(/\s+/g, ' ') : s;
  let t = flat.trim();
  // A phrase cut from mid-sentence can start at the clause's comma: ", and energy use".
  const first = t.charCodeAt(0);
  if (first === 44 || first === 59 || first === 58) t = t.replace(/^[\s,;:]+/, '');
  if (/^(?:the|a|an|its|their|our|this|that|and|or|of|while|also|further|additionally)\s/i.test(t))
    t = t.replace(LEADING, '');
  const last = t.charCodeAt(t.length - 1);
  if (last === 44 || last === 59 || last === 58 || last === 46) t = t.replace(/[\s,;:.]+$/, '');
  return t.length > 0 ? t : null;
}

/** Long metric phrases are cut at their first preposition: "inference speed of generating …" → "inference speed". */
export function shortMetric(s: string | null): string | null {
  if (!s) return null;
  // Six words or fewer (five spaces at most) stand as they are, without splitting.
  let spaces = 0;
  for (let at = s.indexOf(' '); at >= 0 && spaces <= 5; at = s.indexOf(' ', at + 1)) spaces++;
  if (spaces <= 5) return s;
  const words = s.split(' ');
  // "the average number of sampled reasoning paths per problem": a count's head is what
  // it counts, after its "of".
  const counted = words.findIndex((w) => /^(?:number|count)$/i.test(w));
  const from =
    counted >= 0 && counted < 3 && words[counted + 1]?.toLowerCase() === 'of' ? counted + 2 : 0;
  const cut = words.findIndex(
    (w, i) =>
      i > from &&
      (/^(?:of|for|on|in|at|with|when|from|to|by)$/i.test(w) || (from > 0 && w === 'per')),
  );
  return (cut > 0 ? words.slice(0, cut) : words.slice(0, 6)).join(' ');
}
