// What a claim is measured against (baseline) and under which conditions
// (precision, sequence length, batch size, parallelism, scale).
import { alternation, exactRegex } from './lexicon/build';
import { modifierOpens } from './baseline-modifier';
import {
  COMPARISON_MARKERS,
  COMPARISON_SOURCE,
  BEATING_VERBS,
  LEVEL_VERBS,
  LINK_MEDIA,
  MEASURED_QUANTITIES,
  PARITY_LEVELS,
  PARITY_VERBS,
} from './lexicon/comparison';
import { DOWN_VERB, UP_VERB } from './lexicon/verbs';
import { WORD_NUMBER_SOURCE } from './numbers';
import { tidyPhrase } from './phrases';
import { isQualityNoun } from './words';
import { work } from './work';

// "2.1x the MFU of X", "1.7x the request rate of Y", "3.1 times the frames per second per
// watt of Z": the quantity a multiple is of, then its owner.
const OF_QUANTITY = alternation(MEASURED_QUANTITIES);
// The quantity stands right after the figure; further on, "the Q of" names an owner ("… at
// the rate of the demonstrations", "the peak memory of a batch of 32 images"). Tried once at
// the window's start, not scanned for.
const THE_QUANTITY_OF = new RegExp(
  String.raw`^\s*the\s+(?:[\w-]+\s+){0,2}?(?:${OF_QUANTITY})(?:\s+per\s+[\w-]+){0,2}\s+of\s+`,
  'i',
);
const BASELINE_MARK = new RegExp(String.raw`\b(?:${COMPARISON_SOURCE}|that\s+of)\s+`, 'gi');
const STOP =
  /^(?:on|at|in|with|while|when|before|for|by|under|across|without|using|which|respectively|to|from|as|where|whereas|but|during|given|achieving|reaching|yielding|thanks|via|through|if|and\s+then|because|since|who|although|though|unless|until|so|despite|it|they|we|this|these)$/i;
