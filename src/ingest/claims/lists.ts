// Lists of numbers share their words: in "by 2.8x, 2.6x and 2.2x over X" only
// the first has a verb, and in "2.1× and 1.8× faster" only the last has a cue.
// An uncued number joins the claim next to it when only list words separate them.
import type { Decision } from './classify';
import { SERVICE_MISS } from './cues';
import { alternation } from './lexicon/build';
import { cueDirection, GAIN_NOUNS } from './lexicon/cues';
import { worseDirection } from './lexicon/nouns';
import type { MentionType } from './mentions';
import { tidyPhrase } from './phrases';
import type { RuleName } from './rules';
import {
  hasVerbIn,
  isPerfNoun,
  isQualityNoun,
  nearestNounIn,
  qualityNounOutsideAdjuncts,
  type WordIndex,
} from './words';
import { work } from './work';

export interface Item {
  type: MentionType;
  sentence: number;
  /** Where the figure itself is written (its decision's span may hold its words too). */
  figureStart: number;
  figureEnd: number;
  decision: Decision;
}

function family(t: MentionType): string {
  return t === 'word' ? 'mult' : t;
}

/**
 * Two figures can share words when they are the same kind of figure, or when a
 * verb governs both ("speeds up A by 10–30%, B by 2.1×"): a verb's change can be
 * stated as a percentage or a multiple alike.
 */
function changes(t: MentionType): boolean {
  return t === 'pct' || t === 'mult' || t === 'word';
}

function canShare(text: string, source: Item, member: Item, after: boolean): boolean {
  if (family(source.type) === family(member.type)) return true;
  const d = source.decision;
  if (!after || !changes(source.type) || !changes(member.type)) return false;
  // "by 2x, 1.5x and 1%": a member that took the verb passes it on down the series.
  if (
    d.rule !== 'by-verb' &&
    d.rule !== 'gapped-by-verb' &&
    !(
      d.rule === 'list-member-after' &&
      d.verb &&
      /^[^.;]{0,40}?\brespectively\b/i.test(
        text.slice(member.decision.end, member.decision.end + 50),
      )
    )
  )
    return false;
  return seriesGap(text.slice(d.end, member.decision.start));
}

/** Only commas, "and" and adjuncts ("on summarization, ") between two members of a verb's series. */
function seriesGap(gap: string): boolean {
  return gap
    .split(/,|\band\b/i)
    .every((piece) =>
      /^\s*(?:(?:on|at|for|in|across|with|under|over|from)\s+[^\d]*)?$/i.test(piece),
    );
}

// "systems that reach 1.5x, our method achieves 3.2x": after a comma a new subject
// opens a clause of its own, so the figures on either side of it make no list.
const NEW_CLAUSE =
  /,\s*(?:(?:and|but|while|whereas)\s+)?(?:we|our|ours|it|its|this|they|their|the\s+\w+\s+(?:is|are|was|were|runs?|achieves?|reaches?|delivers?))\b/i;

/**
 * "…, with task success unchanged at 71%", "while the other frameworks stay near 38%": a
 * level something holds, not another gain of the claim before it.
 */
const LEVEL_HELD =
  /\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|unchanged|unaffected|constant|steady)\s+(?:at\s+|near\s+|around\s+|about\s+|roughly\s+|below\s+|under\s+|above\s+)*$/i;

/** Only list words between two numbers: no verb of their own, no quality noun. */
export function listGap(text: string, idx: WordIndex, from: number, to: number): boolean {
  if (to < from || to - from > 150) return false;
  work.steps += to - from;
  const gap = text.slice(from, to);
  if (/[.;]\s/.test(gap) || NEW_CLAUSE.test(gap) || LEVEL_HELD.test(gap)) return false;
  // "…, and human raters judge its answers about 10% clearer": what people judge is a
  // quality, a clause of its own.
  if (PEOPLE_JUDGE.test(gap)) return false;
  // "…, with probe accuracy above 80% for the next layer": the figure is the level of the
  // quality noun right before it, not a member.
  const level = LEVEL_OF_LAST.exec(gap);
  if (level && isQualityNoun(level[1] as string)) return false;
  // "a 1.6x throughput improvement over X, and up to 2.1x at scale": the change noun that
  // ends the claim's own phrase is no verb of the gap.
  const head = CHANGE_NOUN_FIRST.exec(gap);
  if (head) from += head[0].length;
  // "2.5× for model A with only a 0.06 drop in CLIP score, and 3.8× for model B": what a
  // member cost in quality, after "with", is its adjunct; a verb or noun there is not the
  // list's.
  const w = WITH_ADJUNCT.exec(gap);
  return spanIsListWords(idx, from, w ? from + w.index : to);
}

/**
 * The gap closes a bracket it did not open: the figure before it stands inside brackets
 * ("(e.g., 90%→92% on MATH500), while reducing tokens by 84%"), the claim after outside.
 */
function closesBracket(gap: string): boolean {
  let depth = 0;
  for (let k = 0; k < gap.length; k++) {
    const ch = gap.charCodeAt(k);
    if (ch === 40) depth++;
    else if (ch === 41 && --depth < 0) return true;
  }
  return false;
}

