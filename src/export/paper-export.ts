import type { Paper } from '../dataset/schema';
import type { PaperRow } from '../derive/rows';

/** The JSON export holds the papers exactly as the dataset does. */
export function paperJson(rows: readonly PaperRow[]): Paper[] {
  return rows.map((r) => r.paper);
}
