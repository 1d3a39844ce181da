// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import seed from '../../seeds/000_8482466fddf537ca.txt?raw';
import type { Claim } from '../dataset/schema';
import { SCHEMA_KEYS } from '../dataset/schema-shape';
import { buildDataset, type CaptureInput } from './dataset';

// The extractor is another module's job; here it is replaced so the wiring
// (every abstract goes through it, claims keep the schema's key order) is visible.
vi.mock('./claims/extract', () => ({
  extractClaims: (abstract: string) => {
    const at = abstract.indexOf('faster');
    if (at < 0) return { claims: [], hardware: abstract.includes('H100') ? ['H100'] : [] };
    const claim = {
      debugOnly: true,
      condition: null,
      hardware: null,
      baseline: null,
      metric: null,
      range: [1, 2],
      factor: 2,
      unit: 'x',
      value: 2,
      kind: 'speedup',
      text: 'faster',
      end: at + 6,
      start: at,
    } as unknown as Claim;
    return { claims: [claim], hardware: ['H100'] };
  },
}));

const SEED = 'seeds/000_8482466fddf537ca.txt';
const header = (date: string) => `new\n\nDaily Papers\n\n${date}\n\n`;
const card = (title: string, footer: string, abstract = `Abstract of ${title}.`) =>
  `${title}\n\n${abstract}\n\n${footer}\n\n`;

describe('buildDataset on the seed', () => {
  const { dataset, errors, warnings } = buildDataset([{ file: SEED, text: seed }]);

  it("gives the seed page's papers with the values printed on the page", () => {
    const byTitle = (prefix: string) => dataset.papers.find((p) => p.title.startsWith(prefix))!;
    expect(errors).toEqual([]);
    expect(dataset.papers.map((p) => p.authorsCount)).toEqual([5, 10, null, null, 18, 4, 11, 13]);
    expect(byTitle('SANA-Video').org).toEqual({ handle: 'nvidia', name: 'NVIDIA' });
    expect(dataset.papers.filter((p) => p.org !== null)).toHaveLength(1);
    expect(byTitle('Evaluating Intelligence').comments).toBe(3);
    expect(byTitle('SANA-Video').comments).toBe(2);
    expect(byTitle('SwiftKV').comments).toBe(2);
    expect(byTitle('Theory, Analysis').comments).toBe(2);
    expect(byTitle('TorchTitan').comments).toBe(1);
    expect(dataset.papers.map((p) => p.comments)).toEqual([null, 3, 2, null, null, 2, 2, 1]);
    expect(dataset.papers.map((p) => p.publishedOn)).toEqual([
      '2025-10-06',
      '2025-02-26',
      '2025-09-29',
      null,
      '2025-04-21',
      '2024-10-04',
      '2024-09-06',
      '2024-10-08',
    ]);
    expect(dataset.papers.map((p) => p.dateInferred)).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(dataset.sources).toEqual([
      { file: SEED, kind: 'capture', capturedOn: '2025-11-03', papers: 8 },
    ]);
  });

  it('warns once, on the page date, why the year was inferred', () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: SEED, line: 11, severity: 'warning' });
    expect(warnings[0]!.message).toContain(
      `no ${SEED.replace('.txt', '.meta.json')} and no YYYY-MM-DD file-name prefix`,
    );
    expect(warnings[0]!.message).toContain('inferred as 2025, the year after 2024');
    expect(dataset.diagnostics).toEqual(warnings);
  });

  it('runs every abstract through the claims extractor and keeps claims in schema key order', () => {
    for (const p of dataset.papers) {
      const at = p.abstract.indexOf('faster');
      expect(p.claims.map((c) => c.start)).toEqual(at < 0 ? [] : [at]);
      expect(p.hardware).toEqual(at >= 0 || p.abstract.includes('H100') ? ['H100'] : []);
    }
    const claim = dataset.papers.flatMap((p) => p.claims)[0]!;
    // The mock above gives the keys reversed, with one the schema has not.
    expect(Object.keys(claim)).toEqual(SCHEMA_KEYS.claim);
  });

  it('gives ids that are unique and URL-safe', () => {
    const ids = dataset.papers.map((p) => p.id);
    expect(new Set(ids).size).toBe(8);
    expect(ids.find((id) => id.startsWith('sana-video-'))).toMatch(/^sana-video-[0-9a-f]{6}$/);
    for (const id of ids) expect(encodeURIComponent(id)).toBe(id);
  });
});