/** The last word before the member, or before a level word that ends the gap: "accuracy above", "recall of". */
const LEVEL_OF_LAST =
  /([\w@-]+)\s+(?:(?:of|at|above|below|over|under|near|around|reaching|stays?\s+(?:above|at|near))\s+)?(?:(?:about|roughly|nearly|around|only|just)\s+)?$/i;
const PEOPLE_JUDGE =
  /\b(?:raters?|annotators?|judges|evaluators?|participants|humans?|people|crowd-?workers|reviewers|listeners|viewers)\s+(?:\w+\s+)?(?:judge[sd]?|rate[sd]?|f(?:i|ou)nd|finds|prefer(?:s|red)?|consider(?:s|ed)?|score[sd]?|deem(?:s|ed)?)\b/i;

const CHANGE_NOUN_FIRST = new RegExp(
  String.raw`^\s*(?:${alternation([...GAIN_NOUNS, 'reduction', 'reductions', 'increase', 'increases', 'decrease', 'decreases', 'saving', 'savings'])})\b`,
  'i',
);

// The adjunct ends the gap: only a comma and "and" or "or" follow it.
const WITH_ADJUNCT = /\bwith(?:out)?\s+(?:only\s+)?(?:a|an)\s[^,;]*,\s*(?:and\s+|or\s+)?$/i;

function spanIsListWords(idx: WordIndex, from: number, to: number): boolean {
  if (to <= from) return true;
  if (hasVerbIn(idx, from, to)) return false;
  return !qualityNounOutsideAdjuncts(idx, from, to);
}

/**
 * A member before a claim shares its cue ("2.1x and 1.8x faster"), which comes
 * after the figure. A figure right before a claim that opens with its verb, with
 * no "and" or comma between, is that verb's subject, not a list member:
 * "compressing contexts 16 times shortens TTFT by 7.8x" (16 times is a setting).
 */
function startsAtFigure(text: string, d: Decision): boolean {
  return /^(?:[\d~≈<>.]|(?:up\s+to|about|around|nearly|almost|roughly|over|more\s+than)\b)/i.test(
    text.slice(d.start, d.start + 12),
  );
}

/**
 * "the hit rate rises to 90%, cutting TTFT by 45%": a comma, then a clause that opens
 * with a participle, states what the figure before it brought about; that figure sets
 * the scene and is no member of the claim's list.
 */
function resultClause(text: string, from: number, to: number): boolean {
  return /^\s*,\s*$/.test(text.slice(from, to)) && /^[a-z]+ing\b/.test(text.slice(to, to + 24));
}

/**
 * "the gains in goodput are 2.6x on average and up to 4.2x on the longest trace": a plain
 * verb's figure (a weak claim) lends its words to a bare figure after it when only
 * adjuncts, commas and "and" stand between them.
 */
function weakSeries(text: string, prev: Item, cur: Item): boolean {
  return (
    prev.decision.status === 'weak' &&
    cur.decision.status === 'uncued' &&
    // A name with digits in it ("on A100 and") is an adjunct's, not a figure.
    seriesGap(
      text
        .slice(prev.decision.end, cur.decision.start)
        .replace(/\b[A-Za-z][\w.-]*\d[\w.-]*/g, 'name'),
    )
  );
}

const SEMICOLON_SERIES =
  /^\s*;\s*[^;,.\d]{0,40}\b(?:gives?|yields?|adds?|brings?|delivers?|provides?|achieves?|contributes?)\s+(?:another\s+|a\s+further\s+|an\s+extra\s+)?$/i;
const accepted = (d: Decision) => d.status === 'claim';
function adopt(item: Item, from: Item, rule: RuleName): void {
  const d = item.decision;
  const src = from.decision;
  item.decision = {
    ...d,
    status: 'claim',
    rule,
    direction: src.direction,
    cue: d.cue ?? src.cue,
    verb: d.verb ?? src.verb,
    metric: d.metric ?? src.metric,
  };
}

// "gains of 3.1x in decode speed and 3.9x in energy efficiency": a member that names its
// own performance noun after "in" is about that noun, not its neighbour's.
const IN_METRIC =
  /^\s*in\s+((?:(?!(?:and|or|over|than|on|for|relative|compared)\b|\d)[\w-]+\s*){1,4})/i;
function ownMetricWords(text: string, item: Item): { words: string[]; m: RegExpExecArray } | null {
  const d = item.decision;
  const m = IN_METRIC.exec(text.slice(d.end, d.end + 60));
  return m ? { words: (m[1] as string).split(/\s+/).filter((w) => w !== ''), m } : null;
}
function ownMetric(text: string, item: Item): void {
  const own = ownMetricWords(text, item);
  if (!own?.words.some(isPerfNoun)) return;
  const d = item.decision;
  item.decision = {
    ...d,
    metric: tidyPhrase(own.m[1] as string) ?? d.metric,
    end: d.end + own.m[0].trimEnd().length,
  };
}
const QUALITY_REJECTS: ReadonlySet<string> = new Set([
  'quality-word-after',
  'quality-noun-after',
  'down-cue-after-quality',
  'by-verb-quality',
]);
/**
 * "with only 0.87% and 2.11% accuracy drops": a figure joined by "and" to the next one,
 * whose own words name a quality, shares those words; it is no member of an earlier claim.
 */
