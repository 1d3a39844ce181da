// Attaches what the sentence says around each claim: its baseline (what it is
// compared with), the hardware it ran on and its conditions (precision,
// lengths, batch size, parallelism, scale).
import type { Claim } from '../../dataset/schema';
import {
  baselineAfter,
  baselineBefore,
  conditionsIn,
  findConditions,
  firstStartingAt,
  overlapIndex,
  type Found,
  listItems,
  type ParityFound,
  parityBaselines,
  readPhrase,
  sentenceFrame,
} from './context';
import { listGap } from './lists';
import type { Span } from './sentences';
import type { WordIndex } from './words';
import type { HardwareMention } from './hardware';
import type { RuleName } from './rules';
import { work } from './work';

/** A claim as the extractor returns it: the dataset's fields and, in memory only, its rule. */
export type RuledClaim = Claim & { rule: RuleName };

/** A claim before its context is attached: span, kind and numbers settled. */
export type Draft = Pick<
  Claim,
  'start' | 'end' | 'kind' | 'value' | 'unit' | 'factor' | 'range' | 'metric'
> & {
  sentence: number;
  /** Baseline the phrase itself names ("of the cost of MovieGen"). */
  baseline: string | null;
  /** Where the number itself starts (the span may start earlier, at its verb). */
  numberStart: number;
  /** The rule that made it a claim. */
  rule: RuleName;
  /** Indices of the mentions it stands for (two when a pair and its restated factor merged). */
  mentions: number[];
};

/** "(2.4x speedup" reads better with its ")" when the bracket opened inside the span. */
function closeBracket(text: string, start: number, end: number): number {
  if (text[end] !== ')') return end;
  const span = text.slice(start, end);
  const open = (span.match(/\(/g) ?? []).length - (span.match(/\)/g) ?? []).length;
  return open > 0 && text[end] === ')' ? end + 1 : end;
}

/** Not inside the baseline's words (closures in hot paths cost a helper call under tsx; a plain function does not). */
function usable(h: HardwareMention, exclude: Found | null): boolean {
  return !(exclude && h.start >= exclude.start && h.end <= exclude.end);
}

/**
 * The accelerator nearest the claim in its sentence, ties to the earlier one,
 * skipping names inside its baseline's words. `hw` is sorted and its mentions
 * never overlap, so the candidates are found by binary search, not by a scan.
 */
function nearestHardware(
  hw: readonly HardwareMention[],
  sentence: Span,
  d: Draft,
  exclude: Found | null,
): string | null {
  // [0, a): end at or before the claim; [a, b): overlap it; [b, …): start at or after its end.
  const b = firstStartingAt(hw, d.end);
  let a = b;
  while (a > 0 && (hw[a - 1] as HardwareMention).end > d.start) {
    a--;
    work.steps++;
  }
  let best: { h: HardwareMention; distance: number } | null = null;
  for (let i = a - 1; i >= 0; i--) {
    const h = hw[i] as HardwareMention;
    work.steps++;
    if (h.start < sentence.start) break;
    if (usable(h, exclude)) {
      best = { h, distance: d.start - h.end };
      break;
    }
  }
  for (let i = a; i < b; i++) {
    const h = hw[i] as HardwareMention;
    work.steps++;
    if (
      h.start >= sentence.start &&
      h.end <= sentence.end &&
      usable(h, exclude) &&
      (!best || best.distance > 0)
    ) {
      best = { h, distance: 0 };
      break;
    }
  }
  for (let i = b; i < hw.length; i++) {
    const h = hw[i] as HardwareMention;
    work.steps++;
    if (h.end > sentence.end) break;
    if (usable(h, exclude)) {
      if (!best || h.start - d.end < best.distance) best = { h, distance: h.start - d.end };
      break;
    }
  }
  return best ? best.h.name : null;
}

/**
 * "1.9x and 2.3x speedups on A100 and H100, respectively": one accelerator per list
 * member, in order. Returns, per claim index, the paired name (or nothing).
 */
