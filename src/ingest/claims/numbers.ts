// Numbers as abstracts write them, and the rounding every factor goes through.
// Word tables are Maps so that no word from an abstract can reach Object.prototype.

const WORD_NUMBERS = new Map<string, number>(
  Object.entries({
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    sixteen: 16,
    twenty: 20,
    thirty: 30,
    fifty: 50,
    hundred: 100,
  }),
);

/** Source text of the number words the lexer accepts in "three times" / "tenfold". */
export const WORD_NUMBER_SOURCE = [...WORD_NUMBERS.keys()].join('|');

export function wordNumber(word: string): number | null {
  return WORD_NUMBERS.get(word.toLowerCase()) ?? null;
}

/** "1,024" → 1024, "16K" → 16000, "1.2M" → 1200000. */
export function parseNumber(digits: string, suffix?: string): number {
  const n = Number(
    !digits.includes(',')
      ? digits
      : /^\d{1,3},\d{1,2}$/.test(digits)
        ? digits.replace(',', '.') // a decimal comma: "1,6" is 1.6
        : digits.replace(/,/g, ''),
  );
  switch (suffix) {
    case 'K':
    case 'k':
      return n * 1e3;
    case 'M':
    case 'million':
      return n * 1e6;
    case 'B':
    case 'billion':
      return n * 1e9;
    default:
      return n;
  }
}

/**
 * Five significant digits: enough to keep a stated "65.08%" as 1.6508, few enough
 * that 1/(1-0.6) prints as 2.5 rather than 2.5000000000000004.
 */
export function roundFactor(x: number): number {
  // toPrecision is slow, and abstracts repeat their factors: a whole number below 1e5
  // is its own rounding, and the rest are remembered.
  if (Number.isInteger(x) && x > 0 && x < 1e5) return x;
  let r = ROUNDED.get(x);
  if (r === undefined) {
    r = Number(x.toPrecision(5));
    if (ROUNDED.size >= 10_000) ROUNDED.clear();
    ROUNDED.set(x, r);
  }
  return r;
}
const ROUNDED = new Map<number, number>();

const SECONDS = new Map<string, number>(
  Object.entries({
    ns: 1e-9,
    µs: 1e-6,
    us: 1e-6,
    ms: 1e-3,
    millisecond: 1e-3,
    milliseconds: 1e-3,
    microsecond: 1e-6,
    microseconds: 1e-6,
    s: 1,
    sec: 1,
    secs: 1,
    second: 1,
    seconds: 1,
    min: 60,
    mins: 60,
    minute: 60,
    minutes: 60,
    h: 3600,
    hr: 3600,
    hrs: 3600,
    hour: 3600,
    hours: 3600,
    day: 86400,
    days: 86400,
    week: 604800,
    weeks: 604800,
  }),
);
const BYTES = new Map<string, number>(
  Object.entries({
    KB: 1e3,
    MB: 1e6,
    GB: 1e9,
    TB: 1e12,
    KiB: 1024,
    MiB: 1024 ** 2,
    GiB: 1024 ** 3,
    TiB: 1024 ** 4,
    // "from 16 bytes to 6 bytes per parameter" (bit widths stay out: "from 16 bits to 4
    // bits" names the format a method quantizes to, a setting).
    bytes: 1,
  }),
);

// "Power draw falls from 14.1 W to 9.6 W", "from 3.1 mJ to 0.8 mJ per inference": what a
// device draws or spends, less being better.
const WATTS = new Map<string, number>(
  Object.entries({ µW: 1e-6, μW: 1e-6, uW: 1e-6, mW: 1e-3, W: 1, kW: 1e3 }),
);
const JOULES = new Map<string, number>(
  Object.entries({
    fJ: 1e-15,
    pJ: 1e-12,
    nJ: 1e-9,
    µJ: 1e-6,
    μJ: 1e-6,
    uJ: 1e-6,
    mJ: 1e-3,
    J: 1,
    kJ: 1e3,
  }),
);

export type UnitFamily =
  | 'time'
  | 'bytes'
  | 'percent'
  | 'rate'
  | 'money'
  | 'devices'
  | 'work'
  | 'power'
  | 'energy'
  | 'machineTime'
  | 'capacity';

// "from 50 network evaluations to 2", "in 200 iterations instead of 30,000": counts of
// the work a model does, fewer being better.
const WORK_UNIT =
  /^(?:(?:network|function|model|denoising|sampling)\s+)?(?:evaluations|NFEs?|steps|iterations|passes|work|tokens)$/i;

