// Where each paper lies in the site's dataset file: the spans the build writes cut the
// file's bytes into exactly the papers a parse of the whole file gives, and survive the
// trip through their codec; bytes that are not spans, or spans for another file, are
// refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manyPapers } from '../app/__fixtures__/small-dataset';
import { splitAbstracts } from './abstracts';
import { checkDataset } from './check-dataset';
import {
  decodePaperSpans,
  encodePaperSpans,
  type PaperSpans,
  PaperSpansFormatError,
} from './paper-spans';
import type { Dataset } from './schema';
import { markedJson } from './segments';

function head(dataset: Dataset): Dataset {
  const checked = checkDataset(structuredClone(dataset));
  if (!checked.ok) throw new Error(checked.problem);
  return splitAbstracts(checked.dataset).head;
}

/** The site's file and its spans, as the build writes them (the text and a newline). */
function file(n: number): { bytes: Uint8Array; spans: PaperSpans; dataset: Dataset } {
  const d = manyPapers(n);
  d.papers.forEach((p, i) => {
    if (i % 2 === 0) p.title = `Schrödinger’s caché ${i} – 加速`;
  });
  const dataset = head(d);
  const { json, starts, ends } = markedJson(dataset, 3);
  return {
    bytes: new TextEncoder().encode(`${json}\n`),
    spans: {
      fileLength: json.length + 1,
      start: Float64Array.from(starts),
      end: Float64Array.from(ends),
    },
    dataset,
  };
}

describe('paper spans', () => {
  it('cut the file into the very papers a parse of the whole file gives', () => {
    for (const n of [0, 1, 2, 5, 17]) {
      const { bytes, spans, dataset } = file(n);
      expect(bytes.length).toBe(spans.fileLength);
      const whole = JSON.parse(new TextDecoder().decode(bytes)) as Dataset;
      expect(whole).toEqual(dataset);
      const decoder = new TextDecoder();
      for (let d = 0; d < n; d++) {
        const one = JSON.parse(decoder.decode(bytes.subarray(spans.start[d]!, spans.end[d]!)));
        expect(one).toEqual(whole.papers[d]);
      }
    }
  });

  it('decode to the spans they encoded', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2000), fc.nat(3_000_000)), { maxLength: 40 }),
        fc.nat(5000),
        (pairs, tail) => {
          const start: number[] = [];
          const end: number[] = [];
          let at = 0;
          for (const [gap, length] of pairs) {
            start.push(at + gap);
            end.push(at + gap + length);
            at += gap + length;
          }
          const spans = {
            fileLength: at + tail,
            start: Float64Array.from(start),
            end: Float64Array.from(end),
          };
          expect(decodePaperSpans(encodePaperSpans(spans), pairs.length)).toEqual(spans);
        },
      ),
    );
  });

  it('refuses bytes it did not write, cut short, with bytes added or for other papers', () => {
    const { spans } = file(5);
    const bytes = encodePaperSpans(spans);
    for (let n = 0; n < bytes.length; n++)
      expect(() => decodePaperSpans(bytes.subarray(0, n), 5)).toThrow(PaperSpansFormatError);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => decodePaperSpans(longer, 5)).toThrow('has bytes after its end');
    expect(() => decodePaperSpans(bytes, 4)).toThrow('spans for 5 papers, not 4');
    expect(() => decodePaperSpans(Uint8Array.from([1, 2, 3, 4, 5]), 5)).toThrow('not paper spans');
    const past = encodePaperSpans({ ...spans, fileLength: spans.end[4]! - 1 });
    expect(() => decodePaperSpans(past, 5)).toThrow('a paper ends past the end of the file');
  });
});