// A name has a capital, digit or dot somewhere ("vLLM", "llama.cpp", "FP16").
const NAME_OR_DETERMINER = /[A-Z0-9.(]|^(?:the|a|an|its|their|our)$/;
const CLAUSE_AFTER_COMMA = /^\s*and\s+(?:its|their|our|it|we|they|this|these)\b/i;
const EXAMPLES_AFTER = /^\s*(?:such\s+as|including)\s+[A-Z]/;
const NUMBER_PHRASE = /^[~≈]?\d[\d.,]*(?:\s+[\w-]+)?$/;
const BRACKETED_FIGURE =
  /^\s*(?:(?:up\s+to|about|around|roughly|nearly|only|or|and|vs\.?|versus)\s+)?[~≈]?\d[\d.,]*\s*(?:[x×%]|times\b|-?fold\b)/i;
const DASH_WORD = /^(?:-|–|—|--)$/;
const TIME_NOT_BASELINE = /^(?:before|previously|earlier|ever|usual|expected|this|it|one)$/i;
const VERBISH =
  /^(?:is|are|was|were|has|have|uses?|runs?|reach\w*|achiev\w*|deliver\w*|yield\w*|enabl\w*|support\w*|maintain\w*|keep\w*|mak\w*|match\w*|attain\w*|provid\w*|offer\w*|remain\w*|scal\w*|consum\w*|requir\w*|generat\w*|serv\w*|train\w*)$/i;

export interface Found {
  text: string;
  start: number;
  end: number;
}

/**
 * The noun phrase after a baseline marker, up to `items` comma/and-separated
 * items (a list of claims may be compared with a list of systems).
 */
// The words of a phrase, brackets and list punctuation; readPhrase sets lastIndex.
// A number with thousands separators is one word ("trained with 2,880 tokens", "on 1,152
// CPU cores").
const PHRASE_WORDS = /\(|\)|\d{1,3}(?:,\d{3})+(?!\d)[^\s(),;:]*|[^\s(),;:]+|[,;:]/g;

export function readPhrase(text: string, from: number, limit: number, items: number): Found | null {
  const words = PHRASE_WORDS;
  words.lastIndex = from;
  let depth = 0;
  let end = from;
  let count = 1;
  let wordsSeen = 0;
  const seen: string[] = [];
  const seenAt: number[] = [];
  // Where the phrase ended before its latest "and" or comma: a verb after it means the
  // coordinated words were a new clause ("… and its kernel is", ", SplitOpt reaches").
  let beforeItem = -1;
  for (let m = words.exec(text); m && m.index < limit; m = words.exec(text)) {
    const w = m[0];
    if (w === '(') {
      // "than conventional RAG systems (6.9x on average)": a bracket that opens with a figure
      // is another claim's, not the baseline's words.
      if (depth === 0 && BRACKETED_FIGURE.test(text.slice(m.index + 1, m.index + 24))) break;
      depth++;
      continue;
    }
    // "compared to SplaTAM - without …": a spaced dash closes the phrase as a comma would.
    if (depth === 0 && w.length <= 2 && DASH_WORD.test(w)) break;
    if (w === ')') {
      if (depth === 0) break;
      depth--;
      end = m.index + 1;
      continue;
    }
    if (depth > 0) {
      end = m.index + w.length;
      continue;
    }
    if (w === ';' || w === ':') break;
    if (w === ',') {
      // "state-of-the-art systems, such as FasterTransformer and Orca": examples of it.
      if (EXAMPLES_AFTER.test(text.slice(m.index + 1, m.index + 24))) continue;
      if (count >= items) break;
      // Listed baselines are names or determined noun phrases; "…, it achieves" is a clause.
      const after = /\s*(\S+)/.exec(text.slice(m.index + 1, m.index + 41))?.[1] ?? '';
      if (!NAME_OR_DETERMINER.test(after) && after !== 'and') break;
      // "…, and its time and energy profiles stay …": a possessive after ", and" opens a clause.
      if (CLAUSE_AFTER_COMMA.test(text.slice(m.index + 1, m.index + 24))) break;
      count++;
      beforeItem = end;
      continue;
    }
    work.steps++;
    const bare = w.charCodeAt(w.length - 1) === 46 /* . */ ? w.slice(0, -1) : w;
    if (STOP.test(bare) && (bare !== w || !modifierOpens(text, m.index, bare, seen))) break;
    // A capital mid-sentence is a name ("Hugging Face Accelerate"), never a clause's verb.
    if (beforeItem >= 0 && !isUpper(bare.charCodeAt(0)) && isVerb(bare)) {
      end = beforeItem;
      break;
    }
    if (/^(?:and|or)$/i.test(bare)) {
      const next = /\s*(\S+)/.exec(text.slice(m.index + w.length, m.index + w.length + 40));
      const nextWord = next?.[1] ?? '';
      if (/^[\d~≈]/.test(nextWord) || /^(?:up|by|about|around|nearly)$/i.test(nextWord)) break;
      UP_VERB.lastIndex = 0;
      DOWN_VERB.lastIndex = 0;
      if (VERBISH.test(nextWord) || UP_VERB.test(nextWord) || DOWN_VERB.test(nextWord)) break;
      // A second baseline is a name or a determined noun phrase ("vLLM and DistServe",
      // "padding and the packed baseline"); a lowercase word after "and" starts a new
      // clause ("full fine-tuning and finishes …", "ring attention and sustains …").
      if (
        !NAME_OR_DETERMINER.test(nextWord) &&
        !coordinatedNoun(text, m.index + w.length, Math.min(limit, m.index + 60))
      )
        break;
      beforeItem = end;
      continue;
    }
    // "than MLC and MNN, and a 1.3 to 5.4 speedup": a figure without its sign after "and a"
    // opens a phrase of its own too.
    if (
      /^\d/.test(w) &&
      (/[x×%]$/.test(w) || /\band\s+(?:a|an)\s+$/i.test(text.slice(m.index - 7, m.index)))
    ) {
      end = beforeFigure(text, from, end, beforeItem, seen, seenAt);
      break;
    }
    end = m.index + bare.length;
    seen.push(bare);
    seenAt.push(m.index);
    if (++wordsSeen >= 12) break;
    // A sentence ends at a dot after a word, or after a dotted name before a capital
    // ("… than llama.cpp. Accuracy stays …").
    if (
      w.endsWith('.') &&
      !/^(?:vs|e\.g|i\.e)\.$/.test(w) &&
      (!/\.\w/.test(w) || /^\s+[A-Z]/.test(text.slice(end + 1, end + 3)))
    )
      break;
  }
  if (end <= from) return null;
  const t = tidyPhrase(text.slice(from, end).replace(/'s$/, ''));
  // "faster than before": a time, not a system; "versus 810", "against 2.4 mIoU for ToMe":
  // a figure, not a system.
  if (t && (TIME_NOT_BASELINE.test(t) || NUMBER_PHRASE.test(t))) return null;
  return t ? { text: t, start: from, end } : null;
}

const RELATIVE = /^(?:that|which|who)$/i;
// Where a coordinated noun phrase may end: punctuation, the text's end, or a word that
// opens an adjunct or a clause.
const CONJUNCT_END = /^(?:[,.;:)]|while|respectively)$/i;
const CONJUNCT_WORD = /^\p{Ll}[\p{L}\w-]*$/u;
// After its first word a coordinated noun phrase may hold a name: "and state-of-the-art PIM
// designs", "and naïve FP8 baselines".
const CONJUNCT_NAME = /^\p{L}[\p{L}\w.-]*$/u;
const NOT_NOUN = /^(?:is|are|was|were|be|never|not|also|then|still|only|lose|loses)$/i;
const OBJECT_FIRST = /^(?:the|a|an|its|their|every|each|all|no|any)$/i;
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * "periodic checkpointing and redundant computation", "the default batch size and power
 * limit", "DistDGL and two partition-parallel trainers": after "and", one to three plain
 * words that end the phrase with no verb among them are a second noun phrase; "… and
 * finishes training 2x faster", "… and sustains 40% more" are a new clause.
 */
function coordinatedNoun(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).match(/[^\s,.;:()]+|[,.;:)]/g) ?? [];
  work.steps += words.length;
  for (let k = 0; k < words.length && k <= 3; k++) {
    const w = words[k] as string;
    if (k > 0 && CONJUNCT_END.test(w)) return true;
    if (k === 0 && NUMBER_WORD.test(w)) continue;
    if (
      !(k === 0 ? CONJUNCT_WORD : CONJUNCT_NAME).test(w) ||
      isVerb(w) ||
      STOP.test(w) ||
      NOT_NOUN.test(w)
    )
      return false;
    // "… than the baseline and negligible quality loss": a quality the claim keeps.
    if (isQualityNoun(w)) return false;
    // "… and meets every deadline": a word in -s before a determiner is a verb.
    if (/s$/.test(w) && OBJECT_FIRST.test(words[k + 1] ?? '')) return false;
  }
  // The phrase runs to the end of what may be read.
  return words.length > 0 && words.length <= 3;
}

