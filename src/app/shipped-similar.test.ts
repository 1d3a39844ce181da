// @vitest-environment jsdom
// (reads the single file's data block from a parsed page)
// The page finds the build's similar papers where the build put them: the single
// file's base64 data block gives back the very bytes (and leaves the page, as the
// dataset's block does), and a page without any says so.
import { describe, expect, it } from 'vitest';
import { similarDataBlock } from '../dataset/embed';
import { bundledSimilar } from './shipped-similar';

const page = (body: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${body}</body></html>`,
    'text/html',
  );

describe('bundledSimilar', () => {
  it('reads the single file’s block back to the same bytes', async () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + (i >> 3)) & 0xff);
    const doc = page(similarDataBlock(btoa(String.fromCharCode(...bytes))));
    const read = bundledSimilar(doc);
    expect(doc.scripts).toHaveLength(0);
    await expect(read!()).resolves.toEqual(bytes);
  });

  it('is null for a page the build put none in', () => {
    expect(bundledSimilar(page('<div id="root"></div>'))).toBeNull();
  });

  it('refuses to write a block of anything but base64', () => {
    expect(() => similarDataBlock('</script><script>x()</script>')).toThrow(/base64/);
  });
});
