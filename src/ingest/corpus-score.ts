// Scores the claims extractor against a hand-labelled corpus: page captures
// plus the claims a careful reader would put in the claims table. Shared by
// the corpus test (exact figures) and scripts/measure-claims.ts (report).
//
// Matching: an expected claim is matched by an extracted claim whose span
// overlaps the expected text. A match whose factor agrees (within 1%, or both
// null) is a true positive; every other extracted claim is a false positive
// and every other expected claim a false negative, so a claim with the wrong
// factor counts once as each. Factor accuracy is the share of span matches
// whose factor agrees; kind and baseline accuracy are shares of true positives.
import type { Claim, Paper } from '../dataset/schema';
import { buildDataset } from './dataset';

interface ExpectedClaim {
  text: string;
  factor: number | null;
  kind: string;
  /** Absent when the corpus was labelled before baselines were; null when none is stated. */
  baseline?: string | null;
  hardware?: string | null;
}

export interface ExpectedPaper {
  title: string;
  claims: ExpectedClaim[];
}

export interface CorpusScore {
  papers: number;
  expected: number;
  extracted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Span matches whose factor agrees, over all span matches. */
  factorAccuracy: number;
  /** Expected claims matched by span, whatever the factor (factorAccuracy's denominator). */
  spanMatches: number;
  kindAccuracy: number;
  /** Over true positives whose expected claim has a baseline label. */
  baselineAccuracy: number;
  baselineLabelled: number;
  /** Over true positives whose expected claim has a hardware label. */
  hardwareAccuracy: number;
  hardwareLabelled: number;
  /** True positives with the expected kind, baseline and hardware. */
  kindsRight: number;
  baselinesRight: number;
  hardwareRight: number;
  /** One line per false negative and false positive, sorted. */
  misses: string[];
  /** One line per true positive with the wrong kind, baseline or hardware, sorted. */
  disagreements: string[];
}

function factorAgrees(got: number | null, want: number | null): boolean {
  if (got === null || want === null) return got === want;
  return Math.abs(got - want) <= 0.01 * want;
}

/** Case, whitespace and a leading article or possessive do not make a baseline wrong. */
function normalizeBaseline(b: string | null): string | null {
  if (b === null) return null;
  return b
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an|our|its|their) /, '');
}

const short = (f: number | null) => (f === null ? 'null' : String(Number(f.toPrecision(5))));

interface Span {
  start: number;
  end: number;
}

function spanOf(paper: Paper, text: string): Span {
  const start = paper.abstract.indexOf(text);
  if (start < 0) throw new Error(`expected text not in abstract of «${paper.title}»: ${text}`);
  return { start, end: start + text.length };
}

const overlaps = (a: Span, b: Claim) => b.start < a.end && a.start < b.end;

export function scoreCorpus(files: Record<string, string>, expected: ExpectedPaper[]): CorpusScore {
  const { dataset } = buildDataset(Object.entries(files).map(([file, text]) => ({ file, text })));
  const s = { tp: 0, fp: 0, fn: 0, spanMatches: 0, kinds: 0, baselines: 0, labelled: 0 };
  const hw = { right: 0, labelled: 0 };
  let extracted = 0;
  let expectedCount = 0;
  const misses: string[] = [];
  const disagreements: string[] = [];
  for (const e of expected) {
    const paper = dataset.papers.find((p) => p.title === e.title);
    if (!paper) throw new Error(`paper not parsed: ${e.title}`);
    extracted += paper.claims.length;
    expectedCount += e.claims.length;
    const spans = e.claims.map((x) => spanOf(paper, x.text));
    const used = new Set<number>();
    const strict = new Map<number, number>();
    // Strict matches first, so a wrong-factor neighbour cannot take a claim's match.
    e.claims.forEach((x, j) => {
      const span = spans[j] as Span;
      const i = paper.claims.findIndex(
        (got, k) => !used.has(k) && overlaps(span, got) && factorAgrees(got.factor, x.factor),
      );
      if (i >= 0) {
        used.add(i);
        strict.set(j, i);
      }
    });
    e.claims.forEach((x, j) => {
      const i = strict.get(j);
      if (i === undefined) {
        s.fn++;
        const k = paper.claims.findIndex(
          (got, n) => !used.has(n) && overlaps(spans[j] as Span, got),
        );
        const wrong =
          k >= 0 ? ` (found with factor ${short(paper.claims[k]?.factor ?? null)})` : '';
        if (k >= 0) {
          used.add(k);
          s.spanMatches++;
          s.fp++;
        }
        misses.push(`${e.title}: missed ${short(x.factor)} «${x.text}»${wrong}`);
        return;
      }
      s.tp++;
      s.spanMatches++;
      const got = paper.claims[i] as Claim;
      if (got.kind === x.kind) s.kinds++;
      else disagreements.push(`${e.title}: kind ${got.kind}, want ${x.kind} «${x.text}»`);
      if (x.hardware !== undefined) {
        hw.labelled++;
        if ((got.hardware ?? '').toLowerCase() === (x.hardware ?? '').toLowerCase()) hw.right++;
        else
          disagreements.push(
            `${e.title}: hardware ${JSON.stringify(got.hardware)}, want ${JSON.stringify(x.hardware)} «${x.text}»`,
          );
      }
      if (x.baseline === undefined) return;
      s.labelled++;
      if (normalizeBaseline(got.baseline) === normalizeBaseline(x.baseline)) s.baselines++;
      else
        disagreements.push(
          `${e.title}: baseline ${JSON.stringify(got.baseline)}, want ${JSON.stringify(x.baseline)} «${x.text}»`,
        );
    });
    paper.claims.forEach((got, k) => {
      if (used.has(k)) return;
      s.fp++;
      misses.push(`${e.title}: extra ${short(got.factor)} «${got.text}»`);
    });
  }
  return {
    papers: expected.length,
    expected: expectedCount,
    extracted,
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    precision: s.tp / (s.tp + s.fp),
    recall: s.tp / (s.tp + s.fn),
    factorAccuracy: s.tp / s.spanMatches,
    spanMatches: s.spanMatches,
    kindAccuracy: s.kinds / s.tp,
    baselineAccuracy: s.labelled ? s.baselines / s.labelled : Number.NaN,
    baselineLabelled: s.labelled,
    hardwareAccuracy: hw.labelled ? hw.right / hw.labelled : Number.NaN,
    hardwareLabelled: hw.labelled,
    kindsRight: s.kinds,
    baselinesRight: s.baselines,
    hardwareRight: hw.right,
    misses: misses.sort(),
    disagreements: disagreements.sort(),
  };
}
