import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { plainBodyFrontmatter } from '../../src/validation/plain-body.ts';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The frontmatter node the Markdown parser makes of the whole file. */
const parsed = (text: string) => markdown.parse(text).children[0];

describe('plainBodyFrontmatter', () => {
  it('makes the same frontmatter node as the parser, for fences and line endings of every kind', () => {
    const lines = ['---', '----', '--', ' ---', '--- ', '---\t', 'a: 1', '', '  b: x ', '- item', '# h'];
    let compared = 0;
    // Every file of an opening fence, up to three of these lines and a body, with LF and CRLF.
    for (const eol of ['\n', '\r\n'])
      for (const a of lines)
        for (const b of lines)
          for (const c of lines)
            for (const body of ['', 'Body text.\n']) {
              const text = `---${eol}${a}${eol}${b}${eol}${c}${body ? eol : ''}${body}`;
              const node = plainBodyFrontmatter(text);
              if (!node) continue;
              compared += 1;
              expect(node, JSON.stringify(text)).toEqual(parsed(text));
            }
    expect(compared).toBeGreaterThan(1000);
  });

  it('reads the frontmatter of a file whose body is plain Markdown', () => {
    const text = '---\nid: x\nname: X\n---\n\n## Heading\n\nText with a [link](/a/) and *emphasis*.\n';
    expect(plainBodyFrontmatter(text)).toEqual(parsed(text));
  });

  it.each([
    ['an element', '<div>x</div>'],
    ['an expression', 'Two {1 + 1}'],
    ['a closing brace', 'a } b'],
    ['an import line', 'import X from "y"'],
    ['an export line', 'export const a = 1'],
    ['a character reference', '[x](&#106;avascript:alert(1))'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a JavaScript link in capitals', '[x]: JAVASCRIPT:alert(1)'],
    ['a vbscript: link', '[x](vbscript:x)'],
    ['a data: link', '[x](data:text/html,x)'],
    ['an autolink', '<https://example.org>'],
    ['a named character reference', 'javascript&colon;alert(1)'],
    ['a data: link with spaces', '[x](  data:text/html,x)'],
  ])('leaves a body with %s to the full parser', (_, body) => {
    expect(plainBodyFrontmatter(`---\nid: x\n---\n\n${body}\n`)).toBeUndefined();
  });

  it.each([
    ['an ampersand in text', 'Research & development, R&D and A&E.'],
    ['"data:" in a sentence', 'Training data: what the model learnt from.'],
    ['the word javascript', 'Tools written in JavaScript.'],
  ])('reads a body with %s as plain Markdown', (_, body) => {
    expect(plainBodyFrontmatter(`---\nid: x\n---\n\n${body}\n`)).toBeDefined();
  });

  it('leaves files without a closed frontmatter, or with a carriage return alone, to the full parser', () => {
    expect(plainBodyFrontmatter('---\nid: x\n')).toBeUndefined();
    expect(plainBodyFrontmatter('Body\n---\nid: x\n---\n')).toBeUndefined();
    expect(plainBodyFrontmatter('---\nid: x\n---\rBody\n')).toBeUndefined();
  });
});
