// Which papers, in which order: a 32-bit FNV-1a hash of the paper count and every
// paper's id. The site's shipped search index records the key of the papers it was
// built from, and the search worker uses it only for a dataset with the same key, so
// a dataset file edited or reordered after the build (same shape, same count) is
// indexed afresh instead of being answered with another file's paper positions.
// About a millisecond at 10k papers.
export function datasetKey(papers: readonly { id: string }[]): number {
  let h = 0x811c9dc5;
  const mix = (code: number) => {
    h ^= code;
    h = Math.imul(h, 0x01000193);
  };
  mix(papers.length);
  for (const paper of papers) {
    const id = paper.id;
    for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
    // A separator no id holds, so ("ab", "c") and ("a", "bc") differ.
    mix(0x10000);
  }
  return h >>> 0;
}
