import { checkView } from '../derive/check-view';
import type { DatasetIndex } from '../derive/dataset-index';
import { parseHash, serializeHash } from '../url/codec';
import type { UrlCodec } from './url-store';

/** The URL codec, plus the checks only the data can make (unknown organizations, …). */
export function viewCodec(index: DatasetIndex): UrlCodec {
  return {
    parse(hash) {
      const grammar = parseHash(hash);
      const data = checkView(grammar.state, index);
      return { state: data.state, notices: [...grammar.notices, ...data.notices] };
    },
    serialize: serializeHash,
  };
}
