// The claims extractor: every quantitative performance claim in an abstract,
// with its evidence span, normalized factor and context, plus the accelerators
// the abstract names. Pure: a string in, values out.
//
// Pipeline: claims-mentions (numbers that could be claims) → claims-classify
// (do the words around make it one, and in which direction) → claims-lists
// (list members share a verb or cue) → claims-pairs (before/after figures) →
// here: factors, merging a pair with the factor that restates it, then
// baseline, hardware and condition from claims-context.
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
import { baselineAfter, baselineBefore, conditionsIn, findConditions, type Found, listItems } from './claims-context';
import { kindOf } from './claims-lexicon';
import { type Item, listGap, resolveLists } from './claims-lists';
import { findMentions, type Mention } from './claims-mentions';
import { roundFactor } from './claims-numbers';
import { classifyPair, type PairClaim } from './claims-pairs';
import { sentenceIndexAt, splitSentences, type Span } from './claims-text';
import { indexWordsIn, type WordIndex } from './claims-words';
import { findHardware, type HardwareMention, hardwareNames } from './hardware';

export interface ExtractedClaims {
  claims: Claim[];
  /** Accelerators named anywhere in the text, normalized, without counts, in first-seen order. */
  hardware: string[];
}

interface Draft {
  start: number;
  end: number;
  sentence: number;
  kind: ClaimKind;
  value: number;
  unit: string;
  factor: number | null;
  range: [number, number] | null;
  metric: string | null;
  /** Baseline the phrase itself names ("of the cost of MovieGen"). */
  baseline: string | null;
  /** Where the number itself starts (the span may start earlier, at its verb). */
  numberStart: number;
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
  return { start: d.start, end: d.end, sentence, kind, value: m.high, unit: m.unit, factor, range, metric: d.metric, baseline: d.baseline, numberStart: m.start };
}

function fromPair(m: Mention, p: PairClaim, sentence: number): Draft {
  return {
    start: p.start, end: p.end, sentence, kind: p.kind, value: m.high, unit: m.unit,
    factor: roundFactor(p.factor), range: null, metric: p.metric, baseline: null, numberStart: m.start,
  };
}

// Between a before/after pair and the factor it restates: "(2.4x speedup)", ", a 27x reduction".
const RESTATES = /^[\s,;:(\-–—]*(?:(?:i\.e\.|that is|a|an|or|for|yielding|giving|which is)[\s,]*)*$/i;

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
    const bare = !isPair[i] || (next !== undefined && BARE.test(text.slice(next.start, next.numberStart)));
    if (next && next.sentence === d.sentence && isPair[i] !== isPair[j] && bare && RESTATES.test(text.slice(d.end, next.start))) {
      const [pair, stated] = isPair[i] ? [d, next] : [next, d];
      out.push({
        ...stated, start: d.start, end: Math.max(next.end, d.end),
        metric: stated.metric ?? pair.metric,
        kind: stated.kind === 'speedup' || stated.kind === 'other' ? (pair.metric && /speed/i.test(pair.metric) ? 'speedup' : stated.kind) : stated.kind,
      });
      used.add(j);
    } else out.push(d);
  }
  return out;
}

/** "(2.4x speedup" reads better with its ")" when the bracket opened inside the span. */
function closeBracket(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const open = (span.match(/\(/g) ?? []).length - (span.match(/\)/g) ?? []).length;
  return open > 0 && text[end] === ')' ? end + 1 : end;
}

function nearestHardware(hw: readonly HardwareMention[], sentence: Span, d: Draft, exclude: Found | null): string | null {
  let best: HardwareMention | null = null;
  let bestDistance = Infinity;
  for (const h of hw) {
    if (h.start < sentence.start || h.end > sentence.end) continue;
    if (exclude && h.start >= exclude.start && h.end <= exclude.end) continue;
    const distance = h.end <= d.start ? d.start - h.end : h.start >= d.end ? h.start - d.end : 0;
    if (distance < bestDistance) {
      best = h;
      bestDistance = distance;
    }
  }
  return best ? best.name : null;
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
      if (d.numberStart >= prev.end) d.start = prev.end + (/^\s*/.exec(text.slice(prev.end, d.numberStart))?.[0].length ?? 0);
      else if (d.start > prev.numberStart) prev.end = prev.start + text.slice(prev.start, d.start).trimEnd().length;
      else continue;
    }
    if (d.end > d.start) out.push(d);
  }
  return out;
}

