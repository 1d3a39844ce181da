import type { Claim } from '../../dataset/schema';

export type Segment = { text: string; claim: null } | { text: string; claim: number };

/**
 * Cuts the abstract at its claims' evidence spans. Spans that are out of bounds or
 * overlap an earlier one are left unmarked (the claim is still listed beside it), and
 * so are claims `marked` turns down.
 */
export function abstractSegments(
  abstract: string,
  claims: readonly Claim[],
  marked: (index: number) => boolean = () => true,
): Segment[] {
  const spans = claims
    .map((c, i) => ({ start: c.start, end: c.end, i }))
    .filter(
      (s) =>
        marked(s.i) &&
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.end > s.start &&
        s.end <= abstract.length,
    )
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: abstract.slice(at, s.start), claim: null });
    out.push({ text: abstract.slice(s.start, s.end), claim: s.i });
    at = s.end;
  }
  if (at < abstract.length) out.push({ text: abstract.slice(at), claim: null });
  return out;
}
