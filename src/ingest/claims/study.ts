// A document-level reading: is the abstract a measurement study or a benchmark
// of other people's systems? Then "llama.cpp decodes 1.7x faster than MLC-LLM"
// and "tuning two knobs improves goodput by 60%" are what the authors measured,
// not what they built, and are no claims of theirs. A study that goes on to
// propose something of its own ("guided by these findings, we deploy a
// placement that improves throughput by 9%") claims what follows the proposal,
// and a result the authors get themselves ("we achieve a 4.5x speedup") stays
// theirs anywhere.
import { WORD_NUMBER_SOURCE } from './numbers';
import {
  COUNTED_STUDY_VERB_SOURCE,
  STUDY_PHRASES,
  MEASURED_SYSTEM_SOURCE,
  MEASURING_VERB_SOURCE,
  NOT_DESIGN_VERB_SET,
  OTHERS_MODEL_SOURCE,
  OTHERS_WORK_SOURCE,
  OWN_RESULT_VERB_SOURCE,
  OWN_THING_SOURCE,
  PUBLISHED_SOURCE,
  PROPOSAL_VERB_SOURCE,
  STUDY_ARTIFACT_SOURCE,
  STUDY_PHRASE_SOURCE,
  STUDIED_THING_SOURCE,
  STUDY_RECORD_SOURCE,
  STUDY_VERB_SOURCE,
} from './lexicon/study';
import {
  STUDY_TITLE_GERUND_SOURCE,
  STUDY_TITLE_KIND_SOURCE,
  STUDY_TITLE_NAME_SOURCE,
  STUDY_TITLE_IMPROVING_SOURCE,
  STUDY_TITLE_OWN_WORK_SOURCE,
  STUDY_TITLE_QUESTION_SOURCE,
} from './lexicon/study-titles';
import { has, landmark, landmarksIn, positions } from './landmarks';
import { clauseStart, type Span } from './sentences';
import { work } from './work';
import { isWordChar } from './words';

const COUNT = String.raw`(?:\d+|${WORD_NUMBER_SOURCE}|several|many|dozens\s+of)`;
const ADJECTIVES = String.raw`(?:[\w-]+\s+){0,4}?`;

