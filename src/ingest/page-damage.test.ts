// @vitest-environment node
// Mangled cards are mended, never turned into bogus papers: a date line that is not a
// date, an author count in words, a blank line inside an abstract. The card keeps its
// title and abstract, the odd line gets a warning saying what was expected, and no line
// becomes another paper's title. One row per damage; then the same damage at random.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../../seeds/000_8482466fddf537ca.txt?raw';
import { unaccountedLines } from './__fixtures__/line-accounting';
import { parsePage } from './page';

const HEADER = 'Daily Papers\n\nNov 3\n\n';
const card = (title: string, abstract: string, footer = '  • 3 authors\n·\nOct 6') =>
  `${title}\n\n${abstract}\n\n${footer}\n\n`;
const ALPHA = card('Alpha: First Paper', 'Alpha abstract, one paragraph. It ends here.');
const GAMMA = card('Gamma: Third Paper', 'Gamma abstract here.');
const NO_FOOTER = 'Delta: No Footer\n\nDelta abstract, with no footer after it.\n\n';

interface Row {
  name: string;
  page: string;
  /** title, abstract, authors, has a date */
  cards: [string, string, number | null, boolean][];
  warnings: string[];
}

const alpha: Row['cards'][number] = [
  'Alpha: First Paper',
  'Alpha abstract, one paragraph. It ends here.',
  3,
  true,
];
const gamma: Row['cards'][number] = ['Gamma: Third Paper', 'Gamma abstract here.', 3, true];
const delta: Row['cards'][number] = [
  'Delta: No Footer',
  'Delta abstract, with no footer after it.',
  null,
  false,
];
const beta = (
  authors: number | null,
  dated: boolean,
  abstract = 'Beta abstract.',
): Row['cards'][number] => ['Beta: Second Paper', abstract, authors, dated];
const SPLIT = 'Beta abstract, first part. More of it.\n\nSecond part of the same abstract.';
const JOINED = 'Beta abstract, first part. More of it. Second part of the same abstract.';

// biome-ignore format: one row per case
const rows: Row[] = [
  { name: 'a month that does not exist', page: HEADER + ALPHA + card('Beta: Second Paper', 'Beta abstract.', '  • 3 authors\n·\nOctember 6') + GAMMA,
    cards: [alpha, beta(3, false), gamma], warnings: ['19: "Octember 6" is not a date line like "Oct 6", "Feb 26 3" or "Oct 4, 2024"; left the date empty'] },
  { name: 'a damaged date on the last card', page: HEADER + ALPHA + card('Beta: Second Paper', 'Beta abstract.', '  • 3 authors\n·\nOct 6th 2'),
    cards: [alpha, beta(3, false)], warnings: ['19: "Oct 6th 2" is not a date line like "Oct 6", "Feb 26 3" or "Oct 4, 2024"; left the date empty'] },
  { name: 'a date written day first', page: HEADER + ALPHA + card('Beta: Second Paper', 'Beta abstract.', '  • 3 authors\n·\n6 October') + GAMMA,
    cards: [alpha, beta(3, false), gamma], warnings: ['19: "6 October" is not a date line like "Oct 6", "Feb 26 3" or "Oct 4, 2024"; left the date empty'] },
  { name: 'an author count in words', page: HEADER + ALPHA + card('Beta: Second Paper', 'Beta abstract.', '  • five authors\n·\nOct 6') + GAMMA,
    cards: [alpha, beta(null, true), gamma], warnings: ['17: "• five authors" is not an author count like "• 5 authors"; left the count empty'] },
  { name: 'a blank line inside an abstract', page: HEADER + ALPHA + card('Beta: Second Paper', SPLIT) + GAMMA,
    cards: [alpha, beta(3, true, JOINED), gamma], warnings: ['17: a blank line inside the abstract of "Beta: Second Paper"; joined the paragraphs (a title is one line, an abstract ends with a full stop)'] },
  { name: 'a blank line inside the first abstract', page: HEADER + card('Beta: Second Paper', SPLIT) + GAMMA,
    cards: [beta(3, true, JOINED), gamma], warnings: ['9: a blank line inside the abstract of "Beta: Second Paper"; joined the paragraphs (a title is one line, an abstract ends with a full stop)'] },
  { name: 'two blank lines inside an abstract', page: HEADER + card('Beta: Second Paper', `${SPLIT}\n\nA third part.`) + GAMMA,
    cards: [beta(3, true, `${JOINED} A third part.`), gamma], warnings: [
      '9: a blank line inside the abstract of "Beta: Second Paper"; joined the paragraphs (a title is one line, an abstract ends with a full stop)',
      '11: a blank line inside the abstract of "Beta: Second Paper"; joined the paragraphs (a title is one line, an abstract ends with a full stop)'] },
  { name: 'a split abstract after a card with no footer', page: HEADER + ALPHA + NO_FOOTER + card('Beta: Second Paper', SPLIT) + GAMMA,
    cards: [alpha, delta, beta(3, true, JOINED), gamma], warnings: ['21: a blank line inside the abstract of "Beta: Second Paper"; joined the paragraphs (a title is one line, an abstract ends with a full stop)'] },
  { name: 'all three on one card', page: HEADER + ALPHA + card('Beta: Second Paper', SPLIT, '  • many authors\n·\nOctember 6') + GAMMA,
    cards: [alpha, beta(null, false, JOINED), gamma], warnings: [
      '17: a blank line inside the abstract of "Beta: Second Paper"; joined the paragraphs (a title is one line, an abstract ends with a full stop)',
      '19: "• many authors" is not an author count like "• 5 authors"; left the count empty',
      '21: "Octember 6" is not a date line like "Oct 6", "Feb 26 3" or "Oct 4, 2024"; left the date empty'] },
];

