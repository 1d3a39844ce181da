// The claims extractor: every quantitative performance claim in an abstract,
// with its evidence span, normalized factor and context, plus the accelerators
// the abstract names. Pure: a string in, values out. The stages, in order, are
// described in README.md beside this file.
import { type Draft, type RuledClaim, withContext } from './attach';
import { disjoint, dropRestated, fromDecision, fromPair } from './assemble';
import { classify, type Decision } from './classify';
import { comparedLevels } from './compared';
import { findHardware, hardwareNames } from './hardware';
import { type Item, resolveLists } from './lists';
import { findMentions, type Mention, type SkippedNumber } from './mentions';
import { classifyPair, mergePairs, type PairClaim } from './pairs';
import type { RuleName, Verdict } from './rules';
import { plainMath } from './numbers';
import { sentenceIndexAt, splitSentences, type Span } from './sentences';
import { measuredNotOurs, NOT_A_STUDY, readStudy, type StudyReading, writtenAgain } from './study';
import { indexWordsIn, isWordChar } from './words';
import { work } from './work';

/** How far back a claim's kind reads its clause (characters). */
const LEAD = 200;

export interface ExtractedClaims {
  claims: RuledClaim[];
  /** Accelerators named anywhere in the text, normalized, without counts, in first-seen order. */
  hardware: string[];
}

/** One number the extractor looked at, and what became of it. */
export interface NumberTrace {
  start: number;
  end: number;
  text: string;
  rule: RuleName;
  verdict: Verdict;
  /** The claim it is part of, when it is one. */
  claim: RuledClaim | null;
}

export interface TracedClaims extends ExtractedClaims {
  /** Every number seen, in text order. */
  numbers: NumberTrace[];
  /** Whether the abstract reads as a measurement study (study.ts), and where its own work starts. */
  study: StudyReading;
}

/** What the extractor may know of the paper besides its abstract. */
export interface PaperContext {
  /**
   * The paper's title: "… : An Empirical Study", "Benchmarking …" say the abstract's
   * figures may be the measured systems' (study.ts); scanned once per paper.
   */
  title?: string;
}

/** An abstract and its paper's title, as the dataset build hands them to the extractor. */
export interface ClaimsInput {
  abstract: string;
  title: string;
}

export function extractClaims(abstract: string, paper: PaperContext = {}): ExtractedClaims {
  return run(abstract, paper.title ?? '', null);
}

/** extractClaims, plus the rule that accepted or rejected every number in the text. */
export function traceClaims(abstract: string, paper: PaperContext = {}): TracedClaims {
  const skipped: SkippedNumber[] = [];
  const numbers: NumberTrace[] = [];
  const trace: Trace = { skipped, numbers, study: NOT_A_STUDY };
  const result = run(abstract, paper.title ?? '', trace);
  for (const s of skipped)
    numbers.push({ ...s, text: abstract.slice(s.start, s.end), verdict: 'reject', claim: null });
  numbers.sort((a, b) => a.start - b.start);
  return { ...result, numbers, study: trace.study };
}

interface Trace {
  skipped: SkippedNumber[];
  numbers: NumberTrace[];
  study: StudyReading;
}

function run(written: string, title: string, trace: Trace | null): ExtractedClaims {
  // Inline LaTeX ("2.03$\times$ speedup") is read as the signs it stands for; spans are
  // mapped back onto the text as written.
  const math = plainMath(written);
  if (math === null) return read(written, title, trace);
  const result = read(math.text, title, trace);
  const at = (k: number) => math.from[k] ?? written.length;
  const upTo = (k: number) => (k > 0 ? (math.to[k - 1] ?? written.length) : 0);
  for (const c of result.claims) {
    c.start = at(c.start);
    c.end = upTo(c.end);
    c.text = written.slice(c.start, c.end);
  }
  if (trace) {
    for (const t of trace.numbers) {
      t.start = at(t.start);
      t.end = upTo(t.end);
      t.text = written.slice(t.start, t.end);
    }
    for (const s of trace.skipped) {
      s.start = at(s.start);
      s.end = upTo(s.end);
    }
  }
  return result;
}