// The branches of the study cue, in the order they are tried.
const PHRASE_BRANCH = String.raw`\b(?:${STUDY_PHRASE_SOURCE})\b`;
// "we build a replay harness and use it to evaluate five popular schedulers"
const USE_IT_TO = String.raw`\buse[sd]?\s+(?:it|them)\s+to\s+`;
// "… and use it to run the first broad study of the inference landscape": the tool serves a study.
const WE_USE_IT_BRANCH = String.raw`\bwe\s+(?:[^.;]|\.\d){0,160}?${USE_IT_TO}(?:(?:${MEASURING_VERB_SOURCE})\s+(?:the\s+)?${COUNT}\s+${ADJECTIVES}(?:${MEASURED_SYSTEM_SOURCE})|(?:run|conduct|perform|carry\s+out)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:study|evaluation|comparison|characteri[sz]ation|survey)\s+of)\b`;
// "In this paper we treat the loader as a component, describe it, and benchmark seven
// loading libraries": the measuring verb is the last of a "we" sentence's coordinated verbs.
const AND_LATER = String.raw`\bwe\s+(?:[^.;]|\.\d){0,160}?(?:,\s*|\s)and\s+(?:then\s+)?`;
const WE_AND_LATER_BRANCH = String.raw`${AND_LATER}(?:${MEASURING_VERB_SOURCE})\s+(?:the\s+)?${COUNT}\s+(?:(?:recently|previously|widely)\s+)?(?:(?:${PUBLISHED_SOURCE})\s+)?${ADJECTIVES}(?:${MEASURED_SYSTEM_SOURCE})\b`;
// "we … carry out a comprehensive evaluation of 17 data reduction methods": the measuring
// verb as a noun after a verb of doing.
const WE_CARRY_OUT_BRANCH = String.raw`\bwe\s+(?:[^.;]|\.\d){0,120}?\b(?:carry\s+out|conduct|perform)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:evaluation|comparison|benchmark|study|analysis)\s+of\s+(?:the\s+)?${COUNT}\s+${ADJECTIVES}(?:${MEASURED_SYSTEM_SOURCE})\b`;
/** Branches that start at "we". */
const WE_BRANCHES = [
  // "we re-implement the node-wise, layer-wise and subgraph samplers": others' methods,
  // rebuilt to compare them ("we reimplement the attention kernel" is one's own work, and so
  // is what is re-implemented "as" something new: "we re-implement part of the PyTorch
  // operations as CUDA kernels" ports them).
  String.raw`\bwe\s+(?:${STUDY_VERB_SOURCE})\s+(?:(?!\bas\s)[^.;]|\.\d){0,80}?\b(?:${STUDIED_THING_SOURCE}|${MEASURED_SYSTEM_SOURCE})\b`,
  String.raw`\bwe\s+(?:${MEASURING_VERB_SOURCE})\s+(?:the\s+)?${COUNT}\s+${ADJECTIVES}(?:${MEASURED_SYSTEM_SOURCE})\b`,
  WE_AND_LATER_BRANCH,
  WE_USE_IT_BRANCH,
  WE_CARRY_OUT_BRANCH,
  // "we measure board power and server energy … of six models"
  String.raw`\bwe\s+(?:[\w-]+ly\s+)?(?:${COUNTED_STUDY_VERB_SOURCE})\w*\s+(?:[^.;]|\.\d){0,120}?\b(?:\d[\d,.]*(?:\s+(?:thousand|million|billion))?|${WORD_NUMBER_SOURCE})\s+(?:[\w-]+\s+){0,4}?(?:${STUDIED_THING_SOURCE})\b`,
  String.raw`\bwe\s+(?:${MEASURING_VERB_SOURCE})\s+(?:the\s+)?${COUNT}\s+(?:${OTHERS_MODEL_SOURCE})\s+${ADJECTIVES}models\b`,
  // "we measure frame rate and power … for several published rendering pipelines", "we
  // evaluate prompt caching across three commercial providers": what is measured, then a
  // count of others' work, published, sold or popular, whatever it is called ("we evaluate
  // our router on three commercial APIs" measures the paper's own).
  String.raw`\bwe\s+(?:[\w-]+ly\s+)?(?:${MEASURING_VERB_SOURCE}|${COUNTED_STUDY_VERB_SOURCE})\w*\s+(?:(?!our\b)[^.;]|\.\d){0,120}?\b(?:of|for|on|across|over)\s+(?:the\s+)?${COUNT}\s+(?:(?:recently|previously|widely)\s+)?(?:${PUBLISHED_SOURCE}|${OTHERS_WORK_SOURCE})\b`,
  // "we first characterise the trade-off … in existing SSD-based indexes": a verb that only
  // measures, then systems that exist already ("we evaluate … on existing benchmarks" is no
  // cue: evaluating is also what a paper does to its own system).
  String.raw`\bwe\s+(?:(?:first|then|also|further|[\w-]+ly)\s+)?(?:${COUNTED_STUDY_VERB_SOURCE})\w*\s+(?:(?!our\b)[^.;]|\.\d){0,120}?\b(?:of|for|on|across|over|in)\s+(?:the\s+)?(?:existing|current|today's|off-the-shelf|state-of-the-art|prior)\s+${ADJECTIVES}(?:${STUDIED_THING_SOURCE}|${MEASURED_SYSTEM_SOURCE}|indexes|indices|designs|pipelines)\b`,
  // "we survey 14 published VLA designs", "we audit 30 reported kernels": a count of work
  // others published, whatever it is called.
  String.raw`\bwe\s+(?:${MEASURING_VERB_SOURCE})\s+(?:the\s+)?${COUNT}\s+(?:(?:recently|previously|widely)\s+)?(?:${PUBLISHED_SOURCE})\b`,
  // "we release OpenTrace-DL, a trace of 2.1 million jobs": a record of others' jobs or
  // requests to measure with ("a dataset of 10,000 prompts" may come with a model of the
  // paper's own, and an analytical model may explore its own designs: neither is a cue).
  String.raw`\bwe\s+(?:release|present|introduce|publish|collect)\s+(?:[\w-]+,\s+)?(?:an?\s+|the\s+|our\s+)?(?:(?:open|public|large-scale|new)\s+)*(?:[\w-]+\s+)?(?:trace|dataset|corpus|log|collection)\s+of\s+(?:\d[\d.,]*\s+(?:(?:thousand|million|billion)\s+)?|${COUNT}\s+)(?:[\w-]+\s+){0,3}?(?:${STUDY_RECORD_SOURCE})\b`,
  String.raw`\bwe\s+(?:analy[sz]e|collect|instrument\w*|replay|present\s+statistics\s+from)\s+(?:\d[\d.,]*(?:\s+(?:thousand|million|billion))?|${COUNT})\s+(?:[\w-]+\s+){0,2}?(?:${STUDY_RECORD_SOURCE})\b`,
];
// "among the existing loaders we measure, …": starts at the systems, before "we".
const SYSTEMS_SOURCE = String.raw`\b(${MEASURED_SYSTEM_SOURCE})\s+(?:that\s+)?`;
const SYSTEMS_WE_TAIL = String.raw`we\s+(?:${MEASURING_VERB_SOURCE}|benchmark|tri|test)(?:e?d)?\b`;