function pairedWithQuality(text: string, cur: Item, next: Item | undefined): boolean {
  return (
    next !== undefined &&
    next.sentence === cur.sentence &&
    QUALITY_REJECTS.has(next.decision.rule) &&
    /^\s*(?:,\s*)?(?:and|or)\s+$/i.test(text.slice(cur.figureEnd, next.figureStart))
  );
}

/** "…, and 1.4x in accuracy": a member about a quality noun of its own is no performance claim. */
function ownQuality(text: string, item: Item): boolean {
  const own = ownMetricWords(text, item);
  if (!own) return false;
  return own.words.some(isQualityNoun) && !own.words.some(isPerfNoun);
}

/**
 * "training is 2.8x faster …; at 8K the gain is 1.2x", "the gains grow to 1.9x on
 * PCIe": a gain that names no metric restates the nearest claim before it, in its
 * sentence or the one before, for another setting. It keeps its own direction (a
 * gain is up) and takes that claim's words for its kind.
 */
function followGains(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const cur = items[i] as Item;
    if (cur.decision.rule !== 'gain-without-metric') continue;
    for (let j = i - 1; j >= 0 && (items[j] as Item).sentence >= cur.sentence - 1; j--) {
      const src = (items[j] as Item).decision;
      if (!accepted(src) || src.direction === 'abs') continue;
      // A gain restating a reduction ("2.3x less time") is a speed-up: it keeps its own words.
      const same = src.direction === cur.decision.direction;
      cur.decision = {
        ...cur.decision,
        status: 'claim',
        rule: 'gain-follows-claim',
        verb: cur.decision.verb ?? (same ? src.verb : null),
        metric: cur.decision.metric ?? (same ? src.metric : null),
        cue: same ? (src.cue ?? cur.decision.cue) : cur.decision.cue,
      };
      break;
    }
  }
}

/**
 * "cuts decode latency by 20% on short answers, rising to 35% on long ones": a figure the
 * claim right before it rises to, in the same sentence, is that claim for another setting,
 * in its direction.
 */
function followRises(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const cur = items[i] as Item;
    const prev = items[i - 1] as Item;
    const src = prev.decision;
    if (
      cur.decision.rule !== 'rise-without-claim' ||
      prev.sentence !== cur.sentence ||
      !accepted(src) ||
      src.direction === 'abs' ||
      !changes(prev.type)
    )
      continue;
    adopt(cur, prev, 'rise-follows-claim');
  }
}

/**
 * "1.7x higher throughput than A, and 20% more than B"; "raises throughput to 1,900
 * tokens/s, 11x more than B": a bare comparative right after a claim compares the
 * same quantity with another baseline, whether the claim was stated as a multiple,
 * a percentage or a rate. (Same-shape neighbours are settled by the list passes.)
 */
function followComparatives(text: string, idx: WordIndex, items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const cur = items[i] as Item;
    const prev = items[i - 1] as Item;
    const src = prev.decision;
    if (
      cur.decision.rule !== 'bare-comparative' ||
      family(prev.type) === family(cur.type) ||
      !accepted(src) ||
      prev.sentence !== cur.sentence ||
      !listGap(text, idx, src.end, cur.decision.start)
    )
      continue;
    const rate = src.direction === 'abs';
    // "cuts memory by 40%, and needs 2x more than B" says the opposite of the claim before it.
    const word = /^\s*(\w+)/.exec(text.slice(cur.decision.end, cur.decision.end + 20))?.[1] ?? '';
    // "…tokens per second, 21% above X": a lead over another system, on a rate reached.
    const above = /^above$/i.test(word);
    if (above && prev.type !== 'rate') continue;
    const way = above ? 'up' : cueDirection(word);
    if (way !== (rate ? 'up' : src.direction)) continue;
    cur.decision = {
      ...cur.decision,
      status: 'claim',
      rule: 'comparative-follows-claim',
      direction: rate ? 'up' : src.direction,
      cue: rate ? 'throughput' : src.cue,
      verb: src.verb,
      metric: src.metric,
    };
  }
}

/**
 * "improves accuracy and energy efficiency by 1.2% and 3.8x, respectively": a verb's two
 * figures go with its two coordinated metrics in order; one that goes with a quality noun
 * is no claim, and the other takes its own metric.
 */
// A stage or part named before a shared noun: "prefill and decode latency", "training and
// inference cost", "compute and memory overhead".
const STAGE_WORD =
  /^(?:pre-?fill|decod\w*|encod\w*|training|inference|serving|read|write|forward|backward|compute|computation|communication|upload|download|uplink|downlink|end-to-end|search|indexing|query|retrieval|generation|sampling|rendering|startup|compilation|storage|network)$/i;