/** The unit's family and its size in the family's base unit; null when unknown. */
export function unitScale(unit: string): { family: UnitFamily; scale: number } | null {
  const t = SECONDS.get(unit.toLowerCase());
  if (t !== undefined) return { family: 'time', scale: t };
  const b = BYTES.get(unit);
  if (b !== undefined) return { family: 'bytes', scale: b };
  const w = WATTS.get(unit);
  if (w !== undefined) return { family: 'power', scale: w };
  const j = JOULES.get(unit);
  if (j !== undefined) return { family: 'energy', scale: j };
  if (unit === '%') return { family: 'percent', scale: 1 };
  if (unit === '$') return { family: 'money', scale: 1 };
  if (unit === 'devices') return { family: 'devices', scale: 1 };
  if (WORK_UNIT.test(unit)) return { family: 'work', scale: 1 };
  if (unit === 'capacity') return { family: 'capacity', scale: 1 };
  // "from 1,900 GPU-hours to 240 GPU-hours": machine time, what a job costs.
  const machine = /^(?:GPU|node|accelerator)[- ]?(hours|days)$/i.exec(unit);
  if (machine) return { family: 'machineTime', scale: /days/i.test(machine[1] as string) ? 24 : 1 };
  if (
    unit.includes('/') ||
    unit === 'FPS' ||
    unit === 'QPS' ||
    unit === 'Hz' ||
    /^[TPG]FLOPS$/i.test(unit) ||
    /\sper\s+second$/.test(unit)
  )
    return { family: 'rate', scale: 1 };
  return null;
}

/**
 * Past 1e9 a "times better" is a typo or a joke, not a measurement (six orders of
 * magnitude is the most any phrasing here states); past 1e15 a stated number is not
 * even held exactly, and a 400-digit one is Infinity. Such numbers are not claims:
 * the dataset cannot carry them and no chart axis can show them.
 */
export const MAX_FACTOR = 1e9;
const MAX_STATED = 1e15;

export function isPlausibleClaim(values: readonly number[], factor: number | null): boolean {
  if (!values.every((v) => Number.isFinite(v) && Math.abs(v) < MAX_STATED)) return false;
  return factor === null || (Number.isFinite(factor) && factor > 0 && factor <= MAX_FACTOR);
}

// Inline LaTeX as arXiv abstracts keep it: "2.03$\times$ speedup", "$1.52-2.37\times$",
// "by $\sim$3$\times$", "35\% lower", "$\mathbf{2.4\times}$", "${\times}$". The lexer and
// every rule read the signs they stand for ("2.03× speedup", "1.52-2.37×", "~3×", "35%");
// the claim's span is mapped back onto the text as written.
const MATH_SIGNS = new Map<string, string>(
  Object.entries({
    times: '×',
    sim: '~',
    approx: '≈',
    simeq: '≈',
    geq: '≥',
    ge: '≥',
    leq: '≤',
    le: '≤',
    gg: '≫',
    cdot: '·',
    mu: 'µ',
    pm: '±',
    textasciitilde: '~',
    textless: '<',
    textgreater: '>',
  }),
);
/** Commands that only style their argument: the argument is kept, the command and its braces dropped. */
const MATH_STYLES = new Set([
  'mathbf',
  'textbf',
  'mathrm',
  'text',
  'textrm',
  'mathit',
  'textit',
  'emph',
  'bm',
  'boldsymbol',
  'mathsf',
  'texttt',
  'mbox',
  'operatorname',
]);
/** Spacing commands (`\,`, `\;`, `\!`, `\:`) say nothing; escaped signs (`\%`, `\$`) are the sign. */
const MATH_ESCAPED = '%$&#_';
const MATH_SPACES = ',;!:';

/** Text with inline math read as plain signs, and where each of its characters came from. */
export interface PlainMath {
  text: string;
  /** For each character of `text`, the index in the original where it starts … */
  from: Int32Array;
  /** … and the index just past where it ends (a dropped closing `$` belongs to the sign before it). */
  to: Int32Array;
}

