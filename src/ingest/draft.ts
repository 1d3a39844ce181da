// What one input says about one paper, before papers from several inputs merge.
import type { Paper, SourceKind } from '../dataset/schema';

export type PaperDraft = Pick<
  Paper,
  | 'title'
  | 'arxivId'
  | 'abstract'
  | 'authors'
  | 'authorsCount'
  | 'org'
  | 'publishedOn'
  | 'dateInferred'
  | 'comments'
  | 'upvotes'
> & {
  /** The title merge key (see titleKey). */
  key: string;
  /** A capture card with no footer says nothing about the footer fields. */
  hasFooter: boolean;
  origin: SourceKind;
  file: string;
  /** Title line in a capture; null in an API file. */
  line: number | null;
  /** 1-based place on its page or in its list, counting every card or item as given. */
  position: number;
  /** Where in an API file (`$[3]`), for diagnostics; null in a capture. */
  jsonPath: string | null;
  capturedOn: string;
  /** Project page and code repository as the API gave them (already checked to be https:). */
  project: string | null;
  code: string | null;
};
