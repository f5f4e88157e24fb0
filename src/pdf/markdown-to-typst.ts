import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdastToTypst, type ConvertOptions } from './mdast-to-typst.ts';

// The same syntax Astro reads content bodies with: MDX plus GitHub-flavoured Markdown (tables,
// strikethrough, footnotes, autolinks).
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Parses an MDX body and returns it as Typst markup; see {@link mdastToTypst}. */
export function markdownToTypst(source: string, options: ConvertOptions = {}): string {
  return mdastToTypst(parseMarkdown(source), options);
}

/** An MDX body as an mdast tree, with GFM syntax. Throws on invalid MDX (`npm run check` reports it first). */
export function parseMarkdown(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}
