// "49% MFU, versus 41% for FSDP", "58 FPS, compared with 21 FPS on the stock
// runtime", "43% MFU, up from 31% with Megatron-LM": a level the paper's system
// reaches, then the same quantity for what it is compared with. The second figure
// alone is the baseline's (rule baseline-figure); together the two are a
// before/after pair, and their ratio is the factor.
import type { Draft } from './attach';
import { readPhrase } from './context';
import type { Mention } from './mentions';
import { roundFactor, unitScale } from './numbers';

// The comparison marker must end the words between the two figures: "…, compared with 21 FPS".
const MARKER_BEFORE_FIGURE =
  /(?:^|[\s,])(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down)\s+from|relative\s+to)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|[~≈]\s?)?$/i;
/** Words between the two figures: a short adjunct, never another clause or sentence. */
const MAX_GAP = 80;
const CLAUSE_BREAK = /[;:.!?]|\b(?:and|but|while|whereas|which|that)\b/i;
// "41% for FSDP", "31% with Megatron-LM": whose level the second figure is.
const WHOSE = /^\s+(?:for|with|by|under)\s+/i;

/** The pair a level and the baseline's level after it make, or null. */
export function comparedLevels(
  text: string,
  draft: Draft,
  ours: Mention,
  theirs: Mention,
): Draft | null {
  // A range of rates ("2.1 to 3.4 tokens per second, against 0.7") counts its upper end.
  if (
    draft.factor !== null ||
    ours.type !== theirs.type ||
    (ours.isRange && ours.type !== 'rate') ||
    theirs.isRange
  )
    return null;
  if (ours.type !== 'pct' && ours.type !== 'rate' && ours.type !== 'time') return null;
  const a = unitScale(ours.unit);
  const b = unitScale(theirs.unit);
  if (!a || !b || a.family !== b.family || (a.family === 'rate' && ours.unit !== theirs.unit))
    return null;
  if (theirs.start - ours.end > MAX_GAP) return null;
  const gap = text.slice(ours.end, theirs.start);
  if (!MARKER_BEFORE_FIGURE.test(gap)) return null;
  // "…, compared with" itself holds no break; anything before it must not either.
  if (CLAUSE_BREAK.test(gap.replace(MARKER_BEFORE_FIGURE, ''))) return null;
  const x = ours.high * a.scale;
  const y = theirs.high * b.scale;
  if (!(x > 0 && y > 0)) return null;
  // A level wanted higher (a share of peak, a rate) against one wanted lower (a time).
  const factor = a.family === 'time' ? y / x : x / y;
  if (!(factor > 1)) return null;
  const whose = WHOSE.exec(text.slice(theirs.end, theirs.end + 12));
  const at = whose ? theirs.end + whose[0].length : -1;
  const baseline = whose ? readPhrase(text, at, Math.min(text.length, at + 140), 1) : null;
  return {
    ...draft,
    end: theirs.end,
    baseline: baseline?.text ?? draft.baseline,
    factor: roundFactor(factor),
    rule: 'compared-levels',
  };
}
