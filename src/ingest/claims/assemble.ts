// Assembles decisions into draft claims: the factor a stated number means in
// its direction, the claim's kind, and evidence spans that never overlap.
//
// Contract choices the schema leaves open:
// - factor: N× → N (whether faster or smaller); X% up → 1+X/100; X% down →
//   1/(1−X/100); "X% of the cost" → 100/X; a pair → its ratio, oriented so
//   that better is > 1. Rounded to 5 significant digits.
// - range: in factor terms when there is a factor ("55-70% less" →
//   [2.2222, 3.3333]), in stated terms for absolute figures ("50-73% of peak").
// - absolute figures (factor null) are rates (tokens/s, TFLOPs/s, FPS),
//   utilization (MFU, % of peak) and durations in two frames (a latency reached,
//   the time to make the output). Other durations, sizes and scores are not claims.
// - implausible numbers (not finite, past 1e15, a factor past 1e9) are not claims.
import type { ClaimKind } from '../../dataset/schema';
import type { Draft } from './attach';
import type { Decision } from './classify';
import {
  clauseKind,
  directionKind,
  namedKind,
  shortenedKind,
  speedsOneOutput,
  timeKind,
} from './kind';
import { alternation } from './lexicon/build';
import { SUMMARY_OPENERS } from './lexicon/restated';
import type { Mention } from './mentions';
import { isPlausibleClaim, roundFactor, unitScale } from './numbers';
import type { PairClaim } from './pairs';
import type { Span } from './sentences';

/** Factor for a stated number in a direction; null when the number cannot mean one. */
function factorOf(m: Mention, d: Decision, x: number): number | null | undefined {
  if (d.direction === 'abs') return null;
  // "reaches 88% of the speed of X" is 0.88; "128% of X's performance" is 1.28.
  if (d.direction === 'share') return m.type === 'pct' && x > 0 && x <= 1000 ? x / 100 : undefined;
  if (m.type === 'pct') {
    if (d.direction === 'up') return 1 + x / 100;
    if (d.direction === 'down') return x < 100 ? 1 / (1 - x / 100) : undefined;
    return x > 0 && x < 100 ? 100 / x : undefined;
  }
  // "at 0.9x of its FLOPs": a multiplier below one of what is spent saves 1/N.
  if (d.direction === 'of') return x > 0 && x < 1 ? 1 / x : undefined;
  return x > 0 ? x : undefined;
}

const BARE_EFFICIENCY = /^(?:the\s+|its\s+)?efficiency$/i;
const BARE_TIME = /^time$/i;
// "reduces uplink bandwidth by 7x", "214x less cross-site bandwidth", "35% of the cross-region
// bandwidth": a bandwidth cut is traffic the system no longer sends, not a rate it reaches
// (a rate raised stays throughput); over a memory path it is memory traffic.
const BANDWIDTH = /\bbandwidth\b/i;
const MEMORY_PATH = /\b(?:off-chip|on-chip|DRAM|HBM|PCIe|memory|host)\b/i;
const COMPARED_AMOUNT = /^(?:less|more)$/i;
// "…, the gain remains 1.22", "The speed-up rises to 3.0x", "…, the improvement is a more
// modest 8%": a clause that opens with the gain named with "the" and no metric restates the
// claim before it, and is of its kind. Tried once, at the clause's start: no scan of the lead.
const THE_GAIN =
  /^\s*(?:(?:and|but|while|where)\s+)?the\s+(?:(?:overall|average|end-to-end|same)\s+)?(?:gains?|speed-?ups?|improvements?|savings?|advantages?|benefits?)\b(?!\s+(?:in|of|on)\s)[^,;:]*$/i;

/** The clause the figure is in, from the last comma, semicolon or colon of its lead: "the gain …" opens it. */
function opensWithTheGain(lead: string): boolean {
  const from = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1;
  return THE_GAIN.test(from > 0 ? lead.slice(from) : lead);
}
const SPEED_CUE = /^(?:faster|quicker|sooner)$/i;

