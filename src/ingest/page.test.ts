// @vitest-environment node
import { describe, expect, it } from 'vitest';
import seed from '../../seeds/000_8482466fddf537ca.txt?raw';
import { unaccountedLines } from './__fixtures__/line-accounting';
import { parsePage, type PageParse } from './page';

const FILE = 'seeds/000_8482466fddf537ca.txt';
const seedLines = seed.split('\n');

// biome-ignore format: one row per case
const TITLES = [
  'Compressed Convolutional Attention: Efficient Attention in a Compressed Latent Space',
  'Evaluating Intelligence via Trial and Error',
  'SANA-Video: Efficient Video Generation with Block Linear Diffusion Transformer',
  'MagicInfinite: Generating Infinite Talking Videos with Your Words and Voice',
  'MoE Parallel Folding: Heterogeneous Parallelism Mappings for Efficient Large-Scale MoE Model Training with Megatron Core',
  'SwiftKV: Fast Prefill-Optimized Inference with Knowledge-Preserving Model Transformation',
  'Theory, Analysis, and Best Practices for Sigmoid Self-Attention',
  'TorchTitan: One-stop PyTorch native solution for production ready LLM pre-training',
];

/** What a parse says about the cards, without line numbers: equal across formatting variants. */
const shape = (p: PageParse) =>
  p.cards.map(({ title, abstract, authorsCount, org, date, comments, hasFooter }) => ({
    title,
    abstract,
    authorsCount,
    org,
    comments,
    hasFooter,
    date: date && { month: date.month, day: date.day, year: date.year },
  }));