describe('a mangled card', () => {
  it.each(rows)('$name: mended, with a warning', ({ page, cards, warnings }) => {
    const parsed = parsePage(page, 'p.txt');
    expect(parsed.cards.map((c) => [c.title, c.abstract, c.authorsCount, c.date !== null])).toEqual(
      cards,
    );
    expect(parsed.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual(warnings);
    expect(unaccountedLines(page, parsed)).toEqual([]);
  });
});

// The seed's cards, to damage: which lines hold each one's abstract, author count and date.
const seedLines = seed.split('\n');
const clean = parsePage(seed, 's.txt');
const TITLES = clean.cards.map((c) => c.title);
const lineOf = (c: (typeof clean.cards)[number], re: RegExp) =>
  c.lines.find((l) => re.test(seedLines[l - 1]!.trim())) ?? null;
const targets = clean.cards.map((c) => ({
  abstract: c.lines[1]!,
  authors: lineOf(c, /^•/),
  date: lineOf(c, /^[A-Z][a-z]{2} \d/),
}));

type Damage = { kind: 'date' | 'authors' | 'split'; card: number; pick: number };

const DAMAGED_DATES = ['Octember 6', 'Oct 6th', 'Smarch 12 4', '6 Oct', 'Sept 31st'];
const DAMAGED_AUTHORS = ['• five authors', '• 5 author(s)', '• many authors', '•  authors'];

/** The seed with each damage applied; line numbers shift only for splits, done last. */
function damaged(ds: Damage[]): { text: string; titles: string[] } {
  const lines = [...seedLines];
  const splits: number[] = [];
  for (const d of ds) {
    const t = targets[d.card % targets.length]!;
    if (d.kind === 'date' && t.date)
      lines[t.date - 1] = DAMAGED_DATES[d.pick % DAMAGED_DATES.length]!;
    if (d.kind === 'authors' && t.authors)
      lines[t.authors - 1] = DAMAGED_AUTHORS[d.pick % DAMAGED_AUTHORS.length]!;
    if (d.kind === 'split' && !splits.includes(t.abstract)) splits.push(t.abstract);
  }
  for (const at of splits.sort((a, b) => b - a)) {
    const text = lines[at - 1]!;
    // Split after a full stop near the middle, as a paragraph break would.
    const cut = text.indexOf('. ', Math.floor(text.length / 2));
    if (cut > 0) lines.splice(at - 1, 1, text.slice(0, cut + 1), '', text.slice(cut + 2));
  }
  return { text: lines.join('\n'), titles: TITLES };
}

describe('the seed with damaged cards (fast-check)', () => {
  it('keeps every title, makes no other, and warns about every damaged line', () => {
    const damage = fc.record({
      kind: fc.constantFrom('date' as const, 'authors' as const, 'split' as const),
      card: fc.nat(),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), (ds) => {
        const { text, titles } = damaged(ds);
        const page = parsePage(text, 'd.txt');
        expect(page.cards.map((c) => c.title)).toEqual(titles);
        expect(unaccountedLines(text, page)).toEqual([]);
        // Abstracts come back whole, paragraphs joined.
        expect(page.cards.map((c) => c.abstract)).toEqual(clean.cards.map((c) => c.abstract));
        const warned = new Set(page.diagnostics.map((d) => d.line));
        text.split('\n').forEach((l, k) => {
          if ([...DAMAGED_DATES, ...DAMAGED_AUTHORS].includes(l)) expect(warned).toContain(k + 1);
        });
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});
