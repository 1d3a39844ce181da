// The search engine and the similar-papers index built on the page's own thread, for a
// page without a search worker (or whose worker failed to start). The worker holds the
// same engines, so the site loads this code only when it is wanted
// (search-service.ts, laterInThreadSearch).
import type { Paper } from '../dataset/schema';
import type { SimilarPaper } from '../derive/similar/similar-index';
import { backgroundSearch } from './background-search';
import { backgroundSimilar } from './background-similar';
import { EMPTY, remember, type SearchAnswer, type SearchService } from './search-service';

/**
 * The engines on the main thread, built in slices between frames (background-search.ts,
 * background-similar.ts). `similarWhenAsked`: the similar-papers index is built only
 * for a paper view that asks (the build shipped the answers, which come first).
 */
export function inThreadSearch(
  papers: readonly Paper[],
  { similarWhenAsked = false } = {},
): SearchService {
  const engine = backgroundSearch(papers);
  const similarIndex = backgroundSimilar(papers);
  const answers = new Map<string, SearchAnswer>();
  const similars = new Map<string, readonly SimilarPaper[]>();
  return {
    answer(query) {
      if (query.trim() === '') return EMPTY;
      let a = answers.get(query);
      if (!a) {
        a = { result: engine.search(query), final: true };
        remember(answers, query, a);
      }
      return a;
    },
    similar(id) {
      const index = similarIndex.get();
      if (!index) {
        similarIndex.want();
        return null;
      }
      let s = similars.get(id);
      if (!s) {
        s = index.similar(id);
        remember(similars, id, s);
      }
      return s;
    },
    subscribe: (onChange) => similarIndex.subscribe(onChange),
    start(abstractsIn) {
      if (!abstractsIn) return;
      engine.start();
      if (!similarWhenAsked) similarIndex.start();
    },
    stop() {
      engine.stop();
      similarIndex.stop();
    },
  };
}
