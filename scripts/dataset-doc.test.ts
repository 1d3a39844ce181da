// @vitest-environment node
// docs/DATASET.md lists the API fields the build uses and knows; the parser's lists
// (src/ingest/hf-fields.ts) are the truth, and the table must say the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTHOR_FIELDS, type FieldList, ITEM_FIELDS, PAPER_FIELDS } from '../src/ingest/hf-fields';

const doc = readFileSync(new URL('../docs/DATASET.md', import.meta.url), 'utf8');

/** The `used` and `ignored` cells of the table row for one object, as lists of names. */
function documented(object: string): { used: string[]; ignored: string[] } {
  const row = doc.split('\n').find((l) => l.startsWith(`| ${object} `));
  if (!row) throw new Error(`docs/DATASET.md has no field-table row for ${object}`);
  const cells = row.split('|').slice(2, 4);
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return { used: names(cells[0]!), ignored: names(cells[1]!) };
}

describe('docs/DATASET.md API field table', () => {
  it.each<[string, FieldList]>([
    ['item', ITEM_FIELDS],
    ['`paper`', PAPER_FIELDS],
    ['`paper.authors[]`', AUTHOR_FIELDS],
  ])('%s lists the fields the parser knows', (object, fields) => {
    expect(documented(object)).toEqual({ used: [...fields.used], ignored: [...fields.ignored] });
  });
});