function respectiveHardware(
  text: string,
  sentences: readonly Span[],
  hw: readonly HardwareMention[],
  drafts: readonly Draft[],
  groups: readonly number[][],
): Map<number, string> {
  const paired = new Map<number, string>();
  // Every "respectively" of the abstract, found once; a list looks up the first after it.
  const marks: Found[] = [];
  if (groups.some((g) => g.length > 1)) {
    const re = /\brespectively\b/gi;
    for (let m = re.exec(text); m; m = re.exec(text))
      marks.push({ text: '', start: m.index, end: m.index + m[0].length });
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const last = drafts[group[group.length - 1] as number] as Draft;
    const sentence = sentences[last.sentence] as Span;
    const mark = marks[firstStartingAt(marks, last.end)];
    if (!mark || mark.end > sentence.end) {
      slashHardware(text, sentence, hw, drafts, group, paired);
      continue;
    }
    const names: string[] = [];
    for (let i = firstStartingAt(hw, last.end); i < hw.length; i++) {
      const h = hw[i] as HardwareMention;
      work.steps++;
      work.steps++;
      if (h.end > mark.start || names.length > group.length) break;
      names.push(h.name);
    }
    if (names.length === group.length)
      group.forEach((index, k) => {
        paired.set(index, names[k] as string);
      });
  }
  return paired;
}

/**
 * "1.8x/2.4x faster on A100/H100": a slash list of figures and a slash list of as many
 * accelerators after it pair in order, as with "respectively".
 */
function slashHardware(
  text: string,
  sentence: Span,
  hw: readonly HardwareMention[],
  drafts: readonly Draft[],
  group: readonly number[],
  paired: Map<number, string>,
): void {
  for (let k = 1; k < group.length; k++) {
    const prev = drafts[group[k - 1] as number] as Draft;
    const cur = drafts[group[k] as number] as Draft;
    if (!/^\s*\/\s*$/.test(text.slice(prev.end, cur.start))) return;
  }
  const last = drafts[group[group.length - 1] as number] as Draft;
  const first = firstStartingAt(hw, last.end);
  const names: string[] = [];
  for (let i = first; i < hw.length; i++) {
    const h = hw[i] as HardwareMention;
    work.steps++;
    if (h.end > sentence.end || names.length >= group.length) break;
    if (i > first && !/^\s*\/\s*$/.test(text.slice((hw[i - 1] as HardwareMention).end, h.start)))
      break;
    names.push(h.name);
  }
  if (names.length !== group.length) return;
  group.forEach((index, k) => {
    paired.set(index, names[k] as string);
  });
}

const RESPECTIVELY = /\brespectively\b/i;

/** Whether every member of a list group measures the same metric (or none names one). */
function oneMetric(drafts: readonly Draft[], group: readonly number[]): boolean {
  const first = (drafts[group[0] as number] as Draft).metric?.toLowerCase() ?? null;
  return group.every((i) => ((drafts[i] as Draft).metric?.toLowerCase() ?? null) === first);
}

/** A baseline introduced by "compared with", "relative to", "versus": it closes the whole sentence. */
function comparedAtEnd(text: string, found: Found | null): boolean {
  if (!found) return false;
  return COMPARED_BEFORE.test(text.slice(Math.max(0, found.start - 25), found.start));
}
const COMPARED_BEFORE =
  /\b(?:compared\s+(?:to|with)|relative\s+to|in\s+comparison\s+(?:to|with)|with\s+respect\s+to|versus|vs\.?|against)\s+$/i;

