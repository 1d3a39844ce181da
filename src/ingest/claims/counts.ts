// Fewer devices for the same job, stated as two counts rather than a factor:
// "on two 80 GB GPUs instead of eight", "on 8 GPUs, where the baseline needed 32",
// "fits on 2 GPUs where the dense model needs 4". Each becomes a before/after
// pair (pairs.ts), whose factor is the ratio of the counts.
import { alternation } from './lexicon/build';
import type { Mention } from './mentions';
import { WORD_NUMBER_SOURCE, wordNumber } from './numbers';

/** What a job runs on, counted: the unit of a device-count pair. */
export const DEVICE_WORDS = [
  'GPUs',
  'GPU',
  'nodes',
  'node',
  'machines',
  'machine',
  'servers',
  'server',
  'chips',
  'chip',
  'accelerators',
  'accelerator',
  'cards',
  'card',
  'TPUs',
  'TPU',
  'devices',
  'device',
] as const;

const COUNT = String.raw`(\d{1,5}|${WORD_NUMBER_SOURCE}|one|a single|single)`;
// "two 80 GB GPUs", "8 H100 GPUs": a size or a model name may stand between count and device.
const DEVICES = String.raw`\s+(?:\d+\s?GB\s+)?(?:[A-Z][\w-]*\s+)?(?:${alternation(DEVICE_WORDS)})\b`;
const THEN_COUNT = String.raw`\s+(\d{1,5}|${WORD_NUMBER_SOURCE}|one)\b`;
// Read around each "instead of" and "where", not by scanning the abstract for counts.
const COUNT_DEVICES_BEFORE = new RegExp(String.raw`\b${COUNT}${DEVICES},?\s+$`, 'i');
const INSTEAD_AFTER = new RegExp(String.raw`instead\s+of${THEN_COUNT}`, 'iy');
const WHERE_AFTER = new RegExp(
  String.raw`where\s+(?:[\w-]+\s+){1,4}?(?:needs?|needed|requires?|required|uses?|used|takes?|took)${THEN_COUNT}`,
  'iy',
);
const LOOK_BACK = 48;
// "the board handles three concurrent streams instead of one": work held at once, counted,
// wanted higher (the 'capacity' unit); "concurrent" or a word like it says it is held.
const CAPACITY_WORDS = [
  'streams',
  'sessions',
  'users',
  'requests',
  'agents',
  'adapters',
  'conversations',
  'cameras',
  'queries',
  'tenants',
] as const;
const COUNT_CAPACITY_BEFORE = new RegExp(
  String.raw`\b${COUNT}\s+(?:concurrent|simultaneous|parallel|live)\s+(?:[\w-]+\s+)?(?:${alternation(CAPACITY_WORDS)}),?\s+$`,
  'i',
);
// "a single EmbedHot host serves the load of 3.5 DRAM-only hosts": machines one replaces.
const LOAD_OF = new RegExp(
  String.raw`\b(?:a\s+single|one)\s+(?:[\w-]+\s+){0,2}?(?:host|node|server|GPU|machine|instance|replica)\s+(?:now\s+)?(?:serves|handles|carries|absorbs|does)\s+the\s+(?:load|work|traffic)\s+of\s+(\d+(?:\.\d+)?|${WORD_NUMBER_SOURCE})\s+(?:[\w-]+\s+){0,2}?(?:hosts|nodes|servers|GPUs|machines|instances|replicas)\b`,
  'gi',
);

function count(word: string): number {
  const w = word.toLowerCase();
  if (w === 'one' || w === 'a single' || w === 'single') return 1;
  return /^\d/.test(w) ? Number(w) : (wordNumber(w) ?? 0);
}

/**
 * Device-count pairs in the text, sorted, as 'pair' mentions with the unit "devices".
 * The lexer has already looked for "instead of" in the text, and says whether it is there.
 */
export function findDeviceCounts(
  text: string,
  hasInsteadOf = text.includes('instead of'),
  /** Whether "the load of", "the work of" or "the traffic of" occurs (the lexer's landmarks). */
  hasLoadOf = /\bthe (?:load|work|traffic) of /.test(text),
): Mention[] {
  const out: Mention[] = [];
  if (hasInsteadOf) countsAround(text, 'instead of', INSTEAD_AFTER, out);
  countsAround(text, 'where', WHERE_AFTER, out);
  if (hasLoadOf) {
    LOAD_OF.lastIndex = 0;
    for (let m = LOAD_OF.exec(text); m; m = LOAD_OF.exec(text)) {
      const before = /^\d/.test(m[1] as string) ? Number(m[1]) : (wordNumber(m[1] as string) ?? 0);
      if (!(before > 1)) continue;
      out.push({
        type: 'pair',
        start: m.index,
        end: m.index + m[0].length,
        low: 1,
        high: 1,
        isRange: false,
        unit: 'devices',
        pair: { before, after: 1, beforeUnit: 'devices', afterUnit: 'devices' },
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function countsAround(text: string, word: string, after: RegExp, out: Mention[]): void {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    // The anchored count after the word first: it fails at once on most "where"s,
    // while the look-back pattern tries every start in its window.
    after.lastIndex = at;
    const a = after.exec(text);
    if (!a) continue;
    const near = text.slice(Math.max(0, at - LOOK_BACK), at);
    const devices = COUNT_DEVICES_BEFORE.exec(near);
    const held = devices || word !== 'instead of' ? null : COUNT_CAPACITY_BEFORE.exec(near);
    const b = devices ?? held;
    if (!b) continue;
    const unit = held ? 'capacity' : 'devices';
    const now = count(b[1] as string);
    const before = count(a[1] as string);
    if (!(now > 0 && before > 0)) continue;
    const start = at - b[0].length;
    out.push({
      type: 'pair',
      start,
      end: at + a[0].length,
      low: now,
      high: now,
      isRange: false,
      unit,
      pair: { before, after: now, beforeUnit: unit, afterUnit: unit },
    });
  }
}
