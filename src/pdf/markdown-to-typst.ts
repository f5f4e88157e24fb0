import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdastToTypst, type ConvertOptions } from './mdast-to-typst.ts';

// The same syntax Astro reads content bodies with: MDX plus GitHub-flavoured Markdown (tables,
// strikethrough, footnotes, autolinks).
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

// Every syllabus includes the same guide bodies: each is parsed once per process, not once per
// syllabus (parsing them took 10 of the 12 ms it took to make a syllabus's markup). Bounded,
// so that a long-running process (a dev server) never holds more than a few hundred bodies.
const converted = new Map<string, string>();
const CACHE_SIZE = 256;

/**
 * Parses an MDX body and returns it as Typst markup; see {@link mdastToTypst}. The same
 * source and options always give the same markup, which is remembered.
 */
export function markdownToTypst(source: string, options: ConvertOptions = {}): string {
  const key = JSON.stringify([options, source]);
  let markup = converted.get(key);
  if (markup === undefined) {
    markup = mdastToTypst(parseMarkdown(source), options);
    if (converted.size >= CACHE_SIZE) converted.clear();
    converted.set(key, markup);
  }
  return markup;
}

/** An MDX body as an mdast tree, with GFM syntax. Throws on invalid MDX (`npm run check` reports it first). */
export function parseMarkdown(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}
