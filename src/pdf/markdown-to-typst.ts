import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BoundedMemo } from './bounded-memo.ts';
import { mdastToTypst, type ConvertOptions } from './mdast-to-typst.ts';

// The same syntax Astro reads content bodies with: MDX plus GitHub-flavoured Markdown (tables,
// strikethrough, footnotes, autolinks).
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

// Every syllabus includes the same guide bodies: each is parsed once per process, not once per
// syllabus (parsing them took 10 of the 12 ms it took to make a syllabus's markup).
const converted = new BoundedMemo<string>(256);

/**
 * Parses an MDX body and returns it as Typst markup; see {@link mdastToTypst}. The same
 * source and options always give the same markup, which is remembered.
 */
export function markdownToTypst(source: string, options: ConvertOptions = {}): string {
  return converted.get(JSON.stringify([options, source]), () => mdastToTypst(parseMarkdown(source), options));
}

/** An MDX body as an mdast tree, with GFM syntax. Throws on invalid MDX (`npm run check` reports it first). */
export function parseMarkdown(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}
