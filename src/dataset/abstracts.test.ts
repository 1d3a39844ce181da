// The site's two dataset files put back together give the dataset exactly as it
// was (same JSON, key order included), and a mismatched abstracts file is refused
// without touching the dataset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import { datasetArb } from './__fixtures__/random-dataset';
import { joinAbstracts, splitAbstracts } from './abstracts';
import { isCanonicalDataset } from './canonical-dataset';
import type { Dataset } from './schema';

/** Split, written and read back as the build and the browser do, then joined. */
function roundTrip(dataset: Dataset): Dataset {
  const { head, abstracts } = splitAbstracts(dataset);
  const readHead = JSON.parse(JSON.stringify(head)) as Dataset;
  expect(readHead.papers.every((p) => p.abstract === '')).toBe(true);
  expect(joinAbstracts(readHead, JSON.parse(JSON.stringify(abstracts)))).toBeNull();
  return readHead;
}

describe('splitAbstracts and joinAbstracts', () => {
  it('give back the same dataset, as JSON too', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const joined = roundTrip(dataset);
        expect(JSON.stringify(joined)).toBe(JSON.stringify(dataset));
        expect(isCanonicalDataset(joined)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(roundTrip(smallDataset)).toEqual(smallDataset);
  });

  it('leave the abstracts out of the first file, and the input alone', () => {
    const before = JSON.stringify(smallDataset);
    const { head, abstracts } = splitAbstracts(smallDataset);
    expect(JSON.stringify(head)).not.toContain(smallDataset.papers[0]!.abstract);
    expect(abstracts).toEqual(smallDataset.papers.map((p) => p.abstract));
    expect(JSON.stringify(smallDataset)).toBe(before);
  });

  it('fill the same paper objects in place', () => {
    const { head, abstracts } = splitAbstracts(smallDataset);
    const first = head.papers[0];
    joinAbstracts(head, abstracts);
    expect(head.papers[0]).toBe(first);
    expect(first?.abstract).toBe(smallDataset.papers[0]!.abstract);
  });

  const withClaims = smallDataset.papers.findIndex((p) => p.claims.length > 0);
  const claimEnd = smallDataset.papers[withClaims]!.claims[0]!.end;
  it.each<[string, (abstracts: string[]) => unknown, RegExp]>([
    ['not an array', () => ({ 0: 'a' }), /^the abstracts file is not a JSON array$/],
    ['one too few', (a) => a.slice(1), /^the abstracts file holds 5 abstracts for 6 papers$/],
    [
      'one that is not text',
      (a) => a.map((x, i) => (i === 2 ? 7 : x)),
      /^abstract \[2\] \(paper "tiny-video"\) is not text$/,
    ],
    [
      'one too short for its claims',
      (a) => a.map((x, i) => (i === withClaims ? x.slice(0, claimEnd - 1) : x)),
      /^papers\[\d+\] \(paper "[^"]+"\): a claim ends past the end of the abstract$/,
    ],
  ])('refuse an abstracts file with %s, changing nothing', (_, make, problem) => {
    const { head, abstracts } = splitAbstracts(smallDataset);
    const before = JSON.stringify(head);
    expect(joinAbstracts(head, make(abstracts))).toMatch(problem);
    expect(JSON.stringify(head)).toBe(before);
  });

  it('refuse a dataset in which two papers share an id, as the schema does, changing nothing', () => {
    const { head, abstracts } = splitAbstracts(smallDataset);
    head.papers[3]!.id = head.papers[1]!.id;
    const before = JSON.stringify(head);
    expect(joinAbstracts(head, abstracts)).toBe(
      `two papers share the id ${JSON.stringify(head.papers[1]!.id)}`,
    );
    expect(JSON.stringify(head)).toBe(before);
  });
});
