import type { ClaimKind } from '../dataset/schema';
import { CLAIM_KINDS } from '../dataset/schema-shape';
import type { ClaimRow } from './rows';

/** A claim placed in time: its paper's publication date and its factor. */
export interface TimelinePoint {
  row: ClaimRow;
  date: string;
  /** Days since 1970-01-01 (UTC), for the time axis. */
  day: number;
  factor: number;
}

/** Per kind, the claims that raised "the largest claim so far", oldest first. */
export interface KindRecords {
  kind: ClaimKind;
  records: TimelinePoint[];
  claims: number;
}

export interface Timeline {
  /** Dated claims with a factor, oldest first (ties: smaller factor first). */
  points: TimelinePoint[];
  /** Kinds present, in the schema's order, each with its running maximum. */
  kinds: KindRecords[];
  /** Claims with a factor whose paper has no publication date: not drawn, but counted. */
  undated: number;
  /** Absolute figures (no factor): not drawn, but counted. */
  withoutFactor: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since the epoch for an ISO date, or null when it is not one. */
export function dayNumber(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}

/** Claimed factors against publication date, with the record line per kind. */
export function claimsTimeline(rows: readonly ClaimRow[]): Timeline {
  const points: TimelinePoint[] = [];
  let undated = 0;
  let withoutFactor = 0;
  for (const row of rows) {
    const factor = row.claim.factor;
    if (factor === null || !(factor > 0)) {
      withoutFactor++;
      continue;
    }
    const date = row.paper.paper.publishedOn;
    const day = date === null ? null : dayNumber(date);
    if (date === null || day === null) {
      undated++;
      continue;
    }
    points.push({ row, date, day, factor });
  }
  points.sort((a, b) => a.day - b.day || a.factor - b.factor);
  const byKind = new Map<ClaimKind, KindRecords>();
  for (const p of points) {
    const kind = p.row.claim.kind;
    let k = byKind.get(kind);
    if (!k) byKind.set(kind, (k = { kind, records: [], claims: 0 }));
    k.claims++;
    const best = k.records[k.records.length - 1];
    if (!best || p.factor > best.factor) {
      // A larger claim the same day replaces that day's record: one step per date.
      if (best && best.day === p.day) k.records.pop();
      k.records.push(p);
    }
  }
  const kinds = CLAIM_KINDS.flatMap((kind) => {
    const k = byKind.get(kind);
    return k ? [k] : [];
  });
  return { points, kinds, undated, withoutFactor };
}