/**
 * Where a phrase that runs into a figure ends: "… than vLLM with a CPU cache and a 3.1x
 * …" drops the "and a" that opened the figure's own phrase; "compared with prior systems
 * that reach 1.5x" drops the relative clause the figure completes.
 */
function beforeFigure(
  text: string,
  from: number,
  end: number,
  beforeItem: number,
  seen: readonly string[],
  seenAt: readonly number[],
): number {
  const lastAnd = text.slice(from, end).search(/\band\s+(?:a|an|the|its|their)\s*$/i);
  if (beforeItem >= 0 && lastAnd >= 0) return beforeItem;
  for (let k = seen.length - 1; k >= Math.max(1, seen.length - 3); k--)
    if (RELATIVE.test(seen[k] as string))
      return (seenAt[k - 1] as number) + (seen[k - 1] as string).length;
  return end;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isVerb(word: string): boolean {
  UP_VERB.lastIndex = 0;
  DOWN_VERB.lastIndex = 0;
  return VERBISH.test(word) || UP_VERB.test(word) || DOWN_VERB.test(word);
}

// "loses less than one point", "more than 2x": "than" after an amount before a number
// bounds the number; it compares with nothing.
// "for sequences longer than 64K tokens": any comparative before "than" and a number.
const AMOUNT_THAN = /\b(?:less|more|fewer|greater|no\s+more|no\s+less|[a-z]{3,}er)\s+than\s+$/i;
const NUMBER_FIRST =
  /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+(?:third|quarter|half))\b)/i;
// "twice as fast as FastSpeech 2": the second "as" opens the baseline.
const AS_AS = /\bas\s+(?:fast|quick|efficient|cheap|small|large|much|many)\s*$/i;
// "than with per-expert cuBLAS calls", "than when loading from disk": the baseline follows.
// An elliptical clause names it after its preposition too: "than in BF16", "than in
// Outlines", "than for the same agent without memoization", "than from WebDataset shards",
// "than under a reservation-based policy".
const THAN_LEAD = /^(?:with|when|using|by|in|for|from|under)\s+/i;