function sharedHead(first: string, second: string): boolean {
  return STAGE_WORD.test(first.trim()) && /\s/.test(second.trim());
}
const TWO_METRICS_BY =
  /((?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+by\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?\S+$/i;
function respectiveMetrics(text: string, idx: WordIndex, items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const src = items[i] as Item;
    const member = items[i + 1] as Item;
    const third = items[i + 2];
    if (
      src.decision.rule !== 'by-verb' ||
      member.decision.rule !== 'list-member-after' ||
      member.sentence !== src.sentence ||
      (third && third.sentence === src.sentence && third.decision.rule === 'list-member-after')
    )
      continue;
    const respective = /^[^.;\d]{0,30}?\brespectively\b/i.test(
      text.slice(member.decision.end, member.decision.end + 40),
    );
    // "cuts encoder latency and prefill latency by 23% and 42%": two figures right after
    // two metrics go with them in order, unless another pair follows ("on A100 and H100").
    const paired =
      respective ||
      (/^\s*,?\s*and\s+$/i.test(text.slice(src.decision.end, member.decision.start)) &&
        !/^[^.;]{0,40}?\b(?:and|or|versus|vs)\b/i.test(
          text.slice(member.decision.end, member.decision.end + 40),
        ));
    if (!paired) continue;
    // The span opens with the verb: the metrics are in its object.
    const whole = text.slice(src.decision.start, src.decision.end);
    const span = whole.replace(/^\S+\s+/, '');
    const m = TWO_METRICS_BY.exec(span);
    if (!m) continue;
    const firstAt = src.decision.start + whole.length - span.length + m.index;
    const firstEnd = firstAt + (m[1] as string).length;
    const secondAt = firstEnd + (/^\s+and\s+/i.exec(text.slice(firstEnd))?.[0].length ?? 0);
    // By the head, the last word: "prefill and decode latency" share theirs; a two-word
    // noun is read whole ("frame rate", "word error rate").
    const kind = (phrase: string, at: number) => {
      // "goodput and SLO attainment": how often targets are met is a service level.
      if (SERVICE_MISS.test(phrase)) return 'quality';
      const noun = nearestNounIn(idx, at, at + phrase.length, true);
      if (noun === 'perf') return 'perf';
      if (noun === 'nonperf') return 'quality';
      const head = phrase.split(/\s+/).pop() ?? '';
      if (isPerfNoun(head)) return 'perf';
      return isQualityNoun(head) ? 'quality' : null;
    };
    const first = kind(m[1] as string, firstAt);
    const second = kind(m[2] as string, secondAt);
    // Two performance metrics, each a noun of its own, keep one each ("prefill and decode
    // latency" share one noun and keep the pair's).
    if (first === 'perf' && second === 'perf' && !sharedHead(m[1] as string, m[2] as string)) {
      const own = tidyPhrase(m[1] as string);
      const other = tidyPhrase(m[2] as string);
      if (own && other) {
        src.decision = { ...src.decision, metric: own };
        member.decision = ownMetricTaken(member, other);
      }
    } else if (!respective) continue;
    else if (first === 'quality' && second === 'perf') {
      src.decision = { ...src.decision, status: 'reject', rule: 'respective-quality' };
      member.decision = { ...member.decision, metric: tidyPhrase(m[2] as string) };
    } else if (first === 'perf' && second === 'quality') {
      member.decision = { ...member.decision, status: 'reject', rule: 'respective-quality' };
    }
  }
}

/**
 * "achieves 1.8x and 2.1% improvements in throughput and accuracy, respectively", "2.4x and
 * 31% reductions in latency and memory, respectively": two figures, one change noun, then
 * two metrics in order. Each figure takes its own metric; one on a quality is no claim.
 */
const CHANGES_IN_TWO =
  /^\s+(?:[\w-]+\s+)?(?:improvements?|gains?|reductions?|speed-?ups?|increases?|decreases?|savings?|boosts?|cuts?|drops?)\s+in\s+(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+),?\s+respectively\b/i;
function figuresBeforeMetrics(text: string, idx: WordIndex, items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const src = items[i] as Item;
    const member = items[i + 1] as Item;
    const third = items[i + 2];
    if (
      member.sentence !== src.sentence ||
      !(
        member.decision.status === 'claim' ||
        (member.decision.status === 'reject' && member.decision.rule === 'quality-noun-after')
      ) ||
      (third &&
        third.sentence === src.sentence &&
        /^\s*,?\s*(?:and\s+)?$/.test(text.slice(member.decision.end, third.decision.start))) ||
      !/^\s*,?\s*and\s+$/i.test(text.slice(src.decision.end, member.decision.start))
    )
      continue;
    // The member's figure ends its mention; the change noun follows it.
    const tail = text.slice(member.decision.start, member.decision.start + 160);
    const figure = /^\S+/.exec(tail)?.[0] ?? '';
    const m = CHANGES_IN_TWO.exec(tail.slice(figure.length));
    if (!m) continue;
    const base = member.decision.start + figure.length + m.index;
    const firstAt = base + m[0].indexOf(m[1] as string);
    const secondAt =
      firstAt +
      (m[1] as string).length +
      m[0].slice(m[0].indexOf(m[1] as string) + (m[1] as string).length).indexOf(m[2] as string);
    const kind = (phrase: string, at: number) => {
      const noun = nearestNounIn(idx, at, at + phrase.length, true);
      if (noun === 'perf') return 'perf';
      if (noun === 'nonperf') return 'quality';
      return null;
    };
    const first = kind(m[1] as string, firstAt);
    const second = kind(m[2] as string, secondAt);
    if (first === null || second === null) continue;
    if (first === 'perf') {
      adopt(src, member, 'list-member-before');
      src.decision = { ...src.decision, metric: tidyPhrase(m[1] as string) };
    } else if (src.decision.status !== 'reject' || src.decision.rule !== 'respective-quality')
      src.decision = { ...src.decision, status: 'reject', rule: 'respective-quality' };
    // "0.6% and 2.2x gains in accuracy and decoding speed": the quality named first was
    // the first figure's, not this one's.
    if (second === 'perf')
      member.decision = {
        ...member.decision,
        status: 'claim',
        rule: member.decision.status === 'claim' ? member.decision.rule : 'cue-after',
        metric: tidyPhrase(m[2] as string),
      };
    else member.decision = { ...member.decision, status: 'reject', rule: 'respective-quality' };
  }
}

