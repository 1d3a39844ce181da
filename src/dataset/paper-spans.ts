// Where each paper lies in the site's dataset file: its first byte and the byte after
// its last, by its position in dataset.papers (a search hit's `doc`). Shipped by the
// site build inside the search index's file (index-codec.ts, `extra`), so that over the
// first screen, before the page has read the whole file, the search worker can name
// the bytes of its first hits and the page parses those few papers alone into rows
// (src/app/first-screen-search.ts). Nothing trusts them blindly: the file's length
// must be the one written here and every span must parse to one paper the fast check
// passes, or the page waits for the whole dataset as it did without them.
//
// Layout, unsigned LEB128 varints: "SBPS", format version, paper count, the file's
// byte length; then per paper, the bytes from the end of the paper before it (or the
// file's start) to its start, and its length.
import { ByteReader, ByteWriter } from '../search/bytes.ts';

const MAGIC = [0x53, 0x42, 0x50, 0x53];
const VERSION = 1;

/** Paper d's text is bytes [start[d], end[d]) of a file of `fileLength` bytes. */
export interface PaperSpans {
  fileLength: number;
  start: Float64Array;
  end: Float64Array;
}

export function encodePaperSpans(spans: PaperSpans): Uint8Array {
  const w = new ByteWriter();
  w.raw(Uint8Array.from(MAGIC));
  const n = spans.start.length;
  for (const v of [VERSION, n, spans.fileLength]) w.varint(v);
  let prev = 0;
  for (let d = 0; d < n; d++) {
    w.varint(spans.start[d]! - prev);
    w.varint(spans.end[d]! - spans.start[d]!);
    prev = spans.end[d]!;
  }
  return w.bytes.slice(0, w.length);
}

/** What is wrong with bytes that are not spans this code wrote. */
export class PaperSpansFormatError extends Error {
  override name = 'PaperSpansFormatError';
}

/**
 * The spans `encodePaperSpans` wrote, for `papers` papers; throws PaperSpansFormatError
 * on anything else (spans for another number of papers, or past the file's end).
 */
export function decodePaperSpans(bytes: Uint8Array, papers: number): PaperSpans {
  const r = new ByteReader(
    bytes,
    (at, what) => new PaperSpansFormatError(`paper spans, byte ${at}: ${what}`),
  );
  r.header(MAGIC, VERSION, 'not paper spans');
  const n = r.varint();
  if (n !== papers) r.fail(`spans for ${n} papers, not ${papers}`);
  const fileLength = r.varint();
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let prev = 0;
  for (let d = 0; d < n; d++) {
    start[d] = prev + r.varint();
    end[d] = start[d]! + r.varint();
    if (end[d]! > fileLength) r.fail('a paper ends past the end of the file');
    prev = end[d]!;
  }
  if (r.at !== bytes.length) r.fail('has bytes after its end');
  return { fileLength, start, end };
}
