import { MAX_FILE_BYTES, type ContentFile } from './content-file.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Turns the bytes of a content file into its text, or says why it cannot: too large, saved
 * as UTF-16, or not UTF-8 (with the line and column of the first byte that is not).
 */
export function decodeContent(path: string, bytes: Uint8Array): ContentFile {
  if (bytes.length > MAX_FILE_BYTES) return { path, problem: 'too-large', detail: String(bytes.length) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { path, problem: 'encoding', detail: 'UTF-16', line: 1, column: 1 };
  }
  try {
    return { path, text: strict.decode(bytes) };
  } catch {
    return { path, problem: 'encoding', ...firstInvalid(bytes) };
  }
}

/** Line and column of the first byte sequence that is not UTF-8. */
function firstInvalid(bytes: Uint8Array): { line: number; column: number } {
  const text = lenient.decode(bytes);
  let offset = 0;
  let line = 1;
  let column = 1;
  for (const char of text) {
    // A replacement character is the bad spot, unless the file really holds one (EF BF BD).
    if (
      char === '\uFFFD' &&
      !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)
    ) {
      break;
    }
    offset += Buffer.byteLength(char);
    if (char === '\n') {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return { line, column };
}
