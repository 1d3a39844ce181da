// Bytes and unsigned LEB128 varints, written and read back: the shared layer of the
// binary files the site build ships (the search index, the similar papers).

/** Bytes and varints, appended to a buffer that grows. */
export class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  varint(v: number): void {
    this.reserve(5);
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }
  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }
}

/**
 * Reads what a ByteWriter wrote, from the start. Anything that does not fit throws
 * the error `problem` makes of the byte offset and what is wrong, so each format
 * names itself ("search index, byte 12: ends early").
 */
export class ByteReader {
  at = 0;
  constructor(
    readonly bytes: Uint8Array,
    private readonly problem: (at: number, what: string) => Error,
  ) {}
  fail(what: string): never {
    throw this.problem(this.at, what);
  }
  varint(): number {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.at >= this.bytes.length) this.fail('ends early');
      const b = this.bytes[this.at++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
    }
    return this.fail('a number is too long');
  }
  /**
   * `out.length` varints, each below 2^31, into `out`: one loop on locals, for lists
   * as long as the words of an index (100k at 50k papers), read before its first answer.
   */
  varints(out: Int32Array): void {
    const bytes = this.bytes;
    const length = bytes.length;
    let at = this.at;
    for (let i = 0; i < out.length; i++) {
      let b = 0x80;
      let v = 0;
      for (let shift = 0; b >= 0x80; shift += 7) {
        if (at >= length) {
          this.at = at;
          this.fail('ends early');
        }
        b = bytes[at++]!;
        if (shift === 28 && b > 7) {
          this.at = at;
          this.fail('a number is too long');
        }
        v |= (b & 0x7f) << shift;
      }
      out[i] = v;
    }
    this.at = at;
  }
  /** The file's magic bytes, then its format version, which must be `version`. */
  header(magic: readonly number[], version: number, notIt: string): void {
    for (const m of magic) if (this.bytes[this.at++] !== m) this.fail(notIt);
    const found = this.varint();
    if (found !== version) this.fail(`format version ${found}, this app reads ${version}`);
  }
}