/**
 * "improves throughput, latency and accuracy by 2x, 30% and 1%, respectively": three or
 * four figures after one verb go with as many metrics in order; one on a quality is no
 * claim, the others take their own metric.
 */
function respectiveLists(text: string, idx: WordIndex, items: Item[]): void {
  for (let i = 0; i + 2 < items.length; i++) {
    const src = items[i] as Item;
    if (src.decision.rule !== 'by-verb' || src.decision.status !== 'claim') continue;
    const run: Item[] = [src];
    for (let j = i + 1; j < items.length; j++) {
      const it = items[j] as Item;
      if (it.sentence !== src.sentence || it.decision.rule !== 'list-member-after') break;
      run.push(it);
    }
    if (run.length < 3 || run.length > 4) continue;
    const last = run[run.length - 1] as Item;
    if (
      !/^[^.;]{0,30}?\brespectively\b/i.test(text.slice(last.decision.end, last.decision.end + 40))
    )
      continue;
    const whole = text.slice(src.decision.start, src.decision.end);
    const by = whole.search(/\s+by\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?\S+$/i);
    if (by < 0) continue;
    const verbEnd = /^\S+\s+/.exec(whole)?.[0].length ?? 0;
    const objectAt = src.decision.start + verbEnd;
    const object = whole.slice(verbEnd, by);
    const metrics = object
      .replace(/^\s*(?:the\s+|its\s+|their\s+)?/i, '')
      .trim()
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/i);
    if (metrics.length !== run.length || metrics.some((w) => !w || w.split(/\s+/).length > 3))
      continue;
    run.forEach((it, k) => {
      const phrase = metrics[k] as string;
      const at = objectAt + object.indexOf(phrase);
      const noun = SERVICE_MISS.test(phrase)
        ? 'nonperf'
        : nearestNounIn(idx, at, at + phrase.length, true);
      if (noun === 'nonperf')
        it.decision = { ...it.decision, status: 'reject', rule: 'respective-quality' };
      else if (noun === 'perf') it.decision = ownMetricTaken(it, tidyPhrase(phrase));
    });
    i += run.length - 1;
  }
}

/**
 * A member's own metric, and the direction it gives: "improves throughput and latency by
 * 2x and 30%" is 30% less latency, as "improves TTFT by 27%" is (cues.ts).
 */
function ownMetricTaken(item: Item, metric: string | null): Decision {
  const d = item.decision;
  const better =
    d.direction === 'up' &&
    item.type === 'pct' &&
    /^improv/i.test(d.verb ?? '') &&
    worseDirection(metric, 'up');
  return { ...d, metric, direction: better ? 'down' : d.direction };
}

/**
 * "2.9x on A at a 5x horizon, 2.7x on B at a 5x horizon": a setting a member was
 * measured at, in its adjunct, is no member and does not end the list; the member
 * before it is the neighbour (the gap over the setting is still checked by listGap).
 */
function memberBefore(text: string, items: Item[], i: number): Item {
  let j = i - 1;
  while (j > 0 && isSetting(text, (items[j] as Item).decision)) j--;
  return items[j] as Item;
}
// A rejected figure in an adjunct that opens with "at" ("at 50% sparsity", "at a 4x
// horizon") is a setting whatever rule rejected it.
const AT_ADJUNCT = /\bat\s+(?:an?\s+)?$/i;
const isSetting = (text: string, d: Decision) =>
  (d.status === 'reject' && (d.rule === 'setting-figure' || atAdjunct(text, d))) ||
  (d.status === 'uncued' && atSetting(text, d));
const atAdjunct = (text: string, d: Decision) =>
  AT_ADJUNCT.test(text.slice(Math.max(0, d.start - 8), d.start));
/** "by 30% at 50% load": a figure after "at" with its noun after it is where a member was measured. */
const atSetting = (text: string, d: Decision) =>
  atAdjunct(text, d) && /^\s+[a-z]/.test(text.slice(d.end, d.end + 3));

/**
 * "saves 44%, 35% and 19% of power, area and delay, respectively", "2x and 4x improvement
 * in GOPS and GOPS/W, respectively", "1.8x, 2.1x and 30% gains in throughput, energy
 * efficiency and memory, respectively": a list of two to four figures, then (after a
 * change word, "of", "in" or "in terms of") as many metrics, then "respectively". Each
 * figure takes its own metric in order; one on a quality is no claim. A later list of as
 * many bare figures in the same sentence or the next, after a gain noun ("the savings
 * reach 68%, 61% and 24%"), is the same metrics against another baseline.
 */
