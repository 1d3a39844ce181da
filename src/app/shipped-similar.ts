// The similar papers the build answered for every paper (similar-codec.ts): a file
// beside the site's page, or a base64 data block in the single file. Read when a
// paper view first asks, checked against this page's papers (the same papers in the
// same order, as the build's shipped search index is), then looked up per paper on
// this thread in well under a millisecond. The search worker is told they are here and
// builds its own similar-papers index only if they turn out not to fit. Their decoder
// (with the similar-papers index's code it reads terms with) is a chunk of its own on
// the site, loaded with import() beside the file.
import { datasetKey } from '../dataset/dataset-key';
import { SIMILAR_ELEMENT_ID } from '../dataset/embed';
import type { Paper } from '../dataset/schema';
import type { ShippedSimilar } from '../derive/similar/similar-codec';
import type { SimilarPaper } from '../derive/similar/similar-index';

/** Reads the build's bytes; fails if it cannot. */
export type ReadSimilar = () => Promise<Uint8Array>;

/** Where this page's build put its similar papers, if it did: their file's URL or data block. */
export function bundledSimilar(doc: Document): ReadSimilar | null {
  const el = doc.getElementById(SIMILAR_ELEMENT_ID);
  if (el?.tagName === 'LINK') {
    const url = (el as HTMLLinkElement).href;
    return async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    };
  }
  if (el?.tagName !== 'SCRIPT') return null;
  // Taken out of the page at once, as the dataset's block is: the page keeps no data
  // block, so its only script element is the app's own.
  const base64 = el.textContent ?? '';
  el.remove();
  return async () => {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  };
}

/**
 * A paper's similar papers from the build; 'reading' until they are read, 'none'
 * if they could not be read or are not for these papers.
 */
export interface ShippedSimilarPapers {
  get(id: string): readonly SimilarPaper[] | 'reading' | 'none';
  /**
   * Starts reading them (a download, off this thread) and their decoder's code; they are
   * decoded when first asked for.
   */
  prefetch(): void;
  subscribe(onChange: () => void): () => void;
}

type Decoded = 'none' | { answers: ShippedSimilar; at: Map<string, number> };

/** `papers` must hold their abstracts when get() is called: the shared terms are read off them. */
export function shippedSimilarPapers(
  papers: readonly Paper[],
  read: ReadSimilar,
): ShippedSimilarPapers {
  let got:
    | { bytes: Uint8Array; decodeSimilar: (bytes: Uint8Array) => ShippedSimilar }
    | 'failed'
    | null = null;
  let reading = false;
  let asked = false;
  let decoded: Decoded | null = null;
  const listeners = new Set<() => void>();
  const prefetch = () => {
    if (reading) return;
    reading = true;
    const arrive = (it: typeof got) => {
      got = it;
      if (asked) for (const l of listeners) l();
    };
    Promise.all([read(), import('../derive/similar/similar-codec')]).then(
      ([bytes, { decodeSimilar }]) => arrive({ bytes, decodeSimilar }),
      () => arrive('failed'),
    );
  };
  const decode = (it: NonNullable<typeof got>): Decoded => {
    if (it === 'failed') return 'none';
    let answers: ShippedSimilar;
    try {
      answers = it.decodeSimilar(it.bytes);
    } catch {
      return 'none';
    }
    if (answers.paperCount !== papers.length || answers.key !== datasetKey(papers)) return 'none';
    return { answers, at: new Map(papers.map((p, i) => [p.id, i] as const)) };
  };
  return {
    get(id) {
      if (decoded === null) {
        prefetch();
        if (got === null) {
          asked = true;
          return 'reading';
        }
        decoded = decode(got);
        got = null;
      }
      if (decoded === 'none') return 'none';
      const doc = decoded.at.get(id);
      if (doc === undefined) return [];
      try {
        return decoded.answers.similar(papers, doc);
      } catch {
        // Papers edited after the build (same ids, other words): the worker answers.
        decoded = 'none';
        return 'none';
      }
    },
    prefetch,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
