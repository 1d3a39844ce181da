// Figures that belong to someone else: a clause whose subject is earlier or
// competing work ("existing kernels reach only 38% of peak", "earlier studies
// reported 2x faster convergence", "reported speedups of up to 5x shrink to …"),
// or a "they" that points back to such a subject in the same sentence. The
// paper's own claims are stated with itself (or nothing) as the subject.
// Also a figure the paper only predicts for something nobody built ("the model
// shows that caching would halve prefill cost; we leave it to future work").
import {
  OBJECT_BEFORE_SOURCE,
  OURS_BETWEEN_SOURCE,
  PRIOR_HEAD_SOURCE,
  PRIOR_MODIFIER_SOURCE,
  PROJECTION_SOURCE,
  SPEC_SUBJECT_SOURCE,
  SPEC_WORD_SOURCE,
} from './lexicon/others';
import { clauseStart as clauseStartOf, type Span } from './sentences';
import { hasVerbIn, type WordIndex } from './words';
import { work } from './work';

// "Alternatives such as zeroth-order optimization …", "competitors like X": others' work named
// by examples needs no "existing" before it.
const NAMED_OTHERS = String.raw`\b(?:alternatives|competitors|rivals|other\s+(?:methods|approaches|systems|techniques))\s+(?:such\s+as|like|including)\b`;
// "Routers from prior work applied per step …", "methods in the literature": others' work
// named by where it comes from, after its head noun.
const FROM_PRIOR = String.raw`\b[\w-]+s\s+(?:from|in|of)\s+(?:the\s+)?(?:(?:prior|previous|earlier|existing|related)\s+(?:work|works|literature|studies|papers|art)|literature)\b`;
const SUBJECT = String.raw`(?:\b(?:(?:the|a)\s+)?(?:${PRIOR_MODIFIER_SOURCE})\s+(?:(?!(?:we|our|ours)\b)[\w-]+\s+){0,3}?(?:${PRIOR_HEAD_SOURCE})\b|${NAMED_OTHERS}|${FROM_PRIOR})`;
/** The subject, then nothing that makes the figure the paper's, up to the number. */
const SUBJECT_TO_END = new RegExp(
  String.raw`${SUBJECT}(?:(?!\b(?:${OURS_BETWEEN_SOURCE})\b)[^,;:])*$`,
  'i',
);
const SUBJECT_ANYWHERE = new RegExp(SUBJECT, 'i');
const OBJECT_WORD_LAST = new RegExp(String.raw`\b(?:${OBJECT_BEFORE_SOURCE})\s*$`, 'i');
// "as accurate as state-of-the-art methods and cuts latency by 13%", "12x faster than the
// fastest competing method and 38x faster than …": the work compared with, an object.
const COMPARED_OBJECT_LAST =
  /\b(?:than|as\s+[a-z-]+\s+as)\s+(?:the\s+)?(?:[a-z]+est\s+|most\s+[a-z-]+\s+)?$/i;
const MODIFIER_WORD = new RegExp(
  String.raw`\b(?:${PRIOR_MODIFIER_SOURCE}|alternatives|competitors|rivals|other|related|literature)\b`,
  'i',
);
/** "on an H100 they use only …": a pronoun subject, only openers before it. */
const PRONOUN_SUBJECT = /^[^,;:]*?\b(?:they|these|those)\s+(?:[\w-]+\s+){0,4}$/i;

const OURS_IN = /\b(?:we|our|ours)\b/i;
const OBJECT_OR_UNLIKE_LAST = new RegExp(String.raw`\b(?:${OBJECT_BEFORE_SOURCE}|unlike)\s*$`, 'i');
const ET_AL_SUBJECT = new RegExp(
  String.raw`\bet\s+al\.?\s+(?:(?!\b(?:${OURS_BETWEEN_SOURCE})\b)[^,;:])*$`,
  'i',
);
const PRONOUN_WORD = /\b[Tt]h(?:ey|ese|ose)\b/;
const GENERIC_SUBJECT =
  /^\s*(?:methods|approaches|techniques|systems|schemes|works|studies)\s+(?:that|which)\b[^,;:]*$/i;

const REPORTED_SUBJECT = new RegExp(
  String.raw`\b(?:those|ones|papers|methods|works|approaches|systems|techniques|accelerators|baselines)\s+(?:(?:that|which)\s+)?(?:report(?:s|ed|ing)?|publish(?:ed|es)?)\b(?:(?!\b(?:${OURS_BETWEEN_SOURCE})\b)[^,;:])*$`,
  'i',
);

/**
 * A system that reports its outputs ("SpikeDet reports object positions with a latency
 * of 2.1 ms") is doing its work, not quoting a figure: the figure is how fast it does it.
 * "Jamba reported roughly 3x", "TeaCache, which itself reports about 2x", "…, such as SVG,
 * report speedups of 2.3x": a figure someone else reports. The paper states its own with
 * "we", "this paper" or its experiments ("we report a 2.4x speedup"), and with "achieves",
 * "shows", "reaches", not "reports".
 */
