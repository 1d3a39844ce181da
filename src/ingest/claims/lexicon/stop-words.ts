// Words that end a noun phrase read after a number: "2x lower [latency] on
// A100", "3x higher [throughput] than vLLM". Function words, and the first
// word of every comparison marker.
import { exactRegex } from './build';
import { COMPARISON_FIRST_WORDS } from './comparison';

export const PHRASE_STOP_WORDS = [
  'of',
  'on',
  'in',
  'at',
  'for',
  'with',
  'and',
  'or',
  'to',
  'by',
  'from',
  'the',
  'a',
  'an',
  'while',
  'when',
  'which',
  'across',
  'under',
  'without',
  'within',
  'using',
  'respectively',
  'as',
  'but',
  'whereas',
  'after',
  'before',
  'per',
  'that',
  'is',
  'are',
  'was',
  'were',
  'its',
  'their',
  'our',
  'this',
  'these',
  'those',
  ...COMPARISON_FIRST_WORDS,
];

export const STOP_WORD = exactRegex(PHRASE_STOP_WORDS);
