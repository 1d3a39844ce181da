// Percent-encoding for hash parameters. Spaces become "+" and commas separate list
// items, so links stay short and readable: `hw=RTX+5090,H100`.

export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/** Decodes one value; null when its percent-encoding is malformed. */
export function decodeValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