/** The words that make an abstract a study; the first match is shown by `npm run explain`. */
const STUDY_CUE = new RegExp(
  [PHRASE_BRANCH, ...WE_BRANCHES, SYSTEMS_SOURCE + SYSTEMS_WE_TAIL].join('|'),
  'i',
);

// The same branches, the "we" ones tried only at a "we" (studyCue below): the
// case-blind pattern of seven branches scanning the whole abstract cost a tenth of
// the extractor's time, and the phrases alone scan it in about a third of that.
// A phrase starts at its first word, which the abstract's landmarks (landmarks.ts, one
// scan shared with the lexer) list the places of: the phrase is tried there only.
// A first word shorter than five letters ("we audit", "this paper reports on", "test
// this assumption") is too common to register: the phrase's longest word is registered
// instead, and only where that occurs are the places of its first word looked up in the
// lower-cased text. A word is literal up to a trailing "*" (lexicon/build.ts), so its
// literal part must occur wherever it matches.
const literal = (word: string) => (word.endsWith('*') ? word.slice(0, -1) : word);
const phraseWords = STUDY_PHRASES.map((p) => p.split(' ').map(literal));
const PHRASE_STARTS = landmark(
  phraseWords.filter((w) => (w[0] as string).length >= 5).map((w) => w[0] as string),
  { anyCase: true, positions: true },
);
const SHORT_FIRST = phraseWords
  .filter((w) => (w[0] as string).length < 5)
  .map((w) => ({
    first: (w[0] as string).toLowerCase(),
    longest: landmark([w.reduce((a, b) => (b.length > a.length ? b : a))], { anyCase: true }),
  }));
const PHRASE_Y = new RegExp(PHRASE_BRANCH, 'iy');

/**
 * The first match of the phrase branch: it is tried at each place a phrase can start,
 * in text order, so the first success is the match a scan of the whole text finds first.
 */
function firstPhrase(text: string, lower: string): Span | null {
  const marks = landmarksIn(text);
  let places = positions(marks, PHRASE_STARTS);
  for (const { first, longest } of SHORT_FIRST) {
    if (!has(marks, longest)) continue;
    const more: number[] = [];
    for (let at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) more.push(at);
    if (more.length > 0) places = [...new Set([...places, ...more])].sort((a, b) => a - b);
  }
  for (const at of places) {
    PHRASE_Y.lastIndex = at;
    const m = PHRASE_Y.exec(text);
    if (m) return spanOf(m);
  }
  return null;
}
// Three branches read ahead lazily from the "we" (up to 160, 160 or 120 characters of its
// clause, trying their words at each one) and cost more than all the others together;
// each is left out where its words cannot follow in the clause: "use it to" anywhere after
// the "we"; "carry out", "conduct" or "perform", or an "and" before a measuring verb,
// before the clause ends (none of these branches reads past a ";" or a "." that no digit
// follows). The branches kept stay in their order, so a match is the one the whole
// pattern finds.
const LAZY_BRANCHES = [WE_USE_IT_BRANCH, WE_AND_LATER_BRANCH, WE_CARRY_OUT_BRANCH];
const WE_AT_BY_LAZY: (RegExp | undefined)[] = [];
function weAt(lazy: number): RegExp {
  let re = WE_AT_BY_LAZY[lazy];
  if (!re) {
    const kept = WE_BRANCHES.filter((b) => {
      const k = LAZY_BRANCHES.indexOf(b);
      return k < 0 || (lazy & (1 << k)) !== 0;
    });
    re = new RegExp(kept.join('|'), 'iy');
    WE_AT_BY_LAZY[lazy] = re;
  }
  return re;
}
const AND_MEASURING_AT = new RegExp(
  String.raw`and\s+(?:then\s+)?(?:${MEASURING_VERB_SOURCE})`,
  'iy',
);
const CARRY_OUT_WORDS = ['carry', 'conduct', 'perform'];