// "by up to 3.1x (1.8x on average) over llama.cpp": the average in brackets after the peak is
// measured against the same baseline, named once after the bracket.
const AVERAGE_BRACKET_GAP = /^\s*\(\s*(?:[a-z.]+\s+){0,2}$/i;
const AVERAGE_IN_BRACKET =
  /^\s*\([^()]{0,40}?\b(?:on\s+average|average|avg|mean|geo-?mean|median)\b[^()]{0,20}\)/i;
function averageInBrackets(text: string, end: number, next: Draft): boolean {
  return (
    AVERAGE_BRACKET_GAP.test(text.slice(end, next.numberStart)) &&
    AVERAGE_IN_BRACKET.test(text.slice(end, end + 70))
  );
}

/** Commas and "and" between list members, each piece empty or an adjunct ("with 1D parallelism"). */
function onlyAdjuncts(gap: string): boolean {
  work.steps += gap.length;
  // The member's own "by" ("…, and by 5.1x") is not a word between members.
  return gap
    .replace(/\bby(?:\s+(?:up\s+to|about|around|nearly|roughly|over))?\s*$/i, '')
    .split(/,|\band\b/i)
    .every((piece) =>
      /^\s*(?:(?:on|at|for|in|across|with|under|from|using|of|when|while|where)\s[^;]*|(?:an?\s+additional|another|a\s+further|an\s+extra|up\s+to|about|around|nearly|roughly))?\s*$/i.test(
        piece,
      ),
    );
}

/** Consecutive claims with only list words between them ("29×, 29×, and 3×"). */
function listGroups(text: string, drafts: readonly Draft[]): number[][] {
  const groups: number[][] = [];
  drafts.forEach((d, i) => {
    const prev = drafts[i - 1];
    const last = groups[groups.length - 1];
    if (
      prev &&
      last &&
      prev.sentence === d.sentence &&
      /^[\s,]*(?:and|or|\/)?[\s,]*$/i.test(text.slice(prev.end, d.start))
    )
      last.push(i);
    else groups.push([i]);
  });
  return groups;
}

// What ends the reach of a baseline named earlier in the sentence: a semicolon or colon (a
// clause of its own), or a relative clause that states a consequence ("…, which lets the
// GPU hold 3.5x larger batches").
// A claim about the whole system after one about a part ("the kernel is 5.6x faster than
// FlashAttention-2, and end-to-end latency falls by 2.7x") is a comparison of its own.
const SHARE_BREAK =
  /[;:]|\bwhich\b|\bthat\s+(?:lets?|allows?|makes?|enables?|yields?)\b|\bend[- ]to[- ]end\b|\boverall\b/i;

// A comparative right after the figure ("40% less memory", "1.5x faster", "2.2x as many"):
// without a "than" of its own it still compares with something, the sentence's baseline.
// A change stated with a verb ("accelerates backward by 1.3x") or a gain noun ("3x speedup on
// GPT-2") needs no standard and takes none.
const COMPARATIVE_AFTER =
  /^\S+\s+(?:(?:times|percent|fold)\s+)?(?:less|fewer|more|lower|higher|faster|slower|smaller|larger|bigger|cheaper|shorter|sooner|quicker|better|greater|longer|as\s)/i;

/**
 * "FP8 training is 34% faster than BF16 and uses 27% less memory": a claim that names no
 * baseline of its own is compared with the one an earlier claim of its sentence named,
 * when that claim's sentence names one baseline only (after "2.3x over vLLM and 1.8x
 * over TGI" a third figure is compared with neither), nothing but commas and coordinated
 * clauses stand between, and the claim is no before/after pair, which carries its own
 * before figure.
 */
// "improves goodput by 1.7x over vLLM and reduces preemptions by 83%": a second verb of the
// same subject, joined by "and" or "while", with no subject of its own.
// "…, and decoding throughput improves" has a subject of its own: after "and" only a verb in
// -s, with no comma (after a comma "and" may open a clause of its own), after "while" a
// participle.
const COORDINATED_VERB = /^\s*(?:and\s+(?:also\s+)?[a-z]+s|,?\s*while\s+(?:also\s+)?[a-z]+ing)\b/i;

/** The gap after a claim, past the baseline it named, opens a coordinated verb. */
function coordinatedVerb(gap: string, shared: string): boolean {
  const at = gap.indexOf(shared);
  return COORDINATED_VERB.test(at < 0 ? gap : gap.slice(at + shared.length));
}

function shareForward(text: string, drafts: readonly Draft[], baselineText: (string | null)[]) {
  let sentence = -1;
  let shared: string | null = null;
  let one = true;
  let from = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.sentence !== sentence) {
      sentence = d.sentence;
      shared = null;
      one = true;
    }
    const own = baselineText[i];
    if (own) {
      if (shared !== null && shared.toLowerCase() !== own.toLowerCase()) one = false;
      shared = own;
      from = d.end;
      continue;
    }
    if (
      shared === null ||
      !one ||
      d.factor === null ||
      d.rule.startsWith('pair-') ||
      (!COMPARATIVE_AFTER.test(text.slice(d.numberStart, d.numberStart + 40)) &&
        !coordinatedVerb(text.slice(from, d.start + 30), shared)) ||
      SHARE_BREAK.test(text.slice(from, d.end))
    )
      continue;
    work.steps++;
    baselineText[i] = shared;
    from = d.end;
  }
}

