// The optional sidecar `NAME.meta.json` beside `NAME.txt`: {"capturedOn": "YYYY-MM-DD"}.
import type { Diagnostic } from '../dataset/schema';
import { parseIso, type YMD } from './dates';

/** The sidecar path for a capture path: `seeds/x.txt` -> `seeds/x.meta.json`. */
export function sidecarPath(captureFile: string): string {
  return captureFile.replace(/\.txt$/i, '') + '.meta.json';
}

export interface SidecarParse {
  capturedOn: YMD | null;
  diagnostics: Diagnostic[];
}

const KNOWN_KEYS = new Set(['capturedOn']);

export function parseSidecar(text: string, file: string): SidecarParse {
  const diagnostics: Diagnostic[] = [];
  const error = (message: string) => ({
    capturedOn: null,
    diagnostics: [{ file, line: 1, severity: 'error' as const, message }],
  });
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return error(`not valid JSON (${(e as Error).message}); expected {"capturedOn": "YYYY-MM-DD"}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return error('expected a JSON object like {"capturedOn": "YYYY-MM-DD"}');
  }
  const repeated = repeatedTopLevelKeys(text);
  if (repeated.length > 0) {
    return error(
      `the key ${JSON.stringify(repeated[0])} appears more than once, so which value is meant is unclear; keep one`,
    );
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj).sort()) {
    if (!KNOWN_KEYS.has(key))
      diagnostics.push({
        file,
        line: 1,
        severity: 'warning',
        message: `unknown key ${JSON.stringify(key)}; ignored it`,
      });
  }
  if (!Object.hasOwn(obj, 'capturedOn')) {
    diagnostics.push({
      file,
      line: 1,
      severity: 'warning',
      message: 'no "capturedOn"; the capture date comes from the file name or the page instead',
    });
    return { capturedOn: null, diagnostics };
  }
  const raw = obj.capturedOn;
  const date = typeof raw === 'string' ? parseIso(raw) : null;
  if (!date) {
    return error(`"capturedOn" must be a real date written YYYY-MM-DD, got ${JSON.stringify(raw)}`);
  }
  return { capturedOn: date, diagnostics };
}

/**
 * Keys written twice in the top-level object. JSON.parse keeps the last silently; a
 * sidecar that says two things must not be read as either. The text is valid JSON
 * (parsed already), so a scan of strings and nesting depth is enough.
 */
function repeatedTopLevelKeys(text: string): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j;
      if (depth !== 1) continue;
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (text[k] !== ':') continue;
      const key = JSON.parse(raw) as string;
      if (seen.has(key)) repeated.push(key);
      seen.add(key);
    }
  }
  return repeated;
}
