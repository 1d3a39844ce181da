// Random well-formed datasets for property tests: small pools, so values repeat;
// every field of the schema, optional diagnostic columns, https links, claims
// inside their abstracts.
import fc from 'fast-check';
import { paperLinks } from '../links';
import { CLAIM_KINDS, SCHEMA_VERSION, type Dataset, type Paper } from '../schema';

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

export const datasetArb: fc.Arbitrary<Dataset> = fc
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

