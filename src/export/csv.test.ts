import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toCsvFile } from './csv';

describe('csvCell', () => {
  it.each<[string | number | boolean | null, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    [-2.5, '-2.5'],
    [null, ''],
    [true, 'true'],
    [Number.NaN, ''],
  ])('%j -> %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});

describe('toCsv', () => {
  it('writes a header and CRLF-terminated rows', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, 'z'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
  });
});

describe('toCsvFile', () => {
  it('starts with a UTF-8 byte order mark, then the CSV', () => {
    expect(toCsvFile(['a'], [['×']])).toBe('\uFEFFa\r\n×\r\n');
  });
});
