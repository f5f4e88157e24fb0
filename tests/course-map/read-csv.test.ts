import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/course-map/read-csv.ts';

const texts = (text: string, delimiter = ',') =>
  readCsv(text, delimiter).rows.map((row) => row.map((c) => c.text));

describe('readCsv', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks (RFC 4180)', () => {
    expect(texts('a,"b, c","say ""hi""","two\r\nlines"\r\nnext,row\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\r\nlines'],
      ['next', 'row'],
    ]);
  });

  it('ends records at CRLF, LF or CR, with no empty record after the last line break', () => {
    expect(texts('a\rb\nc\r\nd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('keeps empty cells, including one after a final delimiter', () => {
    expect(texts(',x,\n,')).toEqual([
      ['', 'x', ''],
      ['', ''],
    ]);
  });

  it('keeps stray quotes as written, as spreadsheets do', () => {
    expect(texts('5" screen,"quoted"tail\n')).toEqual([['5" screen', 'quotedtail']]);
  });

  it('splits on the delimiter given', () => {
    expect(texts('a;b,c\n', ';')).toEqual([['a', 'b,c']]);
  });

  it('says where a quote that never closes opens, and where each cell starts', () => {
    expect(readCsv('a,b\nc,"d\n', ',').unclosed).toEqual({ row: 2, column: 2 });
    expect(readCsv('ab,cd\nef', ',').rows.map((row) => row.map((c) => c.start))).toEqual([[0, 3], [6]]);
  });
});
