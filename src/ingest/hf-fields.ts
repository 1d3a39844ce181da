// The fields of the Hub API's daily papers list that the build knows, as data: the
// parser checks every item against these lists and docs/DATASET.md lists the same
// names (a test compares them). A field in neither list gets an "unknown" warning.

/** Each element of the list (one paper on the day's list). */
export const ITEM_FIELDS = {
  used: ['paper', 'numComments', 'organization', 'title', 'summary'],
  ignored: [
    'publishedAt',
    'thumbnail',
    'submittedBy',
    'isAuthorParticipating',
    'mediaUrls',
    'upvoted',
  ],
} as const;

/** `paper`: the paper itself. */
export const PAPER_FIELDS = {
  used: [
    'id',
    'title',
    'summary',
    'authors',
    'publishedAt',
    'upvotes',
    'projectPage',
    'githubRepo',
    'organization',
  ],
  ignored: [
    'submittedOnDailyAt',
    'submittedOnDailyBy',
    'discussionId',
    'githubRepoAddedBy',
    'githubStars',
    'ai_summary',
    'ai_keywords',
    'ai_summary_model',
    'mediaUrls',
    'withdrawnAt',
  ],
} as const;

/** Each element of `paper.authors`. */
export const AUTHOR_FIELDS = {
  used: ['name'],
  ignored: ['_id', 'hidden', 'status', 'statusLastChangedAt', 'user'],
} as const;

export interface FieldList {
  readonly used: readonly string[];
  readonly ignored: readonly string[];
}

export function isKnownField(list: FieldList, key: string): boolean {
  return list.used.includes(key) || list.ignored.includes(key);
}
