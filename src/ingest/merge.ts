// Merging what several inputs say about one paper. Drafts are the same paper when
// their arXiv ids match, or, when either has no id (page captures never show one),
// when their titles match with case and whitespace ignored. Captures: the newest
// supplies the text and, among those whose card had a footer, the footer values.
// API lists win over captures on every value they give; a capture that disagrees on
// the authors count, the date or the abstract gets a warning, and so does an older
// capture that disagrees with the newest on a footer value.
import type { Diagnostic, SourceRef } from '../dataset/schema';
import type { PaperDraft } from './draft';
import { compareCodeUnits } from './paper-id';

export interface MergedPaper {
  /** The id key: the title key, made unique when two papers share a title. */
  key: string;
  /** Newest capture or API draft: title and abstract when no API draft. */
  text: PaperDraft;
  /** Newest draft with a footer: footer values when no API draft has them. */
  footer: PaperDraft;
  /** Newest API draft, which wins on every value it has. */
  api: PaperDraft | null;
  sources: SourceRef[];
}

interface Group {
  arxivId: string | null;
  drafts: PaperDraft[];
}

function position(d: PaperDraft): number {
  return d.line ?? Number(/\d+/.exec(d.jsonPath ?? '')?.[0] ?? 0);
}

/** Newer capture wins; ties go to the later file, then the later place: a fixed order. */
function newer(a: PaperDraft, b: PaperDraft): boolean {
  if (a.capturedOn !== b.capturedOn) return a.capturedOn > b.capturedOn;
  if (a.file !== b.file) return compareCodeUnits(a.file, b.file) > 0;
  return position(a) > position(b);
}

function newest(drafts: readonly PaperDraft[]): PaperDraft | null {
  let best: PaperDraft | null = null;
  for (const d of drafts) if (!best || newer(d, best)) best = d;
  return best;
}

function where(d: PaperDraft): string {
  return d.line !== null ? `line ${d.line}` : (d.jsonPath ?? 'an earlier item');
}

function group(drafts: readonly PaperDraft[], diagnostics: Diagnostic[]): Group[] {
  const byArxiv = new Map<string, Group>();
  const byTitle = new Map<string, Group>();
  const out: Group[] = [];
  for (const d of drafts) {
    let g = d.arxivId !== null ? byArxiv.get(d.arxivId) : undefined;
    if (!g) {
      const t = byTitle.get(d.key);
      if (t && (d.arxivId === null || t.arxivId === null)) g = t;
    }
    if (!g) {
      g = { arxivId: null, drafts: [] };
      out.push(g);
      if (!byTitle.has(d.key)) byTitle.set(d.key, g);
    }
    if (g.arxivId === null && d.arxivId !== null) {
      g.arxivId = d.arxivId;
      byArxiv.set(d.arxivId, g);
    }
    const samePage = g.drafts.find((s) => s.file === d.file);
    if (samePage) {
      const at = d.jsonPath !== null ? `${d.jsonPath}: ` : '';
      diagnostics.push({
        file: d.file,
        line: d.line,
        severity: 'warning',
        message: `${at}the same paper as ${where(samePage)} of this ${d.origin === 'api' ? 'list' : 'page'}; merged them`,
      });
    }
    g.drafts.push(d);
  }
  return out;
}

function normalizedAbstract(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '').toLowerCase();
}

/** Warnings where a capture disagrees with the API on a value both state. */
function conflicts(api: PaperDraft, capture: PaperDraft, diagnostics: Diagnostic[]): void {
  const differ: string[] = [];
  if (
    capture.hasFooter &&
    api.authorsCount !== null &&
    capture.authorsCount !== null &&
    api.authorsCount !== capture.authorsCount
  )
    differ.push(`${capture.authorsCount} authors here, ${api.authorsCount} there`);
  if (
    capture.hasFooter &&
    api.publishedOn !== null &&
    capture.publishedOn !== null &&
    api.publishedOn !== capture.publishedOn
  )
    differ.push(`published ${capture.publishedOn} here, ${api.publishedOn} there`);
  if (
    api.abstract !== '' &&
    capture.abstract !== '' &&
    normalizedAbstract(api.abstract) !== normalizedAbstract(capture.abstract)
  )
    differ.push('the abstract differs');
  if (differ.length === 0) return;
  diagnostics.push({
    file: capture.file,
    line: capture.line,
    severity: 'warning',
    message: `disagrees with ${api.file} (${api.jsonPath}): ${differ.join('; ')}; used the API's values`,
  });
}

