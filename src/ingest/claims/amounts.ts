// An amount of energy per operation, power or memory the system itself uses, in the
// words that report it: "consumes 42 µJ per classification", "drawing 9 W", "fits
// into 40 MB", "a peak GPU memory of 3.1 GB". The lexer (mentions.ts) keeps only
// amounts after such words; here the rest of the clause decides whether the amount
// is the paper's result or a budget, a device's size, or somebody else's figure.
import { type Context, type Decision, decision, REJECT } from './decision';
import { AMOUNT_BEFORE } from './mentions';
import { LEVEL_QUALIFIER } from './lexicon/qualifiers';

// "within a 15 W power budget", "must fit into 8 GB", "a memory cap of 4 GB": a bar set.
const BAR_BEFORE =
  /\b(?:budgets?|caps?|limits?|envelopes?|TDP|constraints?|targets?|must|should|has\s+to|have\s+to|needs?\s+to|required|provided|assuming|if|unless)\b/i;
// "fits on a single 24 GB GPU": the amount names the device, not what is used.
const DEVICE_AFTER =
  /^\s*(?:(?!of\b)[\w-]+\s+)?(?:GPUs?|cards?|devices?|boards?|modules?|phones?|accelerators?|A100s?|H100s?|RTX|Jetson|laptops?|nodes?)\b/i;
// "we use 8 GB", "our runs draw 300 W": the authors' setup.
const AUTHORS = /\b(?:we|our\s+(?:setup|testbed|cluster|runs?))\b/i;
// "Serving a 70B model typically needs only 40 GB": what such work usually costs sets the scene.
const HABITUAL = /\b(?:often|typically|usually|commonly|generally|can|may|might|could)\b/i;
// "The model has 6.2 M parameters and occupies 25 MB": what a model, its weights or a
// file occupy on disk or in memory is its size, a compression figure.
const STORED_SUBJECT =
  /\b(?:model|backbone|network|encoder|weights|checkpoint|file|binary|parameters)\b[^,;]*\boccup/i;

// "consumes 95 W at peak", "610 mW at 1 GHz", beside the chip's area: what a chip
// design draws is its specification, stated with the clock or area it holds for.
// So is the power at a named operating point: "drawing 1.9 W at its nominal clock", "at the
// rated frequency", "at full clock".
const CHIP_AFTER =
  /^\s+at\s+(?:peak|(?:[\d.]+\s?[GMk]Hz)|(?:(?:its|the|a)\s+)?(?:(?:nominal|rated|target|base|boost|maximum|max|peak|full|default)\s+)?(?:clock|frequency|clock\s+(?:frequency|rate|speed)))\b/i;
