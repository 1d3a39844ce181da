// Search pages on other sites, built from the title: plain links, nothing is fetched.
export function huggingFaceSearchUrl(title: string): string {
  return `https://huggingface.co/papers?q=${encodeURIComponent(title)}`;
}

export function arxivSearchUrl(title: string): string {
  return `https://arxiv.org/search/?query=${encodeURIComponent(title)}&searchtype=title`;
}
