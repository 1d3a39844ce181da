import type { Claim, ClaimKind } from '../dataset/schema';
import { formatCount, formatFactor } from './format';

// How a claim's factor reads to a person: always "N× better" in one direction, with
// the direction word taken from the claim, and the arithmetic from what the paper
// said ("60% lower") to the factor ("2.5×").

/** Words in the evidence that say which way the claim points; the earliest in the text wins. */
const DIRECTION_CUES: readonly (readonly [RegExp, string])[] = [
  [/\bcheaper\b/i, 'cheaper'],
  [/\bbetter\b/i, 'better'],
  [/\b(?:faster|quicker|speed-?ups?|accelerat\w*)\b/i, 'faster'],
  [/\b(?:smaller|compress\w*)\b/i, 'smaller'],
  [/\bfewer\b/i, 'fewer'],
  [/\bless\b/i, 'less'],
  [/\b(?:lower|reduc\w*|decreas\w*|cuts?|sav\w*)\b/i, 'lower'],
  [/\b(?:higher|more|increas\w*|boost\w*|improv\w*)\b/i, 'higher'],
];

/** The direction when the evidence has no such word: what "better" means for the kind. */
const KIND_DIRECTION: Record<ClaimKind, string> = {
  speedup: 'faster',
  throughput: 'higher',
  latency: 'lower',
  memory: 'less',
  cost: 'cheaper',
  compression: 'smaller',
  utilization: 'higher',
  compute: 'less',
  energy: 'less',
  other: 'better',
};

/** Words that need the metric after them to make sense ("2× lower what?"). */
const NEEDS_NOUN = new Set(['lower', 'higher', 'less', 'fewer', 'smaller', 'better']);

export function directionWord(c: Claim): string {
  if (c.kind === 'cost') return 'cheaper';
  let found: { at: number; word: string } | null = null;
  for (const [cue, word] of DIRECTION_CUES) {
    const at = cue.exec(c.text)?.index;
    if (at !== undefined && (found === null || at < found.at)) found = { at, word };
  }
  return found?.word ?? KIND_DIRECTION[c.kind];
}

/** "2.5×", or a range as a range: "2–4×". */
export function factorFigure(c: Claim): string {
  if (c.range) return `${plain(c.range[0])}–${formatFactor(c.range[1])}`;
  return c.factor === null ? '' : formatFactor(c.factor);
}

export interface FactorReading {
  /** "2.5× lower" */
  headline: string;
  /** The headline with the metric when the word needs one: "2.5× lower time per output token". */
  sentence: string;
  /** What the paper said when it was not a plain factor: "60% lower", "1% of the cost". */
  stated: string | null;
  /** From the paper's words to the factor: "60% lower → 2.5×: 40% is left, and 1 ÷ 0.4 = 2.5". */
  conversion: string;
}

// Claims never change once loaded, and a table row reads its claim on every render
// (eight regexes over the claim's text): each claim is read once.
const readings = new WeakMap<Claim, FactorReading | null>();

/** null for an absolute figure (49.3% MFU): it has no factor to read. */
export function readFactor(c: Claim): FactorReading | null {
  let reading = readings.get(c);
  if (reading === undefined) {
    reading = computeReading(c);
    readings.set(c, reading);
  }
  return reading;
}

function computeReading(c: Claim): FactorReading | null {
  if (c.factor === null) return null;
  const word = directionWord(c);
  const figure = factorFigure(c);
  const headline = `${figure} ${word}`;
  const sentence = NEEDS_NOUN.has(word) && c.metric ? `${headline} ${c.metric}` : headline;
  const { stated, why } = statedForm(c, word);
  const range = c.range ? ' A range sorts by its upper end.' : '';
  const conversion =
    stated === null
      ? `Stated as ${figure}: “${c.text}”.${range}`
      : `${stated} → ${formatFactor(c.factor)}: ${why}.${range}`;
  return { headline, sentence, stated, conversion };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));

function statedForm(c: Claim, word: string): { stated: string | null; why: string } {
  const f = formatFactor(c.factor!);
  if (c.unit === 'x' || c.unit === '×') return { stated: null, why: '' };
  if (c.unit === '%') {
    const v = c.value;
    const pct = `${plain(v)}%`;
    const left = Number((100 - v).toPrecision(4));
    // "1% of the cost" and "cut by 50%" both give 2× at 50%: the words decide.
    const saysOf = /%\s*of\b/i.test(c.text);
    if (saysOf && close(c.factor!, 100 / v))
      return {
        stated: `${pct} of the ${c.kind === 'cost' ? 'cost' : 'baseline'}`,
        why: `100 ÷ ${plain(v)} = ${f}`,
      };
    if (v < 100 && close(c.factor!, 100 / (100 - v)))
      return {
        stated: `${pct} ${word}`,
        why: `${left}% of the baseline is left, and 100 ÷ ${left} = ${f}`,
      };
    if (close(c.factor!, 1 + v / 100))
      return { stated: `${pct} ${word}`, why: `1 + ${pct} = ${f}` };
    if (close(c.factor!, 100 / v))
      return { stated: `${pct} of the baseline`, why: `100 ÷ ${plain(v)} = ${f}` };
  }
  return { stated: `“${c.text}”`, why: `the ratio of the two figures is ${f}` };
}

function plain(n: number): string {
  return formatCount(n >= 100 ? Math.round(n) : Number(n.toPrecision(3)));
}
