// The claims extractor: every quantitative performance claim in an abstract,
// with its evidence span, normalized factor and context, plus the accelerators
// the abstract names. Pure: a string in, values out. The stages, in order, are
// described in README.md beside this file.
import { type Draft, withContext } from './attach';
import { fromDecision, fromPair, disjoint } from './assemble';
import type { Claim } from '../../dataset/schema';
import { classify, type Decision } from './classify';
import { findHardware, hardwareNames } from './hardware';
import { type Item, resolveLists } from './lists';
import { findMentions, type Mention } from './mentions';
import { classifyPair, mergePairs, type PairClaim } from './pairs';
import { sentenceIndexAt, splitSentences, type Span } from './sentences';
import { indexWordsIn } from './words';

export interface ExtractedClaims {
  claims: Claim[];
  /** Accelerators named anywhere in the text, normalized, without counts, in first-seen order. */
  hardware: string[];
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
