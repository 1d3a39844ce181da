// A dataset of bare papers for facet tests: each paper only an organization, a day and
// claims with a kind, hardware and factor (what the facets read); the rest is filler.
import { NO_LINKS } from '../dataset/links';
import type { Claim, ClaimKind, Dataset, Paper } from '../dataset/schema';

export interface FacetPaper {
  org: string | null;
  publishedOn: string | null;
  claims: readonly { kind: ClaimKind; hardware: string | null; factor: number | null }[];
}

export function facetDataset(papers: readonly FacetPaper[]): Dataset {
  return {
    schemaVersion: 2,
    sources: [],
    diagnostics: [],
    papers: papers.map(
      (p, i): Paper => ({
        id: `p${i}`,
        title: `Paper ${i}`,
        arxivId: null,
        abstract: 'x',
        authors: [],
        authorsCount: null,
        org: p.org === null ? null : { handle: p.org, name: p.org.toUpperCase() },
        publishedOn: p.publishedOn,
        dateInferred: false,
        comments: null,
        upvotes: null,
        links: NO_LINKS,
        sources: [],
        hardware: [],
        claims: p.claims.map(
          (c): Claim => ({
            start: 0,
            end: 1,
            text: 'x',
            kind: c.kind,
            value: c.factor ?? 1,
            unit: c.factor === null ? '%' : 'x',
            factor: c.factor,
            range: null,
            metric: null,
            baseline: null,
            hardware: c.hardware,
            condition: null,
          }),
        ),
      }),
    ),
  };
}
