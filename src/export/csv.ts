export type CsvCell = string | number | boolean | null;

// Spreadsheets run a cell that starts with one of these as a formula; seed text is
// untrusted, so such text cells get a leading apostrophe (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A CSV file as spreadsheets open it: a UTF-8 byte order mark first, without which
 * Excel reads UTF-8 text ("×", "–", accented names) as another encoding.
 */
export function toCsvFile(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return `\uFEFF${toCsv(header, rows)}`;
}