function read(abstract: string, title: string, trace: Trace | null): ExtractedClaims {
  const hardware = findHardware(abstract);
  const mentions = findMentions(abstract, trace?.skipped);
  if (mentions.length === 0) return { claims: [], hardware: hardwareNames(hardware) };
  // Split only once there is a figure to read: a fifth of abstracts have none.
  const sentences = splitSentences(abstract);
  const withNumbers: Span[] = [];
  for (const m of mentions) {
    const s = sentences[sentenceIndexAt(sentences, m.start)] as Span;
    if (withNumbers[withNumbers.length - 1] !== s) withNumbers.push(s);
  }
  const idx = indexWordsIn(abstract, withNumbers);

  const items: Item[] = [];
  const pairs = new Map<Item, PairClaim>();
  let floor = 0;
  let claimFloor = 0;
  let lastSentence = -1;
  for (const m of mentions) {
    const s = sentenceIndexAt(sentences, m.start);
    const sentence = sentences[s] as Span;
    if (s !== lastSentence) {
      floor = sentence.start;
      claimFloor = sentence.start;
    }
    lastSentence = s;
    if (m.type === 'pair') {
      const prevItem = items[items.length - 1];
      const prevPair = prevItem && prevItem.sentence === s ? (pairs.get(prevItem) ?? null) : null;
      const p = classifyPair(abstract, idx, m, sentence, floor, prevPair, claimFloor);
      const claim = 'factor' in p;
      const decision: Decision = {
        status: claim ? 'claim' : 'reject',
        rule: claim ? p.rule : p.reject,
        direction: 'up',
        start: claim ? p.start : m.start,
        end: m.end,
        cue: null,
        verb: null,
        metric: null,
        baseline: null,
      };
      const item = { type: m.type, sentence: s, figureStart: m.start, figureEnd: m.end, decision };
      if (claim) pairs.set(item, p);
      items.push(item);
    } else {
      items.push({
        type: m.type,
        sentence: s,
        figureStart: m.start,
        figureEnd: m.end,
        decision: classify(abstract, idx, m, sentence, floor),
      });
    }
    floor = m.end;
    if ((items[items.length - 1] as Item).decision.status === 'claim') claimFloor = m.end;
  }
  resolveLists(abstract, idx, items);
  judgeStudy(abstract, title, sentences, mentions, items, trace);
  judgeOpening(abstract, sentences, items);
  judgeBackground(abstract, title, sentences, items);
  judgeTraits(abstract, sentences, items);

  const drafts: Draft[] = [];
  const isPair: boolean[] = [];
  const rules: RuleName[] = items.map((item) => item.decision.rule);
  items.forEach((item, i) => {
    if (item.decision.status !== 'claim') return;
    const m = mentions[i] as Mention;
    const pair = pairs.get(item);
    const last = drafts.at(-1);
    const draft = pair
      ? fromPair(m, pair, item.sentence, i)
      : fromDecision(
          m,
          item.decision,
          item.sentence,
          i,
          // The clause before the figure, at most LEAD characters: a long run of figures
          // in one sentence must not make each figure read all of them.
          abstract.slice(
            Math.max((sentences[item.sentence] as Span).start, m.start - LEAD),
            m.start,
          ),
          last?.sentence === item.sentence ? last.kind : null,
          // The claim before, in this sentence or the one before it, for a gain that restates it.
          last !== undefined && last.sentence >= item.sentence - 1 ? last.kind : null,
        );
    if (!draft) {
      rules[i] = 'factor-out-of-range';
      return;
    }
    // "49% MFU, versus 41% for FSDP": the baseline's level after the paper's makes a pair.
    const next = items[i + 1];
    const compared =
      next && next.sentence === item.sentence && next.decision.rule === 'baseline-figure'
        ? comparedLevels(abstract, draft, m, mentions[i + 1] as Mention)
        : null;
    if (compared) {
      compared.mentions.push(i + 1);
      drafts.push(compared);
    } else drafts.push(draft);
    isPair.push(pair !== undefined);
  });
  const dropped: Draft[] | undefined = trace ? [] : undefined;
  const merged = disjoint(
    abstract,
    dropRestated(abstract, sentences, mergePairs(abstract, drafts, isPair), dropped),
    dropped,
  );
  const claims = withContext(abstract, idx, sentences, hardware, merged);
  if (trace) {
    const claimOf = new Map<number, RuledClaim>();
    merged.forEach((d, k) => {
      for (const i of d.mentions) claimOf.set(i, claims[k] as RuledClaim);
    });
    for (const d of dropped ?? [])
      for (const i of d.mentions)
        rules[i] = d.rule === 'restated-claim' ? 'restated-claim' : 'overlapping-span';
    mentions.forEach((m, i) => {
      const claim = claimOf.get(i) ?? null;
      trace.numbers.push({
        start: m.start,
        end: m.end,
        text: abstract.slice(m.start, m.end),
        rule: claim ? claim.rule : (rules[i] as RuleName),
        verdict: claim ? 'claim' : 'reject',
        claim,
      });
    });
  }
  return { claims, hardware: hardwareNames(hardware) };
}

