// "from 71s to 29s", "to 52.4% from 38.1%", "9 hours instead of 50": a before
// and an after, whose ratio is the factor when the paper states none.
import type { ClaimKind } from '../../dataset/schema';
import type { Draft } from './attach';
import { sizeKind, timeKind } from './kind';
import { readPhrase } from './context';
import type { Mention } from './mentions';
import type { RuleName } from './rules';
import { unitScale } from './numbers';
import { shortMetric, tidyPhrase } from './phrases';
import { clauseStart, type Span } from './sentences';
import { lastVerbIn, nearestNounIn, type WordIndex } from './words';
import { work } from './work';

/** Why a before/after pair is not a claim. */
export interface PairReject {
  reject: RuleName;
}

export interface PairClaim {
  rule: RuleName;
  start: number;
  end: number;
  factor: number;
  kind: ClaimKind;
  metric: string | null;
  /** "on 8 GPUs, where the baseline needed 32": the pair names what it is compared with. */
  baseline?: string | null;
}

const BUSY_SHARE = /\b(?:MFU|HFU|utili[sz]ation|goodput|effective\s+training\s+time)\b/i;
// Time the hardware waits is utilization lost: lower is better.
const IDLE_SHARE = /\b(?:idle|idling|bubbles?)\b/i;
const WHERE_SUBJECT =
  /\bwhere\s+((?:[\w-]+\s+){1,4}?)(?:needs?|needed|requires?|required|uses?|used|takes?|took)\s/i;
const NUMBER_OF = /\bnumber\s+of\s+(?:[\w-]+\s+){1,3}$/i;
const POWER_LIMIT = /\b(?:caps?|capp\w*|limits?|budgets?|TDP|envelopes?|targets?)\b/i;
const NOT_A_CHANGE = /\b(?:rang\w*|between|vary\w*|varies|scal\w*|spanning|grows?|increas\w*)\s+$/i;
const SETTINGS_SWEPT =
  /\b(?:at|with|for|across|over|under|on)\s+(?:[\w-]+\s+){0,2}?(?:rates|sizes|lengths|budgets|counts|levels|resolutions|settings|ratios|widths|depths|frequencies|bitrates)\s+$/i;
const RATE_REACHED = /\b(?:throughput|speed|(?:frame|control|update|processing)\s+rate|FPS)\b/i;
const LOAD_SWEPT = /\b(?:request|arrival|input|offered|sending|query)\s+rates?\b|\bload\b|\bas\s/i;
const FAMILY_KIND = {
  time: 'latency',
  bytes: 'memory',
  money: 'cost',
  rate: 'throughput',
  percent: 'utilization',
  devices: 'cost',
  work: 'compute',
  power: 'energy',
  energy: 'energy',
  machineTime: 'cost',
  capacity: 'throughput',
} as const;
// "reduces decoding steps from 1,024 to 96": bare counts after a noun of work counted.
// "decoding calls per minute of video drop from 60 to 7": a short adjunct and the
// verb may stand between the count and the pair.
const WORK_COUNTED_LAST =
  /\b(?:steps|iterations|evaluations|NFEs?|passes|calls|rounds)\s+(?:(?:per|of|for)\s+(?:[\w-]+\s+){1,3}?)?(?:needed\s+|required\s+|(?:drop|drops|dropped|fall|falls|fell|decrease[sd]?|shrinks?|shrank)\s+)?$/i;

// Machines counted, then at most a few words of what they serve, before the pair.
const DEVICE_NOUNS = String.raw`(?:GPUs|GPU\s+count|nodes|node\s+count|servers|machines|instances|replicas|hosts|accelerators|(?:CPU\s+)?cores)`;
const DEVICES_COUNTED = new RegExp(
  String.raw`\b${DEVICE_NOUNS}\b(?:\s+\S+){0,6}?\s+(?:(?:drops?|dropped|falls?|fell|shrinks?|shrank|goes\s+down|went\s+down)\s+)?$`,
  'i',
);
const REDUCED_DEVICES = new RegExp(
  String.raw`\b(?:reduc\w*|cuts?|cutting|lower\w*|shrinks?|trims?|halv\w*)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?${DEVICE_NOUNS}\b`,
  'i',
);
const NEEDED_DEVICES = new RegExp(
  String.raw`\b(?:required|needed|necessary)\s+${DEVICE_NOUNS}\b|\b${DEVICE_NOUNS}\s+(?:needed|required)\b`,
  'i',
);
// Between two pairs of one list: the first's setting, a comma, "and"; no verb of its own.
const PAIR_LIST_GAP =
  /^(?:\s+(?:for|on|with|at|in|across|under)\s+[^,;.]{1,60})?\s*,?\s*(?:and|while)?\s+$/i;