function orgText(d: PaperDraft): string | null {
  return d.org ? `${d.org.handle} ${d.org.name}` : null;
}

/**
 * A warning on each older footed copy of a paper that disagrees with the newest one
 * on its authors, organization, date or comment count, naming both places and both
 * values. The newest copy's values are the ones kept.
 */
function captureConflicts(
  kept: PaperDraft,
  captures: readonly PaperDraft[],
  diagnostics: Diagnostic[],
): void {
  const fields: [
    string,
    (d: PaperDraft) => string | number | null,
    (v: string | number) => string,
  ][] = [
    ['authors', (d) => d.authorsCount, (v) => `${v} authors`],
    ['organization', orgText, (v) => `organization "${v}"`],
    ['date', (d) => d.publishedOn, (v) => `published ${v}`],
    ['comments', (d) => d.comments, (v) => `${v} comments`],
  ];
  for (const other of captures) {
    if (other === kept || !other.hasFooter) continue;
    const differ: string[] = [];
    for (const [, read, say] of fields) {
      const mine = read(other);
      const theirs = read(kept);
      if (mine !== null && theirs !== null && mine !== theirs)
        differ.push(`${say(mine)} here, ${say(theirs)} there`);
    }
    if (differ.length === 0) continue;
    diagnostics.push({
      file: other.file,
      line: other.line,
      severity: 'warning',
      message:
        other.file === kept.file
          ? `this copy of the paper disagrees with the later one at line ${kept.line} of this page: ${differ.join('; ')}; kept the later values`
          : `this copy of the paper disagrees with the newer one at ${kept.file}:${kept.line} (captured ${kept.capturedOn}; this one ${other.capturedOn}): ${differ.join('; ')}; kept the newer values`,
    });
  }
}

/** Drafts in input order; papers come out in order of first appearance. */
export function mergeDrafts(
  drafts: readonly PaperDraft[],
  diagnostics: Diagnostic[],
): MergedPaper[] {
  const groups = group(drafts, diagnostics);
  const keysTaken = new Set<string>();
  return groups.map((g) => {
    const first = g.drafts[0]!;
    // Two papers with one title (different arXiv ids) need different id keys.
    const key = keysTaken.has(first.key) ? `${first.key}\u0000${g.arxivId ?? ''}` : first.key;
    keysTaken.add(key);
    const captures = g.drafts.filter((d) => d.origin === 'capture');
    const api = newest(g.drafts.filter((d) => d.origin === 'api'));
    const text = newest(captures) ?? api!;
    const footer = newest(captures.filter((d) => d.hasFooter)) ?? text;
    if (footer.origin === 'capture') captureConflicts(footer, captures, diagnostics);
    if (api) {
      const capture = newest(captures.filter((d) => d.hasFooter)) ?? newest(captures);
      if (capture) conflicts(api, capture, diagnostics);
    }
    const sources = g.drafts
      .map((d) => ({
        file: d.file,
        line: d.line,
        position: d.position,
        capturedOn: d.capturedOn,
      }))
      .sort(
        (a, b) =>
          compareCodeUnits(a.file, b.file) ||
          (a.line ?? 0) - (b.line ?? 0) ||
          a.position - b.position,
      )
      // A paper listed twice in one API file is one source (at its first place).
      .filter((s, i, all) => i === 0 || s.file !== all[i - 1]!.file || s.line !== all[i - 1]!.line);
    return { key, text, footer, api, sources };
  });
}