/** "reduce preemptions by 80%": a metric after its verb is what the verb acts on, all of it. */
function objectOfVerb(d: Decision, lead: string): boolean {
  if (!d.verb || !d.metric) return false;
  const verb = lead.lastIndexOf(d.verb);
  return verb >= 0 && verb < lead.lastIndexOf(d.metric);
}

export function fromDecision(
  m: Mention,
  d: Decision,
  sentence: number,
  mention: number,
  /** The sentence up to the number: what a bare "less time" is the time of. */
  lead = '',
  /** The kind of the claim before this one in its sentence. */
  earlier: ClaimKind | null = null,
  previous: ClaimKind | null = null,
): Draft | null {
  const high = factorOf(m, d, m.high);
  const low = d.final ? high : factorOf(m, d, m.low);
  if (high === undefined || low === undefined) return null;
  let kind: ClaimKind;
  if (m.type === 'rate') kind = /\/[JW]$/.test(m.unit) ? 'energy' : 'throughput';
  // The time a training job or a whole run takes is a speed-up; the time to a result is latency.
  else if (m.type === 'time')
    kind = timeKind(
      [d.metric, d.verb, d.cue],
      m.high * (unitScale(m.unit)?.scale ?? 0),
      d.verb && /^train/i.test(d.verb) ? 'speedup' : 'latency',
    );
  else if (m.type === 'amount' && m.unit === '$') kind = 'cost';
  else if (m.type === 'amount' && m.unit === 'GPU-hours')
    kind = d.verb && /^train/i.test(d.verb) ? 'speedup' : 'cost';
  else if (m.type === 'amount')
    kind = d.cue === 'compression' ? 'compression' : /[JW]$/.test(m.unit) ? 'energy' : 'memory';
  else if (d.direction === 'abs') kind = 'utilization';
  // "reaches the same loss in 2.3x less time": time with no noun of its own is the
  // time the work takes, a speed-up, unless its sentence names one output's time.
  else if (d.metric && BARE_TIME.test(d.metric) && d.cue && COMPARED_AMOUNT.test(d.cue))
    kind = timeKind([lead], 0, 'speedup');
  else {
    // A factor whose words name no kind takes its clause's, then, with no metric at
    // all, that of the claim before it in its sentence ("takes 40 µs per token, a 12x
    // reduction").
    // Up, a gain with no verb reads its clause too ("a throughput gain of 1.45x", "the
    // gains in goodput are 2.6x"); a verb's factor is a speed-up by default ("speeds up
    // decoding by 1.5x").
    kind =
      (!d.metric && previous !== null && opensWithTheGain(lead) ? previous : null) ??
      namedKind(d.cue, d.metric, d.verb) ??
      (d.direction === 'down' && !objectOfVerb(d, lead)
        ? (clauseKind(lead) ?? (d.metric ? null : earlier))
        : d.direction === 'up' && !d.verb
          ? clauseKind(lead)
          : null) ??
      // "reaches 982 TOp/s/W, 1.58x the efficiency of X": a bare "efficiency" is that of
      // the claim before it in its sentence.
      (d.metric && BARE_EFFICIENCY.test(d.metric) ? earlier : null) ??
      // "the energy saving reaches 28.7x, 14.2x and 2.9x over A, B and C": a later member
      // with no words of its own is of the kind of the claim before it.
      (d.rule === 'list-member-after' && !d.metric && !d.cue ? earlier : null) ??
      directionKind(d.direction);
    kind = shortenedKind(d.verb, d.metric, kind) ?? kind;
    if (
      kind === 'throughput' &&
      d.direction !== 'up' &&
      d.metric &&
      BANDWIDTH.test(d.metric) &&
      !/%|\bof\b/.test(d.metric)
    )
      kind = MEMORY_PATH.test(d.metric) ? 'memory' : 'other';
    if (
      (kind === 'speedup' || SPEED_CUE.test(d.cue ?? '')) &&
      speedsOneOutput(d.cue, d.metric, lead)
    )
      kind = 'latency';
  }
  const factor = high === null ? null : roundFactor(Math.max(high, low ?? high));
  if (!isPlausibleClaim([m.low, m.high], factor)) return null;
  const range: [number, number] | null =
    m.isRange && !d.final
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
    rule: d.rule,
    mentions: [mention],
  };
}