const FRAME_AFTER_AND = new RegExp(
  String.raw`\band\s+(?:(?:when\s+)?(?:benchmarked|evaluated|measured|compared|set)\s+)?(?:${alternation(
    COMPARISON_MARKERS.filter((m) => m !== 'than' && m !== 'over'),
  )})\s+$`,
  'i',
);
const MARK_AT_END = /\b(?:that|those)\s+of\s*$/i;
const SUBORDINATE = /\b(?:while|whereas|because|since|although|though|which|where)\b/i;
/** After "over": what a claim runs over or through, not what it is compared with. */
// "over six months", "over 512 A100 GPUs"; "over three leading inference systems" counts baselines.
const OVER_COUNT = String.raw`(?:\d[\d,.]*|${WORD_NUMBER_SOURCE})(?:\s(?!(?:[\w-]+\s+){0,2}(?:systems|baselines|methods|engines|frameworks|approaches|implementations|libraries|kernels|schedulers|designs)\b)|-(?:second|minute|hour|day|week|month|year|node|GPU)s?\b)`;
const OVER_PATH = String.raw`(?:[\w.-]+\s+){0,2}?(?:${alternation(LINK_MEDIA)})(?![\w-])`;
const OVER_SPAN = String.raw`(?:(?:full|whole|entire|complete|same)\s+)?(?:hours?|days?|weeks?|months?|years?|runs?|traces?|benchmarks?|datasets?|tasks?)\b`;
export const OVER_NOT_BASELINE = new RegExp(
  String.raw`^(?:(?:a|an|the|one|its|their)\s+)?(?:${OVER_COUNT}|${OVER_PATH}|${OVER_SPAN})`,
  'i',
);

/** First baseline phrase between `from` and `to`. */
export function baselineAfter(text: string, from: number, to: number, items: number): Found | null {
  if (to <= from) return null;
  const window = text.slice(from, to);
  if (AS_AS.test(text.slice(Math.max(0, from - 20), from))) {
    const as = /^\s+as\s+/i.exec(window);
    if (as) return readPhrase(text, from + as[0].length, Math.min(text.length, to + 140), items);
  }
  // "shrinking the KV cache to 38% of that of a GQA model": the claim's words end with the
  // marker; the baseline follows at once.
  if (MARK_AT_END.test(text.slice(Math.max(0, from - 12), from))) {
    const at = from + (/^\s*/.exec(window)?.[0].length ?? 0);
    return readPhrase(text, at, Math.min(text.length, at + 140), items);
  }
  const quantity = THE_QUANTITY_OF.exec(window);
  if (quantity) {
    const at = from + quantity[0].length;
    return readPhrase(text, at, Math.min(text.length, at + 140), items);
  }
  BASELINE_MARK.lastIndex = 0;
  for (let m = BASELINE_MARK.exec(window); m; m = BASELINE_MARK.exec(window)) {
    // "…, and against an RTX 4090 it delivers 3.9x …": a comparison adjunct after "and" opens
    // the next clause's frame.
    if (FRAME_AFTER_AND.test(window.slice(Math.max(0, m.index - 40), m.index + m[0].length)))
      return null;
    // "…, while obtaining better FID than competing methods", "because the DLAs are more
    // efficient than the GPU": a comparison inside a subordinate clause is that clause's.
    if (SUBORDINATE.test(window.slice(0, m.index))) return null;
    // "over a 30-day run", "over six months", "over 400 Gb/s links", "read over PCIe": time,
    // a count or a path, not a system compared with.
    if (/^over\b/i.test(m[0]) && OVER_NOT_BASELINE.test(window.slice(m.index + m[0].length)))
      continue;
    let at = from + m.index + m[0].length;
    if (
      AMOUNT_THAN.test(text.slice(Math.max(from, at - 20), at)) &&
      NUMBER_FIRST.test(text.slice(at, at + 12))
    )
      continue;
    if (/^than\s/i.test(m[0])) {
      const lead = THAN_LEAD.exec(text.slice(at, at + 10));
      if (lead) at += lead[0].length;
    }
    return readPhrase(text, at, Math.min(text.length, at + 140), items);
  }
  return null;
}

// "Against X, A and B": a sentence-opening baseline shared by a list, which readPhrase
// would read as a list of baselines; left out until lists read it as one.
const BEFORE_MARKERS = COMPARISON_MARKERS.filter((m) => m !== 'against');
const BASELINE_BEFORE_MARK = new RegExp(String.raw`\b(?:${alternation(BEFORE_MARKERS)})\s+`, 'gi');

// "Against vLLM, our engine is 2x faster", "Benchmarked against SGLang, it reaches …": one
// system after a sentence-opening "against", closed by a comma. A list ("Against X, A and
// B") or the data the work runs on ("against a 1M-entry map") is not read.
const AGAINST_OPENER =
  /^\s*(?:(?:when\s+)?(?:benchmarked|evaluated|measured|tested|compared|pitted|run)\s+)?against\s+([^,;:()]{1,60}?),\s/i;
