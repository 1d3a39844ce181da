// What the app runs on while it shows the site's first screen (src/derive/first-screen.ts)
// and the whole dataset is still being read: nothing that could answer from the few
// papers the first screen holds.
import { parseHash, serializeHash } from '../url/codec';
import { defaultList, type ViewState } from '../url/view-state';
import type { AbstractsArrival } from './abstracts-arrival';
import type { SearchService } from './search-service';
import type { UrlCodec } from './url-store';

/** The view a first screen shows: the only one it is made for. */
export const PREVIEW_STATE: ViewState = { page: 'list', list: defaultList() };

const EMPTY = { result: { hits: [], terms: [] }, final: true };
const WAITING = { result: null, final: false };

/**
 * Has no answer for any query: what is typed stays in the search box (the page busy)
 * until the whole dataset's engine answers it.
 */
export const PREVIEW_SEARCH: SearchService = {
  answer: (query) => (query.trim() === '' ? EMPTY : WAITING),
  similar: () => null,
  subscribe: () => () => {},
  start: () => {},
  stop: () => {},
};

/**
 * The address's grammar alone: checking organizations, hardware or ids needs every
 * paper, so the whole dataset's store checks the address again when it takes over.
 */
export const PREVIEW_CODEC: UrlCodec = {
  parse: parseHash,
  serialize: serializeHash,
};

/** Not in a first screen: the exports and the paper view wait for the whole dataset's. */
export const PREVIEW_ABSTRACTS: AbstractsArrival = {
  subscribe: () => () => {},
  get: () => 'waiting',
  start: () => {},
};
