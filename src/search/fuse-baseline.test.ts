import { describe, expect, it } from 'vitest';
import { createFuseBaselineEngine } from './fuse-baseline';
import { TEST_PAPERS } from './test-papers';

const engine = createFuseBaselineEngine(TEST_PAPERS);
const ids = (q: string) => engine.search(q).hits.map((h) => h.id);

describe('plain fuse.js baseline engine', () => {
  it('finds attention papers despite a typo and names the corpus word to highlight', () => {
    const r = engine.search('attenton');
    expect(r.hits[0]?.id).toBe('sigmoid-attention');
    expect(r.hits.map((h) => h.id)).not.toContain('survival-game');
    expect(r.terms).toContain('attention');
  });

  it('returns hits best first with higher-is-better scores', () => {
    const scores = engine.search('attention').hits.map((h) => h.score);
    expect(scores.length).toBeGreaterThan(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('searches organization names and hardware', () => {
    expect(ids('nvidia')[0]).toBe('sana-video');
    expect(ids('snowflake')).toEqual(['swiftkv']);
    expect(ids('rtx 5090')).toContain('sana-video');
  });

  it('returns nothing for an empty or blank query', () => {
    expect(engine.search('')).toEqual({ hits: [], terms: [] });
    expect(engine.search('   ')).toEqual({ hits: [], terms: [] });
  });

  it('never throws on hostile input', () => {
    for (const q of [
      '.*+?^${}()|[]\\',
      '<script>',
      'a'.repeat(5000),
      '\u0000\uffff',
      '🙂🙂',
      '\'"`',
    ]) {
      expect(() => engine.search(q)).not.toThrow();
    }
  });
});