export function fromPair(
  m: Mention,
  p: PairClaim,
  sentence: number,
  mention: number,
): Draft | null {
  if (!isPlausibleClaim([m.low, m.high], p.factor)) return null;
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
    baseline: p.baseline ?? null,
    numberStart: m.start,
    rule: p.rule,
    mentions: [mention],
  };
}

// "its headline 50x speedup holds …", "GridJump's 5.4x reduction comes …": a definite
// article or a possessive (and an adjective) before a factor the abstract already claimed.
const RESTATED_BEFORE =
  /(?:\b(?:the|its|this|that|our|their|these)|[\w.-]['’]s)\s+(?:[a-z-]+\s+)?$/i;
/** "In summary, X provides a 2.8x speedup …": a sentence that sums up restates what it repeats. */
const SUMMARY_OPENING = new RegExp(String.raw`^\s*(?:${alternation(SUMMARY_OPENERS)})\b`, 'i');
/** A time saved is stated as a speedup or a latency, and a summary may switch between them. */
const TIME_KINDS: ReadonlySet<ClaimKind> = new Set(['speedup', 'latency']);

/**
 * Each claim once: a factor the abstract already claimed, of the same kind,
 * restated with a definite article or a possessive ("the headline 7.5x reduction
 * holds …", "X's 2.5x gain needs no …"), or in a sentence that sums up ("Overall,
 * X makes cold starts 3.1x faster"), is the same claim, not a new one.
 * Restatements go to `dropped`.
 */
export function dropRestated(
  text: string,
  sentences: readonly Span[],
  drafts: Draft[],
  dropped?: Draft[],
): Draft[] {
  const seen = new Map<number, ClaimKind>();
  return drafts.filter((d) => {
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    const earlier = d.factor === null ? undefined : seen.get(d.factor);
    const sentenceStart = (sentences[d.sentence] as Span).start;
    const summing =
      earlier !== undefined &&
      (earlier === d.kind || (TIME_KINDS.has(earlier) && TIME_KINDS.has(d.kind))) &&
      SUMMARY_OPENING.test(text.slice(sentenceStart, Math.min(d.start, sentenceStart + 40)));
    // A restatement may name the kind loosely ("saving", "reduction") or call itself the headline.
    const again =
      summing ||
      (earlier !== undefined &&
        RESTATED_BEFORE.test(before) &&
        (earlier === d.kind || d.kind === 'other' || /\bheadline\s+$/i.test(before)));
    if (d.factor !== null && earlier === undefined) seen.set(d.factor, d.kind);
    if (again) dropped?.push({ ...d, rule: 'restated-claim' });
    return !again;
  });
}

/**
 * Evidence spans never overlap: where one claim's words run into the next
 * claim's, the earlier span ends where the later begins (or the later starts
 * after the earlier, if that would leave the earlier without its number).
 */
export function disjoint(text: string, drafts: Draft[], dropped?: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.start < prev.end) {
      if (d.numberStart >= prev.end)
        d.start = prev.end + (/^\s*/.exec(text.slice(prev.end, d.numberStart))?.[0].length ?? 0);
      else if (d.start > prev.numberStart)
        // "up to 3.1x (1.8x on average) faster": the bracket the next claim opens is not ours.
        prev.end = prev.start + text.slice(prev.start, d.start).replace(/[\s(]+$/, '').length;
      else {
        dropped?.push(d);
        continue;
      }
    }
    if (d.end > d.start) out.push(d);
    else dropped?.push(d);
  }
  return out;
}