const CAPACITY_COUNTED =
  /\b(?:(?:max(?:imum)?\s+)?batch\s+sizes?|(?:number|count)\s+of\s+(?:concurrent|simultaneous|parallel|in-flight|active)\s+[\w-]+|concurrent\s+(?:requests|sessions|users|agents|streams|sequences))\b(?:\s+\S+){0,6}?\s+$/i;
// "raises images per second from 9,100 to 23,400": bare counts after a rate, wanted higher.
const RATE_COUNTED =
  /\b(?:(?!(?:calls|steps|iterations|evaluations|NFEs?|passes|rounds)\b)[\w-]+\s+per\s+(?:second|sec|minute|hour|day)|throughput|goodput|QPS|RPS)\s+(?:\S+\s+){0,3}?$/i;
// "the longest context that fits on one GPU rises from 160K to 640K tokens", "the maximum
// trainable context grows from 1M to 2.5M tokens": the most input held at once, wanted
// higher (room memory savings make); "extends the context from 4K to 32K tokens" is none.
const CONTEXT_HELD =
  /\b(?:max(?:imum)?|longest|largest|trainable|supported|usable|feasible)\s+(?:[\w-]+\s+){0,2}?(?:context|sequence|input|prompt)s?\b/i;
const AUTHORS_IN = /\bwe\b/i;
// "brings the model from 2.3 GB to 0.6 GB", "takes training from 19 h to 6 h": a verb with
// no direction of its own and an object; the unit says which way is better.
const CHANGE_VERB =
  /\b(brings?|brought|bringing|takes?|took|taking|moves?|moved|moving|push|pushes|pushed|gets?|got)\s+(?:[\w'’-]+\s+){1,6}?$/i;
const AUTHORS_RAISE = /\bwe\s+(?:\w+\s+)?(?:increase|raise|scale|grow|vary|set|double|sweep)\b/i;
// "battery life extends from 5 to 12 days": a time the device lasts, wanted longer.
const LASTS_LONGER =
  /\b(?:battery\s+(?:life(?:time)?|runtime)|lifetime|uptime|endurance)\s+(?:\S+\s+){0,3}?$/i;
// "… compared to the 256 steps of standard AR models": "of" names whose too.
const WHOSE_AFTER = /^\s*(?:for|with|by|under|of)\s+/i;
const RANGE_LOW_BEFORE = /\b(\d+(?:\.\d+)?)\s*(?:to|-|–)\s*$/;
const higherIsBetterFamily = (f: string) => f === 'rate' || f === 'percent';

export function classifyPair(
  text: string,
  idx: WordIndex,
  m: Mention,
  sentence: Span,
  floor: number,
  /** The pair claim right before this one in its sentence, if any. */
  prev: PairClaim | null = null,
  /** End of the last figure of the sentence that was a claim (a rejected one ends no object). */
  claimFloor: number = floor,
): PairClaim | PairReject {
  const p = m.pair;
  if (!p) return { reject: 'pair-units-differ' };
  const leftStart = clauseStart(text, Math.max(sentence.start, floor, m.start - 120), m.start);
  const left = text.slice(leftStart, m.start);
  work.steps += left.length;
  // "reduces the number of served models from 6 to 2": bare counts of what a system runs.
  const counts =
    p.beforeUnit === '' && p.afterUnit === '' && NUMBER_OF.test(left)
      ? lastVerbIn(text, idx, leftStart, m.start)?.direction === 'down'
      : false;
  // "cuts latency by 58% for the 70B model on 2 GPUs instead of 4": the devices are
  // the setting of the claim before them, in the same clause.
  if (
    p.beforeUnit === 'devices' &&
    floor > sentence.start &&
    !/[,;:]/.test(text.slice(floor, m.start)) &&
    // "…by 3.4x and runs the same job on 104 GPUs instead of 128": a verb of its own.
    !/\band\s+(?:then\s+)?[a-z]+s\s+(?:the|its|a|an|their)\b/.test(text.slice(floor, m.start))
  )
    return { reject: 'device-count-setting' };
  const workCounts =
    !counts &&
    p.beforeUnit === '' &&
    p.afterUnit === '' &&
    WORK_COUNTED_LAST.test(left) &&
    lastVerbIn(text, idx, leftStart, m.start)?.direction === 'down';
  // "reduces the required GPUs from 8 to 3", "the number of CPU cores needed per GPU
  // drops from 12 to 2": fewer machines for the same work. The devices must be what a
  // verb of the system cuts, or what the work needs; "as the GPU count drops from 64
  // to 16" is a setting the paper varied.
  const deviceCounts =
    !counts &&
    p.beforeUnit === '' &&
    p.afterUnit === '' &&
    DEVICES_COUNTED.test(left) &&
    (REDUCED_DEVICES.test(left) || NEEDED_DEVICES.test(left)) &&
    lastVerbIn(text, idx, leftStart, m.start)?.direction === 'down';
  // "raises the batch size that fits on one GPU from 12 to 64", "lifts the number of
  // concurrent agents a GPU sustains from 48 to 80": more work held at once, as bare counts
  // after a verb of the system that raises them ("we increase the batch size from 8 to 32"
  // is a setting the authors varied).
  const capacity =
    !counts &&
    !workCounts &&
    !deviceCounts &&
    p.beforeUnit === '' &&
    p.afterUnit === '' &&
    CAPACITY_COUNTED.test(left) &&
    !AUTHORS_RAISE.test(left) &&
    lastVerbIn(text, idx, leftStart, m.start)?.direction === 'up';
  const rateCounts =
    !counts &&
    !workCounts &&
    !deviceCounts &&
    !capacity &&
    p.beforeUnit === '' &&
    p.afterUnit === '' &&
    RATE_COUNTED.test(left) &&
    !LOAD_SWEPT.test(left) &&
    !AUTHORS_IN.test(left);
  const contextHeld =
    /^tokens$/i.test(p.afterUnit) &&
    (p.beforeUnit === '' || /^tokens$/i.test(p.beforeUnit)) &&
    CONTEXT_HELD.test(left) &&
    !AUTHORS_IN.test(left);
  // "reduces the number of denoising steps from 256 to 41": the number of a unit of
  // work counted is compute, whatever else a number of things served costs.
  const countedWork = counts && WORK_COUNTED_LAST.test(left);
  const bare =
    (counts && !countedWork) || deviceCounts
      ? 'devices'
      : workCounts || countedWork
        ? 'work'
        : capacity || contextHeld
          ? 'capacity'
          : rateCounts
            ? 'tokens/s'
            : null;
  const before = unitScale(bare ?? p.beforeUnit);
  const after = unitScale(bare ?? p.afterUnit);
  if (!before || !after || before.family !== after.family) return { reject: 'pair-units-differ' };
  const family = before.family;
  // "lowers the power cap from 300 W to 150 W": a limit the paper set, not what it drew.
  if ((family === 'power' || family === 'energy') && POWER_LIMIT.test(left))
    return { reject: 'setting-figure' };
  // Battery life that "grows" or "increases" from A to B has changed, not ranged.
  const lasts = family === 'time' && LASTS_LONGER.test(left);
  // "Throughput of the LiDAR path increases from 9 to 20 clouds per second": a rate the
  // system reaches that grows has changed; a load swept ("as the request rate increases
  // from 10 to 50 per second") has ranged.
  const reached = family === 'rate' && RATE_REACHED.test(left) && !LOAD_SWEPT.test(left);
  // "encodes speech at frame rates from 6.25 Hz to 50 Hz", "across batch sizes from 1 to
  // 64": settings swept, not a change the system made.
  if (SETTINGS_SWEPT.test(left)) return { reject: 'pair-range' };
  if (
    NOT_A_CHANGE.test(left) &&
    !((lasts || reached || contextHeld) && /\b(?:grows?|increas\w*)\s+$/i.test(left))
  )
    return { reject: 'pair-range' };
  // A percentage pair is a claim only about how busy the hardware is: utilization
  // and goodput up, the share of time spent idle or in bubbles down. "Accuracy from
  // 52% to 55%", a hit rate or the share of requests meeting a target is not.
  const idle = family === 'percent' && IDLE_SHARE.test(left);
  if (family === 'percent' && !idle && !BUSY_SHARE.test(left))
    return { reject: 'pair-percent-not-utilization' };
  let v = lastVerbIn(text, idx, leftStart, m.start);
  // "reduces the time to reach 80% accuracy on a task from 19.5 hours to 6.2 hours": a
  // figure rejected inside the object (a quality level, a setting) does not end it.
  if (!v && claimFloor < floor) {
    const wide = clauseStart(text, Math.max(sentence.start, claimFloor, m.start - 120), m.start);
    if (wide < leftStart) v = lastVerbIn(text, idx, wide, m.start);
  }
  // "takes 9 hours instead of 50" says what changed by itself; "from A to B" needs a verb or a metric.
  // Device counts ("on 8 GPUs, where the baseline needed 32") say it too, and so
  // does a time set against the baseline's ("in 9 s, compared with 40 min").
  const insteadOf =
    p.beforeUnit === 'devices' ||
    p.thenNow === true ||
    p.listed === true ||
    p.theirs !== undefined ||
    /\b(?:instead\s+of|compared\s+(?:with|to)|versus|vs|against)\b/i.test(
      text.slice(m.start, m.end),
    );
  // "cuts cold starts from 94 s to 7.8 s for the 70B model, and from 21 s to 2.2 s for an
  // 8B one": a pair that only adds a setting joins the pair claim before it.
  const change =
    v || insteadOf || lasts || nearestNounIn(idx, leftStart, m.start, true) === 'perf'
      ? null
      : CHANGE_VERB.exec(left);
  const changeAt = change ? leftStart + change.index : -1;
  const changeEnd = change ? changeAt + (change[1] as string).length : -1;
  const member =
    prev !== null && !v && !insteadOf && PAIR_LIST_GAP.test(text.slice(prev.end, m.start));
  if (
    !member &&
    !insteadOf &&
    !lasts &&
    !v &&
    !change &&
    nearestNounIn(idx, leftStart, m.start, true) !== 'perf'
  )
    return { reject: 'pair-without-verb-or-metric' };
  const b = p.before * before.scale;
  // "uses 4 to 7 denoising steps instead of 20": a range set against one figure; the
  // factor is the range's best end, as for any range.
  const low = insteadOf && !higherIsBetterFamily(family) ? RANGE_LOW_BEFORE.exec(left) : null;
  const a = Math.min(p.after, low ? Number(low[1]) : p.after) * after.scale;
  if (!(a > 0 && b > 0)) return { reject: 'pair-not-better' };
  const higherIsBetter =
    family === 'rate' || family === 'capacity' || (family === 'percent' && !idle) || lasts;
  const factor = higherIsBetter ? a / b : b / a;
  if (!(factor > 1)) return { reject: 'pair-not-better' };
  const devices = p.beforeUnit === 'devices';
  const object = v ? text.slice(v.end, m.start) : change ? text.slice(changeEnd, m.start) : left;
  // A device count's left words are the job, not a metric: "fine-tuned on two GPUs instead of eight".
  // "74 tokens, against 256 for X": a figure set against the baseline's names its own
  // unit; the clause before it is no metric.
  // A figure set against a baseline's after a comparison marker is its own phrase: a verb
  // before it ("matches or exceeds the accuracy … while consuming 104K tokens, versus 2.9M")
  // is another claim's.
  const setAgainst =
    p.listed === true ||
    p.theirs !== undefined ||
    /\b(?:compared|versus|vs|against)\b/i.test(text.slice(m.start, m.end));
  const metric =
    (devices && !counts) || (insteadOf && !v && !change) || setAgainst
      ? null
      : shortMetric(tidyPhrase(object));
  const where = devices ? WHERE_SUBJECT.exec(text.slice(m.start, m.end)) : null;
  // "costs $38, compared with $540 for GraphRAG": whose the second figure is.
  const whose =
    !where && insteadOf && p.beforeUnit !== 'devices' && !p.thenNow
      ? WHOSE_AFTER.exec(text.slice(m.end, m.end + 12))
      : null;
  const at = whose ? m.end + whose[0].length : -1;
  const theirs = whose ? readPhrase(text, at, Math.min(sentence.end, at + 140), 1) : null;
  let kind: ClaimKind = FAMILY_KIND[family];
  if (family === 'time') kind = timeKind([metric, left], b, kind);
  if (family === 'bytes') kind = sizeKind(left);
  if (family === 'time' && v && v.speed && !/^outp/i.test(v.word)) kind = 'speedup';
  if (family === 'time' && metric && /\bspeed\b/i.test(metric)) kind = 'speedup';
  if (idle) kind = 'utilization';
  if (family === 'capacity' && (/\bbatch\b/i.test(left) || contextHeld)) kind = 'memory';
  if (lasts) kind = 'energy';
  if (member && prev) {
    return {
      rule: 'pair-list-member',
      start: m.start,
      end: m.end,
      factor,
      kind: prev.kind,
      metric: prev.metric,
    };
  }
  const rule: RuleName = idle
    ? 'pair-idle-share'
    : lasts
      ? 'pair-lasts-longer'
      : p.setting
        ? 'pair-with-setting'
        : 'pair-before-after';
  // With no verb, the metric before the pair is part of the evidence ("GPU idle time falls from").
  return {
    rule,
    start: v && !devices && !setAgainst ? v.at : change ? changeAt : m.start,
    end: m.end,
    factor,
    kind,
    metric,
    baseline: where
      ? tidyPhrase(where[1] as string)
      : p.theirs !== undefined
        ? tidyPhrase(p.theirs)
        : (bracketed(text.slice(m.start, m.end)) ?? theirs?.text ?? null),
  };
}

/** "from 900 s (FlashAttention-3) to 480 s": the before figure's system, in brackets. */
function bracketed(pair: string): string | null {
  const b = /^from\s[^(]*\(([^()]{1,40})\)\s+(?:down\s+|up\s+)?to\s/i.exec(pair);
  return b ? tidyPhrase(b[1] as string) : null;
}

// Between a before/after pair and the factor it restates: "(2.4x speedup)", ", a 27x reduction".
const RESTATES =
  /^[\s,;:(\-–—]*(?:(?:i\.e\.|that is|a|an|or|for|yielding|giving|which is)[\s,]*)*$/i;

const ADJUNCT_THEN_COMMA = /^(?:\s+(?:on|with|at|for|in|across|over)\s+[^,;:()]{1,50}?)?\s*,\s*$/i;
const PARTICIPLE_FIRST = /^[a-z]+ing\b/i;

const BARE = /^[\s(~≈]*(?:(?:a|an|up to|about|around|roughly|nearly|over|more than)\s+)*$/i;

/** A pair and a stated factor next to it are one claim, with the stated factor. */
export function mergePairs(text: string, drafts: Draft[], isPair: boolean[]): Draft[] {
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
    // A restatement agrees with the pair: "from 26 s to 0.9 s, which is 4.1x lower than
    // with X" compares with another baseline and is a claim of its own.
    const agree =
      next !== undefined &&
      (d.factor === null || next.factor === null || Math.abs(next.factor / d.factor - 1) <= 0.15);
    // "generates clips 2.6 times faster on a single H100, cutting generation from 9.1 minutes
    // to 3.5 minutes": a factor, an adjunct, then a participle whose pair gives that factor.
    const spelledOut =
      next !== undefined &&
      !isPair[i] &&
      isPair[j] === true &&
      d.factor !== null &&
      next.factor !== null &&
      Math.abs(next.factor / d.factor - 1) <= 0.02 &&
      ADJUNCT_THEN_COMMA.test(text.slice(d.end, next.start)) &&
      PARTICIPLE_FIRST.test(text.slice(next.start, next.numberStart));
    if (
      next &&
      next.sentence === d.sentence &&
      isPair[i] !== isPair[j] &&
      bare &&
      (spelledOut || (agree && RESTATES.test(text.slice(d.end, next.start))))
    ) {
      const [pair, stated] = isPair[i] ? [d, next] : [next, d];
      out.push({
        ...stated,
        rule: 'pair-restated',
        mentions: [...d.mentions, ...next.mentions],
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