/** Consecutive claims with only list words between them ("29×, 29×, and 3×"). */
function listGroups(text: string, drafts: readonly Draft[]): number[][] {
  const groups: number[][] = [];
  drafts.forEach((d, i) => {
    const prev = drafts[i - 1];
    const last = groups[groups.length - 1];
    if (prev && last && prev.sentence === d.sentence && /^[\s,]*(?:and|or)?[\s,]*$/i.test(text.slice(prev.end, d.start))) last.push(i);
    else groups.push([i]);
  });
  return groups;
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
        status: p ? 'claim' : 'reject', direction: 'up', start: p ? p.start : m.start, end: m.end,
        cue: null, verb: null, metric: null, baseline: null,
      };
      const item = { type: m.type, sentence: s, decision };
      if (p) pairs.set(item, p);
      items.push(item);
    } else {
      items.push({ type: m.type, sentence: s, decision: classify(abstract, idx, m, sentence, floor) });
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
    const draft = pair ? fromPair(m, pair, item.sentence) : fromDecision(m, item.decision, item.sentence);
    if (!draft) return;
    drafts.push(draft);
    isPair.push(pair !== undefined);
  });
  const merged = disjoint(abstract, mergePairs(abstract, drafts, isPair));
  return { claims: withContext(abstract, idx, sentences, hardware, merged), hardware: hardwareNames(hardware) };
}

function withContext(text: string, idx: WordIndex, sentences: readonly Span[], hw: readonly HardwareMention[], drafts: readonly Draft[]): Claim[] {
  const baselines: (Found | null)[] = drafts.map(() => null);
  const baselineText: (string | null)[] = drafts.map((d) => d.baseline);
  for (const group of listGroups(text, drafts)) {
    const lastIndex = group[group.length - 1] as number;
    const last = drafts[lastIndex] as Draft;
    const sentence = sentences[last.sentence] as Span;
    const next = drafts[lastIndex + 1];
    const limit = next && next.sentence === last.sentence ? next.start : sentence.end;
    const after = baselineAfter(text, last.end, Math.min(limit, last.end + 100), group.length);
    // With nothing after the group, a "compared to X" earlier in the sentence, unless an
    // earlier claim of the sentence owns it.
    const first = drafts[group[0] as number] as Draft;
    const prevDraft = drafts[(group[0] as number) - 1];
    const before = after || (prevDraft && prevDraft.sentence === first.sentence)
      ? null
      : baselineBefore(text, sentence.start, first.start, group.length);
    const found = after ?? before;
    const names = found && group.length > 1 ? listItems(found.text) : [];
    // A list whose first member's own words name the systems: "over A, B, and C by 29×, 29×, and 3×".
    const own = group.length > 1 && first.baseline ? listItems(first.baseline) : [];
    if (own.length === group.length && names.length !== group.length) {
      group.forEach((index, k) => { baselineText[index] = own[k] as string; });
      continue;
    }
    group.forEach((index, k) => {
      // A list after the group, one name per claim, is the closest statement of what each was compared with.
      if (baselineText[index] && names.length !== group.length) return;
      baselines[index] = found;
      baselineText[index] = names.length === group.length ? (names[k] as string) : (found?.text ?? null);
    });
  }

  // A list's last member often names the baseline for all: "65.08% …, 12.59% …, and 30% … over optimized baselines".
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i] as Draft;
    const next = drafts[i + 1] as Draft;
    if (!baselineText[i] && baselineText[i + 1] && next.sentence === d.sentence && listGap(text, idx, d.end, next.start)) {
      baselineText[i] = baselineText[i + 1] as string;
    }
  }
  const claimSpans: Found[] = drafts.map((d) => ({ text: '', start: d.start, end: d.end }));
  const exclude = [...baselines.filter((b): b is Found => b !== null), ...claimSpans];
  const conditionsBySentence = new Map<number, Found[]>();

  return drafts.map((d, i) => {
    const sentence = sentences[d.sentence] as Span;
    const prev = drafts[i - 1];
    const next = drafts[i + 1];
    const first = !prev || prev.sentence !== d.sentence;
    const lastInSentence = !next || next.sentence !== d.sentence;
    // Words before a sentence's first claim qualify all its claims; words after a
    // claim qualify that claim ("65.08% with 1D parallelism at the 128-GPU scale").
    let sentenceFirst = i;
    while (sentenceFirst > 0 && (drafts[sentenceFirst - 1] as Draft).sentence === d.sentence) sentenceFirst--;
    const prefixEnd = (drafts[sentenceFirst] as Draft).start;
    // Neither the baseline's words nor another claim's own number are this claim's conditions.
    let found = conditionsBySentence.get(d.sentence);
    if (!found) {
      found = findConditions(text, sentence.start, sentence.end);
      conditionsBySentence.set(d.sentence, found);
    }
    const conditions = [
      ...conditionsIn(found, sentence.start, prefixEnd, exclude),
      ...conditionsIn(found, first ? Math.max(d.start, prefixEnd) : d.start, lastInSentence ? sentence.end : (next as Draft).start, exclude),
    ];
    const condition = [...new Set(conditions)].join(', ') || null;
    const end = closeBracket(text, d.start, d.end);
    return {
      start: d.start, end, text: text.slice(d.start, end), kind: d.kind, value: d.value, unit: d.unit,
      factor: d.factor, range: d.range, metric: d.metric, baseline: baselineText[i] ?? null,
      hardware: nearestHardware(hw, sentence, d, baselines[i] ?? null), condition,
    };
  });
}