/** The paper's own voice in a sentence: "we", "our", "this paper". */
const OWN_VOICE = /\b(?:we|our|ours|us|this\s+(?:paper|work|study|article|report))\b/i;
/** A coined name: a capital or digit inside a capitalized word ("VoxStream", "Q8Attn"). */
const COINED_NAME = /\b[A-Z][a-z]+[A-Z\d][\w-]*/;
/** A number with a unit letter: "3D", "2D-aware", "4K", "5G". */
const DIMENSION_WORD = /^\d[A-Z](?:-[a-z]+)?$/;
/** The sentence's first word and the one after it. */
const FIRST_WORDS = /^\s*([\w.+-]+)\s+([\w-]*)/;

/**
 * True when the first sentence opens with a coined name: a capital or digit inside
 * its first word ("VoxStream", "W4A8", "FlashAttention-3"), or a capitalized word
 * with a verb after it that the abstract writes again ("Plume cuts …, … Plume").
 */
function opensWithName(abstract: string, first: Span): boolean {
  const m = FIRST_WORDS.exec(abstract.slice(first.start, Math.min(first.end, first.start + 80)));
  if (!m) return false;
  const word = m[1] as string;
  // "3D Gaussian splatting …", "4K video …", "5G links …": a number and a unit letter
  // name a kind of thing, not a system of the paper's.
  if (DIMENSION_WORD.test(word)) return false;
  if (/[A-Z\d]/.test(word.slice(1))) return true;
  return (
    /^[A-Z]/.test(word) &&
    /^[a-z]+(?:s|ed)$/.test(m[2] as string) &&
    writtenAgain(abstract, word, first.end)
  );
}

/**
 * The abstract's first sentence sets the scene when it speaks of no work of the
 * paper's: no "we", "our" or "this paper", and no coined name opening it. Its
 * figures are the world's, a technique's in general or the state of practice
 * ("Programmable switches can sum gradients in the network, halving the traffic",
 * "wide-area links offer two orders of magnitude less bandwidth"): rule
 * scene-setting-figure. It needs a later sentence that turns to the paper's own work
 * and three sentences at least: an abstract of one or two sentences is all result.
 */
function judgeOpening(abstract: string, sentences: readonly Span[], items: Item[]): void {
  const first = sentences[0];
  if (!first || sentences.length < 3) return;
  if (!items.some((item) => item.sentence === 0 && item.decision.status === 'claim')) return;
  work.steps += abstract.length;
  if (OWN_VOICE.test(abstract.slice(first.start, first.end)) || opensWithName(abstract, first))
    return;
  // …and the paper turns to its own work after it, in its voice or by a coined name.
  const rest = abstract.slice(first.end);
  if (!OWN_VOICE.test(rest) && !COINED_NAME.test(rest)) return;
  for (const item of items)
    if (item.sentence === 0 && item.decision.status === 'claim')
      item.decision = { ...item.decision, status: 'reject', rule: 'scene-setting-figure' };
}

const isNameChar = (c: number) => isWordChar(c) || c === 45;

/** The name as a whole word: "FlashWarp" is not in "FlashWarp2" or "Pre-FlashWarp". */
function hasWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!isNameChar(text.charCodeAt(at - 1)) && !isNameChar(text.charCodeAt(at + name.length)))
      return true;
  return false;
}

/** The name a title gives the paper's work before its colon: "FlashWarp: …", "Q8Attn: …". */
const TITLE_NAME = /^([A-Z][\w.+-]*)\s*:/;

/**
 * Before the abstract first names the paper's work (the title's name, "we", "our", "this
 * paper"), its sentences set the scene: "FlashAttention-3 lifted Hopper attention to about
 * 75% of peak …, but its structure does not map onto Blackwell. FlashWarp reorganizes …".
 * Only with a coined name in the title, and a later sentence that uses it or the paper's
 * voice: rule scene-setting-figure, as for the opening sentence.
 */