// What ends the reach of a matched system: a semicolon or colon, a contrast, or a clause
// about something else ("…, but tree search reaches …", "whereas").
const PARITY_BREAK = /[;:]|\b(?:but|whereas|although|though|which)\b|,\s+and\b/i;
// After a system beaten: a comma or a second verb ("outperforms X, reaching …", "beats X and
// cuts …").
const BEATEN_BREAK = /,|\band\s+[a-z]+(?:s|es)\b/i;

/**
 * "matches the accuracy of full-data fine-tuning at 18% of the cost", "reaches the same loss
 * as AdamW while cutting optimizer memory by 3.6x": a claim with no baseline of its own, after
 * the system whose quality the paper's system matches in its sentence, is measured against
 * that system; a claim of the sentence with a baseline of its own in between ends its reach.
 */
function parityForward(
  text: string,
  sentences: readonly Span[],
  drafts: readonly Draft[],
  baselines: (Found | null)[],
  baselineText: (string | null)[],
) {
  let sentence = -1;
  let parity: ParityFound[] = [];
  let ownEnd = -1;
  // The matched system the previous claim took: a claim coordinated with it takes it too.
  let taken: ParityFound | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.sentence !== sentence) {
      sentence = d.sentence;
      parity = [];
      ownEnd = -1;
      taken = null;
      const s = sentences[d.sentence] as Span;
      if (drafts.some((x, k) => x.sentence === sentence && !baselineText[k] && x.factor !== null))
        parity = parityBaselines(text, s.start, s.end);
    }
    if (baselineText[i]) {
      ownEnd = d.end;
      taken = null;
      continue;
    }
    if (d.factor === null || parity.length === 0) continue;
    let found: ParityFound | null = null;
    for (const p of parity) if (p.end <= d.start && p.start > ownEnd) found = p;
    if (!found) continue;
    const gap = text.slice(found === taken ? (drafts[i - 1] as Draft).end : found.end, d.start);
    if (PARITY_BREAK.test(gap)) continue;
    if (
      found !== taken &&
      found.beaten &&
      BEATEN_BREAK.test(text.slice(found.end, Math.max(d.start, d.numberStart)))
    )
      continue;
    work.steps++;
    baselines[i] = found;
    baselineText[i] = found.text;
    taken = found;
  }
}

/** Rules of a figure that borrowed the words of the claim before it in its sentence. */
const LATER_MEMBER = new Set<RuleName>(['list-member-after', 'gapped-by-verb']);

// "… and offloading techniques by 1.29x": after "and", the words before the gapped "by".
const GAPPED_OBJECT =
  /\band\s+(?!by\b)([^,;()]{2,80}?)\s+by\s+(?:(?:up\s+to|about|around|nearly|roughly|over)\s+)?$/i;

function gappedObject(text: string, from: number, d: Draft): Found | null {
  const gap = text.slice(from, d.numberStart);
  const m = GAPPED_OBJECT.exec(gap);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1] as string, 3);
  const end = at + (m[1] as string).length;
  const phrase = readPhrase(text, at, end, 1);
  return phrase && phrase.end === end ? phrase : null;
}

/**
 * "1.45x faster than the vendor library on average and up to 3x on skinny shapes", "beats
 * 1F1B by 23% under a memory cap, and by 31% when the cap is relaxed": a later member of a
 * claim's list, which borrowed that claim's words, is measured against the baseline those
 * words named between the two figures; a member that names its own keeps it.
 */
