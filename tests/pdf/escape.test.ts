import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  compilePdf,
  escapeText,
  markdownToTypst,
  mdastToTypst,
  typstDocument,
  typstString,
} from '../../src/pdf/index.ts';
import { collapse, readPdf } from './read-pdf.ts';

// Every character Typst markup gives a meaning to, alone and in the combinations that
// trigger syntax: at the start of a line, doubled, around words, as URLs and comments.
const NASTY = [
  '# $ * _ @ < > [ ] \\ ` ~ = - + / \' " . : ; { } ( ) | ^ % & !',
  '#let x = 1 #x #(1 + 2) $x^2$ *bold* _emph_ `raw` @ref <label> [content]',
  '-- --- ... -1 -? a~b \\n \\u{41} // not a comment /* nor this */',
  'http://example.org/a_b?c=d&e=f#frag and mailto:x@example.org',
  "it's \"quoted\" and 'single'",
];
// Text that would start a heading, list, enum or term if it began a line of markup.
const LINE_STARTS = ['= Not a heading', '- Not a list', '+ Not an enum', '1. Not numbered', '/ Not: a term'];

/** Compiles markup in a minimal document and returns its text as a reader gets it. */
async function rendered(markup: string): Promise<string> {
  const info = {
    title: 'Test',
    author: 'Tests',
    keywords: [],
    date: '2026-01-01',
    footer: [],
    compact: false,
  };
  return (await readPdf(compilePdf(typstDocument(info, () => markup)))).text;
}

describe('escapeText', () => {
  it.each([...NASTY, ...LINE_STARTS])('renders %j as exactly that text', async (text) => {
    expect(await rendered(escapeText(text))).toBe(text);
  });

  it('turns runs of whitespace, including line breaks, into one space', () => {
    expect(escapeText('a\n\n  b')).toBe(escapeText('a b'));
  });
});

describe('typstString', () => {
  it('keeps quotes, backslashes and line breaks in metadata exactly', async () => {
    const title = 'A "title" with \\ backslash, #hash and\nnew line';
    const info = { title, author: 'Me', keywords: ['k"w'], date: '2026-01-01', footer: [], compact: false };
    const facts = await readPdf(compilePdf(typstDocument(info, () => 'Body')));
    expect(facts.title).toBe(title);
    expect(typstString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});

describe('mdastToTypst', () => {
  const text = (value: string) => ({ type: 'text' as const, value });
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(NASTY[0]!)] },
      { type: 'paragraph', children: [text(NASTY[1]!), { type: 'emphasis', children: [text(NASTY[2]!)] }] },
      { type: 'paragraph', children: [{ type: 'strong', children: [text(NASTY[3]!)] }] },
      { type: 'paragraph', children: [{ type: 'link', url: '/x/', children: [text(NASTY[4]!)] }] },
      { type: 'paragraph', children: [{ type: 'inlineCode', value: NASTY[1]! }] },
      { type: 'code', value: NASTY[2]! },
      ...LINE_STARTS.map((line) => ({ type: 'paragraph' as const, children: [text(line)] })),
      {
        type: 'list',
        ordered: false,
        children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text(NASTY[0]!)] }] }],
      },
      {
        type: 'table',
        children: [
          { type: 'tableRow', children: [{ type: 'tableCell', children: [text('Head # $')] }] },
          { type: 'tableRow', children: [{ type: 'tableCell', children: [text(NASTY[3]!)] }] },
        ],
      },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [text(NASTY[4]!)] }] },
    ],
  };

  it('renders text with every special character, in every kind of block and span, as written', async () => {
    const out = await rendered(mdastToTypst(tree));
    for (const line of [...NASTY, ...LINE_STARTS]) expect(out).toContain(line);
  });

  it('resolves site-relative links against the base URL and shifts headings', () => {
    const markup = mdastToTypst(tree, { baseUrl: 'https://example.org/site/', headingOffset: 1 });
    expect(markup).toContain('#link("https://example.org/site/x/")');
    expect(markup).toContain('#heading(level: 2');
  });
});

describe('markdownToTypst', () => {
  it('reads backslash escapes in Markdown as the characters themselves', async () => {
    const source =
      '\\# not a heading, \\*not bold\\*, \\_not emphasis\\_, \\[not a link\\](x), \\`not code\\`, \\<not a tag\\>, \\{not an expression\\}';
    expect(await rendered(markdownToTypst(source))).toBe(
      '# not a heading, *not bold*, _not emphasis_, [not a link](x), `not code`, <not a tag>, {not an expression}',
    );
  });

  it('converts Markdown structure and keeps its text', async () => {
    const source =
      '# Heading $1\n\nSome *emphasis* and **strong** with `code #x` and [a link](/page/).\n\n- one\n- two #2\n\n| A | B |\n| - | - |\n| 1 | 2 |\n';
    const out = collapse(await rendered(markdownToTypst(source, { baseUrl: 'https://example.org/' })));
    expect(out).toBe('Heading $1 Some emphasis and strong with code #x and a link. • one • two #2 A B 1 2');
  });

  it('leaves out MDX expressions, imports and raw HTML', () => {
    const markup = markdownToTypst('import X from "./x.js"\n\nText {1 + 1} <b>bold</b>\n\n<div>block</div>');
    expect(markup).not.toContain('import');
    expect(markup).not.toContain('1 + 1');
  });
});
