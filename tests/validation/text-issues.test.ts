import { describe, expect, it } from 'vitest';
import { MAX_MARKERS_PER_PARAGRAPH, textIssues } from '../../src/validation/text-issues.ts';

const FILE = 'content/levels/x.mdx';
const codes = (text: string) => textIssues(FILE, text).map((i) => [i.code, i.line, i.column]);

describe('textIssues', () => {
  it('accepts ordinary text with LF or CRLF line endings, tabs and a BOM', () => {
    expect(codes('\uFEFF---\r\nid: x\r\n---\r\n\r\n- a\r\n  - b\r\n\tcode\r\n')).toEqual([]);
    expect(codes('---\nid: x\n---\n\nSome *emphasis* and [a link](/x/).\n')).toEqual([]);
  });

  it('finds control characters, such as the NUL of a binary file, with their place', () => {
    expect(codes('---\nid: x\n---\n\nA\u0000B\n')).toEqual([['file-encoding', 5, 2]]);
    expect(textIssues(FILE, 'a\u000cb')[0]!.message).toMatch(/control character \(U\+000C\)/);
  });

  it('finds old Mac line endings (CR alone)', () => {
    expect(codes('---\rid: x\r---\r')).toEqual([['file-encoding', 1, 4]]);
  });

  it('stops lists and quotes nested past 100 columns, before the parser spends minutes on them', () => {
    const list = Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    expect(codes(list)).toEqual([['markdown-too-complex', 51, 1]]);
    expect(codes(`${'>'.repeat(5000)} deep`)).toEqual([['markdown-too-complex', 1, 1]]);
    expect(codes(`${'- '.repeat(60)}item`)).toEqual([['markdown-too-complex', 1, 1]]);
  });

  it('stops paragraphs dense with emphasis markers or brackets', () => {
    const stars = 'intro\n\n' + '*a'.repeat(MAX_MARKERS_PER_PARAGRAPH + 1);
    expect(codes(stars)).toEqual([['markdown-too-complex', 3, 1]]);
    expect(codes('['.repeat(MAX_MARKERS_PER_PARAGRAPH + 1))).toEqual([['markdown-too-complex', 1, 1]]);
    expect(codes('*a*\n\n'.repeat(MAX_MARKERS_PER_PARAGRAPH))).toEqual([]);
  });

  it('leaves the frontmatter to the YAML reader, which handles deep and dense values quickly', () => {
    const flow = `---\nhours: ${'['.repeat(600)}${']'.repeat(600)}\n${'  '.repeat(60)}x: 1\n---\n\nBody.\n`;
    expect(codes(flow)).toEqual([]);
  });
});
