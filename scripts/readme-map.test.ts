// README's "Where things are" stays true: the folder list names every folder of the
// project (and nothing that is gone), and every link in the section resolves.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Where things are'));
const block = section.slice(
  section.indexOf('```\n') + 4,
  section.indexOf('\n```', section.indexOf('```\n') + 4),
);

/** Build output, installs and scratch space: not part of the project's layout. */
const NOT_OURS = new Set(['node_modules', 'dist', 'dist-offline', 'test-results', 'generated']);
/** Inside these, folders are data (one per corpus batch or capture set), not layout. */
const DATA_INSIDE = /(^|\/)(__corpus__|__fixtures__|fixtures|golden|screenshots)$/;

function folders(dir = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (!entry.isDirectory() || NOT_OURS.has(entry.name)) continue;
    if (entry.name.startsWith('.') && entry.name !== '.ci') continue;
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    found.push(rel);
    if (!DATA_INSIDE.test(rel)) found.push(...folders(rel));
  }
  return found;
}

/** `src/features/` covers its view folders; other listed folders are listed one by one. */
function listed(folder: string, names: readonly string[]): boolean {
  return names.some(
    (n) => n === folder || (n === 'src/features' && folder.startsWith('src/features/')),
  );
}

describe("README's map of the project", () => {
  const names = block
    .split('\n')
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((word) => word.endsWith('/'))
    .map((word) => word.slice(0, -1));

  it('names every folder', () => {
    expect(folders().filter((f) => !listed(f, names))).toEqual([]);
  });

  it('names no folder that is gone', () => {
    expect(names.filter((n) => !existsSync(path.join(ROOT, n)))).toEqual([]);
  });

  it('links only to files and folders that exist', () => {
    const targets = [...section.matchAll(/\]\(([^)#]+)[^)]*\)/g)].map((m) => m[1] as string);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => !/^https?:/.test(t) && !existsSync(path.join(ROOT, t)))).toEqual(
      [],
    );
  });
});
