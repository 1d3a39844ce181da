// Seeded generator of synthetic Daily Papers page captures in the real text
// format (see seeds/000_8482466fddf537ca.txt and DESIGN.md "The input"). Pure:
// returns file names and contents; bench/write-corpus.ts puts them on disk.
import { createRng, type Rng } from './prng';
import * as V from './corpus-vocabulary';
import { freeSentence, jargon } from './prose-grammar';

export interface CorpusOptions {
  papers: number;
  seed?: string | number;
  /** Papers per page capture, drawn uniformly from this range. */
  perPage?: readonly [number, number];
}

export interface CorpusFile {
  name: string;
  text: string;
}

export interface Corpus {
  files: CorpusFile[];
  papers: number;
  pages: number;
}

const HEADER = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;
// The first capture's date; later pages are one day apart, like the real daily listing.
const FIRST_CAPTURE = Date.UTC(2022, 0, 3);

export function generateCorpus(options: CorpusOptions): Corpus {
  const rng = createRng(options.seed ?? 1);
  const [minPer, maxPer] = options.perPage ?? [20, 50];
  const titles = new Set<string>();
  const files: CorpusFile[] = [];
  let written = 0;
  for (let page = 0; written < options.papers; page++) {
    const count = Math.min(options.papers - written, rng.int(minPer, maxPer));
    const captured = new Date(FIRST_CAPTURE + page * DAY_MS);
    const cards: string[] = [];
    for (let i = 0; i < count; i++) cards.push(paperCard(rng, captured, titles));
    files.push(...pageFiles(rng, page, captured, cards));
    written += count;
  }
  return { files, papers: written, pages: files.filter((f) => f.name.endsWith('.txt')).length };
}

function pageFiles(rng: Rng, page: number, captured: Date, cards: string[]): CorpusFile[] {
  const iso = captured.toISOString().slice(0, 10);
  const body = [...HEADER, monthDay(captured), ...cards].join('\n\n') + '\n';
  const serial = String(page).padStart(5, '0');
  // Most captures carry their date in the file name; some use a sidecar; a few
  // have neither, so the ingest infers the year (and warns), as with real saves.
  // Inference needs last year printed on the page, so only such pages go without.
  const inferable = body.includes(`, ${captured.getUTCFullYear() - 1}`);
  const r = rng.next();
  if (r < 0.9) return [{ name: `${iso}_daily-papers-${serial}.txt`, text: body }];
  const name = `daily-papers-${serial}`;
  // CRLF pages, as a Windows browser copies them.
  const text = rng.chance(0.5) ? body.replace(/\n/g, '\r\n') : body;
  if (r < 0.95 || !inferable) {
    return [
      { name: `${name}.txt`, text },
      { name: `${name}.meta.json`, text: JSON.stringify({ capturedOn: iso }) + '\n' },
    ];
  }
  return [{ name: `${name}.txt`, text }];
}

function monthDay(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

function paperCard(rng: Rng, captured: Date, titles: Set<string>): string {
  const name = coinedName(rng);
  // Title and abstract share a topic, so searching a title's words also finds them in abstracts.
  const topic = rng.zipf(V.TOPICS, 0.7);
  const title = uniqueTitle(rng, name, topic, titles);
  const lines = [title, '', abstract(rng, name, topic)];
  // A card without a footer (MagicInfinite in the seed).
  if (rng.chance(0.03)) return lines.join('\n');
  lines.push('');
  if (rng.chance(0.35)) {
    const [handle, orgName] = rng.zipf(V.ORGS);
    lines.push(`${handle} ${orgName}`);
  } else {
    lines.push(`  • ${rng.zipf(AUTHOR_COUNTS, 1.2)} authors`);
  }
  lines.push('·', footerDate(rng, captured));
  return lines.join('\n');
}

function footerDate(rng: Rng, captured: Date): string {
  const ageDays = rng.chance(0.85) ? rng.int(0, 30) : rng.int(31, 700);
  const published = new Date(captured.getTime() - ageDays * DAY_MS);
  const sameYear = published.getUTCFullYear() === captured.getUTCFullYear();
  const date = sameYear
    ? monthDay(published)
    : `${monthDay(published)}, ${published.getUTCFullYear()}`;
  return rng.chance(0.45) ? date : `${date} ${rng.zipf(COMMENT_COUNTS, 1.3)}`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
const AUTHOR_COUNTS = range(1, 40);
const COMMENT_COUNTS = range(1, 250);

// --- titles -------------------------------------------------------------------

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'with',
]);

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w) ? w : /^[a-z]/.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w,
    )
    .join(' ');
}

