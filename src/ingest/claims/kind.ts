// The kind of a claim (speedup, latency, memory, …), from the words that made it one.
import type { ClaimKind } from '../../dataset/schema';
import type { Direction } from './decision';
import { kindNamedByCue } from './lexicon/cues';
import { KIND_PATTERNS } from './lexicon/kinds';

// Metric phrases, verbs and cue words repeat across abstracts: each is looked up once.
const kindCache = new Map<string, ClaimKind | null>();

function nounKind(text: string): ClaimKind | null {
  let kind = kindCache.get(text);
  if (kind !== undefined) return kind;
  kind = null;
  for (const [k, re] of KIND_PATTERNS) {
    if (re.test(text)) {
      kind = k;
      break;
    }
  }
  if (kindCache.size > 50_000) kindCache.clear();
  kindCache.set(text, kind);
  return kind;
}

/**
 * Kind of a claim: a kind-naming cue noun ("8x KV-cache compression") wins, then the
 * metric's nouns, then the verb or cue's own meaning, then the direction's default.
 */
export function kindOf(
  cue: string | null,
  metric: string | null,
  verb: string | null,
  direction: Direction,
): ClaimKind {
  const head = cue ? kindNamedByCue(cue) : undefined;
  if (head) return head;
  for (const text of [metric, verb, cue]) {
    if (!text) continue;
    const kind = nounKind(text);
    if (kind) return kind;
  }
  if (direction === 'of') return 'cost';
  if (direction === 'down') return 'other';
  return 'speedup';
}
