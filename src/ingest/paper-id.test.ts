// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assignIds, keyHash, paperId, titleSlug } from './paper-id';
import { titleKey } from './text';

describe('titleSlug', () => {
  const rows: [string, string][] = [
    [
      'SANA-Video: Efficient Video Generation with Block Linear Diffusion Transformer',
      'sana-video',
    ],
    ['MoE Parallel Folding: Heterogeneous Parallelism Mappings', 'moe-parallel-folding'],
    ['SwiftKV: Fast Prefill-Optimized Inference', 'swiftkv'],
    ['Evaluating Intelligence via Trial and Error', 'evaluating-intelligence-via-trial-and-error'],
    [
      'Theory, Analysis, and Best Practices for Sigmoid Self-Attention',
      'theory-analysis-and-best-practices',
    ],
    ['A Very Long Subtitle Before The Colon Here: x', 'a-very-long-subtitle-before'],
    ['Ünïcödé Çafé: naïve', 'unicode-cafe'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['大型语言模型', 'paper'],
    [': leading colon', 'leading-colon'],
    [
      'Supercalifragilisticexpialidociousnessification Hyperparameterizationalism Things',
      'supercalifragilisticexpialidociousnessification',
    ],
  ];
  it.each(rows)('%j -> %s', (title, slug) => expect(titleSlug(title)).toBe(slug));
});

describe('paper ids', () => {
  const titles = Array.from({ length: 2000 }, (_, n) => `Paper ${n}: On Things`);

  it('are URL-safe', () => {
    for (const t of [...titles.slice(0, 50), '大型语言模型', '', '???', 'a/b?c#d']) {
      expect(paperId(t, titleKey(t))).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('depend on the paper alone: adding, removing or reordering others never changes them', () => {
    const papers = titles.map((t) => ({ key: titleKey(t), title: t }));
    const all = assignIds(papers);
    const some = assignIds([...papers.slice(0, 300)].reverse());
    for (const [key, id] of some) expect(all.get(key)).toBe(id);
    expect(all.get(titleKey('SANA-Video: X'))).toBeUndefined();
    expect(paperId('SANA-Video: X', titleKey('SANA-Video: X'))).toBe(
      `sana-video-${keyHash('sana-video:x').slice(0, 6)}`,
    );
  });

  it('are unique even when short slugs coincide', () => {
    const same = ['Attention: One', 'Attention: Two', 'ATTENTION: three', 'Attention: Four'];
    const ids = assignIds(same.map((t) => ({ key: titleKey(t), title: t })));
    expect(new Set(ids.values()).size).toBe(4);
    for (const id of ids.values()) expect(id).toMatch(/^attention-[0-9a-f]{6}$/);
  });

  it('stay unique when the short hashes collide too (forced with 1-digit hashes)', () => {
    const papers = titles.map((t) => ({ key: titleKey(t), title: 'Same: ' + t }));
    const ids = assignIds(papers, 1);
    expect(new Set(ids.values()).size).toBe(papers.length);
    // Colliding papers get the longer hash.
    expect([...ids.values()].filter((id) => /^same-[0-9a-f]{16}$/.test(id)).length).toBeGreaterThan(
      1900,
    );
  });

  it('the same key twice is one paper, one id', () => {
    const ids = assignIds([
      { key: 'k', title: 'T: a' },
      { key: 'k', title: 'T: a' },
    ]);
    expect([...ids.entries()]).toEqual([['k', paperId('T: a', 'k')]]);
  });
});