function coinedName(rng: Rng): string {
  const syllable = () => {
    const s = rng.pick(V.NAME_SYLLABLES);
    return s.length <= 2 ? s.toUpperCase() : s[0]!.toUpperCase() + s.slice(1);
  };
  let name = syllable() + syllable() + (rng.chance(0.3) ? syllable() : '');
  if (rng.chance(0.2)) name = name.toUpperCase();
  const suffix = rng.weighted<string>([
    ['', 8],
    ['-2', 1],
    ['++', 0.5],
    ['X', 0.7],
    ['-Lite', 0.5],
    ['-V', 0.6],
  ]);
  return name + suffix;
}

function uniqueTitle(rng: Rng, name: string, topic: string, titles: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const t = titleCase(
      titleTemplate(rng, attempt < 5 ? name : coinedName(rng) + coinedName(rng), topic),
    );
    const key = t.toLowerCase();
    if (!titles.has(key)) {
      titles.add(key);
      return t;
    }
  }
}

function titleTemplate(rng: Rng, name: string, topic: string): string {
  const adj = rng.pick(V.ADJECTIVES);
  const app = rng.pick(V.APPLICATIONS);
  switch (rng.int(0, 7)) {
    case 0:
      return `${name}: ${adj} ${topic} for ${app}`;
    case 1:
      return `${name}: ${adj} and ${rng.pick(V.ADJECTIVES)} ${topic} with ${rng.zipf(V.TOPICS, 0.7)}`;
    case 2:
      return `Towards ${adj} ${topic} via ${rng.zipf(V.TOPICS, 0.7)}`;
    case 3:
      return `${topic} is all you need for ${app}`;
    case 4:
      return `Rethinking ${topic} for ${app}`;
    case 5:
      return `${name}: scaling ${topic} to ${rng.pick(['1M', '128K', '10M', '256K'])} tokens`;
    case 6:
      return `${name}: a ${adj} ${rng.pick(V.NOUNS)} for ${topic} on ${rng.pick(V.HARDWARE)}`;
    default:
      return `${adj} ${topic} with ${name}`;
  }
}

// --- abstracts -----------------------------------------------------------------