function membersShareHead(
  text: string,
  drafts: readonly Draft[],
  baselines: (Found | null)[],
  baselineText: (string | null)[],
) {
  let borrowed = -1;
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const head = drafts[i - 1] as Draft;
    if (baselineText[i] || !LATER_MEMBER.has(d.rule) || head.sentence !== d.sentence) continue;
    const shared = baselineText[i - 1];
    const found = baselines[i - 1];
    // The head's baseline stands between the two figures (or the head borrowed it the same way).
    if (!shared) continue;
    // Named by the head's own words ("outperforms X by 23% …, and by 31% …"), after the head's
    // figure, or borrowed by the head from its own head.
    const own = !found && head.baseline !== null;
    if (!own && (!found || found.end > d.start || (found.start < head.end && borrowed !== i - 1)))
      continue;
    if (/[;:]/.test(text.slice(found && !own ? found.end : head.end, d.start))) continue;
    work.steps++;
    // "outperforms A by up to 7.4x and B by 1.29x": the beaten object of the gapped verb.
    const object = own && d.rule === 'gapped-by-verb' ? gappedObject(text, head.end, d) : null;
    if (object) {
      baselineText[i] = object.text;
      baselines[i] = object;
      borrowed = -1;
      continue;
    }
    baselineText[i] = shared;
    baselines[i] = found ?? null;
    borrowed = i;
  }
}

