// Checks a parsed dataset against the schema, for the build (a bad file fails it)
// and for the app (a bad bundled copy gets an error page, not a blank one). The
// message names the first wrong field by its path, so it can be found in the file.
// A dataset already in the schema's exact shape (what the build writes) is accepted
// by a fast walk (canonical-dataset.ts); only anything else goes through valibot.
import * as v from 'valibot';
import { isCanonicalDataset } from './canonical-dataset.ts';
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from './schema.ts';

export type DatasetCheck = { ok: true; dataset: Dataset } | { ok: false; problem: string };

export function checkDataset(value: unknown): DatasetCheck {
  if (isCanonicalDataset(value)) return { ok: true, dataset: value };
  return checkWithSchema(value);
}

/** checkDataset for a value the fast walk has said no to already (bundled.ts): valibot alone. */
export function checkWithSchema(value: unknown): DatasetCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: `expected a JSON object, got ${showValue(value)}` };
  }
  // A version mismatch says more than the first field the older or newer shape lacks.
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `schemaVersion is ${showValue(version)}, but this app reads schema version ${SCHEMA_VERSION}`,
    };
  }
  const result = v.safeParse(DatasetSchema, value, { abortEarly: true });
  if (result.success) return { ok: true, dataset: result.output };
  const issue = result.issues[0];
  const path = issue.path ? pathText(issue.path) : '';
  return {
    ok: false,
    problem: `${path || '(the dataset)'}${paperNote(value, issue.path)}: ${issue.message}`,
  };
}

function pathText(path: readonly v.IssuePathItem[]): string {
  let out = '';
  for (const item of path) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** " (paper "some-id")" when the path runs through a paper that has a readable id. */
function paperNote(value: object, path: readonly v.IssuePathItem[] | undefined): string {
  if (path?.[0]?.key !== 'papers' || typeof path[1]?.key !== 'number') return '';
  const papers = (value as { papers?: unknown }).papers;
  const paper = Array.isArray(papers)
    ? (papers[path[1].key] as { id?: unknown } | undefined)
    : undefined;
  const id = paper?.id;
  return typeof id === 'string' && id !== '' ? ` (paper ${JSON.stringify(id.slice(0, 80))})` : '';
}

function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value).slice(0, 40);
}
