// The site's dataset file read a piece at a time. Parsing, checking and indexing
// 50,000 papers in one go held the page's thread for over half a second, and a key
// pressed over the first screen waited for all of it. The build writes the file as
// it always did (the same text as JSON.stringify, ASCII) and records where in it every
// few papers start ("marks"); the page parses the text between two marks on its own,
// so it can let the reader's input in between pieces. Nothing trusts the marks: a
// piece that does not parse to papers sends the page back to reading the file whole.
// Pure: the Vite plugin writes the marks, the page reads with them.
import { areCanonicalPapers, isCanonicalDataset } from './canonical-dataset.ts';
import { asciiJson } from './embed.ts';
import type { Dataset, Paper } from './schema.ts';

/** How many papers lie between two marks the build writes. */
export const PAPERS_PER_MARK = 500;

/**
 * `dataset` as the site's file holds it (asciiJson of JSON.stringify), and its marks:
 * where its papers' list begins (just after the "["), where every `every`-th paper
 * after the first begins, and where the list ends (at the "]"); and where every paper
 * starts and ends (`starts`, `ends`: the text is ASCII, so these are byte offsets too).
 */
export function markedJson(
  dataset: Dataset,
  every = PAPERS_PER_MARK,
): { json: string; marks: number[]; starts: number[]; ends: number[] } {
  const parts: string[] = [];
  const marks: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  const put = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  put('{');
  let first = true;
  for (const [key, value] of Object.entries(dataset)) {
    if (value === undefined) continue;
    put(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (key !== 'papers') {
      put(asciiJson(JSON.stringify(value)));
      continue;
    }
    put('[');
    const papers = value as readonly Paper[];
    for (let i = 0; i < papers.length; i++) {
      if (i > 0) put(',');
      if (i % every === 0) marks.push(length);
      starts.push(length);
      put(asciiJson(JSON.stringify(papers[i])));
      ends.push(length);
    }
    if (papers.length === 0) marks.push(length);
    marks.push(length);
    put(']');
  }
  put('}');
  return { json: parts.join(''), marks, starts, ends };
}

/** The marks as the page's link carries them, and back (null if they are not marks). */
export function marksAttribute(marks: readonly number[]): string {
  return marks.join(' ');
}

export function parseMarks(attribute: string | null | undefined): number[] | null {
  if (!attribute || !/^\d+(?: \d+)+$/.test(attribute)) return null;
  const marks = attribute.split(' ').map(Number);
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    if (!Number.isSafeInteger(m) || (i > 0 && m < marks[i - 1]!)) return null;
  }
  return marks;
}

/**
 * The file's bytes read between its marks: `shell()` is the dataset with no papers
 * (the text outside the list), `papers(i)` the papers between mark i and mark i + 1
 * (0 ≤ i < count). Each throws, or returns a value of the wrong shape, when the marks
 * do not fit the file; the caller then reads it whole.
 */
export interface MarkedFile {
  count: number;
  shell(): unknown;
  papers(i: number): unknown;
}

const COMMA = 0x2c;

export function markedFile(bytes: Uint8Array, marks: readonly number[]): MarkedFile {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = (from: number, to: number) => decoder.decode(bytes.subarray(from, to));
  const last = marks.length - 1;
  if (marks[last]! > bytes.length) throw new Error('a mark lies past the end of the file');
  return {
    count: last,
    shell: () => JSON.parse(`${text(0, marks[0]!)}${text(marks[last]!, bytes.length)}`),
    papers(i) {
      // Every piece but the last ends with the comma before the next mark's paper.
      const end = marks[i + 1]! - (i < last - 1 && bytes[marks[i + 1]! - 1] === COMMA ? 1 : 0);
      return JSON.parse(`[${text(marks[i]!, end)}]`);
    },
  };
}

/**
 * The site's dataset read from its file's bytes between the marks, one piece per step
 * (the caller may let other work in between): the same value as JSON.parse of the
 * whole text, when the fast check (canonical-dataset.ts, abstracts later) passes the
 * dataset's other fields and every piece's papers. Null when it does not, or the marks
 * do not fit the file: the caller reads the file whole, and the schema says what is
 * wrong with it.
 */
export function* readMarked(
  bytes: Uint8Array,
  marks: readonly number[],
): Generator<void, Dataset | null> {
  let file: MarkedFile;
  let value: unknown;
  try {
    file = markedFile(bytes, marks);
    value = file.shell();
  } catch {
    return null;
  }
  if (!isCanonicalDataset(value, true) || value.papers.length !== 0) return null;
  const papers = value.papers;
  for (let i = 0; i < file.count; i++) {
    yield;
    let piece: unknown;
    try {
      piece = file.papers(i);
    } catch {
      return null;
    }
    if (!areCanonicalPapers(piece, true)) return null;
    for (const p of piece) papers.push(p);
  }
  return value;
}