const LIST_JOIN =
  /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:up\s+to|about|around|nearly|roughly|at\s+least|over|~)\s*)?$/i;
const CHANGE_WORD =
  /^(?:improvements?|gains?|reductions?|speed-?ups?|increases?|decreases?|savings?|boosts?|cuts?|drops?|higher|lower|less|fewer|smaller|more|better|faster)$/i;
const DOWN_WORD = /^(?:reductions?|decreases?|savings?|cuts?|drops?|lower|less|fewer|smaller)$/i;
// The change word (one modifier may stand before it), then "in", "in terms of", "of", "on".
const METRICS_AFTER =
  /^\s+(?:(?:([\w-]+)\s+)?([\w-]+)\s+)?(in\s+terms\s+of|in|of|on)\s+(?:the\s+|their\s+|its\s+)?((?:[\w/-]+\s+){0,2}?[\w/-]+(?:\s*,\s*(?:and\s+)?(?:[\w/-]+\s+){0,2}?[\w/-]+)*\s*,?\s+and\s+(?:[\w/-]+\s+){0,2}?[\w/-]+)(?=\s*,?\s+respectively\b|\s*,?\s+(?:than|over|compared|relative|versus|vs|against|on|across|for|at)\b)/i;
const SAVING_BEFORE =
  /\b(?:sav(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|shav(?:e|es|ed|ing))\s+(?:(?:up\s+to|about|around|roughly|nearly|over|at\s+least)\s+)?$/i;
const GAIN_SUBJECT_BEFORE =
  /\b(?:savings?|gains?|reductions?|improvements?|speed-?ups?)\s+(?:[\w-]+\s+)?(?:reach(?:es)?|are|were|become|rise\s+to|grow\s+to|climb\s+to|amount\s+to)\s+(?:(?:up\s+to|about|around|roughly|nearly|over|at\s+least)\s+)?$/i;

function listRun(text: string, items: Item[], i: number): Item[] {
  const run: Item[] = [items[i] as Item];
  for (let j = i + 1; j < items.length && run.length < 5; j++) {
    const prev = run[run.length - 1] as Item;
    const it = items[j] as Item;
    if (it.sentence !== prev.sentence || !changes(it.type)) break;
    if (!LIST_JOIN.test(text.slice(prev.figureEnd, it.figureStart))) break;
    run.push(it);
  }
  return run;
}

function metricClass(idx: WordIndex, phrase: string, at: number): 'perf' | 'quality' | null {
  if (SERVICE_MISS.test(phrase)) return 'quality';
  const noun = nearestNounIn(idx, at, at + phrase.length, true);
  if (noun === 'perf' || noun === 'size') return 'perf';
  if (noun === 'nonperf') return 'quality';
  const head = phrase.split(/\s+/).pop() ?? '';
  if (isPerfNoun(head)) return 'perf';
  return isQualityNoun(head) ? 'quality' : null;
}

function respectiveFigureLists(text: string, idx: WordIndex, items: Item[]): void {
  let last: { sentence: number; metrics: string[]; direction: Decision['direction'] } | null = null;
  for (let i = 0; i < items.length; i++) {
    const first = items[i] as Item;
    if (!changes(first.type)) continue;
    const run = listRun(text, items, i);
    if (run.length < 2 || run.length > 4) continue;
    i += run.length - 1;
    const end = (run[run.length - 1] as Item).figureEnd;
    const tail = text.slice(end, end + 200);
    work.steps += tail.length;
    const m = METRICS_AFTER.exec(tail);
    if (m && /^[^.;]{0,100}?\brespectively\b/i.test(tail.slice(m[0].length - 1))) {
      const change = m[2] ?? '';
      if (change && !CHANGE_WORD.test(change)) continue;
      const of = (m[3] as string).toLowerCase() === 'of';
      const saving = SAVING_BEFORE.test(
        text.slice(Math.max(0, first.figureStart - 40), first.figureStart),
      );
      // "of" names what is saved only after a verb of saving; otherwise it is a share.
      if (of && (change || !saving)) continue;
      const direction: Decision['direction'] | null = change
        ? DOWN_WORD.test(change)
          ? 'down'
          : 'up'
        : saving
          ? 'down'
          : (run.find((it) => accepted(it.decision) && it.decision.direction !== 'abs')?.decision
              .direction ?? null);
      if (!direction) continue;
      const list = m[4] as string;
      const listAt = end + m[0].length - list.length;
      const metrics = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/i);
      if (metrics.length !== run.length) continue;
      let from = 0;
      const classes = metrics.map((phrase) => {
        const at = listAt + list.indexOf(phrase, from);
        from = at - listAt + phrase.length;
        return metricClass(idx, phrase, at);
      });
      if (classes.some((k) => k === null)) continue;
      run.forEach((it, k) => {
        if (classes[k] === 'quality') {
          it.decision = { ...it.decision, status: 'reject', rule: 'respective-quality' };
          return;
        }
        const metric = tidyPhrase(metrics[k] as string);
        const d = it.decision;
        // "30% gains in memory": a gain in what is spent is less of it.
        const better =
          direction === 'up' &&
          it.type === 'pct' &&
          /^(?:improvements?|gains?|better)$/i.test(change) &&
          worseDirection(metric, 'up');
        it.decision = {
          ...d,
          status: 'claim',
          rule: accepted(d) && d.rule !== 'share-of-cost' ? d.rule : 'respective-metric',
          // "19% of power, area and delay": the share's span named the first metric only.
          end: d.rule === 'share-of-cost' ? it.figureEnd : d.end,
          direction: better ? 'down' : direction,
          cue: change || d.cue,
          metric,
        };
      });
      last = {
        sentence: first.sentence,
        metrics: metrics.map((w) => tidyPhrase(w) ?? w),
        direction,
      };
      continue;
    }
    // "…; relative to X the savings reach 68%, 61% and 24%": the same metrics again.
    if (
      last &&
      last.metrics.length === run.length &&
      first.sentence - last.sentence <= 1 &&
      run.every((it) => it.decision.status !== 'claim') &&
      GAIN_SUBJECT_BEFORE.test(text.slice(Math.max(0, first.figureStart - 50), first.figureStart))
    ) {
      const ms = last.metrics;
      const direction = last.direction;
      run.forEach((it, k) => {
        it.decision = {
          ...it.decision,
          status: 'claim',
          rule: 'respective-metric',
          direction,
          metric: ms[k] ?? null,
        };
      });
    }
  }
}

