import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from './bytes';

const reader = (bytes: Uint8Array) =>
  new ByteReader(bytes, (at, what) => new Error(`test file, byte ${at}: ${what}`));

describe('ByteWriter and ByteReader', () => {
  it('read back the varints written, small and large, past the first buffer', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31 - 1, 2 ** 32 - 1];
    const w = new ByteWriter();
    for (let i = 0; i < 20_000; i++) w.varint(values[i % values.length]!);
    const r = reader(w.bytes.subarray(0, w.length));
    const read = Array.from({ length: 20_000 }, () => r.varint());
    expect(read).toEqual(Array.from({ length: 20_000 }, (_, i) => values[i % values.length]));
    expect(r.at).toBe(w.length);
  });

  it('say where a number is cut short or too long', () => {
    expect(() => reader(Uint8Array.of()).varint()).toThrow('test file, byte 0: ends early');
    const cut = reader(Uint8Array.from([5, 0x80]));
    cut.varint();
    expect(() => cut.varint()).toThrow('test file, byte 2: ends early');
    expect(() => reader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 1])).varint()).toThrow(
      'test file, byte 5: a number is too long',
    );
  });

  it('read a list of varints below 2^31 at once, as one at a time does', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 28 - 1, 2 ** 28, 2 ** 31 - 1];
    const w = new ByteWriter();
    for (let i = 0; i < 5_000; i++) w.varint(values[(i * 7) % values.length]!);
    w.varint(42);
    const r = reader(w.bytes.subarray(0, w.length));
    const list = new Int32Array(5_000);
    r.varints(list);
    expect([...list]).toEqual(
      Array.from({ length: 5_000 }, (_, i) => values[(i * 7) % values.length]),
    );
    expect(r.varint()).toBe(42);
    expect(r.at).toBe(w.length);
  });

  it('say where a list of varints is cut short or holds a number of 2^31 or more', () => {
    expect(() => reader(Uint8Array.from([5, 0x80])).varints(new Int32Array(2))).toThrow(
      'test file, byte 2: ends early',
    );
    const big = new ByteWriter();
    big.varint(1);
    big.varint(2 ** 31);
    expect(() => reader(big.bytes.subarray(0, big.length)).varints(new Int32Array(2))).toThrow(
      'test file, byte 6: a number is too long',
    );
    const empty = reader(Uint8Array.of());
    empty.varints(new Int32Array(0));
    expect(empty.at).toBe(0);
  });

  it('check the magic bytes and the format version', () => {
    const w = new ByteWriter();
    w.raw(Uint8Array.from([1, 2]));
    w.varint(3);
    const file = w.bytes.slice(0, w.length);
    const ok = reader(file);
    ok.header([1, 2], 3, 'not a test file');
    expect(ok.at).toBe(3);
    expect(() => reader(file).header([1, 9], 3, 'not a test file')).toThrow(
      'byte 2: not a test file',
    );
    expect(() => reader(file).header([1, 2], 4, 'not a test file')).toThrow(
      'byte 3: format version 3, this app reads 4',
    );
  });
});