/** Every place in `lower` one of `words` starts, in order. */
function placesOf(lower: string, words: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of words)
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) out.push(at);
  return out.sort((a, b) => a - b);
}

/** Whether a place in sorted `places` lies strictly between `from` and `to`. */
function placeBetween(places: readonly number[], from: number, to: number): boolean {
  for (const p of places) if (p > from) return p < to;
  return false;
}

/** Where the clause of the "we" at `at` ends for the lazy branches: a ";", or a "." no digit follows. */
function clauseStop(text: string, at: number): number {
  let stop = text.indexOf(';', at);
  if (stop < 0) stop = text.length;
  for (let dot = text.indexOf('.', at); dot >= 0 && dot < stop; dot = text.indexOf('.', dot + 1)) {
    const c = text.charCodeAt(dot + 1);
    if (!(c >= 48 && c <= 57)) return dot;
  }
  return stop;
}
const USE_IT_TO_AT = new RegExp(USE_IT_TO, 'iy');

/** Where the first "use it to" at or after `from` starts, or -1. */
function nextUseItTo(text: string, lower: string, from: number): number {
  for (let at = lower.indexOf('use', from); at >= 0; at = lower.indexOf('use', at + 1)) {
    USE_IT_TO_AT.lastIndex = at;
    if (USE_IT_TO_AT.test(text)) return at;
  }
  return -1;
}
/** At a "we": the systems before it, and where they start (group 1's indices). */
const SYSTEMS_BEFORE_WE = new RegExp(`(?<=${SYSTEMS_SOURCE})${SYSTEMS_WE_TAIL}`, 'diy');
const SYSTEMS_WE_AT = new RegExp(SYSTEMS_SOURCE + SYSTEMS_WE_TAIL, 'iy');

const spanOf = (m: RegExpExecArray | null): Span | null =>
  m && { start: m.index, end: m.index + m[0].length };

/**
 * The first match of STUDY_CUE, as that pattern finds it (the leftmost place any
 * branch matches; at one place the earlier branch, though no two branches can start
 * at one place): the phrases by their own scan, the other branches at each "we",
 * where they start or (the systems before "we") end. The lower-cased text only
 * says where "we" is (a
 * case-blind "we" is "we" in it, and a character lowered to an ASCII letter only
 * adds a place to look); each branch is then run on the text itself. When
 * lowering moves characters ("İ" becomes two) the whole pattern runs instead.
 */
function studyCue(text: string): Span | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return spanOf(STUDY_CUE.exec(text));
  const phrase = firstPhrase(text, lower);
  // The next "use it to" after the "we" being tried, found as the "we"s advance.
  let usedItAt = -2;
  // Where an "and" before a measuring verb, and "carry", "conduct" or "perform" stand.
  let andMeasuring: number[] | undefined;
  let carryOut: number[] | undefined;
  let we: Span | null = null;
  let systems: Span | null = null;
  for (let at = lower.indexOf('we'); at >= 0 && (we === null || systems === null); ) {
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) {
      if (we === null) {
        if (usedItAt !== -1 && usedItAt <= at) usedItAt = nextUseItTo(text, lower, at + 1);
        if (andMeasuring === undefined) {
          andMeasuring = placesOf(lower, ['and']).filter((p) => {
            AND_MEASURING_AT.lastIndex = p;
            return AND_MEASURING_AT.test(text);
          });
          carryOut = placesOf(lower, CARRY_OUT_WORDS);
        }
        const stop = clauseStop(text, at + 2);
        const re = weAt(
          (usedItAt > at ? 1 : 0) |
            (placeBetween(andMeasuring, at, stop) ? 2 : 0) |
            (placeBetween(carryOut as number[], at, stop) ? 4 : 0),
        );
        re.lastIndex = at;
        we = spanOf(re.exec(text));
      }
      SYSTEMS_BEFORE_WE.lastIndex = at;
      const m = systems === null ? SYSTEMS_BEFORE_WE.exec(text) : null;
      if (m) {
        // The 'd' flag gives every match its indices.
        SYSTEMS_WE_AT.lastIndex = ((m.indices as RegExpIndicesArray)[1] as [number, number])[0];
        systems = spanOf(SYSTEMS_WE_AT.exec(text));
      }
    }
    at = lower.indexOf('we', at + 1);
  }
  // In branch order, so that the earlier branch wins a tie.
  let first: Span | null = null;
  for (const s of [phrase, we, systems])
    if (s && (first === null || s.start < first.start)) first = s;
  return first;
}