/** A `$…$` from `open` is math when its body is short, unspaced at its ends, and holds a command, a brace or only figures and signs ("$3.2$", "$>$"); "$12 and $40" is money. */
function mathClose(text: string, open: number): number {
  const close = text.indexOf('$', open + 1);
  if (close < 0 || close - open > 60 || close === open + 1) return -1;
  const body = text.slice(open + 1, close);
  if (/^\s|\s$|\n/.test(body)) return -1;
  return /[\\^_{]/.test(body) || /^[\d.,×xX%<>≈~+\-−–]+$/.test(body) ? close : -1;
}

/**
 * The abstract with inline math read as plain signs (the tilde operator "∼" as "~", Unicode
 * hyphens and the minus sign as "-"), or null when it holds none (the common case: six
 * indexOf calls, about 0.2 µs on a bench abstract). A `$…$` span that is not math (money) is left alone.
 */
export function plainMath(text: string): PlainMath | null {
  if (
    text.indexOf('\\') < 0 &&
    text.indexOf('$') < 0 &&
    text.indexOf('∼') < 0 &&
    text.indexOf('\u2010') < 0 &&
    text.indexOf('\u2011') < 0 &&
    text.indexOf('\u2212') < 0
  )
    return null;
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  // An opening `$` or style command dropped before a sign belongs to it ("$1.5\times$" whole).
  let lead = -1;
  const emit = (s: string, start: number, end: number) => {
    if (lead >= 0) {
      start = lead;
      lead = -1;
    }
    for (let k = 0; k < s.length; k++) {
      from.push(start);
      to.push(end);
    }
    out += s;
  };
  let mathEnd = -1; // index of the closing `$` of the math span being read, or -1
  let styled = 0; // braces opened by a style command outside math, to drop when they close
  let changed = false;
  const n = text.length;
  let closeLength = 1; // "$" or "\)"
  for (let i = 0; i < n; ) {
    const c = text[i] as string;
    if (i === mathEnd) {
      // The closing `$` belongs to the sign before it; a word glued after it gets its space.
      i += closeLength;
      if (to.length > 0) to[to.length - 1] = i;
      mathEnd = -1;
      if (/[A-Za-z]/.test(text[i] ?? '') && out.endsWith('×')) emit(' ', i, i);
      changed = true;
      continue;
    }
    // "\(2.5\times\)": LaTeX's other inline delimiters, read as "$…$".
    if (c === '\\' && text[i + 1] === '(' && mathEnd < 0) {
      const close = text.indexOf('\\)', i + 2);
      if (close > i + 2 && close - i <= 60) {
        mathEnd = close;
        closeLength = 2;
        if (lead < 0) lead = i;
        changed = true;
        i += 2;
        continue;
      }
    }
    // "by ∼40%", "∼2×": the tilde operator, as \sim renders, is the approximate sign "~".
    if (c === '∼') {
      emit('~', i, i + 1);
      i++;
      changed = true;
      continue;
    }
    // "30‑40%", "12.5‐fold", "3.2−4.1×": the Unicode hyphens and the minus sign of rendered
    // or typeset text are the ASCII hyphen every frame reads.
    if (c === '\u2010' || c === '\u2011' || c === '\u2212') {
      emit('-', i, i + 1);
      i++;
      changed = true;
      continue;
    }
    if (c === '$') {
      const close = mathEnd < 0 ? mathClose(text, i) : -1;
      if (close > 0) {
        mathEnd = close;
        closeLength = 1;
        if (lead < 0) lead = i;
        changed = true;
        i++;
        continue;
      }
      emit(c, i, i + 1);
      i++;
      continue;
    }
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (MATH_ESCAPED.includes(next) && next !== '') {
        emit(next, i, i + 2);
        i += 2;
        changed = true;
        continue;
      }
      if (MATH_SPACES.includes(next) && next !== '') {
        i += 2;
        changed = true;
        continue;
      }
      let j = i + 1;
      while (j < n && /[A-Za-z]/.test(text[j] as string)) j++;
      const name = text.slice(i + 1, j);
      const sign = MATH_SIGNS.get(name);
      if (sign !== undefined) {
        emit(sign, i, j);
        // "\times{}" and the space a command ends with in "4.1\times faster" stay as written.
        i = j;
        changed = true;
        continue;
      }
      if (MATH_STYLES.has(name) && text[j] === '{') {
        if (mathEnd < 0) styled++;
        if (lead < 0) lead = i;
        i = j + 1;
        changed = true;
        continue;
      }
      emit(c, i, i + 1);
      i++;
      continue;
    }
    // Math ignores its spaces: "$\times 2.5$" is "×2.5", "$\approx 3\times$" is "≈3×".
    if (mathEnd >= 0 && (c === ' ' || c === '\t')) {
      i++;
      changed = true;
      continue;
    }
    if ((c === '{' || c === '}') && (mathEnd >= 0 || (c === '}' && styled > 0))) {
      if (c === '}' && mathEnd < 0) styled--;
      if (c === '}' && to.length > 0 && to[to.length - 1] === i) to[to.length - 1] = i + 1;
      i++;
      changed = true;
      continue;
    }
    emit(c, i, i + 1);
    i++;
  }
  if (!changed) return null;
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}
