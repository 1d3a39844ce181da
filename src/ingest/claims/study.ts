// A measurement study reports figures of systems other people built: "we benchmark
// eleven mobile runtimes … thermal throttling cuts decoding speed by 30%", "Milvus
// reaches 2.1x the throughput of pgvector". None of them is the paper's claim. A
// study may still turn to something of its own ("guided by these findings, we deploy
// a placement policy, which improves throughput by 9%"): from the sentence where the
// authors propose, design or deploy, figures are the paper's again.
import {
  BUILD_VERB_SOURCE,
  STUDIED_THING_SOURCE,
  STUDY_PHRASE_SOURCE,
  STUDY_VERB_SOURCE,
  STUDY_WEAK_VERB_SOURCE,
  THIRD_PARTY_SOURCE,
} from './lexicon/others';
import type { Item } from './lists';
import { WORD_NUMBER_SOURCE } from './numbers';
import type { Span } from './sentences';
import { work } from './work';

const COUNT = String.raw`(?:more\s+than\s+|over\s+)?(?:\d[\d,.]*(?:\s+(?:million|thousand|billion))?|${WORD_NUMBER_SOURCE})`;
/** "we benchmark 40 open language models", "we measure power … of six models". */
const STUDY_VERB_COUNT = new RegExp(
  String.raw`\bwe\s+(?:[\w-]+ly\s+)?(?:${STUDY_VERB_SOURCE})\w*\s+[^.;]{0,120}?\b${COUNT}\s+(?:[\w-]+\s+){0,4}?(?:${STUDIED_THING_SOURCE})\b`,
  'i',
);
/** "evaluate five popular open-source vector databases": a weak verb, others' systems. */
const WEAK_VERB_OTHERS = new RegExp(
  String.raw`\b(?:${STUDY_WEAK_VERB_SOURCE})\s+${COUNT}\s+(?:[\w-]+\s+){0,2}?(?:${THIRD_PARTY_SOURCE})\s+(?:[\w-]+\s+){0,3}?(?:${STUDIED_THING_SOURCE})\b`,
  'i',
);
/** "we re-implement the node-wise, layer-wise and subgraph samplers": others' methods, rebuilt to compare. */
const REIMPLEMENT_OTHERS = new RegExp(
  String.raw`\bwe\s+re-?implement\w*\s+[^.;]{0,80}?\b(?:${STUDIED_THING_SOURCE})\b`,
  'i',
);
const STUDY_PHRASE = new RegExp(String.raw`\b(?:${STUDY_PHRASE_SOURCE})\b`, 'i');
/** The authors turn to something of their own: "we propose", "we deploy", "we present Tally". */
const OWN_WORK = new RegExp(
  String.raw`\b(?:we|our\s+team)\s+(?:(?:then|also|further|next)\s+)?(?:(?:${BUILD_VERB_SOURCE})\b|present\s+[A-Z])`,
);
/** What a study builds to measure with: "we build a benchmark harness that replays …". */
const MEASURING_TOOL = /\b(?:harness|testbed|benchmark\s+suite)\b/i;
/** Cheap literal test before the patterns: a study says "we" or names itself. */
const STUDY_HINT = /\bwe\b|study|measurement|reports on/i;

function isStudySentence(s: string): boolean {
  return (
    STUDY_PHRASE.test(s) ||
    STUDY_VERB_COUNT.test(s) ||
    WEAK_VERB_OTHERS.test(s) ||
    REIMPLEMENT_OTHERS.test(s)
  );
}

/**
 * Rejects, in place, the claims of a measurement study that come before the
 * authors turn to work of their own. Reads each sentence once, and only when a
 * claim is there to decide.
 */
export function rejectStudyFigures(text: string, sentences: readonly Span[], items: Item[]): void {
  const last = items.reduce((n, it) => (it.decision.status === 'claim' ? it.sentence : n), -1);
  if (last < 0 || !STUDY_HINT.test(text)) return;
  let study = false;
  let own = false;
  let decided = -1;
  for (const item of items) {
    // Once the authors turn to their own work, no later figure is the study's: the
    // sentences after need not be read.
    if (item.sentence > last || own) break;
    for (let s = decided + 1; s <= item.sentence; s++) {
      const span = sentences[s] as Span;
      const words = text.slice(span.start, span.end);
      work.steps += words.length;
      const declares = isStudySentence(words);
      study ||= declares;
      // A harness built to measure with ("we build a benchmark harness … to evaluate
      // five databases") is part of the study, not work of the authors' own.
      own ||= !declares && OWN_WORK.test(words) && !MEASURING_TOOL.test(words);
    }
    decided = Math.max(decided, item.sentence);
    if (study && !own && item.decision.status === 'claim')
      item.decision = { ...item.decision, status: 'reject', rule: 'measurement-study' };
  }
}