/** The paper puts forward something of its own, not another benchmark or checklist. */
const PROPOSAL = new RegExp(
  String.raw`\b(?:we|this\s+(?:paper|work))\s+(?:\w+\s+){0,2}?(?:${PROPOSAL_VERB_SOURCE})\b(?!(?:\s+(?!(?:which|that|and|to)\b)[\w-]+,?){0,4}?\s+(?:${STUDY_ARTIFACT_SOURCE})\b)` +
    String.raw`|\b(?:guided|motivated|informed|inspired)\s+by\s+(?:these|this|our|the)\s+(?:\w+\s+)?(?:findings|insights|observations|analysis|results)\b` +
    String.raw`|\bbased\s+on\s+(?:these|this|our)\s+(?:\w+\s+)?(?:findings|insights|observations|analysis)\b`,
  'gi',
);

/**
 * The paper names something of its own: "a configuration we call Frugal", "a policy,
 * which we dub KeepTwo", "a hybrid, dubbed PinMix". Case matters: a capital starts the name
 * ("what we call the long tail" names nothing).
 */
const COINED = /\b(?:[Ww]e\s+(?:call|dub|name|term)|dubbed)\s+(?:it\s+|them\s+)?[A-Z][\w-]*/;

/** "we achieve …", "our prototype cuts …": a result of the authors' own, even in a study. */
const OWN_RESULT = new RegExp(
  String.raw`\bwe\s+(?:\w+\s+){0,2}?(?:${OWN_RESULT_VERB_SOURCE})\b|\bour\s+(?:[\w-]+\s+)?(?:${OWN_THING_SOURCE})(?:s|es)?\b`,
  'i',
);

export interface StudyReading {
  /** The words that make the abstract a study, or null when it is none. */
  cue: Span | null;
  /** The words of the paper's title that name it a study ("… : An Empirical Study"), or null. */
  title: Span | null;
  /** Where the paper first proposes something of its own (a sentence start), or null. */
  ownFrom: number | null;
}

export const NOT_A_STUDY: StudyReading = { cue: null, title: null, ownFrom: null };

/** Read once per abstract, and only when it has a claim to judge. */
export function readStudy(text: string, sentences: readonly Span[], title = ''): StudyReading {
  work.steps += text.length + title.length;
  const cue = studyCue(text);
  const titleCue = studyTitle(title);
  if (cue === null && titleCue === null) return NOT_A_STUDY;
  PROPOSAL.lastIndex = 0;
  const p = PROPOSAL.exec(text);
  const coined = COINED.exec(text);
  const at = p && coined ? Math.min(p.index, coined.index) : (p ?? coined)?.index;
  const proposed =
    at === undefined ? null : (sentences.find((x) => x.start <= at && at < x.end)?.start ?? at);
  const named = namedDesign(text, sentences);
  const ownFrom = proposed === null ? named : named === null ? proposed : Math.min(proposed, named);
  return { cue, title: titleCue, ownFrom };
}

/** Where a title or its subtitle starts. */
const TITLE_PART = String.raw`(?:^|[:?]\s+)`;
/** The kind noun ends its phrase: "A Study of …", "An Empirical Study", not "Evaluation Jobs". */
const KIND_ENDS = String.raw`(?=\s*$|[:,?;.]|\s+(?:of|on|for|at|across|with|and|in|under|over|from|to|beyond|into|via)\b)`;
/**
 * A title's study cue: its opening gerund or its subtitle's, the kind of paper named where
 * either starts, a name for its kind anywhere, or a title or subtitle that is one question
 * and ends the title ("How Fast Is …?", "OfficeSim: Can Agents Do a Week of Work?").
 */
const STUDY_TITLE = new RegExp(
  String.raw`${TITLE_PART}(?:${STUDY_TITLE_GERUND_SOURCE})\b` +
    String.raw`|${TITLE_PART}(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?|[\w'’-]+\s+)?(?:${STUDY_TITLE_KIND_SOURCE})${KIND_ENDS}` +
    String.raw`|(?<![\w-])(?:${STUDY_TITLE_NAME_SOURCE})(?![\w-])` +
    String.raw`|(?:^|:\s+)(?:${STUDY_TITLE_QUESTION_SOURCE})\s[^?:]*\?\s*$`,
  'i',
);