describe('parsePage on the seed', () => {
  const page = parsePage(seed, FILE);

  it('finds the 8 papers with their exact titles and abstracts', () => {
    expect(page.cards.map((c) => c.title)).toEqual(TITLES);
    for (const c of page.cards) {
      // The abstract is the line two below the title, as captured.
      expect(c.abstract).toBe(seedLines[c.line + 1]);
      expect(c.abstract.length).toBeGreaterThan(1000);
    }
  });

  it('reads the footers', () => {
    expect(page.cards.map((c) => c.authorsCount)).toEqual([5, 10, null, null, 18, 4, 11, 13]);
    expect(page.cards.map((c) => c.org)).toEqual([
      null,
      null,
      { handle: 'nvidia', name: 'NVIDIA' },
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(page.cards.map((c) => c.comments)).toEqual([null, 3, 2, null, null, 2, 2, 1]);
    expect(page.cards.map((c) => c.date && [c.date.month, c.date.day, c.date.year])).toEqual([
      [10, 6, null],
      [2, 26, null],
      [9, 29, null],
      null,
      [4, 21, null],
      [10, 4, 2024],
      [9, 6, 2024],
      [10, 8, 2024],
    ]);
    expect(page.cards[3]!.hasFooter).toBe(false);
  });

  it('takes the header chrome and the page date, and reports nothing', () => {
    expect(page.headerLines).toEqual([1, 3, 5, 7, 9, 11]);
    expect(page.pageDate).toMatchObject({ month: 11, day: 3, year: null, line: 11 });
    expect(page.diagnostics).toEqual([]);
    expect(page.cards.map((c) => c.line)).toEqual([13, 21, 29, 37, 41, 49, 57, 65]);
    expect(unaccountedLines(seed, page)).toEqual([]);
  });
});

describe('parsePage: formatting variants parse the same', () => {
  const base = shape(parsePage(seed, FILE));
  // biome-ignore format: one row per case
  const variants: [string, string][] = [
    ['CRLF', seed.replace(/\n/g, '\r\n')],
    ['CR only', seed.replace(/\n/g, '\r')],
    ['BOM', '\uFEFF' + seed],
    ['BOM + CRLF', '\uFEFF' + seed.replace(/\n/g, '\r\n')],
    ['trailing spaces and tabs', seed.replace(/\n/g, '  \t\n')],
    ['runs of blank lines', seed.replace(/\n\n/g, '\n\n\n\n \n')],
    ['leading blank lines', '\n\n\n' + seed],
    ['trailing newline', seed + '\n\n'],
    ['no blank lines between footer and title', seed.replace(/(\n[A-Z][a-z]{2} \d{1,2}(, \d{4})?( \d+)?)\n\n/g, '$1\n')],
  ];
  it.each(variants)('%s', (_name, text) => {
    const page = parsePage(text, 'x.txt');
    expect(shape(page)).toEqual(base);
    expect(page.diagnostics).toEqual([]);
    expect(unaccountedLines(text, page)).toEqual([]);
  });
});

describe('parsePage: damaged and hostile captures', () => {
  const header = 'new\n\nDaily Papers\n\nNov 3\n\n';
  const card = (t: string, footer = '  • 2 authors\n·\nOct 6') =>
    `${t}\n\nAbstract of ${t}.\n\n${footer}\n\n`;

  it('a card without a footer between two footed cards', () => {
    const text = header + card('A') + 'B\n\nAbstract of B.\n\n' + card('C');
    const page = parsePage(text, 'x.txt');
    expect(page.cards.map((c) => [c.title, c.hasFooter, c.authorsCount])).toEqual([
      ['A', true, 2],
      ['B', false, null],
      ['C', true, 2],
    ]);
    expect(page.diagnostics).toEqual([]);
  });

  it('an org line with a multi-word name; a one-word org', () => {
    const page = parsePage(
      header + card('A', 'google-deepmind Google DeepMind\n·\nOct 6') + card('B', 'ai2\n·\nOct 6'),
      'x.txt',
    );
    expect(page.cards.map((c) => c.org)).toEqual([
      { handle: 'google-deepmind', name: 'Google DeepMind' },
      { handle: 'ai2', name: 'ai2' },
    ]);
  });

  it('a wrapped abstract stays one abstract; a missing blank between title and abstract is tolerated', () => {
    const page = parsePage(
      header +
        'A\n\nfirst half\nsecond half\n\n  • 2 authors\n·\nOct 6\n\nB\nabstract of B\n\n  • 3 authors\n·\nOct 7\n',
      'x.txt',
    );
    expect(page.cards.map((c) => [c.title, c.abstract, c.authorsCount])).toEqual([
      ['A', 'first half second half', 2],
      ['B', 'abstract of B', 3],
    ]);
  });

  it('reports stray lines, repeats, orphans and bad dates with their line numbers', () => {
    // biome-ignore format: one row per case
    const text = [
      'Hugging Face', 'new', '', 'Daily Papers', '', 'Nov 3', '', // 1-7
      'Sign in', '', // 8-9
      'A', '', 'Abstract A.', '', '  • 2 authors', '·', '·', 'Oct 6', '', // 10-18
      'Subscribe', '', // 19-20
      'B', '', 'Abstract B.', '', '  • 2 authors', '·', 'Feb 30', 'Oct 9', '', // 21-29
      'C', '', 'Abstract C.', '', '  • 2 authors', '·', '', // 30-36
      'Load more', // 37
    ].join('\n');
    const page = parsePage(text, 'x.txt');
    expect(page.cards.map((c) => c.title)).toEqual(['A', 'B', 'C']);
    expect(page.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [1, 'warning', '"Hugging Face" in the page header is not part of a paper; ignored it'],
      [8, 'warning', '"Sign in" is not part of any paper (no title/abstract pair); skipped it'],
      [16, 'warning', 'repeats line 15; ignored it'],
      [19, 'warning', 'header line "Subscribe" below the first paper; ignored it'],
      [27, 'warning', '"Feb 30" is not a calendar date; left the date empty'],
      [28, 'warning', 'date line "Oct 9" with no paper above it; ignored it'],
      [35, 'warning', 'the footer of "C" has no date line after "·"'],
      [37, 'warning', '"Load more" is not part of any paper (no title/abstract pair); skipped it'],
    ]);
    expect(unaccountedLines(text, page)).toEqual([]);
  });

  it('quotes hostile lines escaped and shortened in messages', () => {
    const text = header + '\u001b[31mred\u0007\n\n' + card('A');
    const page = parsePage(text, 'x.txt');
    const msg = page.diagnostics.find((d) => d.line === 7)!.message;
    expect(msg).toContain('"\\u001b[31mred\\u0007"');
    expect(msg).not.toMatch(/[\u0000-\u001f]/);
  });

  // biome-ignore format: one row per case
  const notCaptures: [string, string, number, RegExp][] = [
    ['empty', '', 1, /is empty$/],
    ['only blank lines', '\n \r\n\t\n', 1, /is empty$/],
    ['only a BOM', '\uFEFF', 1, /is empty$/],
    ['binary', 'PNG\r\n\u001a\n\u0000\u0000\u0000', 3, /binary data \(a NUL byte on line 3\)$/],
    ['binary, CR line ends', 'a\rb\rc\u0000', 3, /binary data \(a NUL byte on line 3\)$/],
    ['prose', 'Title\n\nSome text.\n', 1, /neither the Daily Papers header nor any paper footer/],
    ['header only', header, 1, /no papers found in x\.txt$/],
    ['footers only', '  • 2 authors\n·\nOct 6\n', 1, /no papers found/],
  ];
  it.each(notCaptures)('not a capture: %s', (_name, text, line, message) => {
    const errors = parsePage(text, 'x.txt').diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(line);
    expect(errors[0]!.message).toMatch(/^not a page capture: /);
    expect(errors[0]!.message).toMatch(message);
  });
});
