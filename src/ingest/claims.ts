// The claims extractor: every quantitative performance claim in an abstract,
// with its evidence span, normalized factor and context, plus the accelerators
// the abstract names. Pure: a string in, values out.
//
// Pipeline: claims-mentions (numbers that could be claims) → claims-classify
// (do the words around make it one, and in which direction) → claims-lists
// (list members share a verb or cue) → claims-pairs (before/after figures) →
// here: factors, merging a pair with the factor that restates it, keeping
// spans disjoint → claims-attach: baseline, hardware and condition.
//
// Contract choices the schema leaves open:
// - factor: N× → N (whether faster or smaller); X% up → 1+X/100; X% down →
//   1/(1−X/100); "X% of the cost" → 100/X; a pair → its ratio, oriented so
//   that better is > 1. Rounded to 5 significant digits.
// - range: in factor terms when there is a factor ("55-70% less" →
//   [2.2222, 3.3333]), in stated terms for absolute figures ("50-73% of peak").
// - absolute figures (factor null) are rates (tokens/s, TFLOPs/s, FPS) and
//   utilization (MFU, % of peak). Plain durations, sizes and scores are not claims.
import type { Claim, ClaimKind } from '../dataset/schema';
import { classify, type Decision } from './claims-classify';
import { type Draft, withContext } from './claims-attach';
import { kindOf } from './claims-lexicon';
import { type Item, resolveLists } from './claims-lists';
import { findMentions, type Mention } from './claims-mentions';
import { roundFactor } from './claims-numbers';
import { classifyPair, type PairClaim } from './claims-pairs';
import { sentenceIndexAt, splitSentences, type Span } from './claims-text';
import { indexWordsIn } from './claims-words';
import { findHardware, hardwareNames } from './hardware';

export interface ExtractedClaims {
  claims: Claim[];
  /** Accelerators named anywhere in the text, normalized, without counts, in first-seen order. */
  hardware: string[];
}

/** Factor for a stated number in a direction; null when the number cannot mean one. */
function factorOf(m: Mention, d: Decision, x: number): number | null | undefined {
  if (d.direction === 'abs') return null;
  if (m.type === 'pct') {
    if (d.direction === 'up') return 1 + x / 100;
    if (d.direction === 'down') return x < 100 ? 1 / (1 - x / 100) : undefined;
    return x > 0 && x < 100 ? 100 / x : undefined;
  }
  return x > 0 ? x : undefined;
}

function fromDecision(m: Mention, d: Decision, sentence: number): Draft | null {
  const high = factorOf(m, d, m.high);
  const low = factorOf(m, d, m.low);
  if (high === undefined || low === undefined) return null;
  let kind: ClaimKind;
  if (m.type === 'rate') kind = /\/[JW]$/.test(m.unit) ? 'energy' : 'throughput';
  else if (d.direction === 'abs') kind = 'utilization';
  else kind = kindOf(d.cue, d.metric, d.verb, d.direction);
  const factor = high === null ? null : roundFactor(Math.max(high, low ?? high));
  const range: [number, number] | null = m.isRange
    ? high === null || low === null
      ? [m.low, m.high]
      : [roundFactor(Math.min(low, high)), roundFactor(Math.max(low, high))]
    : null;
  return {
    start: d.start,
    end: d.end,
    sentence,
    kind,
    value: m.high,
    unit: m.unit,
    factor,
    range,
    metric: d.metric,
    baseline: d.baseline,
    numberStart: m.start,
  };
}

function fromPair(m: Mention, p: PairClaim, sentence: number): Draft {
  return {
    start: p.start,
    end: p.end,
    sentence,
    kind: p.kind,
    value: m.high,
    unit: m.unit,
    factor: roundFactor(p.factor),
    range: null,
    metric: p.metric,
    baseline: null,
    numberStart: m.start,
  };
}

