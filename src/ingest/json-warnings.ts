// Warnings about one API file, grouped: the same problem at the same place in many
// papers (a new field on all 50 papers of a day) is one warning that counts the rest.
// A skipped item is never grouped, so each one is named.
import type { Diagnostic } from '../dataset/schema';

interface Group {
  path: string;
  message: string;
  count: number;
}

export class JsonWarnings {
  private readonly groups = new Map<string, Group>();

  /** `kind` names the problem; the first path and message of each kind and place are kept. */
  add(path: string, kind: string, message: string): void {
    const place = `${path.replace(/\[\d+\]/g, '[]')}\u0000${kind}`;
    const group = this.groups.get(place);
    if (group) group.count++;
    else this.groups.set(place, { path, message, count: 1 });
  }

  /** A warning of its own, e.g. for an item that was skipped. */
  addOwn(path: string, message: string): void {
    this.groups.set(`${path}\u0000own`, { path, message, count: 1 });
  }

  diagnostics(file: string): Diagnostic[] {
    return [...this.groups.values()].map((g) => ({
      file,
      line: null,
      severity: 'warning' as const,
      message: `${g.path}: ${g.message}${g.count > 1 ? ` (and ${g.count - 1} more like it)` : ''}`,
    }));
  }
}

/** A JSON value for a message: its type, or the value itself, shortened and escaped. */
export function describeJson(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
