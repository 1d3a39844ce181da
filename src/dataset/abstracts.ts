// The site ships its dataset in two files: the dataset with every abstract left
// empty (everything the lists, facets and claims need: about a quarter of the
// bytes), and the abstracts alone, in paper order, which arrive after the first
// rows. Abstracts are ~63% of the dataset's bytes and none of the first screen.
// Pure: the Vite plugin splits, the app and the search worker join.
import type { Dataset } from './schema.ts';
import { firstRepeatedId } from './schema-shape.ts';

/** The dataset without its abstracts (each one ""), and the abstracts in paper order. */
export function splitAbstracts(dataset: Dataset): { head: Dataset; abstracts: string[] } {
  return {
    head: { ...dataset, papers: dataset.papers.map((p) => ({ ...p, abstract: '' })) },
    abstracts: dataset.papers.map((p) => p.abstract),
  };
}

/**
 * Puts the abstracts back into a dataset whose abstracts were left empty, in place
 * (the papers keep their identity and key order). Returns what is wrong, or null;
 * on a problem nothing is changed.
 */
export function joinAbstracts(head: Dataset, abstracts: unknown): string | null {
  const papers = head.papers;
  if (!Array.isArray(abstracts)) return 'the abstracts file is not a JSON array';
  if (abstracts.length !== papers.length)
    return `the abstracts file holds ${abstracts.length} abstracts for ${papers.length} papers`;
  for (let i = 0; i < papers.length; i++) {
    const a: unknown = abstracts[i];
    const p = papers[i]!;
    if (typeof a !== 'string') return `abstract [${i}] (paper ${JSON.stringify(p.id)}) is not text`;
    // The schema's rule, which the dataset without abstracts could not be checked for.
    for (const c of p.claims)
      if (c.end > a.length)
        return `papers[${i}] (paper ${JSON.stringify(p.id)}): a claim ends past the end of the abstract`;
  }
  // Also the schema's, left for now by the check of the dataset without abstracts.
  const repeated = firstRepeatedId(papers);
  if (repeated !== null) return `two papers share the id ${JSON.stringify(repeated)}`;
  for (let i = 0; i < papers.length; i++) papers[i]!.abstract = abstracts[i] as string;
  return null;
}