/**
 * "38-129x and 590-1012x speedup, and 110-356x and 301-587x higher energy efficiency": a
 * claim whose cue comes after its figure closes its list; a bare figure after it that
 * only list words join to a next such claim opens that claim's list, and takes its words.
 */
function opensNextList(text: string, prev: Item, cur: Item, next: Item | undefined): boolean {
  return (
    prev.decision.rule === 'cue-after' &&
    next !== undefined &&
    next.sentence === cur.sentence &&
    accepted(next.decision) &&
    next.decision.rule === 'cue-after' &&
    family(next.type) === family(cur.type) &&
    LIST_JOIN.test(text.slice(cur.figureEnd, next.figureStart))
  );
}

// "up to 3.1x (1.8x on average) faster than X", "up to 41% (on average 23%) lower latency":
// the average in brackets between a figure and its cue is a claim of its own on the same cue
// (the corpus labels both), though it stands inside the first claim's words.
const AVERAGE_WORD = String.raw`(?:on\s+average|average|avg\.?|mean|geo-?mean|geometric\s+mean|median)`;
const AVERAGE_OPEN = new RegExp(String.raw`\(\s*(?:${AVERAGE_WORD}\s*:?\s*)?$`, 'i');
const AVERAGE_CLOSE = new RegExp(String.raw`^\s*(?:${AVERAGE_WORD}\s*)?\)`, 'i');
const AVERAGE_ANY = new RegExp(AVERAGE_WORD, 'i');
/** Where the bracketed average's words start ("geomean 23%"), or -1 when it is none. */
function averageInsideClaim(text: string, prev: Item, cur: Item): number {
  if (cur.decision.status !== 'uncued' && cur.decision.status !== 'weak') return -1;
  const d = prev.decision;
  if (!accepted(d) || prev.sentence !== cur.sentence || family(prev.type) !== family(cur.type))
    return -1;
  if (!(prev.figureEnd < cur.figureStart && cur.figureEnd < d.end)) return -1;
  const before = text.slice(Math.max(prev.figureEnd, cur.figureStart - 24), cur.figureStart);
  const after = text.slice(cur.figureEnd, Math.min(d.end, cur.figureEnd + 24));
  const open = AVERAGE_OPEN.exec(before);
  const close = AVERAGE_CLOSE.exec(after);
  if (
    open === null ||
    close === null ||
    !/^\s*$/.test(text.slice(prev.figureEnd, cur.figureStart - before.length + open.index)) ||
    !AVERAGE_ANY.test(open[0] + close[0])
  )
    return -1;
  const at = cur.figureStart - before.length + open.index + 1;
  return at + (/^\s*/.exec(text.slice(at, cur.figureStart))?.[0].length ?? 0);
}

/** Settles 'uncued' and 'weak' items in place: each becomes a claim or a rejection. */
const SAME_SUBJECT_PREDICATE =
  /^(?:(?!\b(?:we|our|us|it|its|they|their|this|which|that)\b)[^,;:.])*?\b(?:but|yet|and)\s+(?:(?:only|just|about|up\s+to|nearly|roughly)\s+)?$/i;
/** Only a list joint between two figures: "29% and 41% reductions", "1.2x, 1.5x or". */
const JOINT_ONLY = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:(?:only|just|about|up\s+to)\s+)?$/;

/**
 * "Routers from prior work reach only 29% and 41% reductions": each figure reads its
 * clause from the figure before it (linear time), so a later member of a list whose first
 * member is earlier work's has no subject in view; it is that work's figure too.
 */