// Between a before/after pair and the factor it restates: "(2.4x speedup)", ", a 27x reduction".
const RESTATES =
  /^[\s,;:(\-–—]*(?:(?:i\.e\.|that is|a|an|or|for|yielding|giving|which is)[\s,]*)*$/i;

const BARE = /^[\s(~≈]*(?:(?:a|an|up to|about|around|roughly|nearly|over|more than)\s+)*$/i;

/** A pair and a stated factor next to it are one claim, with the stated factor. */
function mergePairs(text: string, drafts: Draft[], isPair: boolean[]): Draft[] {
  const out: Draft[] = [];
  const used = new Set<number>();
  for (let i = 0; i < drafts.length; i++) {
    if (used.has(i)) continue;
    const d = drafts[i] as Draft;
    const j = i + 1;
    const next = drafts[j];
    // After a pair, the restating factor must be bare ("(2.4x speedup)"), not a claim with its own verb.
    const bare =
      !isPair[i] || (next !== undefined && BARE.test(text.slice(next.start, next.numberStart)));
    if (
      next &&
      next.sentence === d.sentence &&
      isPair[i] !== isPair[j] &&
      bare &&
      RESTATES.test(text.slice(d.end, next.start))
    ) {
      const [pair, stated] = isPair[i] ? [d, next] : [next, d];
      out.push({
        ...stated,
        start: d.start,
        end: Math.max(next.end, d.end),
        metric: stated.metric ?? pair.metric,
        kind:
          stated.kind === 'speedup' || stated.kind === 'other'
            ? pair.metric && /speed/i.test(pair.metric)
              ? 'speedup'
              : stated.kind
            : stated.kind,
      });
      used.add(j);
    } else out.push(d);
  }
  return out;
}

/**
 * Evidence spans never overlap: where one claim's words run into the next
 * claim's, the earlier span ends where the later begins (or the later starts
 * after the earlier, if that would leave the earlier without its number).
 */
function disjoint(text: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.start < prev.end) {
      if (d.numberStart >= prev.end)
        d.start = prev.end + (/^\s*/.exec(text.slice(prev.end, d.numberStart))?.[0].length ?? 0);
      else if (d.start > prev.numberStart)
        prev.end = prev.start + text.slice(prev.start, d.start).trimEnd().length;
      else continue;
    }
    if (d.end > d.start) out.push(d);
  }
  return out;
}

export function extractClaims(abstract: string): ExtractedClaims {
  const sentences = splitSentences(abstract);
  const hardware = findHardware(abstract);
  const mentions = findMentions(abstract);
  if (mentions.length === 0) return { claims: [], hardware: hardwareNames(hardware) };
  const withNumbers: Span[] = [];
  for (const m of mentions) {
    const s = sentences[sentenceIndexAt(sentences, m.start)] as Span;
    if (withNumbers[withNumbers.length - 1] !== s) withNumbers.push(s);
  }
  const idx = indexWordsIn(abstract, withNumbers);

  const items: Item[] = [];
  const pairs = new Map<Item, PairClaim>();
  let floor = 0;
  let lastSentence = -1;
  for (const m of mentions) {
    const s = sentenceIndexAt(sentences, m.start);
    const sentence = sentences[s] as Span;
    if (s !== lastSentence) floor = sentence.start;
    lastSentence = s;
    if (m.type === 'pair') {
      const p = classifyPair(abstract, idx, m, sentence, floor);
      const decision: Decision = {
        status: p ? 'claim' : 'reject',
        direction: 'up',
        start: p ? p.start : m.start,
        end: m.end,
        cue: null,
        verb: null,
        metric: null,
        baseline: null,
      };
      const item = { type: m.type, sentence: s, decision };
      if (p) pairs.set(item, p);
      items.push(item);
    } else {
      items.push({
        type: m.type,
        sentence: s,
        decision: classify(abstract, idx, m, sentence, floor),
      });
    }
    floor = m.end;
  }
  resolveLists(abstract, idx, items);

  const drafts: Draft[] = [];
  const isPair: boolean[] = [];
  items.forEach((item, i) => {
    if (item.decision.status !== 'claim') return;
    const m = mentions[i] as Mention;
    const pair = pairs.get(item);
    const draft = pair
      ? fromPair(m, pair, item.sentence)
      : fromDecision(m, item.decision, item.sentence);
    if (!draft) return;
    drafts.push(draft);
    isPair.push(pair !== undefined);
  });
  const merged = disjoint(abstract, mergePairs(abstract, drafts, isPair));
  return {
    claims: withContext(abstract, idx, sentences, hardware, merged),
    hardware: hardwareNames(hardware),
  };
}