const REPORTS_VERB = new RegExp(
  String.raw`(?:^\s*report(?:s|ed)?|\b(?!(?:we|it|this|paper|work|study|experiments?|results?|evaluations?)\b)[A-Za-z][\w.-]*\s+(?:(?:itself|themselves|also|only|originally|previously)\s+)?(?:report|claim)(?:s|ed)?)\b(?!\s+(?:[\w-]+\s+){1,3}?with\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:latency|delay|lag)\b)(?:(?!\b(?:${OURS_BETWEEN_SOURCE})\b)[^,;:])*$`,
  'i',
);

// "speedups between 1.5× and 50× are reported against baselines that differ", "gains of 3x
// have been claimed": a figure whose passive verb says someone reported it; "… as reported
// in our evaluation" and "… are reported by this work" stay the paper's.
const REPORTED_AFTER =
  /^[^,;:.]{0,30}?\b(?:is|are|was|were|ha(?:ve|s)\s+been)\s+(?:(?:often|commonly|widely|typically|usually|frequently|previously)\s+)?(?:reported|claimed|published)\b(?![^,;:.]{0,40}\b(?:our|this\s+(?:work|paper|study))\b)/i;

/** Whether a passive "are reported" after the figure, in its clause, gives it to others. */
export function reportedAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 120);
  return (
    (after.includes('report') || after.includes('claim') || after.includes('publish')) &&
    REPORTED_AFTER.test(after)
  );
}

/** How far back a pronoun looks for the subject it stands for, and a modal for its condition. */
const PRONOUN_REACH = 200;

/**
 * True when the clause before a number (`clause`, starting at `clauseStart`)
 * has earlier or competing work as its subject: the figure describes that work.
 */
export function othersFigure(
  text: string,
  idx: WordIndex,
  sentence: Span,
  clause: string,
  clauseStart: number,
): boolean {
  const tail = clause.length > 160 ? clause.slice(-160) : clause;
  const tailStart = clauseStart + clause.length - tail.length;
  if (MODIFIER_WORD.test(tail)) {
    const m = SUBJECT_TO_END.exec(tail);
    if (m) {
      const before = tail.slice(0, m.index);
      // An object of the paper's verb or of a comparison: "outperforms existing systems by 2x".
      if (
        !OBJECT_WORD_LAST.test(before) &&
        !COMPARED_OBJECT_LAST.test(before) &&
        !hasVerbIn(idx, tailStart, tailStart + m.index)
      )
        return true;
    }
  }
  // "the method of Chen et al. reports 1.7x"; "methods that cut FLOPs by 60% often …".
  // (Cheap literal tests first: this runs for every number.)
  if (tail.includes('et al') && ET_AL_SUBJECT.test(tail)) return true;
  if (GENERIC_SUBJECT.test(tail)) return true;
  // "those reporting both claim reductions of 5–10x", "methods published with 4x speedups":
  // work named by what it reported or published (the pattern itself stops at "we" or "our").
  if (tail.includes('report') || tail.includes('publish') || tail.includes('claim')) {
    if (REPORTED_SUBJECT.test(tail)) return true;
    if (REPORTS_VERB.test(tail) && !OURS_IN.test(tail)) return true;
  }
  // "Prompting for brevity, the usual alternative, reduces tokens by 30%": a clause that opens
  // with its verb, after a comma, has its subject before the comma.
  // "…, typically needing 10x more steps": an adverb may stand before that verb.
  const lead =
    text.charCodeAt(clauseStart - 1) === 44 /* , */
      ? /^\s*(?:(?:typically|usually|often|generally|commonly)\s+)?(\S+)/.exec(clause)
      : null;
  const verbFirst =
    lead !== null &&
    // "…, typically needing 10x more steps": a participle opens the clause as a verb does.
    (/^[a-z]+ing$/.test(lead[1] as string) ||
      hasVerbIn(
        idx,
        clauseStart + lead.index + (lead[0] as string).length - (lead[1] as string).length,
        clauseStart + lead.index + (lead[0] as string).length,
      ));
  if (!verbFirst && !(PRONOUN_WORD.test(tail) && PRONOUN_SUBJECT.test(tail))) return false;
  const from = Math.max(sentence.start, clauseStart - PRONOUN_REACH);
  work.steps += clauseStart - from;
  const window = text.slice(from, clauseStart);
  const m = SUBJECT_ANYWHERE.exec(window);
  // "Our system, unlike prior methods, reduces …": the earlier work is not the subject.
  return (
    m !== null &&
    !OURS_IN.test(window) &&
    !OBJECT_OR_UNLIKE_LAST.test(window.slice(Math.max(0, m.index - 20), m.index))
  );
}