export function withContext(
  text: string,
  idx: WordIndex,
  sentences: readonly Span[],
  hw: readonly HardwareMention[],
  drafts: readonly Draft[],
): RuledClaim[] {
  const baselines: (Found | null)[] = drafts.map(() => null);
  const baselineText: (string | null)[] = drafts.map((d) => d.baseline);
  const groups = listGroups(text, drafts);
  const respective = respectiveHardware(text, sentences, hw, drafts, groups);
  let frame: Found | null = null;
  for (const group of groups) {
    const lastIndex = group[group.length - 1] as number;
    const last = drafts[lastIndex] as Draft;
    const sentence = sentences[last.sentence] as Span;
    const next = drafts[lastIndex + 1];
    // A semicolon ends the clause: "…, respectively; relative to X the savings reach …"
    // compares the next clause's figures.
    const semicolon = text.indexOf(';', last.end);
    const limit = Math.min(
      next && next.sentence === last.sentence ? next.start : sentence.end,
      semicolon < 0 ? Infinity : semicolon,
    );
    const after = baselineAfter(text, last.end, Math.min(limit, last.end + 100), group.length);
    // With nothing after the group, the sentence's opening frame ("Relative to vLLM, …"),
    // which holds for each of its claims, or a "compared to X" earlier in the sentence,
    // unless an earlier claim of the sentence owns it.
    const first = drafts[group[0] as number] as Draft;
    const prevDraft = drafts[(group[0] as number) - 1];
    const firstOfSentence = !prevDraft || prevDraft.sentence !== first.sentence;
    if (firstOfSentence) frame = sentenceFrame(text, sentence.start, first.start);
    // "…, and against an RTX 4090 it delivers 3.9x …": a later clause's own frame.
    const clauseFrame = firstOfSentence
      ? null
      : sentenceFrame(text, (prevDraft as Draft).end, first.start);
    const framed = clauseFrame ?? frame;
    const before = after
      ? null
      : (framed ??
        (firstOfSentence ? baselineBefore(text, sentence.start, first.start, group.length) : null));
    const found = after ?? before;
    // "4.2x and 1.8x lower latency than CMSIS-NN and PULP-NN, respectively", "29×, 29× and
    // 3× over Parrot, vLLM and SGLang": names pair with figures in order when "respectively"
    // says so or the figures are one list on one metric; "reduces X by 23% and Y by 2.1x
    // compared with ECMP and DCQCN" compares each of two metrics with both.
    const names =
      found &&
      group.length > 1 &&
      (RESPECTIVELY.test(text.slice(found.start, sentence.end)) || oneMetric(drafts, group))
        ? listItems(found.text)
        : [];
    // A list whose first member's own words name the systems: "over A, B, and C by 29×, 29×, and 3×".
    const own = group.length > 1 && first.baseline ? listItems(first.baseline) : [];
    if (own.length === group.length && names.length !== group.length) {
      group.forEach((index, k) => {
        baselineText[index] = own[k] as string;
      });
      continue;
    }
    // "38-129x and 590-1012x speedup, and 110-356x and 301-587x higher energy efficiency,
    // over a GPU baseline and a CPU baseline, respectively": two lists side by side, each
    // paired in order with the same names.
    const cycle =
      names.length > 1 &&
      names.length < group.length &&
      group.length % names.length === 0 &&
      RESPECTIVELY.test(text.slice((found as Found).start, sentence.end));
    group.forEach((index, k) => {
      // A list after the group, one name per claim, is the closest statement of what each was compared with.
      if (baselineText[index] && names.length !== group.length && !cycle) return;
      baselines[index] = found;
      baselineText[index] =
        names.length === group.length || cycle
          ? (names[k % names.length] as string)
          : (found?.text ?? null);
    });
  }

  // A list's last member often names the baseline for all: "65.08% …, 12.59% …, and 30% … over optimized baselines".
  // Across a verb ("is 4.1x faster and uses 7x less memory than Y", "serves 37% more requests
  // and cuts cost by 28% compared with Y") only a comparative, or a closing "compared with",
  // shares it: in "cuts X by 95% and runs 1.7x faster than Y" Y belongs to "faster" alone.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i] as Draft;
    const next = drafts[i + 1] as Draft;
    if (
      !baselineText[i] &&
      baselineText[i + 1] &&
      next.sentence === d.sentence &&
      listGap(text, idx, d.end, next.start) &&
      (onlyAdjuncts(text.slice(d.end, next.numberStart)) ||
        averageInBrackets(text, d.end, next) ||
        d.rule === 'cue-after' ||
        d.rule === 'comparative-bracket' ||
        comparedAtEnd(text, baselines[i + 1] ?? null))
    ) {
      baselineText[i] = baselineText[i + 1] as string;
    }
  }
  shareForward(text, drafts, baselineText);
  membersShareHead(text, drafts, baselines, baselineText);
  parityForward(text, sentences, drafts, baselines, baselineText);
  const claimSpans: Found[] = drafts.map((d) => ({ text: '', start: d.start, end: d.end }));
  const overlapsExcluded = overlapIndex([
    ...baselines.filter((b): b is Found => b !== null),
    ...claimSpans,
  ]);
  const conditionsBySentence = new Map<number, { found: Found[]; excluded: boolean[] }>();
  let prefixEnd = 0;
  let prefix: string[] = [];

  return drafts.map((d, i) => {
    const sentence = sentences[d.sentence] as Span;
    const prev = drafts[i - 1];
    const next = drafts[i + 1];
    const first = !prev || prev.sentence !== d.sentence;
    const lastInSentence = !next || next.sentence !== d.sentence;
    // Neither the baseline's words nor another claim's own number are this claim's conditions.
    let cond = conditionsBySentence.get(d.sentence);
    if (!cond) {
      const found = findConditions(text, sentence.start, sentence.end);
      cond = { found, excluded: found.map((f) => overlapsExcluded(f.start, f.end)) };
      conditionsBySentence.set(d.sentence, cond);
    }
    // Words before a sentence's first claim qualify all its claims; words after a
    // claim qualify that claim ("65.08% with 1D parallelism at the 128-GPU scale").
    if (first) {
      prefixEnd = d.start;
      prefix = conditionsIn(cond.found, cond.excluded, sentence.start, prefixEnd);
    }
    const conditions = [
      ...prefix,
      ...conditionsIn(
        cond.found,
        cond.excluded,
        first ? Math.max(d.start, prefixEnd) : d.start,
        lastInSentence ? sentence.end : (next as Draft).start,
      ),
    ];
    const condition =
      conditions.length < 2 ? conditions[0] || null : [...new Set(conditions)].join(', ') || null;
    const end = closeBracket(text, d.start, d.end);
    return {
      start: d.start,
      end,
      text: text.slice(d.start, end),
      kind: d.kind,
      value: d.value,
      unit: d.unit,
      factor: d.factor,
      range: d.range,
      metric: d.metric,
      // A rate or a utilization is the system's own level, not a comparison: it has no baseline
      // even when the sentence names one for a neighbouring factor.
      baseline: d.factor === null ? null : (baselineText[i] ?? null),
      hardware: respective.get(i) ?? nearestHardware(hw, sentence, d, baselines[i] ?? null),
      condition,
      rule: d.rule,
    };
  });
}