function sentenceCase(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function num(rng: Rng, min: number, max: number, decimals: number): string {
  const v = min + rng.next() * (max - min);
  return v.toFixed(decimals).replace(/\.0+$/, '');
}

/** Sentences stating a performance claim, in the phrasings the extractor handles. */
const CLAIM_SENTENCES: ((rng: Rng, name: string) => string)[] = [
  (r, n) =>
    `On ${r.pick(V.HARDWARE)} GPUs, ${n} reduces ${r.pick(V.METRICS)} by about ${num(r, 1.2, 4, 1)}x relative to ${r.pick(V.BASELINES)}.`,
  (r, n) =>
    `${n} achieves a ${num(r, 1.3, 9, 1)}× speedup over ${r.pick(V.BASELINES)} on ${r.pick(V.HARDWARE)}.`,
  (r) => `It delivers ${r.int(10, 80)}% lower ${r.pick(V.METRICS)} than ${r.pick(V.BASELINES)}.`,
  (r, n) =>
    `${n} reduces ${r.pick(V.METRICS)} by ${r.int(15, 75)}% while preserving accuracy on ${r.pick(V.DATASETS)}.`,
  (r) => `This yields up to ${r.int(2, 12)}times faster ${r.pick(V.METRICS)} without retraining.`,
  (r, n) => `${n} sustains ${r.int(2, 40)}K tokens/s on a single ${r.pick(V.HARDWARE)}.`,
  (r) =>
    `We reach ${num(r, 30, 62, 1)}% MFU when training ${r.pick(V.MODELS)} on ${r.pick([64, 128, 256, 512, 1024])} ${r.pick(V.HARDWARE)} GPUs.`,
  (r) => `The result is a ${r.int(2, 10)}-fold reduction in ${r.pick(V.METRICS)}.`,
  (r) => {
    const from = r.int(20, 120);
    return `On ${r.pick(V.HARDWARE)}, it accelerates generation from ${from}s to ${r.int(3, from - 5)}s.`;
  },
  (r) => `Training costs only ${r.int(2, 40)}% of the cost of ${r.pick(V.BASELINES)}.`,
  (r) => {
    const lo = r.int(2, 4);
    return `${sentenceCase(r.pick(V.METRICS))} is ${lo}-${lo + r.int(1, 4)}× faster than with ${r.pick(V.BASELINES)}.`;
  },
  (r) =>
    `We observe a ${r.int(12, 90)}% speed-up in ${r.pick(V.METRICS)} on ${r.pick(V.HARDWARE)}.`,
  (r, n) => `${n} halves ${r.pick(V.METRICS)} compared to ${r.pick(V.BASELINES)}.`,
  (r) =>
    `Our kernels run ${num(r, 1.5, 3.5, 2)}X faster than ${r.pick(V.BASELINES)} at batch size ${r.pick([1, 8, 32, 64])}.`,
  (r) =>
    `It achieves ${r.int(150, 900)} TFLOPs/s on ${r.pick(V.HARDWARE)}, accelerating decoding by ${num(r, 1.1, 2.5, 1)} times.`,
];

/** Sentences full of numbers that are not claims: sizes, resolutions, counts, scores. */
const NUMBER_SENTENCES: ((rng: Rng, name: string) => string)[] = [
  (r) =>
    `We evaluate on ${r.pick(V.MODELS)} and ${r.pick(V.MODELS)} with context lengths up to ${r.pick(['32K', '128K', '1M'])} tokens.`,
  (r) =>
    `Our model generates ${r.pick(['720x1280', '1024x1024', '512x512', '1920x1080'])} outputs at ${r.pick([8, 16, 24, 30])} frames per second.`,
  (r) =>
    `Training takes ${r.int(2, 30)} days on ${r.pick([8, 16, 64, 256])} ${r.pick(V.HARDWARE)} GPUs.`,
  (r) =>
    `It reaches ${num(r, 40, 92, 1)}% accuracy on ${r.pick(V.DATASETS)} and ${num(r, 20, 80, 1)} on ${r.pick(V.DATASETS)}.`,
  (r) =>
    `We release a dataset of ${r.int(10, 900)}K ${r.pick(['image-text pairs', 'trajectories', 'instructions', 'videos', 'proofs'])} collected in ${r.int(2019, 2025)}.`,
  (r, n) =>
    `${n} uses ${r.pick(['4-bit', '8-bit', '2-bit', 'FP8', 'NVFP4'])} weights with a group size of ${r.pick([32, 64, 128])}.`,
];

const PROSE_SENTENCES: ((rng: Rng, name: string) => string)[] = [
  (r) =>
    `Existing ${r.pick(V.NOUNS)}s for ${topic(r)} either sacrifice quality or require expensive ${topic(r)}.`,
  (r, n) =>
    `The key insight behind ${n} is that ${r.pick(V.PROBLEM_PHRASES)} can be amortized across ${r.pick(['layers', 'requests', 'tokens', 'devices', 'timesteps', 'experts'])}.`,
  (r) =>
    `Specifically, we design ${article(r.pick(V.ADJECTIVES))} ${r.pick(V.NOUNS)} that schedules ${topic(r)} and ${topic(r)} jointly.`,
  (r) =>
    `We further propose ${article(r.pick(V.ADJECTIVES))} ${r.pick(V.NOUNS)} to address ${r.pick(V.PROBLEM_PHRASES)}.`,
  (r) =>
    `Extensive experiments on ${r.pick(V.DATASETS)}, ${r.pick(V.DATASETS)} and ${r.pick(V.DATASETS)} show consistent gains across model scales.`,
  (r, n) =>
    `Unlike prior work, ${n} requires no ${r.pick(['retraining', 'calibration data', 'custom hardware', 'architectural changes', 'human annotation'])}.`,
  (r) =>
    `Ablations confirm that each component of the ${r.pick(V.NOUNS)} contributes to the final ${r.pick(['quality', 'efficiency', 'robustness', 'throughput'])}.`,
  (r) =>
    `Our analysis reveals that ${topic(r)} and ${topic(r)} are complementary rather than competing.`,
  (_r, n) => `Code and checkpoints for ${n} are publicly available.`,
  (r) => `We hope this work encourages further research on ${r.pick(V.ADJECTIVES)} ${topic(r)}.`,
  (r) =>
    `At its core is ${article(jargon(r))} mechanism that ${r.pick(['reorders', 'compresses', 'partitions', 'caches', 'prefetches', 'fuses'])} ${r.pick(['activations', 'attention scores', 'expert weights', 'visual tokens', 'gradients', 'latent states'])} on the fly.`,
  (r) =>
    `We formalize this as ${article(jargon(r))} problem and solve it with ${article(r.pick(V.ADJECTIVES))} ${r.pick(['greedy', 'dynamic-programming', 'integer-programming', 'gradient-based', 'bandit'])} ${r.pick(['search', 'solver', 'heuristic', 'relaxation'])}.`,
  (r, n) =>
    `${n} is compatible with ${r.pick(V.BASELINES)} and can be enabled with a few lines of code.`,
  (r) =>
    `Theoretically, we show that the ${jargon(r)} objective is ${r.pick(['convex', 'submodular', 'Lipschitz', 'unbiased', 'consistent'])} under mild assumptions.`,
  (r) =>
    `In contrast to ${r.pick(V.BASELINES)}, our ${r.pick(V.NOUNS)} keeps ${r.pick(['numerical precision', 'generation quality', 'the output distribution', 'convergence behavior'])} unchanged.`,
  (r) =>
    `We study ${topic(r)} through the lens of ${jargon(r)} and identify ${r.pick(['three', 'two', 'four'])} failure modes of current practice.`,
  (r) =>
    `Human evaluation with ${r.int(20, 200)} raters confirms the improvements in ${r.pick(['fidelity', 'coherence', 'helpfulness', 'temporal consistency', 'faithfulness'])}.`,
  (r) =>
    `Beyond ${r.pick(V.APPLICATIONS)}, the approach transfers to ${r.pick(V.APPLICATIONS)} without modification.`,
  (r) =>
    `We attribute these gains to ${r.pick(['better data reuse', 'reduced synchronization', 'fewer memory round trips', 'smarter scheduling', 'lower numerical error'])} in the ${jargon(r)} stage.`,
  (r) =>
    `Moreover, ${topic(r)} benefits from ${jargon(r)}, which earlier ${r.pick(V.NOUNS)}s overlooked.`,
];

const INTRO_SENTENCES: ((rng: Rng, topic: string) => string)[] = [
  (r, t) =>
    `${sentenceCase(t)} has become central to ${r.pick(V.APPLICATIONS)}, yet ${r.pick(V.PROBLEM_PHRASES)} limits its deployment.`,
  (r, t) => `Scaling ${t} remains difficult because of ${r.pick(V.PROBLEM_PHRASES)}.`,
  (r, t) =>
    `Recent progress in ${t} has been driven by ever larger models such as ${r.pick(V.MODELS)}, but ${r.pick(V.PROBLEM_PHRASES)} is now the bottleneck.`,
  (r, t) =>
    `Deploying ${t} on ${r.pick(V.APPLICATIONS)} is hampered by ${r.pick(V.PROBLEM_PHRASES)}.`,
];

const METHOD_SENTENCES: ((rng: Rng, name: string) => string)[] = [
  (r, n) =>
    `We introduce ${n}, ${article(r.pick(V.ADJECTIVES))} ${r.pick(V.NOUNS)} that combines ${topic(r)} with ${topic(r)}.`,
  (r, n) =>
    `In this paper, we present ${n}, which rethinks ${topic(r)} as ${article(jargon(r))} process.`,
  (r, n) =>
    `We propose ${n}, ${article(r.pick(V.ADJECTIVES))} ${r.pick(V.NOUNS)} built on ${jargon(r)} and ${topic(r)}.`,
];

function article(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function abstract(rng: Rng, name: string, topic: string): string {
  const target = rng.int(150, 250);
  const claimCount = rng.chance(0.25) ? 0 : rng.int(1, 4);
  const out = [rng.pick(INTRO_SENTENCES)(rng, topic), rng.pick(METHOD_SENTENCES)(rng, name)];
  const middle: string[] = [];
  for (let i = 0; i < claimCount; i++) middle.push(rng.pick(CLAIM_SENTENCES)(rng, name));
  if (rng.chance(0.6)) middle.push(rng.pick(NUMBER_SENTENCES)(rng, name));
  let words = countWords(out.join(' ')) + countWords(middle.join(' '));
  // Prose fills the abstract up to its target length, each template at most once.
  const unused = [...PROSE_SENTENCES];
  const filler: string[] = [];
  while (words < target) {
    // Half free-form prose, half domain templates (each at most once) for the ML flavour and coined words.
    const s =
      unused.length > 0 && rng.chance(0.5)
        ? unused.splice(rng.int(0, unused.length - 1), 1)[0]!(rng, name)
        : freeSentence(rng);
    if (words + countWords(s) > 250) break;
    filler.push(s);
    words += countWords(s);
  }
  const half = Math.ceil(filler.length / 2);
  return [...out, ...filler.slice(0, half), ...middle, ...filler.slice(half)].join(' ');
}

function countWords(s: string): number {
  // Generated sentences are single-spaced, so words are spaces + 1.
  let n = s.length > 0 ? 1 : 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** A topic mentioned in passing: popular topics recur, but not in every abstract. */
function topic(rng: Rng): string {
  return rng.zipf(V.TOPICS, 0.5);
}
