// Renders the site's first screen at build time (scripts/vite-dataset-plugin.ts runs it
// as a child process, so the page's globals stay out of Vite's): reads the first-screen
// payload (src/derive/first-screen.ts) as JSON on stdin and writes the app's markup for
// it (src/app/first-screen-markup.tsx) to stdout, rendered in jsdom at the default
// address: the markup of the app's first render in the reader's browser (the table's
// rows for a nominal window; it widens them once it has measured the real one).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { asFirstScreen } from '../src/derive/first-screen.ts';

const screen = asFirstScreen(JSON.parse(readFileSync(0, 'utf8')));
if (!screen) throw new Error('render-first-screen: stdin is not a first-screen payload');
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'http://localhost/#/papers',
  pretendToBeVisual: true,
});
const page = globalThis as Record<string, unknown>;
for (const name of ['window', 'document', 'navigator', 'location', 'history', 'localStorage'])
  page[name] = dom.window[name as keyof typeof dom.window];
for (const name of ['HTMLElement', 'Element', 'Node', 'Event', 'MutationObserver'])
  page[name] = dom.window[name as keyof typeof dom.window];
page.requestAnimationFrame = dom.window.requestAnimationFrame.bind(dom.window);
page.cancelAnimationFrame = dom.window.cancelAnimationFrame.bind(dom.window);
page.getComputedStyle = dom.window.getComputedStyle.bind(dom.window);
// Not a static import: the app's modules are type-checked by the app's project (JSX).
const markupModule = pathToFileURL(
  path.join(import.meta.dirname, '../src/app/first-screen-markup.tsx'),
).href;
const { firstScreenMarkup } = (await import(markupModule)) as {
  firstScreenMarkup: (s: typeof screen, doc: Document) => string;
};
process.stdout.write(firstScreenMarkup(screen, dom.window.document));
process.exit(0);