describe('buildDataset across pages', () => {
  const older: CaptureInput = {
    file: 'seeds/2025-10-01.txt',
    text:
      header('Oct 1') +
      card('Shared  Paper: On Things', '  • 3 authors\n·\nSep 28') +
      card('Only Old', 'org-a Org A\n·\nSep 30 1') +
      card('No Footer Later', '  • 7 authors\n·\nSep 29 4'),
  };
  const newer: CaptureInput = {
    file: 'seeds/b.txt',
    meta: '{"capturedOn": "2025-11-03"}',
    text:
      header('Nov 3') +
      card('shared paper:   on things', '  • 4 authors\n·\nSep 28 9', 'Revised abstract.') +
      card('No Footer Later', '').trimEnd() +
      '\n\n' +
      card('Only New', '  • 1 author\n·\nNov 2'),
  };

  it('merges the same title (case and whitespace aside) into one paper listing both sources', () => {
    const { dataset, errors } = buildDataset([newer, older]);
    expect(errors).toEqual([]);
    // The title as the newest capture wrote it, whitespace normalized.
    expect(dataset.papers.map((p) => p.title)).toEqual([
      'shared paper: on things',
      'Only Old',
      'No Footer Later',
      'Only New',
    ]);
    const shared = dataset.papers[0]!;
    expect(shared.sources).toEqual([
      { file: 'seeds/2025-10-01.txt', line: 7, position: 1, capturedOn: '2025-10-01' },
      { file: 'seeds/b.txt', line: 7, position: 1, capturedOn: '2025-11-03' },
    ]);
    // The newest capture's text and footer win.
    expect([shared.abstract, shared.authorsCount, shared.comments, shared.publishedOn]).toEqual([
      'Revised abstract.',
      4,
      9,
      '2025-09-28',
    ]);
    // A newer card without a footer keeps the older footer.
    const noFooter = dataset.papers[2]!;
    expect([
      noFooter.authorsCount,
      noFooter.comments,
      noFooter.publishedOn,
      noFooter.sources.length,
    ]).toEqual([7, 4, '2025-09-29', 2]);
    expect(dataset.sources).toEqual([
      { file: 'seeds/2025-10-01.txt', kind: 'capture', capturedOn: '2025-10-01', papers: 3 },
      { file: 'seeds/b.txt', kind: 'capture', capturedOn: '2025-11-03', papers: 3 },
    ]);
  });

  it('the newest capture wins by capture date, not by file order or argument order', () => {
    const a: CaptureInput = {
      file: 'z/2025-01-01.txt',
      text: header('Jan 1') + card('P', '  • 1 author\n·\nDec 1'),
    };
    const b: CaptureInput = {
      file: 'a/2025-02-01.txt',
      text: header('Feb 1') + card('P', '  • 2 authors\n·\nDec 1 5'),
    };
    for (const inputs of [
      [a, b],
      [b, a],
    ]) {
      const p = buildDataset(inputs).dataset.papers[0]!;
      expect([p.authorsCount, p.comments]).toEqual([2, 5]);
    }
  });

  it('is independent of input order, byte for byte', () => {
    const one = JSON.stringify(buildDataset([older, newer, { file: SEED, text: seed }]).dataset);
    const two = JSON.stringify(buildDataset([{ file: SEED, text: seed }, newer, older]).dataset);
    expect(two).toBe(one);
  });

  it('keeps ids when other pages are added', () => {
    const alone = buildDataset([{ file: SEED, text: seed }]).dataset.papers;
    const withMore = buildDataset([older, { file: SEED, text: seed }, newer]).dataset.papers;
    for (const p of alone) expect(withMore.find((q) => q.title === p.title)!.id).toBe(p.id);
  });

  it('reports errors per file and keeps going with the other files', () => {
    const r = buildDataset([
      { file: 'bad.txt', text: '' },
      older,
      { file: 'worse.txt', text: 'x\u0000' },
    ]);
    expect(r.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['bad.txt:1', 'worse.txt:1']);
    expect(r.dataset.papers).toHaveLength(3);
  });

  it('marks dateInferred only on yearless dates of pages whose year was inferred', () => {
    const text =
      header('Nov 3') +
      card('A', '  • 1 author\n·\nOct 6') +
      card('B', '  • 1 author\n·\nOct 4, 2024') +
      card('C', '  • 1 author\n·');
    const papers = buildDataset([{ file: 'p.txt', text }]).dataset.papers;
    expect(papers.map((p) => [p.publishedOn, p.dateInferred])).toEqual([
      ['2025-10-06', true],
      ['2024-10-04', false],
      [null, false],
    ]);
    const dated = buildDataset([{ file: 'p.txt', text, meta: '{"capturedOn":"2025-11-03"}' }])
      .dataset.papers;
    expect(dated.map((p) => p.dateInferred)).toEqual([false, false, false]);
  });

  it('warns about an explicit date after the capture date', () => {
    const text = header('Nov 3') + card('A', '  • 1 author\n·\nOct 6, 2026');
    const r = buildDataset([{ file: '2025-11-03.txt', text }]);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '13: 2026-10-06 is after the capture date 2025-11-03',
    ]);
  });
});
