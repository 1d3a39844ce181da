// Words that say a sentence repeats what the abstract already claimed: a closing
// summary ("In summary, X provides a 2.8x speedup …") states the headline again.
/** Sentence openers of a summary. */
export const SUMMARY_OPENERS = [
  'in summary',
  'in sum',
  'in short',
  'in conclusion',
  'overall',
  'to summarize',
  'to summarise',
  'to sum up',
  'summing up',
  'taken together',
  'all in all',
  'altogether',
] as const;
