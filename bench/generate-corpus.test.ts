import { describe, expect, it } from 'vitest';
import { buildDataset } from '../src/ingest/dataset';
import { corpusInputs } from './corpus-inputs';
import { generateCorpus } from './generate-corpus';
import { createRng } from './prng';

// Small pages, so 400 papers span enough captures to show every file-naming variant.
const corpus = generateCorpus({ papers: 400, seed: 'test', perPage: [4, 8] });
const built = buildDataset(corpusInputs(corpus.files));
const papers = built.dataset.papers;

describe('createRng', () => {
  it('is deterministic per seed and stays in range', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(seqA);
    const r = createRng('x');
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 9);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(9);
      expect(r.zipf(['a', 'b', 'c'], 0.5)).toMatch(/^[abc]$/);
    }
  });
});

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed and different bytes for another', () => {
    expect(generateCorpus({ papers: 400, seed: 'test', perPage: [4, 8] })).toEqual(corpus);
    expect(generateCorpus({ papers: 400, seed: 'other' }).files[0]!.text).not.toBe(
      corpus.files[0]!.text,
    );
  });

  it('writes page captures the ingest parses into exactly N papers, without errors', () => {
    expect(built.errors).toEqual([]);
    expect(papers).toHaveLength(400);
    expect(corpus.papers).toBe(400);
    expect(new Set(papers.map((p) => p.title.toLowerCase())).size).toBe(400);
    for (const f of corpus.files.filter((x) => x.name.endsWith('.txt'))) {
      expect(f.text.replace(/\r\n/g, '\n')).toMatch(
        /^new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n[A-Z][a-z]{2} \d{1,2}\n\n/,
      );
    }
  });

  it('covers the format variants: orgs, author counts, no footer, comments, dates with and without years', () => {
    const withOrg = papers.filter((p) => p.org !== null);
    const withAuthors = papers.filter((p) => p.authorsCount !== null);
    const noFooter = papers.filter(
      (p) => p.org === null && p.authorsCount === null && p.publishedOn === null,
    );
    expect(withOrg.length).toBeGreaterThan(80);
    expect(withAuthors.length).toBeGreaterThan(150);
    expect(noFooter.length).toBeGreaterThan(0);
    expect(papers.some((p) => p.comments === null)).toBe(true);
    expect(papers.some((p) => (p.comments ?? 0) > 1)).toBe(true);
    const text = corpus.files.map((f) => f.text).join('\n');
    expect(text).toMatch(/\n[A-Z][a-z]{2} \d{1,2}, \d{4}( \d+)?\r?\n/);
    expect(text).toMatch(/\n[A-Z][a-z]{2} \d{1,2}( \d+)?\r?\n/);
    expect(text).toContain('\r\n');
    expect(corpus.files.some((f) => f.name.endsWith('.meta.json'))).toBe(true);
  });

  it('writes 150-250-word abstracts whose claims the extractor finds', () => {
    for (const p of papers) {
      const words = p.abstract.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(250);
    }
    const withClaims = papers.filter((p) => p.claims.length > 0).length;
    expect(withClaims / papers.length).toBeGreaterThan(0.5);
    expect(papers.some((p) => p.claims.some((c) => c.factor === null))).toBe(true);
    expect(papers.some((p) => p.hardware.length > 0)).toBe(true);
  });
});
