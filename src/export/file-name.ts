/** The reader's calendar day (local time) as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "speedboard-claims-2025-11-03": what the file holds and the day it was saved. */
export function exportFileName(what: string, date: Date): string {
  return `speedboard-${what}-${localDay(date)}`;
}