const AGAINST_NOT_ONE =
  /\b(?:and|or)\b|\b(?:maps?|index(?:es)?|databases?|corpus|corpora|tables?|graphs?|stores?|datastores?|collections?)\b|\d/i;
// "a map of 1M entries", "the 2B-row table": the data a system works on, named by what it
// holds and how much; "the BF16 baseline", "the filtered index of Milvus 2.4" are systems.
const DATA_NOUN =
  /\b(?:maps?|index(?:es)?|databases?|corpus|corpora|tables?|graphs?|stores?|datastores?|collections?)\b/i;
const DATA_COUNT = /(?:^|\s)\d[\d.,]*[KMBkmb]?(?:\s|-)/;
function againstData(phrase: string): boolean {
  return DATA_COUNT.test(phrase) || (DATA_NOUN.test(phrase) && !/[A-Z]/.test(phrase));
}

function againstOpener(text: string, from: number, window: string, to: number): Found | null {
  const m = AGAINST_OPENER.exec(window);
  if (!m || AGAINST_NOT_ONE.test(m[1] as string)) return null;
  // "Against vLLM, TGI and SGLang, it …": the comma went on with a list.
  if (/^[^;.]{0,60}?\b(?:and|or)\b[^;.]*?,/i.test(window.slice(m[0].length))) return null;
  const start = from + m[0].indexOf(m[1] as string, m[0].search(/against/i));
  const phrase = readPhrase(text, start, start + (m[1] as string).length, 1);
  return phrase && phrase.end <= to ? phrase : null;
}

// "Relative to vLLM, Tessera speeds up prefilling by 2.6x and decoding by 1.9x": a comparison
// adjunct fronted before the main clause, closed by its comma, frames every claim of the
// sentence. Its markers are the comparison markers that open an adjunct; "than" belongs to a
// comparative, and an opening "over" is mostly time or data ("Over a week-long trace, …").
const FRAME_MARKERS = COMPARISON_MARKERS.filter((m) => m !== 'than' && m !== 'over');
const FRAME_MARK = new RegExp(String.raw`\b(?:${alternation(FRAME_MARKERS)})\s+`, 'gi');
// What may stand before the marker: the sentence start, a participle ("Measured against",
// "When benchmarked against"), or a comma or "and" after a leading adjunct ("On an RTX
// 4090, and relative to top-k retrieval, …").
// "…; even against a far newer GPU, …": a focus word may open the frame of a later clause.
const FRAME_LEAD =
  /(?:^|[,;]\s*(?:and\s+)?|\band\s+)(?:(?:even|also|and\s+even)\s+)?(?:(?:when|if|as)\s+)?(?:(?:benchmarked|evaluated|measured|tested|compared|pitted|run|set)\s+)?$/i;
// With no comma, the adjunct ends before the clause's pronoun ("Against X it is 1.5x faster")
// or before a gain noun as its subject ("relative to X the savings reach 61%").
const FRAME_TAIL =
  /^(?:\s+(?:on|in|at|for|with|under|across|through|over|using|via|from|during)\s[^,;:.]{1,70},|\s+(?:it|we|they|our|its|their)\s|\s+the\s+(?:savings?|gains?|reductions?|speed-?ups?|improvements?|advantages?)\s)/i;
const GAIN_SUBJECT =
  /\s+the\s+(?:savings?|gains?|reductions?|speed-?ups?|improvements?|advantages?)\b/i;
// "Compared with vLLM, SGLang and TGI, it …": the comma went on with a list of names.
const FRAME_LIST = /^,\s*[^,;.]{1,30}?,?\s(?:and|or)\s[^,;.]{1,30}?,/i;

/**
 * The comparison frame of a sentence: the last adjunct "Compared with X," (or "Relative to
 * X,", "Against X,", "Versus X,") before its first claim at `to`, read as one phrase that
 * ends at the adjunct's comma; null when there is none.
 */