/**
 * The words of a title that say what the paper is: a survey, a benchmark, an empirical,
 * profiling or measurement study ("Benchmarking …", "… : An Empirical Study", "A
 * Practitioner's Map of …", "How Fast Is …?"). Evidence like a study phrase of the
 * abstract's, read with the same reach: a proposal of the paper's own ends it.
 */
export function studyTitle(title: string): Span | null {
  if (title === '') return null;
  const m = STUDY_TITLE.exec(title);
  if (m === null || OWN_WORK_IN_TITLE.test(title.slice(m.index + m[0].length))) return null;
  return spanOf(m);
}

/**
 * After the study's words, the paper's own work named beside it: "… Study and a Compact
 * English Model", "… Study and a Faster System", "… Benchmark with a Simple Fix".
 */
// "Profiling and Accelerating MLP-Based NeRFs", "Characterizing and Optimizing …": a study
// gerund coordinated with a gerund of making the studied thing better is a method's title.
const OWN_WORK_IN_TITLE = new RegExp(
  String.raw`^[^:?]*?\b(?:and|with|plus)\s+(?:a|an|our|one)\s+(?:[\w'’-]+\s+){0,3}?(?:${STUDY_TITLE_OWN_WORK_SOURCE})\b|^\s*(?:,\s*|\s+and\s+)(?:[\w-]+,\s+)*(?:and\s+)?(?:${STUDY_TITLE_IMPROVING_SOURCE})\b`,
  'i',
);

const FIGURE = /\d\s*(?:[x×%]|times\b)|\b(?:twice|half|doubles?|halves?)\b/i;

const OPENING_WORD =
  /^(?:the|this|these|those|that|a|an|our|its|their|each|every|both|all|such|some|most|many|it|they|we|there|here|one|two|three|for|in|on|at|with|by|from|across|under|over|after|before|during|without|unlike|like|among|as|when|while|if|to)$/i;

/** A sentence that opens with a name and what it does: "GreenSage lowers the GPU clock …". */
const NAME_THEN_VERB =
  /^([A-Z][\w.+-]*)\s+(?:(?:either|first|then|also|further|instead|now)\s+)?([a-z]+s)\b/;

/**
 * Where the paper's own system first appears by name, doing something: a
 * sentence that opens with a coined name (a capital inside it, a digit, or the
 * name written again later in the text) and a verb of what it does, not of a
 * result a measured system got ("Milvus achieves …", or any figure in the
 * sentence) or of what a benchmark holds ("EchoBench contains …").
 */
function namedDesign(text: string, sentences: readonly Span[]): number | null {
  for (const s of sentences) {
    const m = NAME_THEN_VERB.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (!m || NOT_DESIGN_VERB_SET.has((m[2] as string).toLowerCase())) continue;
    // "The measurements show …", "These results hold …": a word that opens any sentence
    // is no coined name, even when the text writes it again.
    if (OPENING_WORD.test(m[1] as string)) continue;
    // "StoreX sustains 2.3x higher throughput": a measured result, not a design.
    if (FIGURE.test(text.slice(s.start, s.end))) continue;
    const name = m[1] as string;
    if (/[A-Z\d]/.test(name.slice(1)) || writtenAgain(text, name, s.start + name.length))
      return s.start;
  }
  return null;
}

/** The name written again as a whole word ("Data" is not written again in "DataLoader"). */
export function writtenAgain(text: string, name: string, from: number): boolean {
  for (let at = text.indexOf(` ${name}`, from); at >= 0; at = text.indexOf(` ${name}`, at + 1)) {
    const after = text.charCodeAt(at + 1 + name.length);
    if (!isWordChar(after) && after !== 45) return true;
  }
  return false;
}

/** How far back the clause of a figure is read for an own result. */
const OWN_REACH = 200;

/**
 * True when a figure of a study is the authors' measurement of someone else's
 * system: the abstract is a study, the figure comes before any proposal of the
 * paper's own, and its clause does not say the authors got it themselves.
 */
export function measuredNotOurs(
  text: string,
  study: StudyReading,
  sentence: Span,
  figureStart: number,
): boolean {
  if (study.cue === null && study.title === null) return false;
  if (study.ownFrom !== null && sentence.start >= study.ownFrom) return false;
  const from = clauseStart(text, Math.max(sentence.start, figureStart - OWN_REACH), figureStart);
  return !OWN_RESULT.test(text.slice(from, figureStart));
}
