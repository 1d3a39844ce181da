// How a build carries its dataset. The single-file build (and the dev server):
// a non-executable JSON data block in the page (<script type="application/json">).
// The browser's HTML parser reads it far faster than V8 compiles the same bytes
// as a JavaScript string literal (at 50k papers, ~0.5 s against ~7 s), CSP does
// not apply to it (it never runs), and the single file still holds everything.
// The site: separate JSON files next to the page (gzip-compressed by the host), so
// the HTML parser never walks 100 MB of text: the dataset without its abstracts,
// named by a preload link so the browser fetches it while it loads the code, and
// the abstracts (abstracts.ts), named by an inert link and fetched once the first
// rows are painted (a preload's body is received on the main thread, which then
// competes with the first rows), and the search index built from the whole papers
// (src/search/index-codec.ts), named by an inert link and fetched by the search
// worker, which then needs neither the abstracts nor the time to index them. Pure: used by the Vite plugin (to write them) and
// by the app (to find them).

export const DATASET_ELEMENT_ID = 'speedboard-dataset';
export const ABSTRACTS_ELEMENT_ID = 'speedboard-abstracts';
export const SEARCH_INDEX_ELEMENT_ID = 'speedboard-search-index';
/** The site's first screen (src/derive/first-screen.ts), a data block in the page. */
export const FIRST_SCREEN_ELEMENT_ID = 'speedboard-first-screen';
export const SIMILAR_ELEMENT_ID = 'speedboard-similar';

/**
 * The data block for a dataset's JSON text. Every "<" is written as the JSON
 * escape \u003c, so no seed text can close the element ("</script>") or open a
 * comment ("<!--") inside it; JSON.parse restores the text unchanged. ASCII, as
 * the site's files are (asciiJson).
 */
export function datasetDataBlock(json: string, id = DATASET_ELEMENT_ID): string {
  return `<script type="application/json" id="${id}">${asciiJson(json).replace(/</g, '\\u003c')}</script>`;
}

/**
 * JSON text with every character outside ASCII written as its \uXXXX escape: the
 * same value for JSON.parse, but text a browser decodes into a one-byte string (a
 * single accented name otherwise makes the whole text two bytes a character, twice
 * the memory, and slower to decode and to parse).
 */
export function asciiJson(json: string): string {
  return json.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The dataset link's attribute with where every few papers start in its file (segments.ts). */
export const MARKS_ATTRIBUTE = 'data-marks';

/**
 * The preload link that names the site's dataset file (the app fetches the same URL),
 * and where every few papers start in it (segments.ts's marks as its attribute says them).
 */
export function datasetLink(href: string, marks?: string): string {
  const withMarks = marks === undefined ? '' : ` ${MARKS_ATTRIBUTE}="${marks}"`;
  return `<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}" id="${DATASET_ELEMENT_ID}"${withMarks} />`;
}

/** The link that names the site's abstracts file, without loading it. */
export function abstractsLink(href: string): string {
  return `<link rel="alternate" type="application/json" href="${href}" id="${ABSTRACTS_ELEMENT_ID}" />`;
}

/** The link that names the site's search index file, without loading it (the search worker does). */
export function searchIndexLink(href: string): string {
  return `<link rel="alternate" type="application/octet-stream" href="${href}" id="${SEARCH_INDEX_ELEMENT_ID}" />`;
}

/**
 * Where the build's similar papers are (src/derive/similar/similar-codec.ts): the link
 * that names the site's file, without loading it (the page fetches it when a paper is
 * first opened).
 */
export function similarLink(href: string): string {
  return `<link rel="alternate" type="application/octet-stream" href="${href}" id="${SIMILAR_ELEMENT_ID}" />`;
}

/** The single file's: its bytes in base64 (no "<", so nothing in it can end the element). */
export function similarDataBlock(base64: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new Error('similar papers: not base64');
  return `<script type="application/octet-stream" id="${SIMILAR_ELEMENT_ID}">${base64}</script>`;
}
