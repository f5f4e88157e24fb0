import { problemAt, type MapProblem } from './problems.ts';

/** The largest course map read: far above any real course (a few hundred rows), far below what would slow a laptop. */
export const MAX_MAP_BYTES = 5 * 1024 * 1024;

/** Where the first byte that is not UTF-8 is, in the text as decoded with replacement characters. */
export interface InvalidByte {
  /** Offset in `text` (UTF-16 code units) of the replacement character standing for it. */
  offset: number;
  byte: number;
}

/** A course map's text, or why there is none. */
export type Decoded = { text: string; invalid?: InvalidByte } | { problem: MapProblem };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const lenient = new TextDecoder('utf-8');

/**
 * The text of a course map, given as the file's bytes (what the command line reads) or as a
 * string (what a browser's FileReader gives). Refuses a file over MAX_MAP_BYTES before looking
 * inside it, and recognises what spreadsheet users most often send instead of CSV UTF-8: a
 * workbook, a UTF-16 "Unicode Text" file. Text that is not UTF-8 comes back decoded with
 * replacement characters and the place of the first bad byte, so that the caller can say
 * which cell it is in; a byte order mark is removed. Uses nothing from Node, so that a page can
 * read a file in the browser with the same code.
 */
export function decodeMap(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') {
    // A string's UTF-8 size is at least its length: only a string that might fit is measured.
    if (input.length > MAX_MAP_BYTES || utf8Length(input) > MAX_MAP_BYTES) return { problem: tooLarge() };
    return { text: input.replace(/^\uFEFF/, '') };
  }
  if (input.length > MAX_MAP_BYTES) return { problem: tooLarge() };
  const kind = binaryKind(input);
  if (kind) return { problem: problemAt(kind.code, 1, 1, kind.message) };
  const bytes = startsWith(input, UTF8_BOM) ? input.subarray(UTF8_BOM.length) : input;
  const text = lenient.decode(bytes);
  const invalid = firstInvalid(bytes, text);
  return invalid ? { text, invalid } : { text };
}

/** The message for a byte that is not UTF-8, naming the character it is in Windows-1252 when it is one. */
export function invalidByteMessage(byte: number): string {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const char = byte >= 0x80 ? new TextDecoder('windows-1252').decode(Uint8Array.of(byte)) : '';
  // Windows-1252 leaves five bytes unassigned; decoders map them to invisible control characters.
  const named = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(char)
    ? ` (byte ${hex}, which is "${char}" in Windows-1252, the encoding Excel's plain "CSV (Comma delimited)" uses)`
    : ` (byte ${hex})`;
  return `The file is not saved as UTF-8: this cell holds a character that is not UTF-8${named}.`;
}

function tooLarge(): MapProblem {
  const limit = MAX_MAP_BYTES / 1024 / 1024;
  return problemAt(
    'file-too-large',
    1,
    1,
    `The file is larger than ${limit} MB, the most a course map may be; it was not read.`,
  );
}

/** Files that are clearly not CSV text, recognised by their first bytes. */
function binaryKind(bytes: Uint8Array): { code: 'not-csv' | 'not-utf8'; message: string } | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return {
      code: 'not-csv',
      message: 'This is an Excel workbook (.xlsx) or another ZIP file, not a CSV file.',
    };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { code: 'not-csv', message: 'This is an Excel 97-2003 workbook (.xls), not a CSV file.' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      code: 'not-utf8',
      message: 'The file is saved as UTF-16 (Excel calls it "Unicode Text"), not as UTF-8.',
    };
  }
  // UTF-16 without a byte order mark, or some other binary file: text never holds a NUL byte.
  if (bytes.subarray(0, 4096).includes(0)) {
    return { code: 'not-csv', message: 'The file holds NUL bytes: it is UTF-16 text or not text at all.' };
  }
  return undefined;
}

/** The first byte sequence that is not UTF-8, found where the lenient decoder put a replacement character. */
function firstInvalid(bytes: Uint8Array, text: string): InvalidByte | undefined {
  if (!text.includes('\uFFFD')) return undefined;
  let byteOffset = 0;
  let offset = 0;
  for (const char of text) {
    // A replacement character is the bad spot, unless the file really holds one (EF BF BD).
    if (char === '\uFFFD' && !startsWith(bytes.subarray(byteOffset), [0xef, 0xbf, 0xbd])) {
      return { offset, byte: bytes[byteOffset]! };
    }
    byteOffset += utf8Length(char);
    offset += char.length;
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** How many bytes text takes in UTF-8 (a lone surrogate, written as U+FFFD, takes 3). */
function utf8Length(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return length;
}
