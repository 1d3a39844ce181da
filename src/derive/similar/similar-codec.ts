// Every paper's similar papers, answered once by the site build and shipped in a
// compact binary form, so the reader's browser looks them up instead of building the
// similar-papers index (seconds of CPU at 10k papers, competing with the page for the
// cores). Decoded, each answer is the index's own: the same papers in the same order,
// sharing the same terms (similar-codec.test.ts). A shared term is written as its
// position among the paper's own distinct terms (termTexts order), so the file holds
// no text: the browser reads the term off the paper's title and abstract.
//
// Layout, all numbers unsigned LEB128 varints:
//   "SBSM", format version, the key of the papers (datasetKey), paper count;
//   per paper, its number of similar papers;
//   per similar paper (paper by paper, best first), its position in the papers;
//   per similar paper, its number of shared terms;
//   per shared term, its position among the paper's terms.
// Each column apart compresses better than one record after another.
import { ByteReader, ByteWriter } from '../../search/bytes';
import { datasetKey } from '../../dataset/dataset-key';
import { buildSimilarIndex, type PaperText, type SimilarPaper } from './similar-index';
import { termTexts } from './terms';

const MAGIC = [0x53, 0x42, 0x53, 0x4d];
const VERSION = 1;

/** Every paper's similar papers as the index answers them, written for `decodeSimilar`. */
export function encodeSimilar(papers: readonly PaperText[]): Uint8Array {
  const index = buildSimilarIndex(papers);
  const position = new Map(papers.map((p, i) => [p.id, i] as const));
  const counts: number[] = [];
  const docs: number[] = [];
  const termCounts: number[] = [];
  const terms: number[] = [];
  for (const p of papers) {
    const found = index.similar(p.id);
    counts.push(found.length);
    if (found.length === 0) continue;
    const texts = [...termTexts(p.title, p.abstract).values()];
    for (const f of found) {
      const doc = position.get(f.id);
      if (doc === undefined) throw new Error(`${p.id}: similar paper ${f.id} is not a paper`);
      docs.push(doc);
      termCounts.push(f.shared.length);
      for (const term of f.shared) {
        const at = texts.indexOf(term);
        if (at < 0) throw new Error(`${p.id}: shared term ${JSON.stringify(term)} is not its own`);
        terms.push(at);
      }
    }
  }
  const w = new ByteWriter();
  w.raw(Uint8Array.from(MAGIC));
  for (const v of [VERSION, datasetKey(papers), papers.length]) w.varint(v);
  for (const column of [counts, docs, termCounts, terms]) for (const v of column) w.varint(v);
  return w.bytes.slice(0, w.length);
}

/** What is wrong with bytes that are not similar papers this code wrote. */
export class SimilarFormatError extends Error {
  override name = 'SimilarFormatError';
}

export interface ShippedSimilar {
  /** datasetKey of the papers the answers are for. */
  key: number;
  paperCount: number;
  /**
   * The similar papers of papers[doc], `papers` being the ones the answers were
   * written for (their titles and abstracts hold the shared terms).
   */
  similar(papers: readonly PaperText[], doc: number): SimilarPaper[];
}

/** The answers `encodeSimilar` wrote; throws SimilarFormatError on anything else. */
export function decodeSimilar(bytes: Uint8Array): ShippedSimilar {
  const r = new ByteReader(
    bytes,
    (at, what) => new SimilarFormatError(`similar papers, byte ${at}: ${what}`),
  );
  r.header(MAGIC, VERSION, 'not similar papers');
  const key = r.varint();
  const n = r.varint();
  // Where each paper's similar papers start in `docs`, and each one's terms in `terms`.
  const start = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + r.varint();
  const total = start[n]!;
  if (total > bytes.length) r.fail('ends early');
  const docs = new Uint32Array(total);
  for (let i = 0; i < total; i++) {
    docs[i] = r.varint();
    if (docs[i]! >= n) r.fail('a similar paper is past the last paper');
  }
  const termStart = new Uint32Array(total + 1);
  for (let i = 0; i < total; i++) termStart[i + 1] = termStart[i]! + r.varint();
  const termTotal = termStart[total]!;
  if (termTotal > bytes.length) r.fail('ends early');
  const terms = new Uint32Array(termTotal);
  for (let i = 0; i < termTotal; i++) terms[i] = r.varint();
  if (r.at !== bytes.length) r.fail('has bytes after its end');
  return {
    key,
    paperCount: n,
    similar(papers, doc) {
      const from = start[doc] ?? 0;
      const to = start[doc + 1] ?? 0;
      if (from === to) return [];
      const own = papers[doc]!;
      const texts = [...termTexts(own.title, own.abstract).values()];
      const out: SimilarPaper[] = [];
      for (let i = from; i < to; i++) {
        const shared: string[] = [];
        for (let t = termStart[i]!; t < termStart[i + 1]!; t++) {
          const text = texts[terms[t]!];
          // Only if the papers are not the ones the answers were written for.
          if (text === undefined)
            throw new SimilarFormatError(`similar papers: paper ${doc} has no term ${terms[t]}`);
          shared.push(text);
        }
        out.push({ id: papers[docs[i]!]!.id, shared });
      }
      return out;
    },
  };
}
