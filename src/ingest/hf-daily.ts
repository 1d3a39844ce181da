// A Hugging Face daily papers list (the Hub API's JSON, saved as received by
// `npm run fetch`) in, paper drafts and diagnostics out. Pure. Every field is
// checked: a wrong type, a missing or an unknown field is a warning naming its JSON
// path and the paper keeps what is sound; only a file that is not a JSON array of
// papers is an error.
import type { Diagnostic, Org } from '../dataset/schema';
import { httpsUrl, isArxivId } from '../dataset/links';
import { parseIso } from './dates';
import type { PaperDraft } from './draft';
import {
  AUTHOR_FIELDS,
  type FieldList,
  isKnownField,
  ITEM_FIELDS,
  PAPER_FIELDS,
} from './hf-fields';
import { describeJson, JsonWarnings } from './json-warnings';
import { normalizeSpace, titleKey } from './text';

export interface ApiListParse {
  drafts: PaperDraft[];
  /** Elements of the list, papers or not. */
  items: number;
  diagnostics: Diagnostic[];
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `seeds/2025-11-03.hf.json` -> `2025-11-03`: the day the list is for, from its name. */
export function apiListDate(file: string): string | null {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(name);
  return m && parseIso(m[1]!) ? m[1]! : null;
}

function fileError(file: string, message: string): ApiListParse {
  return { drafts: [], items: 0, diagnostics: [{ file, line: null, severity: 'error', message }] };
}

export function parseApiList(text: string, file: string): ApiListParse {
  const capturedOn = apiListDate(file);
  if (!capturedOn)
    return fileError(
      file,
      'cannot tell which day this list is for; name it YYYY-MM-DD.hf.json (npm run fetch does)',
    );
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fileError(file, `not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(value))
    return fileError(
      file,
      `expected a JSON array of daily papers (the Hub API's answer), got ${describeJson(value)}`,
    );
  const warnings = new JsonWarnings();
  const drafts: PaperDraft[] = [];
  value.forEach((item, i) => {
    const draft = readItem(item, i, file, capturedOn, warnings);
    if (draft) drafts.push(draft);
  });
  return { drafts, items: value.length, diagnostics: warnings.diagnostics(file) };
}

/** `.name`, or `["a key"]` JSON-escaped and shortened, so no key can put control characters on a terminal. */
function keyPath(key: string): string {
  if (/^[A-Za-z_$][\w$]{0,40}$/.test(key)) return `.${key}`;
  return `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 39)}…` : key)}]`;
}

function warnUnknown(obj: Obj, fields: FieldList, path: string, warnings: JsonWarnings): void {
  for (const key of Object.keys(obj)) {
    if (!isKnownField(fields, key))
      warnings.add(`${path}${keyPath(key)}`, 'unknown', 'unknown field; ignored it');
  }
}

function readItem(
  item: unknown,
  index: number,
  file: string,
  capturedOn: string,
  warnings: JsonWarnings,
): PaperDraft | null {
  const path = `$[${index}]`;
  if (!isObj(item)) {
    warnings.addOwn(path, `expected an object, got ${describeJson(item)}; skipped it`);
    return null;
  }
  warnUnknown(item, ITEM_FIELDS, path, warnings);
  const paper = item.paper;
  if (!isObj(paper)) {
    const got = 'paper' in item ? `got ${describeJson(paper)}` : 'missing';
    warnings.addOwn(`${path}.paper`, `${got}; skipped this item (it names no paper)`);
    return null;
  }
  const p = `${path}.paper`;
  warnUnknown(paper, PAPER_FIELDS, p, warnings);

  const title = readTitle(paper, item, p, path, warnings);
  if (title === null) return null;
  const authors = readAuthors(paper.authors, `${p}.authors`, warnings);
  return {
    key: titleKey(title),
    title,
    arxivId: readArxivId(paper.id, `${p}.id`, warnings),
    abstract: readAbstract(paper, item, p, path, warnings),
    authors: authors ?? [],
    authorsCount: authors ? authors.length : null,
    org: readOrg(item, paper, path, p, warnings),
    publishedOn: readDate(paper.publishedAt, `${p}.publishedAt`, warnings),
    dateInferred: false,
    comments: readCount(item, 'numComments', path, warnings),
    upvotes: readCount(paper, 'upvotes', p, warnings),
    hasFooter: true,
    origin: 'api',
    file,
    line: null,
    position: index + 1,
    jsonPath: path,
    capturedOn,
    project: readUrl(paper.projectPage, `${p}.projectPage`, warnings),
    code: readUrl(paper.githubRepo, `${p}.githubRepo`, warnings),
  };
}

/** A string field, whitespace-normalized; warns when it is there but not text. */
function readText(v: unknown, path: string, warnings: JsonWarnings): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'string') {
    warnings.add(path, 'type', `expected text, got ${describeJson(v)}`);
    return null;
  }
  const s = normalizeSpace(v);
  return s === '' ? null : s;
}

function readTitle(
  paper: Obj,
  item: Obj,
  p: string,
  path: string,
  warnings: JsonWarnings,
): string | null {
  const own = readText(paper.title, `${p}.title`, warnings);
  if (own !== null) return own;
  const outer = readText(item.title, `${path}.title`, warnings);
  if (outer !== null) {
    warnings.add(`${p}.title`, 'missing', `missing; used ${path}.title`);
    return outer;
  }
  warnings.addOwn(`${p}.title`, 'missing; skipped this item (a paper needs a title)');
  return null;
}

function readAbstract(
  paper: Obj,
  item: Obj,
  p: string,
  path: string,
  warnings: JsonWarnings,
): string {
  const own = readText(paper.summary, `${p}.summary`, warnings);
  if (own !== null) return own;
  const outer = readText(item.summary, `${path}.summary`, warnings);
  warnings.add(
    `${p}.summary`,
    'missing',
    outer !== null ? `missing; used ${path}.summary` : 'missing; the abstract is left empty',
  );
  return outer ?? '';
}

function readArxivId(v: unknown, path: string, warnings: JsonWarnings): string | null {
  if (v === undefined) {
    warnings.add(path, 'missing', 'missing; the paper has no arXiv id or links');
    return null;
  }
  if (typeof v !== 'string' || !isArxivId(v.trim())) {
    warnings.add(
      path,
      'arxiv',
      `${describeJson(v)} is not an arXiv id; kept the paper without one`,
    );
    return null;
  }
  return v.trim();
}

function readAuthors(v: unknown, path: string, warnings: JsonWarnings): string[] | null {
  if (v === undefined) {
    warnings.add(path, 'missing', 'missing; authors left unknown');
    return null;
  }
  if (!Array.isArray(v)) {
    warnings.add(path, 'type', `expected an array, got ${describeJson(v)}; authors left unknown`);
    return null;
  }
  const names: string[] = [];
  v.forEach((a, i) => {
    const at = `${path}[${i}]`;
    if (!isObj(a)) {
      warnings.add(at, 'type', `expected an object, got ${describeJson(a)}; skipped it`);
      return;
    }
    warnUnknown(a, AUTHOR_FIELDS, at, warnings);
    const name = typeof a.name === 'string' ? normalizeSpace(a.name) : '';
    if (name !== '') names.push(name);
    else
      warnings.add(
        `${at}.name`,
        'name',
        `expected a name, got ${a.name === undefined ? 'nothing' : describeJson(a.name)}; skipped the author`,
      );
  });
  // An empty list says nothing about how many authors there are.
  return names.length > 0 ? names : null;
}

/** A whole number >= 0 (counts of comments and upvotes). */
function readCount(obj: Obj, key: string, parent: string, warnings: JsonWarnings): number | null {
  const v = obj[key];
  const path = `${parent}.${key}`;
  if (v === undefined) {
    warnings.add(path, 'missing', 'missing; left empty');
    return null;
  }
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    warnings.add(path, 'type', `expected a whole number >= 0, got ${describeJson(v)}; left empty`);
    return null;
  }
  return v;
}

/** An ISO timestamp (`2025-10-29T17:59:59.000Z`) -> its UTC day. */
function readDate(v: unknown, path: string, warnings: JsonWarnings): string | null {
  if (v === undefined) {
    warnings.add(path, 'missing', 'missing; the date is left empty');
    return null;
  }
  const ms = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(v) ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) {
    warnings.add(path, 'type', `expected an ISO date, got ${describeJson(v)}; left empty`);
    return null;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

/** Optional link fields: absent or null is normal; anything but an https: URL is dropped. */
function readUrl(v: unknown, path: string, warnings: JsonWarnings): string | null {
  if (v === undefined || v === null || v === '') return null;
  const url = typeof v === 'string' ? httpsUrl(v) : null;
  if (url === null)
    warnings.add(path, 'url', `expected an https: URL, got ${describeJson(v)}; left it out`);
  return url;
}

/** The organization that claimed the paper, on the item or on the paper: {name, fullname}. */
function readOrg(
  item: Obj,
  paper: Obj,
  path: string,
  p: string,
  warnings: JsonWarnings,
): Org | null {
  const [v, at] =
    item.organization !== undefined && item.organization !== null
      ? [item.organization, `${path}.organization`]
      : [paper.organization, `${p}.organization`];
  if (v === undefined || v === null) return null;
  if (!isObj(v)) {
    warnings.add(at, 'type', `expected an object, got ${describeJson(v)}; left it out`);
    return null;
  }
  const handle = readText(v.name, `${at}.name`, warnings);
  if (handle === null) {
    warnings.add(`${at}.name`, 'missing', 'missing; left the organization out');
    return null;
  }
  return { handle, name: readText(v.fullname, `${at}.fullname`, warnings) ?? handle };
}

/**
 * Why one page of the API's answer is not a daily papers list, or null when it is: a
 * JSON array of objects. `npm run fetch` checks each page with this before it saves
 * anything; field by field checks are left to `npm run data`.
 */
export function dailyListProblem(value: unknown): string | null {
  if (!Array.isArray(value))
    return `expected a JSON array of daily papers, got ${describeJson(value)}`;
  const bad = value.findIndex((item) => !isObj(item));
  return bad >= 0 ? `$[${bad}]: expected an object, got ${describeJson(value[bad])}` : null;
}