export function sentenceFrame(text: string, from: number, to: number): Found | null {
  const window = text.slice(from, to);
  work.steps += window.length;
  let last: RegExpExecArray | null = null;
  FRAME_MARK.lastIndex = 0;
  for (let m = FRAME_MARK.exec(window); m; m = FRAME_MARK.exec(window)) last = m;
  if (!last || !FRAME_LEAD.test(window.slice(0, last.index))) return null;
  const at = from + last.index + last[0].length;
  let phrase = readPhrase(text, at, to, 1);
  if (!phrase) return null;
  // "relative to X the savings reach 61%": the gain noun opens the clause, not the phrase.
  const gain = GAIN_SUBJECT.exec(phrase.text);
  if (gain) phrase = readPhrase(text, at, at + gain.index, 1);
  if (!phrase) return null;
  // The adjunct ends at its comma, perhaps after a setting of the comparison ("Compared with
  // X on four H100 GPUs, …"), or, with no comma, before the clause's pronoun ("Against X it
  // is 1.5x faster").
  if (text[phrase.end] !== ',' && !FRAME_TAIL.test(text.slice(phrase.end, to))) return null;
  // "Against a map of 1M entries, …": the data the work runs on, not a system.
  if (/^against\b/i.test(last[0]) && againstData(phrase.text)) return null;
  // "Compared with Faiss, ScaNN and HNSWlib, …": the frame is the whole list, one phrase.
  const list = FRAME_LIST.exec(text.slice(phrase.end, to));
  if (!list) return phrase;
  const close = phrase.end + list[0].length - 1;
  const whole = readPhrase(text, at, close, 8);
  return whole && whole.end === close ? whole : null;
}

// "outperforms earlier PIM accelerators, with at least 2x …": the system beaten, then an
// adjunct that states by how much.
const BEATEN_THEN_ADJUNCT =
  /\b(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?)\s+([^,;.]{2,80}),\s+(?:with|achieving|delivering|yielding)\s[^,;.]*$/i;
function beatenBefore(text: string, from: number, window: string, to: number): Found | null {
  const m = BEATEN_THEN_ADJUNCT.exec(window);
  if (!m) return null;
  const at = from + m.index + m[0].length - m[0].slice(m[0].search(/\s/)).trimStart().length;
  const phrase = readPhrase(text, at, to, 1);
  return phrase && phrase.end <= at + (m[1] as string).length ? phrase : null;
}

/** Last "compared to X" before the claim in its sentence, when it ends before the claim. */
export function baselineBefore(text: string, from: number, to: number, items = 1): Found | null {
  const window = text.slice(from, to);
  work.steps += window.length;
  let last: RegExpExecArray | null = null;
  BASELINE_BEFORE_MARK.lastIndex = 0;
  for (let m = BASELINE_BEFORE_MARK.exec(window); m; m = BASELINE_BEFORE_MARK.exec(window))
    last = m;
  if (!last) return againstOpener(text, from, window, to) ?? beatenBefore(text, from, window, to);
  // "Over a week-long trace, …", "Over 1 Gbps links, …": an opening "over" is time, data
  // or a path; it names a system compared with only as a name ("Over AWQ at 4 bits, …").
  if (
    /^over\b/i.test(last[0]) &&
    FRAME_LEAD.test(window.slice(0, last.index)) &&
    !/^[^\s\d]*[A-Z]/.test(window.slice(last.index + last[0].length))
  )
    return null;
  const phrase = readPhrase(text, from + last.index + last[0].length, to, items);
  return phrase && phrase.end <= to ? phrase : null;
}

// The system whose quality the paper's system matches: "reaches the accuracy of full-data
// fine-tuning", "the same validation loss as AdamW", "GRPO's final accuracy", "matches full
// Adam", "performs comparably to fine-tuning with backpropagation".
const LEVEL_VERB = alternation(LEVEL_VERBS);
const PARITY_LEVEL = alternation(PARITY_LEVELS);
// "matched", "matching" as adjectives ("at matched quality", "flow-matching") are no verbs.
const VERB_START = String.raw`(?<![\w-])(?<!\b(?:at|with|under|of)\s)`;
// Found from its rarer end: each " of " or " as " in the sentence, a level noun right before
// it ("the accuracy of", "the same loss as"), then the verb before that.
const LEVEL_WORD = exactRegex(PARITY_LEVELS);
const LEVEL_BEFORE = new RegExp(
  String.raw`${VERB_START}(?:${LEVEL_VERB})\s+(?:(?:or|and)\s+[a-z]+\s+)?(?:(?:at\s+least|about|over|roughly|nearly|up\s+to)\s+)?(?:\d[\d.]*\s*%\s+of\s+)?the\s+(?:(?:same|comparable|similar|matching)\s+)?(?:[\w-]+\s+){0,2}?$`,
  'i',
);
const OF_OR_AS = /\s(?:of|as)\s/g;
const LEVEL_OWNER = new RegExp(
  String.raw`${VERB_START}(?:${LEVEL_VERB})\s+((?:[\w.-]+\s+){0,3}?[\w.-]+)['’]s\s+(?:[\w-]+\s+){0,2}?(?:${PARITY_LEVEL}|throughput|speed)\b`,
  'gi',
);
const PARITY_DIRECT = new RegExp(
  String.raw`${VERB_START}(?:(${alternation(BEATING_VERBS)})|${alternation(PARITY_VERBS)})\s+(?:(?:or|and)\s+(?:surpass|exceed|outperform|beat)\w*\s+)?(?=[A-Za-z])`,
  'gi',
);
/** "the same", "the accuracy", "the target loss": a level, not a system (read by LEVEL_OF). */
const NOT_SYSTEM_FIRST =
  /^(?:the\s+(?:same|target|final|peak)\b|up\b|or\b|and\b|all\b|any\b|it\b|them\b|its\b)/i;
