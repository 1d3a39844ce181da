import { describe, expect, it } from 'vitest';
import { firstPaintScripts } from './app-bundle';

describe('the scripts a built page loads before its first paint', () => {
  it('are its module scripts and module preloads, not other scripts or links', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-A1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-B2.js">
      <link rel='modulepreload' href=assets/table-C3.js>
      <script>var inline = 1;</script>
      <script src="./classic.js"></script>
      <link rel="preload" as="fetch" href="./assets/dataset.json" />
      <link rel="stylesheet" href="./assets/index.css">
      <script type="module" src="./assets/index-A1.js"></script>
    </head>`;
    expect(firstPaintScripts(html)).toEqual([
      'assets/index-A1.js',
      'assets/react-B2.js',
      'assets/table-C3.js',
    ]);
  });

  it('finds none in a page whose script is inline (the single file)', () => {
    expect(firstPaintScripts('<script type="module">import("x")</script>')).toEqual([]);
  });
});