/** "is expected to reach 3x": a forecast in the figure's clause. */
const PROJECTED = new RegExp(String.raw`\b(?:${PROJECTION_SOURCE})\b[^,;:]*$`, 'i');

/** A modal before the figure: what would happen, not what was measured. */
const MODAL = /\b(?:would|could|might)\b(?![^,;:]*\b(?:we|our)\b)[^,;:]*$/i;
/** "could" and "might" are possibilities wherever they stand: "optimizations that could cut cost by 40%". */
const POSSIBLE = /\b(?:could|might)\b(?![^,;:]*\b(?:we|our)\b)[^,;:]*$/i;
/** …inside a prediction ("shows that", "estimates that"), a condition ("if"), or left for later. */
const PREDICTED =
  /\b(?:shows?|suggests?|predicts?|estimates?|indicates?|implies|projects?)\s+that\b|\bif\b/i;
/** "would be", "would reach", "would make": a result stated for a case not run. */
const WOULD_BE =
  /\bwould\s+(?:(?:further|also|still|then|even|likely|roughly|nearly|only)\s+)?(?:be|reach|achieve|deliver|run|yield|give|make|save|cut|fall|drop|rise|raise|increase|boost|lift|improve|reduce|speed|halve|double|triple|shorten|lower|bring|enable|allow|offer|provide|train|serve|decode|process|finish|complete|need|require|use|consume|cost|add)\w*\b(?![^,;:]*\b(?:we|our)\b)[^,;:]*$/i;
const SIMULATED = /\bsimulat\w*/i;
/** A condition after the figure, in its clause: "would finish 12% sooner if stragglers were removed". */
const CONDITION_AFTER = /^[^;:]{0,80}?\b(?:if|unless)\b/i;

/**
 * A simulated result of the paper's own design ("in simulation the chip would reach
 * 2.4x"), not a counterfactual: a "would" figure that a condition after it qualifies
 * ("in our simulation, jobs would finish 12% sooner if stragglers were removed") is
 * what a world nobody runs would give, simulated or not.
 */
function simulatedResult(text: string, sentence: Span, figureStart: number): boolean {
  return (
    SIMULATED.test(text.slice(sentence.start, sentence.end)) &&
    !CONDITION_AFTER.test(text.slice(figureStart, sentence.end))
  );
}
/** A word that opens a predicate of its own: "… would run 2.5x faster and already runs 1.4x …". */
const COORDINATOR = /\b(?:and|or|but|while|whereas|yet|which|that)\b/i;
/** …but "and" with only a hedge after it joins objects: "9% higher efficiency and even 4% better …". */
const AND_HEDGE_TAIL =
  /[\s,](?:and|or)\s+(?:(?:even|also|up\s+to|about|around|roughly|nearly|almost|more\s+than|as\s+much\s+as|another|a\s+further)\s+)*$/i;

/** No predicate of its own opens in the clause before the figure, but for an "and" that only joins objects. */
function continuesPredicate(clause: string): boolean {
  const tail = AND_HEDGE_TAIL.exec(clause);
  return !COORDINATOR.test(tail ? clause.slice(0, tail.index) : clause);
}
const FUTURE_WORK = /\bfuture\s+work\b|\bleave\b[^.;]*\bto\s+future\b/i;

/**
 * True when the figure is a prediction for a design the paper did not build:
 * a modal in its clause, inside a prediction or condition, or a sentence that
 * leaves the design to future work. A simulated result of the paper's own
 * system ("in simulation Photon would reach 2.9x") stays a claim.
 */
