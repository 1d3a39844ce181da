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
import { isCanonicalDataset } from './canonical-dataset';
import { checkDataset } from './check-dataset';
import { paperLinks } from './links';
import { CLAIM_KINDS, DatasetSchema, SCHEMA_VERSION, type Dataset, type Paper } from './schema';

const text = fc.constantFrom('', 'a', 'H100', 'seeds/2025-01-02.txt', '<b>x</b>');
const date = fc.constantFrom('2024-01-31', '2025-12-01', '1999-02-29');
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const count = fc.nat({ max: 50 });
const line = fc.integer({ min: 1, max: 50 });

const claimArb = (abstract: string) =>
  fc
    .record({
      a: fc.nat({ max: abstract.length }),
      b: fc.nat({ max: abstract.length }),
      kind: fc.constantFrom(...CLAIM_KINDS),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      unit: text,
      factor: nullable(fc.double({ noNaN: true, noDefaultInfinity: true })),
      range: nullable(fc.tuple(fc.integer(), fc.integer())),
      metric: nullable(text),
      baseline: nullable(text),
      hardware: nullable(text),
      condition: nullable(text),
    })
    .map(({ a, b, ...rest }) => {
      const [start, end] = a <= b ? [a, b] : [b, a];
      return { start, end, text: abstract.slice(start, end), ...rest };
    });

const paperArb = (id: string): fc.Arbitrary<Paper> =>
  fc
    .record({
      title: text,
      arxivId: nullable(fc.constantFrom('2401.01234', '2512.1234')),
      abstract: fc.string({ maxLength: 40 }),
      authors: fc.array(text, { maxLength: 3 }),
      authorsCount: nullable(count),
      org: nullable(fc.record({ handle: text, name: text })),
      publishedOn: nullable(date),
      dateInferred: fc.boolean(),
      comments: nullable(count),
      upvotes: nullable(count),
      project: nullable(fc.constantFrom('https://example.org/p', 'https://x.y/a?b=c')),
      sources: fc.array(
        fc.record({ file: text, line: nullable(line), position: line, capturedOn: date }),
        { maxLength: 2 },
      ),
      hardware: fc.array(text, { maxLength: 2 }),
    })
    .chain(({ project, ...p }) =>
      fc.array(claimArb(p.abstract), { maxLength: 3 }).map(
        (claims): Paper => ({
          id,
          title: p.title,
          arxivId: p.arxivId,
          abstract: p.abstract,
          authors: p.authors,
          authorsCount: p.authorsCount,
          org: p.org,
          publishedOn: p.publishedOn,
          dateInferred: p.dateInferred,
          comments: p.comments,
          upvotes: p.upvotes,
          links: paperLinks(p.arxivId, project),
          sources: p.sources,
          hardware: p.hardware,
          claims,
        }),
      ),
    );

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    papers: fc
      .nat({ max: 4 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => paperArb(`p${i}`)))),
    sources: fc.array(
      fc.record({
        file: text,
        kind: fc.constantFrom('capture' as const, 'api' as const),
        capturedOn: date,
        papers: count,
      }),
      { maxLength: 2 },
    ),
    diagnostics: fc.array(
      fc
        .record({
          file: text,
          line: nullable(line),
          column: fc.option(count, { nil: undefined }),
          severity: fc.constantFrom('warning' as const, 'error' as const),
          message: text,
        })
        .map(({ column, ...d }) =>
          column === undefined
            ? d
            : { file: d.file, line: d.line, column, severity: d.severity, message: d.message },
        ),
      { maxLength: 2 },
    ),
  })
  .map(({ papers, sources, diagnostics }) => ({
    schemaVersion: SCHEMA_VERSION,
    sources,
    papers,
    diagnostics,
  }));

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
});