function judgeBackground(
  abstract: string,
  title: string,
  sentences: readonly Span[],
  items: Item[],
): void {
  if (sentences.length < 3) return;
  const first = items.find((item) => item.decision.status === 'claim');
  if (!first) return;
  const name = TITLE_NAME.exec(title)?.[1];
  if (!name) return;
  // Most abstracts name their work or speak as "we" by their first claim: one look at the
  // text up to it, the name first (an indexOf), settles them.
  const head = abstract.slice(0, (sentences[first.sentence] as Span).end);
  work.steps += head.length;
  if (hasWord(head, name) || OWN_VOICE.test(head)) return;
  let own = -1;
  for (let i = first.sentence + 1; i < sentences.length; i++) {
    const text = abstract.slice((sentences[i] as Span).start, (sentences[i] as Span).end);
    work.steps += text.length;
    if (hasWord(text, name) || OWN_VOICE.test(text)) {
      own = i;
      break;
    }
  }
  if (own <= 0) return;
  for (const item of items)
    if (item.sentence < own && item.decision.status === 'claim')
      item.decision = { ...item.decision, status: 'reject', rule: 'scene-setting-figure' };
}

/**
 * A time met by a share of the items ("responds within 500 ms in over 50% of the
 * interactions", "answers within 2 s for 90% of queries") is how often a bound holds,
 * an attainment, not the system's time (rule slo-attainment).
 */
const BOUND_FOR_SHARE =
  /^\s*(?:in|for|on)\s+(?:(?:over|more\s+than|about|around|nearly|almost|roughly|at\s+least|only|just|under|fewer\s+than|less\s+than)\s+)?(?:\d[\d.]*\s*(?:%|percent)|half|a\s+third|a\s+quarter|three\s+quarters|most)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:requests|queries|interactions|cases|turns|sessions|calls|trials|episodes|samples|inputs|utterances|frames|jobs|tasks|prompts|conversations|runs|users)\b/i;
/**
 * What the baseline has, in a relative clause after it ("a 0.8x speedup over an A100 GPU
 * that has a 4.1x larger power budget and 3.4x more HBM bandwidth"), describes the
 * baseline, not a result (rule baseline-figure).
 */
const BASELINE_TRAIT =
  /\b(?:over|than|compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\s+(?:[\w.+-]+,?\s+){1,6}?(?:that|which)\s+(?:has|have|had|offers?|provides?|comes\s+with|enjoys?)\s+(?:(?:[^,;.]|\.\d)*?\s+and\s+)?(?:an?\s+|the\s+)?(?:(?:up\s+to|about|roughly|nearly|over|more\s+than)\s+)?$/i;

function judgeTraits(abstract: string, sentences: readonly Span[], items: Item[]): void {
  for (const item of items) {
    if (item.decision.status !== 'claim') continue;
    if (item.type === 'time') {
      work.steps += 100;
      if (BOUND_FOR_SHARE.test(abstract.slice(item.figureEnd, item.figureEnd + 100)))
        item.decision = { ...item.decision, status: 'reject', rule: 'slo-attainment' };
      continue;
    }
    const sentence = sentences[item.sentence] as Span;
    const lead = abstract.slice(Math.max(sentence.start, item.figureStart - 120), item.figureStart);
    if (!(lead.includes(' that ') || lead.includes(' which '))) continue;
    work.steps += lead.length;
    if (BASELINE_TRAIT.test(lead))
      item.decision = { ...item.decision, status: 'reject', rule: 'baseline-figure' };
  }
}

/**
 * A measurement study's figures of other people's systems are no claims (study.ts): the
 * abstract says it is one, or its title does ("Benchmarking …", "… : An Empirical Study").
 */
function judgeStudy(
  abstract: string,
  title: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  items: Item[],
  trace: Trace | null,
): void {
  if (!items.some((item) => item.decision.status === 'claim')) return;
  const study = readStudy(abstract, sentences, title);
  if (trace) trace.study = study;
  if (study.cue === null && study.title === null) return;
  // The abstract's own words name the study first; else only its title does.
  const rule = study.cue === null ? 'study-title' : 'measurement-study';
  items.forEach((item, i) => {
    if (item.decision.status !== 'claim') return;
    const sentence = sentences[item.sentence] as Span;
    if (measuredNotOurs(abstract, study, sentence, (mentions[i] as Mention).start))
      item.decision = { ...item.decision, status: 'reject', rule };
  });
}
