import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/validation/content-file.ts';
import { decodeContent } from '../../src/validation/decode-content.ts';

const FILE = 'content/levels/x.mdx';

describe('decodeContent', () => {
  it('decodes UTF-8 text, a literal replacement character included', () => {
    expect(decodeContent(FILE, Buffer.from('Étude \uFFFD ✓'))).toEqual({
      path: FILE,
      text: 'Étude \uFFFD ✓',
    });
  });

  it('gives the line and column of the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('---\nid: x\n---\n\nCaf\uFFFD '),
      Buffer.from([0x63, 0xe9, 0x0a]),
    ]);
    expect(decodeContent(FILE, bytes)).toEqual({ path: FILE, problem: 'encoding', line: 5, column: 7 });
  });

  it('recognises UTF-16 by its byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---', 'utf16le')]);
    expect(decodeContent(FILE, bytes)).toMatchObject({ problem: 'encoding', detail: 'UTF-16' });
  });

  it('refuses files over the size limit without decoding them', () => {
    expect(decodeContent(FILE, Buffer.alloc(MAX_FILE_BYTES + 1, 0x61))).toEqual({
      path: FILE,
      problem: 'too-large',
      detail: String(MAX_FILE_BYTES + 1),
    });
  });
});