function othersListMembers(text: string, idx: WordIndex, items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1] as Item;
    const cur = items[i] as Item;
    if (
      prev.decision.rule === 'prior-work-figure' &&
      cur.decision.status !== 'reject' &&
      prev.sentence === cur.sentence &&
      (JOINT_ONLY.test(text.slice(prev.figureEnd, cur.figureStart)) ||
        // "… runs 1.9x faster on one GPU but only 0.4x as fast on another": a second
        // predicate of the same subject, with no verb or subject of its own.
        (SAME_SUBJECT_PREDICATE.test(text.slice(prev.figureEnd, cur.figureStart)) &&
          !hasVerbIn(idx, prev.figureEnd, cur.figureStart)))
    )
      cur.decision = { ...cur.decision, status: 'reject', rule: 'prior-work-figure' };
  }
}

const OPENER_LAST = /\b(?:with|at|under|using)\s+(?:(?:about|only|just)\s+)?$/i;

/**
 * "at 50% and 70% sparsity", "with 25% and 50% expert reduction": the setting noun stands
 * after the last figure only; a figure right after the opener, joined to a setting, is one.
 */
function settingListMembers(text: string, items: Item[]): void {
  for (let i = items.length - 2; i >= 0; i--) {
    const cur = items[i] as Item;
    const next = items[i + 1] as Item;
    if (
      next.decision.rule === 'setting-figure' &&
      cur.decision.status !== 'reject' &&
      cur.sentence === next.sentence &&
      JOINT_ONLY.test(text.slice(cur.figureEnd, next.figureStart)) &&
      OPENER_LAST.test(text.slice(Math.max(0, cur.figureStart - 20), cur.figureStart))
    )
      cur.decision = { ...cur.decision, status: 'reject', rule: 'setting-figure' };
  }
}

export function resolveLists(text: string, idx: WordIndex, items: Item[]): void {
  followGains(items);
  followRises(items);
  followComparatives(text, idx, items);
  for (let i = 1; i < items.length; i++) {
    const cur = items[i] as Item;
    const prev = memberBefore(text, items, i);
    const average = averageInsideClaim(text, prev, cur);
    if (average >= 0) {
      adopt(cur, prev, 'list-member-after');
      cur.decision = { ...cur.decision, start: Math.min(cur.decision.start, average) };
      continue;
    }
    if (
      (cur.decision.status === 'uncued' || cur.decision.status === 'weak') &&
      (accepted(prev.decision) || weakSeries(text, prev, cur)) &&
      prev.sentence === cur.sentence &&
      !opensNextList(text, prev, cur, items[i + 1]) &&
      canShare(text, prev, cur, true) &&
      !atSetting(text, cur.decision) &&
      listGap(text, idx, prev.decision.end, cur.decision.start) &&
      !ownQuality(text, cur) &&
      !pairedWithQuality(text, cur, items[i + 1])
    ) {
      adopt(cur, prev, 'list-member-after');
      ownMetric(text, cur);
    }
  }
  for (let i = items.length - 2; i >= 0; i--) {
    const cur = items[i] as Item;
    const next = items[i + 1] as Item;
    if (
      (cur.decision.status === 'uncued' || cur.decision.status === 'weak') &&
      accepted(next.decision) &&
      next.sentence === cur.sentence &&
      (startsAtFigure(text, next.decision) ||
        (/,|\b(?:and|or)\b/i.test(text.slice(cur.decision.end, next.decision.start)) &&
          !resultClause(text, cur.decision.end, next.decision.start))) &&
      canShare(text, next, cur, false) &&
      !atSetting(text, cur.decision) &&
      // "…, and FP8 KV caches halve the memory": a verb-figure after a subject of its own
      // opens a clause; it lends no words to the figure before it.
      !(next.type === 'word' && !JOINT_ONLY.test(text.slice(cur.figureEnd, next.figureStart))) &&
      listGap(text, idx, cur.decision.end, next.decision.start) &&
      // An example in brackets shares no cue of the claim after them.
      !closesBracket(text.slice(cur.decision.end, next.decision.start))
    ) {
      adopt(cur, next, 'list-member-before');
    }
  }
  // "pruning saves 9x; sharing gives 4x; coding saves another 2x": across
  // semicolons, a plain verb on a factor continues the series of claims.
  for (let i = 1; i < items.length; i++) {
    const cur = items[i] as Item;
    const prev = items[i - 1] as Item;
    if (
      cur.decision.status === 'uncued' &&
      accepted(prev.decision) &&
      prev.sentence === cur.sentence &&
      family(prev.type) === family(cur.type) &&
      SEMICOLON_SERIES.test(text.slice(prev.decision.end, cur.decision.start))
    )
      adopt(cur, prev, 'semicolon-series');
  }
  respectiveMetrics(text, idx, items);
  figuresBeforeMetrics(text, idx, items);
  respectiveLists(text, idx, items);
  respectiveFigureLists(text, idx, items);
  othersListMembers(text, idx, items);
  settingListMembers(text, items);
  for (const item of items) {
    if (item.decision.status === 'weak') item.decision = { ...item.decision, status: 'claim' };
    else if (item.decision.status === 'uncued')
      item.decision = { ...item.decision, status: 'reject' };
  }
}
