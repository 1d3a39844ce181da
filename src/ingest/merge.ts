// Merging cards from several pages: one paper per title (case and whitespace
// ignored), listing every page it appeared on. The newest capture supplies the
// text and, among captures whose card had a footer, the footer values.
import type { Diagnostic, SourceRef } from '../dataset/schema';
import type { PaperDraft } from './cards-to-drafts';
import { compareCodeUnits } from './paper-id';

export interface MergedPaper {
  key: string;
  text: PaperDraft;
  footer: PaperDraft;
  sources: SourceRef[];
}

/** Newer capture wins; ties go to the later file, then the later line: a fixed order, independent of input order. */
function newer(a: PaperDraft, b: PaperDraft): boolean {
  if (a.capturedOn !== b.capturedOn) return a.capturedOn > b.capturedOn;
  if (a.file !== b.file) return compareCodeUnits(a.file, b.file) > 0;
  return a.line > b.line;
}

/** Drafts in input order; papers come out in order of first appearance. */
export function mergeDrafts(
  drafts: readonly PaperDraft[],
  diagnostics: Diagnostic[],
): MergedPaper[] {
  const byKey = new Map<string, MergedPaper>();
  const out: MergedPaper[] = [];
  for (const d of drafts) {
    const m = byKey.get(d.key);
    if (!m) {
      const fresh = { key: d.key, text: d, footer: d, sources: [{ file: d.file, line: d.line }] };
      byKey.set(d.key, fresh);
      out.push(fresh);
      continue;
    }
    const samePage = m.sources.find((s) => s.file === d.file);
    if (samePage) {
      diagnostics.push({
        file: d.file,
        line: d.line,
        severity: 'warning',
        message: `the same paper as line ${samePage.line} of this page; merged them`,
      });
    }
    m.sources.push({ file: d.file, line: d.line });
    if (newer(d, m.text)) m.text = d;
    if (d.hasFooter && (!m.footer.hasFooter || newer(d, m.footer))) m.footer = d;
    else if (!m.footer.hasFooter && !d.hasFooter && newer(d, m.footer)) m.footer = d;
  }
  for (const m of out)
    m.sources.sort((a, b) => compareCodeUnits(a.file, b.file) || a.line - b.line);
  return out;
}
