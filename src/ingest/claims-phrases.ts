// Small text helpers for reading the words around a number.

export interface Word {
  text: string;
  start: number;
  end: number;
  /** True when punctuation (,;:.) ends the word, so the phrase ends with it. */
  closes: boolean;
}

const WORD = /[^\s,;:()]+[,;:)]?|[(]/g;

/** Words of `text` from `from` to `to` (absolute offsets), at most `max`. */
export function wordsIn(text: string, from: number, to: number, max: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to && out.length < max; m = WORD.exec(text)) {
    let raw = m[0];
    if (raw === '(') {
      // A short aside inside a phrase ("3.7x lower (token-level) tail latency") is skipped over.
      const close = text.indexOf(')', m.index);
      if (close < 0 || close - m.index > 30 || close >= to) break;
      WORD.lastIndex = close + 1;
      continue;
    }
    let closes = false;
    const last = raw.charCodeAt(raw.length - 1);
    if (last === 44 || last === 59 || last === 58 || last === 41) { // , ; : )
      raw = raw.slice(0, -1);
      closes = true;
    }
    if (raw.charCodeAt(raw.length - 1) === 46 && !/\d\.$|\b(?:vs|e\.g|i\.e)\.$/.test(raw)) { // .
      raw = raw.slice(0, -1);
      closes = true;
    }
    const end = Math.min(m.index + raw.length, to);
    if (end <= m.index) break;
    out.push({ text: text.slice(m.index, end), start: m.index, end, closes });
    if (closes) break;
  }
  return out;
}

const LEADING = /^(?:(?:the|a|an|its|their|our|this|that|and|or|of|while|also|further|additionally)\s+)+/i;

/** A noun phrase cleaned for display: no leading articles or conjunctions, no trailing punctuation. */
export function tidyPhrase(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim().replace(LEADING, '').replace(/[\s,;:.]+$/, '');
  return t.length > 0 ? t : null;
}

/** Long metric phrases are cut at their first preposition: "inference speed of generating …" → "inference speed". */
export function shortMetric(s: string | null): string | null {
  if (!s) return null;
  const words = s.split(' ');
  if (words.length <= 6) return s;
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|on|in|at|with|when|from|to|by)$/i.test(w));
  return (cut > 0 ? words.slice(0, cut) : words.slice(0, 6)).join(' ');
}
