import type { ViewState } from '../url/view-state';
import { authorKey, type DatasetIndex } from './dataset-index';

/**
 * The codec checks a URL's grammar; this checks it against the data: organizations,
 * hardware and an author that no paper has are dropped (hardware and authors are
 * matched without regard to case and respelled as the data spells them), as are a
 * capture date no page has, shortlisted ids no paper has, and a claim number the
 * paper lacks.
 */
export function checkView(
  state: ViewState,
  index: DatasetIndex,
): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const list = { ...state.list };
  list.org = state.list.org.filter((h) => {
    if (index.orgNames.has(h)) return true;
    notices.push(`No paper in the data is from organization "${h}"; that filter was dropped.`);
    return false;
  });
  // Read only when the URL names hardware: the set is built on first use (dataset-index.ts).
  const hwByLower =
    state.list.hw.length > 0
      ? new Map([...index.hardware].map((h) => [h.toLowerCase(), h] as const))
      : null;
  const hw = new Set<string>();
  for (const h of state.list.hw) {
    const known = hwByLower?.get(h.toLowerCase());
    if (known) hw.add(known);
    else notices.push(`No paper in the data names hardware "${h}"; that filter was dropped.`);
  }
  list.hw = [...hw].sort();
  if (list.captured !== null && !index.captureDates.has(list.captured)) {
    notices.push(`No page capture in the data is from ${list.captured}; that filter was dropped.`);
    list.captured = null;
  }
  const unknownIds = list.ids.filter((id) => !index.byId.has(id));
  if (unknownIds.length) {
    const shown = unknownIds
      .slice(0, 3)
      .map((id) => `"${id.length > 40 ? `${id.slice(0, 39)}…` : id}"`);
    const more = unknownIds.length > 3 ? ` and ${unknownIds.length - 3} more` : '';
    notices.push(
      `The shortlist names ${unknownIds.length === 1 ? 'a paper' : 'papers'} not in the data (${shown.join(', ')}${more}); ${unknownIds.length === 1 ? 'it was' : 'they were'} dropped.`,
    );
    list.ids = list.ids.filter((id) => index.byId.has(id));
  }
  if (state.list.author !== null) {
    list.author = index.authors.get(authorKey(state.list.author)) ?? null;
    if (list.author === null)
      notices.push(
        `No paper in the data lists the author "${state.list.author}"; that filter was dropped.`,
      );
  }
  if (state.page === 'paper') {
    let claim = state.claim;
    const row = index.byId.get(state.id);
    if (claim !== null && row && claim >= row.paper.claims.length) {
      notices.push(`This paper has no claim ${claim + 1}.`);
      claim = null;
    }
    return { state: { ...state, claim, list }, notices };
  }
  return { state: { ...state, list }, notices };
}
