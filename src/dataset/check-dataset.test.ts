// The dataset check: a good dataset passes unchanged; a bad one is named by the path of
// its first wrong field, so the message leads to the spot in the file.
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import { checkDataset } from './check-dataset';

/** A deep copy of the small dataset with one change made to it. */
// biome-ignore lint/suspicious/noExplicitAny: the edits break the dataset's types on purpose
function changed(edit: (d: any) => void): unknown {
  const copy = structuredClone(smallDataset);
  edit(copy);
  return copy;
}

describe('checkDataset', () => {
  it('passes a good dataset, equal to what came in', () => {
    const result = checkDataset(structuredClone(smallDataset));
    expect(result).toEqual({ ok: true, dataset: smallDataset });
  });

  it.each<[string, unknown, string]>([
    ['not an object', [], 'expected a JSON object, got an array'],
    ['null', null, 'expected a JSON object, got null'],
    [
      'a version 1 dataset (before API lists)',
      changed((d) => (d.schemaVersion = 1)),
      'schemaVersion is 1, but this app reads schema version 2',
    ],
    [
      'a newer schema',
      changed((d) => (d.schemaVersion = 3)),
      'schemaVersion is 3, but this app reads schema version 2',
    ],
    [
      'no schema version',
      changed((d) => delete d.schemaVersion),
      'schemaVersion is missing, but this app reads schema version 2',
    ],
    [
      'version as text',
      changed((d) => (d.schemaVersion = '2')),
      'schemaVersion is "2", but this app reads schema version 2',
    ],
    [
      'a version 1 paper (no arXiv id, authors, upvotes or links) under version 2',
      changed((d) => delete d.papers[0].links),
      'papers[0].links (paper "flash-attention"): Invalid key: Expected "links" but received undefined',
    ],
    [
      'an http: link',
      changed((d) => (d.papers[0].links.code = 'http://github.com/x/y')),
      'papers[0].links.code (paper "flash-attention"): expected an https: URL',
    ],
    [
      'a javascript: link',
      changed((d) => (d.papers[0].links.project = 'javascript:alert(1)')),
      'papers[0].links.project (paper "flash-attention"): expected an https: URL',
    ],
    [
      'an arXiv id that is not one',
      changed((d) => (d.papers[0].arxivId = '../../etc')),
      'papers[0].arxivId (paper "flash-attention"): Invalid format: Expected /^\\d{4}\\.\\d{4,5}$/ but received "../../etc"',
    ],
    [
      'a source without its date',
      changed((d) => delete d.papers[0].sources[0].capturedOn),
      'papers[0].sources[0].capturedOn (paper "flash-attention"): Invalid key: Expected "capturedOn" but received undefined',
    ],
    [
      'no papers',
      changed((d) => delete d.papers),
      'papers: Invalid key: Expected "papers" but received undefined',
    ],
    [
      'a paper without a title',
      changed((d) => delete d.papers[1].title),
      'papers[1].title (paper "sparse-attention"): Invalid key: Expected "title" but received undefined',
    ],
    [
      'a claim kind that is a number',
      changed((d) => (d.papers[0].claims[1].kind = 42)),
      'papers[0].claims[1].kind (paper "flash-attention"): Invalid type: Expected ("speedup" | "throughput" | "latency" | "memory" | "cost" | "compression" | "utilization" | "compute" | "energy" | "other") but received 42',
    ],
    [
      'a claim kind that is an object',
      changed((d) => (d.papers[0].claims[0].kind = {})),
      'papers[0].claims[0].kind (paper "flash-attention"): Invalid type: Expected ("speedup" | "throughput" | "latency" | "memory" | "cost" | "compression" | "utilization" | "compute" | "energy" | "other") but received Object',
    ],
    [
      'an unknown claim kind',
      changed((d) => (d.papers[0].claims[0].kind = 'constructor')),
      'papers[0].claims[0].kind (paper "flash-attention"): Invalid type: Expected ("speedup" | "throughput" | "latency" | "memory" | "cost" | "compression" | "utilization" | "compute" | "energy" | "other") but received "constructor"',
    ],
    [
      'a date that is not ISO',
      changed((d) => (d.papers[2].publishedOn = 'Sep 29')),
      'papers[2].publishedOn (paper "tiny-video"): Invalid date: Received "Sep 29"',
    ],
    [
      'a fractional author count',
      changed((d) => (d.papers[0].authorsCount = 2.5)),
      'papers[0].authorsCount (paper "flash-attention"): Invalid integer: Received 2.5',
    ],
    [
      'a claim past the abstract',
      changed((d) => (d.papers[1].claims[0].end = 10_000)),
      'papers[1] (paper "sparse-attention"): a claim ends past the end of the abstract',
    ],
    [
      'a claim that ends before it starts',
      changed((d) => (d.papers[1].claims[0].start = 90)),
      'papers[1].claims[0] (paper "sparse-attention"): start is after end',
    ],
    [
      'two papers with one id',
      changed((d) => (d.papers[3].id = d.papers[0].id)),
      '(the dataset): two papers share the id "flash-attention"',
    ],
    [
      'a source without a date',
      changed((d) => (d.sources[0].capturedOn = null)),
      'sources[0].capturedOn: Invalid type: Expected string but received null',
    ],
    [
      'a bad diagnostic severity',
      changed((d) => d.diagnostics.push({ file: 'f', line: 1, severity: 'fatal', message: 'm' })),
      'diagnostics[0].severity: Invalid type: Expected ("warning" | "error") but received "fatal"',
    ],
  ])('names what is wrong: %s', (_, value, problem) => {
    expect(checkDataset(value)).toEqual({ ok: false, problem });
  });
});