const AREA = /\bmm²|\bmm2\b|\bsquare\s+millimet/i;
// "does not fit in 24 GB", "its weights alone occupy 140 GB": a size that explains the problem.
const NOT_OURS = /\b(?:not|cannot|can't|alone|normally|even)\b/i;
// What a part occupies is a result when the words play it down ("occupied less than 5 MB")
// or when a model "occupies 25 MB after INT8 quantization" (what compressing it achieved);
// "the cache occupies 210 MB" sizes a part. What fits is a result played down or at the end
// of its clause ("fits into 40 MB."); "fits in 24 GB of memory" names a device's memory.
const PLAYED_DOWN = /\b(?:less\s+than|under|below|only|just)\s*$/i;
const CLAUSE_ENDS = /^\s*(?:[.;]|,\s+(?:and|while|which)\b|$)/;
const AFTER_COMPRESSING =
  /^\s+(?:after|with)\s+(?:[\w-]+\s+)?(?:quantization|compression|pruning)\b/i;

const STORED_WORD = /\b(?:storage|stor(?:es|ing)|checkpoints?|files?|on\s+disk)\b/i;
// "The baseline draws 45 W", "the original network consumes 12 mJ per frame": the clause's
// subject is what the paper is compared with.
const BASELINE_SUBJECT =
  /^\s*(?:(?:the|its|their|a|an)\s+)?(?:baseline|original|prior|existing|conventional|unquantized|uncompressed|full-precision|dense|teacher|FP32|FP16|BF16)\b/i;

/** An absolute energy, power or memory figure: factor null, the paper's own. */
export function amount(c: Context): Decision {
  const left = c.text.slice(c.clauseLeftStart, c.qualStart);
  if (BAR_BEFORE.test(left.slice(-60))) return REJECT(c, 'setting-figure');
  if (BASELINE_SUBJECT.test(left)) return REJECT(c, 'baseline-figure');
  if (c.m.unit === 'GPU-hours') return machineTime(c, left);
  if (c.m.unit === '$') return dollarCost(c, left);
  const after = c.text.slice(c.m.end, c.rightEnd);
  if (DEVICE_AFTER.test(after)) return REJECT(c, 'hardware-spec');
  if (AUTHORS.test(left) || HABITUAL.test(left) || NOT_OURS.test(left))
    return REJECT(c, 'setting-figure');
  const energy = /[JW]$/.test(c.m.unit);
  if (
    energy &&
    (CHIP_AFTER.test(after) || AREA.test(c.text.slice(c.sentence.start, c.sentence.end)))
  )
    return REJECT(c, 'hardware-spec');
  const occupies = /\boccup\w*\s*$/i.test(left);
  const fits = /\bfit(?:s|ting)?\s+(?:in|into|within)\s*$/i.test(left);
  const rest = c.text.slice(c.m.end, c.sentence.end);
  const playedDown = PLAYED_DOWN.test(c.text.slice(c.clauseLeftStart, c.m.start));
  if (
    (occupies && !playedDown && !AFTER_COMPRESSING.test(rest)) ||
    (fits && !playedDown && !CLAUSE_ENDS.test(rest))
  )
    return REJECT(c, 'part-size');
  // "reduces the storage of a scene to 5.6 MB", "storing only 0.6 MB per frame": what is
  // stored, a compression figure.
  const stored = !energy && (STORED_SUBJECT.test(left) || STORED_WORD.test(left.slice(-80)));
  return decision(c, energy ? 'absolute-energy' : 'absolute-memory', 'claim', 'abs', {
    start: frameStart(c, left),
    cue: energy ? 'energy' : stored ? 'compression' : 'memory',
    metric: energy ? (/J$/.test(c.m.unit) ? 'energy' : 'power') : 'memory',
  });
}

/** Where the words that report the amount begin: "drawing", "fits into", "peak GPU memory of". */
function frameStart(c: Context, left: string): number {
  const near = c.text.slice(Math.max(c.clauseLeftStart, c.m.start - 70), c.m.start);
  const frame = AMOUNT_BEFORE.exec(near);
  if (!frame) return c.qualStart;
  // "a peak GPU memory of", "its average system power is": the noun's modifiers belong to the span.
  const head = /^(?:memory|footprint|power|energy)/i.test(frame[0])
    ? /(?:[\w-]+\s+){0,2}$/.exec(
        c.text.slice(c.clauseLeftStart, c.m.start - near.length + frame.index),
      )
    : null;
  const start = c.m.start - near.length + frame.index - (head ? head[0].length : 0);
  return left.length > 0 ? Math.max(start, c.clauseLeftStart) : c.qualStart;
}

// "would save roughly 180,000 GPU hours" is a forecast (classify.ts); "we use 64 GPU hours"
// the authors' setup; "takes only 28 A100 GPU hours to train" and "the run consumed 1.46M
// H100 GPU-hours" the machine time the paper's own run or model cost.
const EARLIER_SUBJECT =
  /\b(?:prior|previous|existing|earlier|older|conventional|competing|standard|original)\b/i;
const TRAIN_NEAR = /\btrain\w*|\bpre-?train\w*|\bfine-?tun\w*|\bdistill\w*/i;

// The word before a figure and its qualifier ("costing only"), where a claim's text starts.
const FRAME_WORD_BEFORE = new RegExp(String.raw`\S+\s+${LEVEL_QUALIFIER}$`);
const COST_FRAME_BEFORE = new RegExp(String.raw`(?:cost\s+of|\S+)\s+${LEVEL_QUALIFIER}$`);

/** Machine time the paper's own run took, factor null: a training cost or a run's cost. */
function machineTime(c: Context, left: string): Decision {
  if (AUTHORS.test(left) || HABITUAL.test(left) || NOT_OURS.test(left))
    return REJECT(c, 'setting-figure');
  // "Earlier recipes needed 5,000 GPU hours": what earlier work cost.
  if (EARLIER_SUBJECT.test(left)) return REJECT(c, 'prior-work-figure');
  const after = c.text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 30));
  const training =
    TRAIN_NEAR.test(left) ||
    /^\s+(?:to|for|of)\s+(?:\w+\s+)?(?:train|pre-?train|fine-?tun|distill)/i.test(after);
  const frame = FRAME_WORD_BEFORE.exec(
    c.text.slice(Math.max(c.clauseLeftStart, c.m.start - 40), c.m.start),
  );
  const toTrain =
    /^\s+(?:to|for)\s+(?:\w+\s+)?(?:train\w*|pre-?train\w*|fine-?tun\w*|distill\w*)/i.exec(after);
  return decision(c, 'machine-time', 'claim', 'abs', {
    start: frame ? c.m.start - frame[0].length : c.qualStart,
    end: c.m.end + (toTrain ? toTrain[0].length : 0),
    cue: training ? 'time' : 'cost',
    verb: training ? 'training' : null,
    metric: 'GPU hours',
  });
}

// "GPUs that cost $30,000 each", "a $300 board": what hardware sells for.
const PRICED_HARDWARE =
  /\b(?:GPUs?|cards?|devices?|boards?|servers?|instances?|chips?|nodes?|H100s?|A100s?|phones?|machines?)\s+(?:that\s+|which\s+)?(?:costs?|costing|sells?\s+for|sold\s+for|priced)\b/i;

/** Dollars a run of the paper's system costs, factor null: "for less than $30". */
function dollarCost(c: Context, left: string): Decision {
  if (AUTHORS.test(left) || HABITUAL.test(left) || NOT_OURS.test(left))
    return REJECT(c, 'setting-figure');
  if (EARLIER_SUBJECT.test(left)) return REJECT(c, 'prior-work-figure');
  if (PRICED_HARDWARE.test(left)) return REJECT(c, 'hardware-spec');
  const frame = COST_FRAME_BEFORE.exec(
    c.text.slice(Math.max(c.clauseLeftStart, c.m.start - 40), c.m.start),
  );
  return decision(c, 'dollar-cost', 'claim', 'abs', {
    start: frame ? c.m.start - frame[0].length : c.qualStart,
    cue: 'cost',
    metric: 'cost',
  });
}
