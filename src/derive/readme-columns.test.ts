import { describe, expect, it } from 'vitest';
import { CLAIM_TABLE } from './claim-columns';
import { csvHeader, type TableSpec } from './column-record';
import { PAPER_TABLE } from './paper-columns';
import README from '../../README.md?raw';

// The README lists every column of both tables; the column records are the truth.

/** The rows of the first Markdown table after `heading`, as trimmed cells. */
function tableAfter(heading: string): string[][] {
  const at = README.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README has no heading "${heading}"`);
  const lines = README.slice(at + heading.length + 2).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2); // header and the --- line
}

function expectedRows<Row, Id extends string>(spec: TableSpec<Row, Id>): string[][] {
  return spec.columns.map((c) => [
    `\`${c.id}\``,
    c.label,
    c.help,
    c.csv.map((f) => `\`${f.header}\``).join(' '),
  ]);
}

function csvLine(heading: string): string {
  const at = README.indexOf(`\n${heading}\n`);
  const line = README.slice(at)
    .split('\n')
    .find((l) => l.startsWith('CSV columns, in order:'));
  if (!line) throw new Error(`README: no "CSV columns, in order:" line under "${heading}"`);
  return line;
}

describe('README column tables', () => {
  it.each([
    ['### Papers table', PAPER_TABLE as TableSpec<unknown, string>],
    ['### Claims table', CLAIM_TABLE as TableSpec<unknown, string>],
  ])('%s lists every column record: id, label, help and CSV fields', (heading, spec) => {
    expect(tableAfter(heading)).toEqual(expectedRows(spec));
    expect(csvLine(heading)).toBe(
      `CSV columns, in order: ${csvHeader(spec)
        .map((h) => `\`${h}\``)
        .join(', ')}.`,
    );
  });

  it('the URL table names the same sort keys', () => {
    const sortRow = README.split('\n').find((l) => l.startsWith('| `sort`'));
    const keys = (spec: TableSpec<unknown, string>) =>
      spec.columns.map((c) => `\`${c.id}\``).join(' ');
    expect(sortRow).toContain(`papers ${keys(PAPER_TABLE as TableSpec<unknown, string>)};`);
    expect(sortRow).toContain(`claims ${keys(CLAIM_TABLE as TableSpec<unknown, string>)} |`);
  });
});
