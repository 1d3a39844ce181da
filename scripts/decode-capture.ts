// Bytes of a capture to text. UTF-8 is the norm: bytes that are not valid UTF-8 are
// replaced with U+FFFD, each with a warning at its line and column, so one stray byte
// cannot change how the rest of the file reads. Only a file with no valid multi-byte
// UTF-8 sequence at all is read as Windows-1252 (an old Windows "ANSI" save), also
// with a warning. A UTF-16 byte-order mark is honoured. Bytes with NULs stay lossy
// UTF-8 so the parser rejects the file as binary.
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../src/dataset/schema';

/** Past this many, the bad bytes of one file are counted in one last warning. */
const MAX_BYTE_WARNINGS = 10;

export function decodeCapture(
  bytes: Uint8Array,
  file: string,
): { text: string; diagnostics: Diagnostic[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), diagnostics: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), diagnostics: [] };
  const lossy = () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // Nearly every capture is valid UTF-8: the native check is many times faster than the
  // scan below, which is only needed to place the bad bytes.
  if (isUtf8(bytes)) return { text: lossy(), diagnostics: [] };
  const scan = scanUtf8(bytes);
  if (scan.invalidCount === 0 || bytes.includes(0)) return { text: lossy(), diagnostics: [] };
  if (scan.multiByte === 0) {
    return {
      text: decodeWindows1252(bytes),
      diagnostics: [
        {
          file,
          line: 1,
          severity: 'warning',
          message: 'not valid UTF-8; read it as Windows-1252',
        },
      ],
    };
  }
  const diagnostics: Diagnostic[] = scan.invalid.slice(0, MAX_BYTE_WARNINGS).map((b) => ({
    file,
    line: b.line,
    column: b.column,
    severity: 'warning',
    message: `byte 0x${b.byte.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8; replaced it with U+FFFD`,
  }));
  const more = scan.invalidCount - MAX_BYTE_WARNINGS;
  if (more > 0) {
    const first = scan.invalid[MAX_BYTE_WARNINGS]!;
    diagnostics.push({
      file,
      line: first.line,
      column: first.column,
      severity: 'warning',
      message: `${more} more bytes that are not valid UTF-8 from here on; replaced them with U+FFFD`,
    });
  }
  return { text: lossy(), diagnostics };
}

interface BadByte {
  byte: number;
  line: number;
  /** 1-based, in UTF-16 code units of the decoded line (a replaced sequence counts as one). */
  column: number;
}

/**
 * Where the bytes break UTF-8, and how many valid multi-byte sequences they hold.
 * Lines end at LF, CR or CRLF, as the page parser splits them. Invalid sequences are
 * counted the way TextDecoder replaces them: the longest valid prefix is one U+FFFD.
 */
function scanUtf8(bytes: Uint8Array): {
  invalid: BadByte[];
  invalidCount: number;
  multiByte: number;
} {
  // Only the first few positions are kept: they are all a warning shows.
  const invalid: BadByte[] = [];
  let invalidCount = 0;
  let multiByte = 0;
  let line = 1;
  let column = 1;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
        line++;
        column = 1;
      } else if (b !== 0x0d) column++;
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
      column += length === 4 ? 2 : 1;
      continue;
    }
    if (invalid.length <= MAX_BYTE_WARNINGS) invalid.push({ byte: b, line, column });
    invalidCount++;
    i += Math.max(1, validPrefix(bytes, i));
    column++;
  }
  return { invalid, invalidCount, multiByte };
}

/** Length of the valid multi-byte sequence at i, or 0 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const c = (k: number, lo = 0x80, hi = 0xbf) => {
    const x = bytes[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return c(1) ? 2 : 0;
  if (b === 0xe0) return c(1, 0xa0) && c(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return c(1) && c(2) ? 3 : 0;
  if (b === 0xed) return c(1, 0x80, 0x9f) && c(2) ? 3 : 0;
  if (b === 0xf0) return c(1, 0x90) && c(2) && c(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return c(1) && c(2) && c(3) ? 4 : 0;
  if (b === 0xf4) return c(1, 0x80, 0x8f) && c(2) && c(3) ? 4 : 0;
  return 0;
}

/** Bytes of a truncated but so-far valid sequence at i, which TextDecoder replaces as one U+FFFD. */
function validPrefix(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let need = 0;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 1;
  let k = 1;
  for (; k <= need; k++) {
    const x = bytes[i + k];
    const [l, h] = k === 1 ? [lo, hi] : [0x80, 0xbf];
    if (x === undefined || x < l || x > h) break;
  }
  return k;
}

// 0x80-0x9F in Windows-1252 (0 = unassigned, kept as the C1 code point). Node 20's
// TextDecoder('windows-1252') decodes these as Latin-1 controls, so the table is here.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b,
    );
    out += String.fromCharCode(...chunk);
  }
  return out;
}