const SUPERLATIVE = /\b(?:best|highest|lowest|most|[a-z]{3,}est)\b/i;
const LEVEL_TAIL = new RegExp(String.raw`(?:\s+(?:${PARITY_LEVEL}|throughput))+$`, 'i');
/** Where a matched system's name ends: its margin ("within 0.4 points") or a bracket. */
const PARITY_END = /\s+(?:within\b|\().*$/is;

// A cheap guard: the direct pattern runs only in a sentence that holds one of its verbs.
const DIRECT_HINT = /match|rival|equal|comparabl|on par|outperform|surpass|beat/gi;

/** Where the word that ends at `end` starts (letters, digits, "-", "@"). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (!(isUpper(c) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 64))
      break;
    i--;
  }
  return i;
}

/** A matched system, and whether it was beaten ("outperforms X") rather than matched. */
export interface ParityFound extends Found {
  beaten: boolean;
}

/**
 * Every system named as the one whose quality the paper's system matches, in a sentence:
 * claims with no baseline of their own take the last one before them.
 */
export function parityBaselines(text: string, from: number, to: number): ParityFound[] {
  const window = text.slice(from, to);
  work.steps += window.length;
  const out: ParityFound[] = [];
  const add = (at: number, limit: number, beaten: boolean) => {
    const phrase = readPhrase(text, at, limit, 1);
    if (!phrase || SUPERLATIVE.test(text.slice(Math.max(from, at - 30), at))) return;
    const cut = phrase.text.replace(PARITY_END, '').replace(LEVEL_TAIL, '');
    if (cut) out.push({ text: cut, start: phrase.start, end: phrase.end, beaten });
  };
  OF_OR_AS.lastIndex = 0;
  for (let m = OF_OR_AS.exec(window); m; m = OF_OR_AS.exec(window)) {
    // The word before (two for "success rate"), read by hand: a pattern anchored at the end
    // of a slice is tried at every character of it.
    const end = m.index;
    let nounAt = wordStart(window, end);
    const word = window.slice(nounAt, end);
    if (!LEVEL_WORD.test(word)) {
      const before = wordStart(window, nounAt - 1);
      if (before >= nounAt - 1 || !LEVEL_WORD.test(window.slice(before, end))) continue;
      nounAt = before;
    }
    if (!LEVEL_BEFORE.test(window.slice(Math.max(0, nounAt - 90), nounAt))) continue;
    const at = from + m.index + m[0].length;
    add(at, Math.min(to, at + 100), false);
  }
  LEVEL_OWNER.lastIndex = 0;
  if (window.includes("'s ") || window.includes('’s '))
    for (let m = LEVEL_OWNER.exec(window); m; m = LEVEL_OWNER.exec(window)) {
      const owner = m[1] as string;
      const at = from + m.index + m[0].indexOf(owner, m[0].search(/\s/));
      const t = tidyPhrase(owner);
      if (t && !NOT_SYSTEM_FIRST.test(owner))
        out.push({ text: t, start: at, end: at + owner.length, beaten: false });
    }
  // Each verb's first letters, found by a plain scan; the full pattern is tried from a few
  // words before it ("performs comparably to").
  DIRECT_HINT.lastIndex = 0;
  let next = 0;
  for (let h = DIRECT_HINT.exec(window); h; h = DIRECT_HINT.exec(window)) {
    if (h.index < next) continue;
    const s0 = Math.max(next, h.index - 12);
    PARITY_DIRECT.lastIndex = 0;
    const m = PARITY_DIRECT.exec(window.slice(s0, h.index + 60));
    if (!m || s0 + m.index > h.index) continue;
    next = s0 + m.index + m[0].length;
    DIRECT_HINT.lastIndex = next;
    const at = from + next;
    if (NOT_SYSTEM_FIRST.test(text.slice(at, at + 12))) continue;
    if (out.some((f) => f.start === at)) continue;
    add(at, Math.min(to, at + 100), m[1] !== undefined);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Splits "A, B and C" into its items. */
export function listItems(phrase: string): string[] {
  return phrase
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

// Each condition starts with a digit ("32K tokens context", "8-bit weights") or with
// a letter ("batch size 64", "FP8", "tensor parallelism"), never either. Grouped so,
// behind one "(?=\d)" test, the scan tries only one group at each place (about a
// third faster); inside a group the order is kept, as the earlier branch wins where
// two match at one place ("4K tokens context" is one condition, not "4K tokens").
const CONDITIONS_FROM_DIGIT = [
  String.raw`\b\d[\d.]*[KkM][- ]tokens?\s+(?:context|prompts?|prefix(?:es)?|sequences?|inputs?)\b`,
  String.raw`\b\d[\d.]*[KkM]\s+(?:context|tokens)\b`,
  String.raw`\b\d{1,2}-bit\s+(?:precision|quantization|weights|activations|KV cache|inference|training)\b`,
  String.raw`\b\d+D\s+parallelism\b`,
  String.raw`\b\d[\d,]*-(?:GPU|node|accelerator|chip|device)\s+scale(?:\s*\([^)]{1,40}\))?`,
  String.raw`\b\d{3,4}p\b`,
];
const CONDITIONS_FROM_LETTER = [
  String.raw`\b(?:sequence|context|prompt|input)\s+lengths?\s+(?:of\s+)?(?:up\s+to\s+)?\d[\d,.]*[KkM]?\b`,
  String.raw`\bbatch\s+sizes?\s+(?:of\s+)?(?:up\s+to\s+)?\d+\b`,
  String.raw`\b(?:NVFP4|MXFP[468]|FP4|FP6|FP8|FP16|BF16|FP32|INT[248]|W\dA\d{1,2})(?:\s+(?:precision|quantization|weights|training|inference))?\b`,
  String.raw`\b(?:tensor|pipeline|data|expert|context|sequence|hybrid)\s+parallelism\b`,
];
const CONDITIONS = new RegExp(
  String.raw`\b(?=\d)(?:${CONDITIONS_FROM_DIGIT.join('|')})|${CONDITIONS_FROM_LETTER.join('|')}`,
  'gi',
);

/** Every condition phrase in [from, to): a sentence is scanned once, its claims pick from the result. */
export function findConditions(text: string, from: number, to: number): Found[] {
  const out: Found[] = [];
  const window = text.slice(from, to);
  work.steps += window.length;
  CONDITIONS.lastIndex = 0;
  for (let m = CONDITIONS.exec(window); m; m = CONDITIONS.exec(window)) {
    out.push({
      text: m[0].includes('  ') || m[0].includes('\n') ? m[0].replace(/\s+/g, ' ') : m[0],
      start: from + m.index,
      end: from + m.index + m[0].length,
    });
  }
  return out;
}

/** Index of the first item starting at or after `pos` (items sorted by start). */
export function firstStartingAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tells whether a span overlaps any of `spans` in O(log n): spans sorted by
 * start, with the running maximum of their ends.
 */
export function overlapIndex(spans: readonly Found[]): (start: number, end: number) => boolean {
  // Usually already in order: then no copy and no sort (a stable sort would return it as it is).
  let ordered = true;
  for (let i = 1; i < spans.length && ordered; i++)
    ordered = (spans[i - 1] as Found).start <= (spans[i] as Found).start;
  const sorted = ordered ? spans : [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const s of sorted) {
    m = Math.max(m, s.end);
    maxEnd.push(m);
  }
  return (start, end) => {
    const before = firstStartingAt(sorted, end);
    return before > 0 && (maxEnd[before - 1] as number) > start;
  };
}

/**
 * The condition phrases wholly inside [from, to) that are not `excluded` (the
 * baselines' words, other claims' numbers). `found` is sorted by start, so only
 * the phrases in the range are visited.
 */
export function conditionsIn(
  found: readonly Found[],
  excluded: readonly boolean[],
  from: number,
  to: number,
): string[] {
  const out: string[] = [];
  for (let i = firstStartingAt(found, from); i < found.length; i++) {
    const f = found[i] as Found;
    work.steps++;
    if (f.start >= to) break;
    if (f.end > to || excluded[i]) continue;
    out.push(f.text);
  }
  return out;
}