export function hypotheticalFigure(
  text: string,
  idx: WordIndex,
  sentence: Span,
  clause: string,
  clauseStart: number,
): boolean {
  // "… would run inference 9x faster than an A100 at one fifth of the energy": a figure
  // that continues the predicate of the figure before it (no verb between) is read with
  // that figure's words, back to where the clause starts.
  if (
    clauseStart > sentence.start &&
    continuesPredicate(clause) &&
    !hasVerbIn(idx, clauseStart, clauseStart + clause.length)
  ) {
    const from = clauseStartOf(
      text,
      Math.max(sentence.start, clauseStart - PRONOUN_REACH),
      clauseStart,
    );
    if (from < clauseStart) {
      const wide = text.slice(from, clauseStart) + clause;
      if (
        wide.includes('would') &&
        WOULD_BE.test(wide) &&
        !simulatedResult(text, sentence, clauseStart + clause.length)
      )
        return true;
      // "has the potential to deliver about 9% higher efficiency and even 4% better …"
      if (wide.includes(' to ') && PROJECTED.test(wide)) return true;
    }
  }
  // (Cheap literal tests first: this runs for every number, and " to " is common.)
  if (
    (clause.includes('ed to ') ||
      clause.includes('ly to ') ||
      clause.includes('cast to ') ||
      clause.includes('al to ')) &&
    PROJECTED.test(clause)
  )
    return true;
  if (!(clause.includes('ould') || clause.includes('ight')) || !MODAL.test(clause)) return false;
  // "our kernel would be 2x faster on B200": "would" with nothing measured is a projection;
  // a simulated result of the paper's own design stays a claim (below).
  // "the format would halve the bill": the figure is the verb "would" governs.
  if (
    (WOULD_BE.test(clause) || /\bwould\s+$/i.test(clause)) &&
    !simulatedResult(text, sentence, clauseStart + clause.length)
  )
    return true;
  // The condition may open the sentence in a clause of its own: "If the links were wider, …".
  const from = Math.max(sentence.start, clauseStart - PRONOUN_REACH);
  work.steps += clauseStart - from;
  return (
    POSSIBLE.test(clause) ||
    PREDICTED.test(clause) ||
    PREDICTED.test(text.slice(from, clauseStart)) ||
    leavesFutureWork(text, sentence)
  );
}

const futureWork = new WeakMap<Span, boolean>();

/** Read once per sentence, not once per number: a long run of numbers stays linear. */
function leavesFutureWork(text: string, sentence: Span): boolean {
  let found = futureWork.get(sentence);
  if (found === undefined) {
    work.steps += sentence.end - sentence.start;
    found = FUTURE_WORK.test(text.slice(sentence.start, sentence.end));
    futureWork.set(sentence, found);
  }
  return found;
}

/** A sentence that opens with a format or a hardware unit as its subject (a few words may lead). */
const SPEC_OPENING = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,3}?(?:${SPEC_SUBJECT_SOURCE})\b`,
  'i',
);
const SPEC_NEAR = new RegExp(String.raw`\b(?:${SPEC_WORD_SOURCE})\b`, 'i');
/** "… over BF16", "relative to 8-bit formats": compared with another format, not a system. */
const FORMAT_COMPARED = new RegExp(
  String.raw`\b(?:over|of|than|relative\s+to|compared\s+(?:with|to)|in)\s+(?:the\s+|its\s+|their\s+)?(?:${SPEC_SUBJECT_SOURCE})\b`,
  'i',
);
const CONTRAST_AFTER = /\b(?:but|yet|however|although|though)\b/i;
const OURS_BEFORE = /\b(?:we|our|ours|us)\b/i;

/**
 * True when the figure states what a number format or a hardware unit offers:
 * the sentence opens with one as its subject, says nothing of the paper's own
 * work before the figure, and reads as a capability ("peak", "theoretical",
 * "tensor-core throughput") or as background set against what follows ("… over
 * BF16, but training in it diverges").
 */
export function hardwareSpecFigure(
  text: string,
  sentence: Span,
  figureStart: number,
  figureEnd: number,
): boolean {
  const around = specSentence(text, sentence, figureStart, figureEnd);
  if (!around) return false;
  const { lead, after } = around;
  const near = `${lead.slice(-40)} ${text.slice(figureStart, figureEnd)} ${after.slice(0, 50)}`;
  if (SPEC_NEAR.test(near)) return true;
  return FORMAT_COMPARED.test(after) && CONTRAST_AFTER.test(text.slice(figureEnd, sentence.end));
}

/**
 * The words before a figure and up to 80 characters after it, when its sentence opens
 * with a number format or a hardware unit as the subject and says nothing of the paper's
 * own work first; null otherwise.
 */
function specSentence(
  text: string,
  sentence: Span,
  figureStart: number,
  figureEnd: number,
): { lead: string; after: string } | null {
  const lead = text.slice(sentence.start, figureStart);
  if (!SPEC_OPENING.test(lead) || OURS_BEFORE.test(lead)) return null;
  const after = text.slice(figureEnd, Math.min(sentence.end, figureEnd + 80));
  work.steps += lead.length + after.length;
  return { lead, after };
}

/**
 * True when a share states what a number format offers, set against another format
 * before a contrast: "The 4-bit format lets a model fit in a quarter of its 16-bit memory,
 * but …", "INT8 caches need 50% of the FP16 footprint, yet …". A share a kernel reaches
 * ("71% of peak") is left to the utilization rules.
 */
export function formatShareFigure(
  text: string,
  sentence: Span,
  figureStart: number,
  figureEnd: number,
): boolean {
  const after = specSentence(text, sentence, figureStart, figureEnd)?.after;
  if (after === undefined) return false;
  return (
    /^\s+of\b/i.test(after) &&
    FORMAT_COMPARED.test(after.slice(0, 40)) &&
    CONTRAST_AFTER.test(text.slice(figureEnd, sentence.end))
  );
}
