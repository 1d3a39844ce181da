// Precision and recall on hand-written abstracts. `__corpus__/` was written
// before the rules; `__corpus__/holdout/` and `holdout-2/` each before the
// extractor was first run on them (their first-run scores are in the commit
// messages that added them; the rules were then fixed for what they exposed). A claim matches when its span overlaps the expected text and its
// factor agrees within 1% (both null for absolute figures).
import { describe, expect, it } from 'vitest';
import a from './__corpus__/2025-03-14-corpus-a.txt?raw';
import b from './__corpus__/2025-02-20-corpus-b.txt?raw';
import c from './__corpus__/2025-01-30-corpus-c.txt?raw';
import d from './__corpus__/2024-12-12-corpus-d.txt?raw';
import expectedMain from './__corpus__/expected.json';
import holdout from './__corpus__/holdout/2025-06-02-holdout.txt?raw';
import expectedHoldout from './__corpus__/holdout/expected.json';
import holdout2 from './__corpus__/holdout-2/2025-07-01-holdout-2.txt?raw';
import expectedHoldout2 from './__corpus__/holdout-2/expected.json';
import { buildDataset } from './dataset';

interface Expected {
  title: string;
  claims: { text: string; factor: number | null; kind: string }[];
}

function score(files: Record<string, string>, expected: Expected[]) {
  const { dataset } = buildDataset(Object.entries(files).map(([file, text]) => ({ file, text })));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kinds = 0;
  const misses: string[] = [];
  for (const e of expected) {
    const paper = dataset.papers.find((p) => p.title === e.title);
    if (!paper) throw new Error(`paper not parsed: ${e.title}`);
    const used = new Set<number>();
    for (const x of e.claims) {
      const start = paper.abstract.indexOf(x.text);
      if (start < 0) throw new Error(`expected text not in abstract: ${x.text}`);
      const end = start + x.text.length;
      const i = paper.claims.findIndex(
        (got, k) =>
          !used.has(k) &&
          got.start < end &&
          start < got.end &&
          (got.factor === null || x.factor === null
            ? got.factor === x.factor
            : Math.abs(got.factor - x.factor) <= 0.01 * x.factor),
      );
      if (i < 0) {
        fn++;
        misses.push(`missed ${x.factor} «${x.text}»`);
        continue;
      }
      used.add(i);
      tp++;
      if (paper.claims[i]?.kind === x.kind) kinds++;
    }
    paper.claims.forEach((got, k) => {
      if (used.has(k)) return;
      fp++;
      misses.push(`extra ${got.factor} «${got.text}»`);
    });
  }
  return {
    papers: expected.length,
    tp,
    fp,
    fn,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    kindAgreement: kinds / tp,
    misses,
  };
}

describe('claims corpus', () => {
  it('main corpus (54 abstracts): precision and recall stay above their floors', () => {
    const r = score(
      {
        'a/2025-03-14-corpus-a.txt': a,
        'b/2025-02-20-corpus-b.txt': b,
        'c/2025-01-30-corpus-c.txt': c,
        'd/2024-12-12-corpus-d.txt': d,
      },
      expectedMain,
    );
    console.log(`claims corpus: ${JSON.stringify({ ...r, misses: r.misses.length })}`, r.misses);
    expect(r.papers).toBeGreaterThanOrEqual(40);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('held-out corpus (22 abstracts): precision and recall stay above their floors', () => {
    const r = score({ 'holdout/2025-06-02-holdout.txt': holdout }, expectedHoldout);
    console.log(`claims holdout: ${JSON.stringify({ ...r, misses: r.misses.length })}`, r.misses);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('second held-out corpus (15 abstracts): precision and recall stay above their floors', () => {
    const r = score({ 'holdout-2/2025-07-01-holdout-2.txt': holdout2 }, expectedHoldout2);
    console.log(`claims holdout-2: ${JSON.stringify({ ...r, misses: r.misses.length })}`, r.misses);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });
});
