// The load path's fast walk must never accept what the schema would reject or
// return differently: on random datasets, each changed in one random place to a
// near miss (wrong type, out of range, bad date or URL, extra or missing key,
// keys out of order), a "yes" from isCanonicalDataset means valibot accepts the
// value and returns an identical copy. And it must say "yes" to well-formed
// datasets, or the app would silently take the slow path.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import { datasetArb } from './__fixtures__/random-dataset';
import { joinAbstracts, splitAbstracts } from './abstracts';
import { isCanonicalDataset } from './canonical-dataset';
import { checkDataset } from './check-dataset';
import { DatasetSchema, type Dataset, schemaKeys } from './schema';
import { SCHEMA_KEYS } from './schema-shape';

describe("the fast check's keys", () => {
  it("are the schema's, object by object, in the schema's order", () => {
    expect(SCHEMA_KEYS).toEqual(schemaKeys());
  });
});

/** Values one step off what some field needs. */
const NEAR_MISSES: unknown[] = [
  null,
  -1,
  0,
  1,
  2.5,
  '',
  'x',
  'p0',
  'speedup',
  'warning',
  'api',
  '2024-02-30',
  '2024-13-01',
  '2401.12345',
  'http://example.org/',
  'https://',
  'https://example.org/',
  true,
  [],
  {},
  [1, 2],
  [1, 2, 3],
  [1, 'x'],
  { handle: 'a', name: 'b' },
];

type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) paths(value[i], [...at, i], out);
  } else if (typeof value === 'object' && value !== null)
    for (const [k, x] of Object.entries(value)) paths(x, [...at, k], out);
  return out;
}

type Edit = { kind: 'set'; value: unknown } | { kind: 'delete' | 'extra' | 'reorder' };

function edited(dataset: Dataset, path: Path, edit: Edit): unknown {
  const copy: unknown = structuredClone(dataset);
  if (path.length === 0) return edit.kind === 'set' ? edit.value : copy;
  // biome-ignore lint/suspicious/noExplicitAny: the edits break the dataset's types on purpose
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const key = path.at(-1)!;
  if (edit.kind === 'set') parent[key] = edit.value;
  else if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else {
    const target = parent[key];
    if (typeof target !== 'object' || target === null || Array.isArray(target)) return copy;
    if (edit.kind === 'extra') target.extra = 1;
    else {
      // The first key moved to the end.
      const [first] = Object.keys(target);
      if (first === undefined) return copy;
      const value = target[first];
      delete target[first];
      target[first] = value;
    }
  }
  return copy;
}

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom(...NEAR_MISSES).map((value) => ({ kind: 'set' as const, value })),
  fc.constantFrom(
    { kind: 'delete' as const },
    { kind: 'extra' as const },
    {
      kind: 'reorder' as const,
    },
  ),
);

describe('isCanonicalDataset', () => {
  it('accepts well-formed datasets, and the schema returns them unchanged', () => {
    // The hand-made fixture spells its keys in another order; the schema's copy of it is canonical.
    expect(isCanonicalDataset(v.parse(DatasetSchema, smallDataset))).toBe(true);
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        expect(isCanonicalDataset(dataset)).toBe(true);
        const parsed = v.safeParse(DatasetSchema, dataset);
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(parsed.output)).toBe(JSON.stringify(dataset));
      }),
      { numRuns: 200 },
    );
  });

  it('says yes to a changed dataset only when the schema returns the same value', () => {
    let refused = 0;
    fc.assert(
      fc.property(datasetArb, fc.nat(), editArb, (dataset, pick, edit) => {
        const all = paths(dataset);
        const value = edited(dataset, all[pick % all.length]!, edit);
        const parsed = v.safeParse(DatasetSchema, value, { abortEarly: true });
        if (isCanonicalDataset(value)) {
          expect(parsed.success).toBe(true);
          expect(JSON.stringify(parsed.output)).toBe(JSON.stringify(value));
        } else refused++;
        // Either way, checkDataset gives the schema's verdict.
        expect(checkDataset(value).ok).toBe(parsed.success);
      }),
      { numRuns: 3000 },
    );
    // Most edits break something; a walk that refused nothing would be checking nothing.
    expect(refused).toBeGreaterThan(1000);
  }, 30_000);

  it('leaves the ids of a dataset without its abstracts to the join, and refuses a whole one that repeats one', () => {
    const whole = v.parse(DatasetSchema, smallDataset);
    whole.papers[1]!.id = whole.papers[0]!.id;
    expect(isCanonicalDataset(whole)).toBe(false);
    expect(isCanonicalDataset(splitAbstracts(whole).head, true)).toBe(true);
  });

  it('on a dataset without its abstracts, says yes only when joining them gives what the schema returns', () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), editArb, (dataset, pick, edit) => {
        const { head, abstracts } = splitAbstracts(dataset);
        expect(isCanonicalDataset(head, true)).toBe(true);
        const all = paths(head);
        const value = edited(head, all[pick % all.length]!, edit);
        if (!isCanonicalDataset(value, true)) return;
        // The claim ends are checked by the join; everything else was checked already.
        if (joinAbstracts(value, abstracts) !== null) return;
        const parsed = v.safeParse(DatasetSchema, value, { abortEarly: true });
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(parsed.output)).toBe(JSON.stringify(value));
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
