// The dataset's link rules, shared by the build (which writes links) and the app
// (which checks them again before rendering, since a dataset file can be edited).
import type { PaperLinks } from './schema.ts';

/** New-style arXiv identifiers (YYMM.NNNNN), the only kind Hugging Face paper pages use. */
export const ARXIV_ID = /^\d{4}\.\d{4,5}$/;

export function isArxivId(s: string): boolean {
  return ARXIV_ID.test(s);
}

/** The URL when it parses and is https:, else null (no http:, javascript:, data: …). */
export function httpsUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}

export const NO_LINKS: PaperLinks = {
  arxiv: null,
  pdf: null,
  huggingFace: null,
  project: null,
  code: null,
};

/** Links for a paper: arXiv, PDF and Hugging Face built from the id; project and code as given. */
export function paperLinks(
  arxivId: string | null,
  project: string | null = null,
  code: string | null = null,
): PaperLinks {
  const id = arxivId !== null && isArxivId(arxivId) ? arxivId : null;
  return {
    arxiv: id ? `https://arxiv.org/abs/${id}` : null,
    pdf: id ? `https://arxiv.org/pdf/${id}` : null,
    huggingFace: id ? `https://huggingface.co/papers/${id}` : null,
    project: httpsUrl(project),
    code: httpsUrl(code),
  };
}
